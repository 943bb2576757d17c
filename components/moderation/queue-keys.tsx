"use client";

import { useEffect } from "react";
import { MINE_ATTRIBUTE } from "./queue-ids";


/** Whether a key press belongs to a field being typed in (never a shortcut then). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * j and k move through the items you have claimed (next, previous), focusing
 * each item's link so Enter opens it. Not while typing in a field, and not
 * with a modifier held (the browser's and the screen reader's own keys win).
 * The hint saying so is on the page, for everyone.
 */
export function QueueKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "j" && event.key !== "k") return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || typing(event.target)) return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>(`[${MINE_ATTRIBUTE}] a[data-queue-item]`)];
      if (links.length === 0) return;
      event.preventDefault();
      const at = links.findIndex((l) => l === document.activeElement);
      const next = event.key === "j" ? (at < 0 ? 0 : Math.min(at + 1, links.length - 1)) : at < 0 ? links.length - 1 : Math.max(at - 1, 0);
      links[next]!.focus();
      links[next]!.scrollIntoView({ block: "center" });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
