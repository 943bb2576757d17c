import type { Metadata } from "next";
import { GrantRoleForm, RevokeRoleForm } from "@/components/admin/moderators/role-forms";
import { listStaff } from "@/lib/dal/staff/moderators";
import { staffRoles } from "@/lib/validation/admin-roles";

export const metadata: Metadata = { title: "Admin · Moderators" };

/** Who can enter /admin, and giving or taking back those roles. Admins only. */
export default async function ModeratorsPage() {
  const staff = await listStaff();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Moderators and admins</h1>
      <p className="text-muted">
        Giving a role takes effect on the person&apos;s next click. Taking one back also signs them out on every device,
        so nothing they had open keeps working. Every change is kept in the audit log with its reason. Nobody can change
        their own roles.
      </p>
      <GrantRoleForm />
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full min-w-[40rem] text-left">
          <caption className="p-3 text-left font-semibold">
            {staff.length === 1 ? "1 person holds a staff role" : `${staff.length} people hold a staff role`}
          </caption>
          <thead className="border-b border-line text-sm">
            <tr>
              <th scope="col" className="p-3">Name</th>
              <th scope="col" className="p-3">Roles</th>
              <th scope="col" className="p-3">Account</th>
              <th scope="col" className="p-3">Change</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => (
              <tr key={person.id} className="border-b border-line align-top last:border-0">
                <th scope="row" className="p-3 font-medium">
                  {person.name}
                  <span className="block break-all text-sm font-normal text-muted">{person.email}</span>
                </th>
                <td className="p-3">{person.roles.join(", ")}</td>
                <td className="p-3">
                  <span className={person.status === "active" ? "" : "font-semibold text-danger"}>{person.status}</span>
                </td>
                <td className="p-3">
                  {person.canChange ? (
                    <div className="flex flex-col gap-1">
                      {staffRoles
                        .filter((role) => person.roles.includes(role))
                        .map((role) => (
                          <RevokeRoleForm key={role} userId={person.id} name={person.name} role={role} />
                        ))}
                    </div>
                  ) : (
                    <span className="text-sm text-muted">You</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
