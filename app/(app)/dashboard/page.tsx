import type { Metadata } from "next";
import Link from "next/link";
import { isStaff } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/dal/viewer";

export const metadata: Metadata = { title: "Home" };

export default async function DashboardPage() {
  const viewer = await requireViewer();
  const roles = new Set(viewer.roles);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Welcome, {viewer.name}</h1>
      {roles.has("seeker") ? (
        <section aria-labelledby="seeking" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="seeking" className="text-xl font-semibold">
            Finding someone alongside you
          </h2>
          <p className="mt-2 text-muted">
            Alongside pairs you with a volunteer mentor or a peer friend who fits what you ask for — above all someone
            who keeps showing up and doesn&apos;t judge. You agree a rhythm of check-ins together and can end at any
            time, without blame.
          </p>
        </section>
      ) : null}
      {roles.has("mentor") ? (
        <section aria-labelledby="volunteering" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="volunteering" className="text-xl font-semibold">
            Volunteering as a mentor
          </h2>
          <p className="mt-2 text-muted">
            Thank you. Mentors are approved by a moderator before anyone is matched with them, and they decide how many
            people they can support and which rhythm they can keep. Have a look at{" "}
            <Link href="/safety" className="underline">
              the pledges every mentor makes
            </Link>
            .
          </p>
        </section>
      ) : null}
      {isStaff(viewer.roles) ? (
        <section aria-labelledby="moderating" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="moderating" className="text-xl font-semibold">
            Moderation
          </h2>
          <p className="mt-2 text-muted">
            <Link href="/admin" className="underline">
              Open the admin panel
            </Link>{" "}
            to see people and their account status.
          </p>
        </section>
      ) : null}
      <p className="text-sm text-muted">
        Alongside is not therapy and not a crisis service. If you might be in danger,{" "}
        <Link href="/get-help" className="font-semibold text-help underline">
          get help now
        </Link>
        .
      </p>
    </div>
  );
}
