/**
 * The sections of /admin and who may open them. One list for two readers:
 * the admin navigation (admin-only links are shown to admins only) and
 * tests/integration/admin-authorization.test.ts, which expects every page
 * under an admin-only section to answer 404 to a moderator. A new admin page
 * must belong to a section here, or that test fails and says so.
 *
 * This is not where access is enforced: each page and action calls
 * requireStaff() or requireAdmin() through the data access layer.
 */
export interface AdminSection {
  href: string;
  label: string;
  access: "staff" | "admin";
  /** False for sections reached from another page (item pages worked from the queue). */
  nav?: boolean;
  /** The server-action modules of this section, by file name in lib/actions/staff/ (the authorization test needs each placed). */
  actions?: readonly string[];
}

export const adminSections: readonly AdminSection[] = [
  { href: "/admin/queue", label: "Queue", access: "staff", actions: ["queue"] },
  { href: "/admin/safety", label: "Safety items", access: "staff", nav: false },
  { href: "/admin/reports", label: "Reports", access: "staff", nav: false },
  { href: "/admin/circles", label: "Circles", access: "staff", nav: false, actions: ["circles"] },
  { href: "/admin/space-posts", label: "Posts in spaces", access: "staff", nav: false, actions: ["space-posts"] },
  { href: "/admin", label: "People", access: "staff", actions: ["people"] },
  { href: "/admin/applications", label: "Mentor applications", access: "staff", actions: ["applications"] },
  { href: "/admin/rounds", label: "Matching rounds", access: "staff", actions: ["rounds"] },
  { href: "/admin/health", label: "Program health", access: "staff" },
  { href: "/admin/topics", label: "Topics", access: "admin", actions: ["topics"] },
  { href: "/admin/spaces", label: "Spaces", access: "admin", actions: ["spaces"] },
  { href: "/admin/moderators", label: "Moderators", access: "admin", actions: ["moderators"] },
  { href: "/admin/crisis-resources", label: "Crisis resources", access: "admin", actions: ["crisis-resources"] },
  { href: "/admin/on-call", label: "On call", access: "admin", actions: ["on-call"] },
  { href: "/admin/outbox", label: "Email not delivered", access: "admin", actions: ["outbox"] },
  { href: "/admin/settings", label: "Settings", access: "admin", actions: ["settings"] },
  { href: "/admin/audit", label: "Audit log", access: "admin" },
];

/**
 * The section a route belongs to: "/admin" itself is People; deeper routes
 * belong to the section whose path they start with.
 */
export function sectionOf(route: string): AdminSection | undefined {
  if (route === "/admin") return adminSections.find((s) => s.href === "/admin");
  return adminSections.find((s) => s.href !== "/admin" && (route === s.href || route.startsWith(`${s.href}/`)));
}
