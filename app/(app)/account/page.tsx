import type { Metadata } from "next";
import Link from "next/link";
import { AddRoleOffer, missingSelfServiceRoles } from "@/components/account/add-role-offer";
import { BlockedPeople } from "@/components/blocking/blocked-people";
import { buttonClass } from "@/components/ui/button-styles";
import { signOutEverywhereAction } from "@/lib/actions/account/session";
import { requireViewer } from "@/lib/dal/account/viewer";

export const metadata: Metadata = { title: "Account" };

const roleWords = { seeker: "Looking for support", mentor: "Volunteer mentor", moderator: "Moderator", admin: "Admin" } as const;

export default async function AccountPage() {
  const viewer = await requireViewer();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Account</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-line bg-surface p-5">
        <dt className="font-medium">Name</dt>
        <dd>{viewer.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd className="break-all">{viewer.email}</dd>
        <dt className="font-medium">Taking part as</dt>
        <dd>{viewer.roles.map((role) => roleWords[role]).join(", ")}</dd>
      </dl>
      {missingSelfServiceRoles(viewer.roles).map((role) => (
        <AddRoleOffer key={role} role={role} />
      ))}
      <section aria-labelledby="notifications-settings" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="notifications-settings" className="text-xl font-semibold">
          Notifications
        </h2>
        <p className="text-muted">What reaches you by email, when, and quiet hours in your own time zone.</p>
        <p>
          <Link href="/account/notifications" className="underline">
            Choose how we reach you
          </Link>
        </p>
      </section>
      <section aria-labelledby="sessions" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="sessions" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p className="text-muted">
          Lost a phone, or signed in on a shared computer? This signs your account out on every device, this one
          included.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={buttonClass("secondary")}>
            Sign out everywhere
          </button>
        </form>
      </section>
      <section aria-labelledby="reports" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="reports" className="text-xl font-semibold">
          Reports you have made
        </h2>
        <p className="text-muted">What you told our moderators, where each report stands and what was decided.</p>
        <p>
          <Link href="/reports" className="underline">
            See your reports
          </Link>
        </p>
      </section>
      <BlockedPeople />
      <section aria-labelledby="your-data" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="your-data" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="text-muted">One file with everything Alongside holds about you, or your account erased.</p>
        <div className="flex flex-wrap gap-3">
          {/* A plain link: the browser downloads the file. */}
          <a href="/account/export" className={buttonClass("secondary")} download>
            Download my data
          </a>
          <Link href="/account/delete" className={buttonClass("secondary")}>
            Delete my account…
          </Link>
        </div>
      </section>
    </div>
  );
}
