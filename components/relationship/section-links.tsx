const linkClass =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded-full border border-line bg-surface px-3 text-sm font-medium no-underline hover:bg-page";

/**
 * On a phone the folds sit below the thread: these links reach each one in a
 * click (the browser opens a closed fold that the address points into, and
 * components/relationship/fold.tsx does the same on a hash change). Beside
 * the thread, on a wide screen, the folds themselves are in view instead.
 */
export function SectionLinks({ active }: { active: boolean }) {
  const links = [
    { href: "#check-ins", label: "Check-ins" },
    ...(active ? [{ href: "#repair", label: "Working things through" }] : []),
    { href: "#story", label: "Story" },
    { href: "#ending", label: active ? "Ending" : "How it ended" },
    { href: "#safety", label: "Safety" },
  ];
  return (
    <nav aria-label="More about this relationship" className="lg:hidden">
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} className={linkClass}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
