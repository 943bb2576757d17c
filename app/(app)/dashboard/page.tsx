import type { Metadata } from "next";
import Link from "next/link";
import { AddRoleOffer, missingSelfServiceRoles } from "@/components/account/add-role-offer";
import { MentorCard } from "@/components/dashboard/mentor-card";
import { PeopleCard } from "@/components/dashboard/people-card";
import { SeekerCard } from "@/components/dashboard/seeker-card";
import { FollowedPosts } from "@/components/space/followed-posts";
import { isStaff } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/dal/account/viewer";

export const metadata: Metadata = { title: "Home" };

export default async function DashboardPage() {
  const viewer = await requireViewer();
  const roles = new Set(viewer.roles);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Welcome, {viewer.name}</h1>
      <PeopleCard />
      {roles.has("seeker") ? <SeekerCard /> : null}
      {roles.has("mentor") ? <MentorCard /> : null}
      {roles.has("mentor") || isStaff(viewer.roles) ? (
        <p>
          <Link href="/spaces/waiting" className="font-semibold underline">
            Posts in spaces waiting for a reply
          </Link>
        </p>
      ) : null}
      <FollowedPosts />
      {roles.has("seeker") || roles.has("mentor")
        ? missingSelfServiceRoles(viewer.roles).map((role) => <AddRoleOffer key={role} role={role} />)
        : null}
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
