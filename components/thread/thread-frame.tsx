"use client";

import { useLayoutEffect, useRef } from "react";

/** From this width the thread sits beside the folds and is sized to end at the window's bottom edge. */
const WIDE = "(min-width: 1024px)";
const GAP_PX = 16;
const MIN_PX = 420;

/**
 * The thread's box. Its CSS height is a fair guess (the window less a
 * typical header); once in the browser, on a wide screen, it is made to end
 * exactly at the bottom of the window as the page opens, whatever the
 * headers above it take, so the composer is in view without scrolling. On a
 * phone it keeps the window's height, to fill the screen once scrolled to.
 */
export function ThreadFrame({ className, children }: { className: string; children: React.ReactNode }) {
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const wide = window.matchMedia(WIDE);
    const fit = () => {
      const el = box.current;
      if (!el) return;
      // The messages list keeps following the newest message if it was.
      const list = el.querySelector<HTMLElement>('[role="region"]');
      const atBottom = list !== null && list.scrollHeight - list.scrollTop - list.clientHeight < 2;
      if (!wide.matches) el.style.height = "";
      else el.style.height = `${Math.max(MIN_PX, window.innerHeight - (el.getBoundingClientRect().top + window.scrollY) - GAP_PX)}px`;
      if (list && atBottom) list.scrollTop = list.scrollHeight;
    };
    fit();
    window.addEventListener("resize", fit);
    wide.addEventListener("change", fit);
    return () => {
      window.removeEventListener("resize", fit);
      wide.removeEventListener("change", fit);
    };
  }, []);
  return (
    <section ref={box} aria-labelledby="thread-heading" className={className}>
      {children}
    </section>
  );
}
