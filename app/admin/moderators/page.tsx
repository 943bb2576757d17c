import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/admin-table";
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
      <AdminTable
        showCaption
        caption={staff.length === 1 ? "1 person holds a staff role" : `${staff.length} people hold a staff role`}
        rows={staff}
        rowKey={(person) => person.id}
        columns={[
          {
            header: "Name",
            rowHeader: true,
            cell: (person) => (
              <>
                {person.name}
                <span className="block break-all text-sm font-normal text-muted">{person.email}</span>
              </>
            ),
          },
          { header: "Roles", cell: (person) => person.roles.join(", ") },
          { header: "Account", cell: (person) => <span className={person.status === "active" ? "" : "font-semibold text-danger"}>{person.status}</span> },
          {
            header: "Change",
            cell: (person) =>
              person.canChange ? (
                <div className="flex flex-col gap-1">
                  {staffRoles
                    .filter((role) => person.roles.includes(role))
                    .map((role) => (
                      <RevokeRoleForm key={role} userId={person.id} name={person.name} role={role} />
                    ))}
                </div>
              ) : (
                <span className="text-sm text-muted">You</span>
              ),
          },
        ]}
      />
    </div>
  );
}
