import Link from "next/link";
import { isStaff } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/actions/account/session";
import type { Viewer } from "@/lib/dal/account/viewer";
import { AccountLinks } from "./auth/account-links";
import { GetHelpLink } from "./get-help-link";
import { NotificationBell } from "./notification-bell";

const navLink = "inline-flex min-h-11 items-center rounded px-2 underline-offset-4 hover:underline";

/**
 * The header for everyone; its navigation follows the viewer's roles. On a
 * page prerendered for everyone (`viewer: "unknown"`) the account links are
 * settled in the browser.
 */
export function SiteHeader({ viewer, unread = 0 }: { viewer: Viewer | null | "unknown"; unread?: number }) {
  const known = viewer === "unknown" ? null : viewer;
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={known ? "/dashboard" : "/"} className="text-xl font-bold text-brand no-underline">
          Alongside
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {known ? (
            <>
              <Link href="/dashboard" className={navLink}>
                Home
              </Link>
              <Link href="/spaces" className={navLink}>
                Spaces
              </Link>
              {known.roles.includes("seeker") ? (
                <>
                  <Link href="/suggestions" className={navLink}>
                    Suggestions
                  </Link>
                  <Link href="/profile" className={navLink}>
                    My profile
                  </Link>
                </>
              ) : null}
              <Link href="/requests" className={navLink}>
                Requests
              </Link>
              {known.roles.includes("mentor") ? (
                <Link href="/volunteer" className={navLink}>
                  Volunteering
                </Link>
              ) : null}
              <Link href="/relationships" className={navLink}>
                Your people
              </Link>
              <Link href="/circles" className={navLink}>
                Circles
              </Link>
              <Link href="/account" className={navLink}>
                Account
              </Link>
              {isStaff(known.roles) ? (
                <Link href="/admin" className={navLink}>
                  Admin
                </Link>
              ) : null}
              <NotificationBell unread={unread} />
              <form action={signOutAction}>
                <button type="submit" className={`${navLink} cursor-pointer`}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/safety" className={navLink}>
                Safety &amp; boundaries
              </Link>
              {viewer === "unknown" ? (
                <AccountLinks className={navLink} />
              ) : (
                <>
                  <Link href="/sign-in" className={navLink}>
                    Sign in
                  </Link>
                  <Link href="/sign-up" className={navLink}>
                    Join
                  </Link>
                </>
              )}
            </>
          )}
          <GetHelpLink />
        </nav>
      </div>
    </header>
  );
}
