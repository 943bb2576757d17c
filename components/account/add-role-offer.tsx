import type { Role } from "@/db/schema";
import type { SelfServiceRole } from "@/lib/validation/account";
import { AddRoleForm } from "./add-role-form";

const offers: Record<SelfServiceRole, { title: string; text: string }> = {
  mentor: {
    title: "Volunteer as a mentor too",
    text: "Keep someone company through something you've lived through. You'll fill in the same application as every volunteer, with a short training, and a moderator reviews it: nobody is matched with you before that. Your own support carries on as it is.",
  },
  seeker: {
    title: "Get support for yourself too",
    text: "Volunteers need company sometimes too. A few short questions about what would help, and we'll suggest mentors who fit. Your volunteering carries on as it is, and your answers stay as private as everyone's.",
  },
};

/** The ways of taking part a person could still add (support, volunteering), never staff roles. */
export function missingSelfServiceRoles(roles: readonly Role[]): SelfServiceRole[] {
  return (["seeker", "mentor"] as const).filter((role) => !roles.includes(role));
}

/** A card offering one more way of taking part, with its one-button form. */
export function AddRoleOffer({ role, headingLevel = 2 }: { role: SelfServiceRole; headingLevel?: 2 | 3 }) {
  const { title, text } = offers[role];
  const id = `add-role-${role}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <Heading id={id} className={headingLevel === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {title}
      </Heading>
      <p className="text-muted">{text}</p>
      <AddRoleForm role={role} tone="secondary" />
    </section>
  );
}
