"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export interface AdminNavLink {
  href: string;
  label: string;
}

/** The section a path is in: "/admin" only for itself, others for their subtree. */
function currentOf(links: readonly AdminNavLink[], path: string): AdminNavLink | undefined {
  return links.find((l) => (l.href === "/admin" ? path === "/admin" : path === l.href || path.startsWith(`${l.href}/`)));
}

/**
 * The admin sections. From 640 px a row of links; on a phone one line — a
 * disclosure ("Admin: Queue") that opens the list — so the header does not
 * wrap to three lines. Both are plain links (the <details> needs no script to
 * open); the script only closes it after a navigation and marks the current
 * section with aria-current.
 */
export function AdminNav({ links }: { links: readonly AdminNavLink[] }) {
  const path = usePathname();
  const current = currentOf(links, path);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [path]);
  const link = (l: AdminNavLink, className: string) => (
    <Link key={l.href} href={l.href} aria-current={l === current ? "page" : undefined} className={className}>
      {l.label}
    </Link>
  );
  return (
    <nav aria-label="Admin" className="mb-6 border-b border-line pb-3 text-sm">
      <details ref={details} className="group sm:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-lg border border-line bg-surface px-3 font-medium [&::-webkit-details-marker]:hidden">
          <span>
            Admin sections{current ? <span className="font-normal text-muted">: {current.label}</span> : null}
          </span>
          <span aria-hidden="true" className="transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <ul className="mt-2 flex flex-col">
          {links.map((l) => (
            <li key={l.href}>{link(l, "flex min-h-11 items-center px-3 font-medium underline aria-[current=page]:font-bold aria-[current=page]:no-underline")}</li>
          ))}
        </ul>
      </details>
      <ul className="hidden flex-wrap gap-x-4 gap-y-2 sm:flex">
        {links.map((l) => (
          <li key={l.href}>{link(l, "inline-flex min-h-11 items-center font-medium underline aria-[current=page]:font-bold aria-[current=page]:no-underline")}</li>
        ))}
      </ul>
    </nav>
  );
}
