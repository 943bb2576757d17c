import type { Metadata } from "next";
import { RotaForm, type RotaPerson } from "@/components/admin/on-call/rota-form";
import { getRota } from "@/lib/dal/safety/on-call";

export const metadata: Metadata = { title: "Admin · On call" };

/** Who is alerted first when someone may be in crisis. Admins only. */
export default async function OnCallPage() {
  const { entries, available } = await getRota();
  const people: RotaPerson[] = [
    ...entries.map((e) => ({ id: e.userId, name: e.name, place: e.position + 1, onDuty: e.onDuty })),
    ...available.map((a) => ({ id: a.id, name: a.name, place: null, onDuty: false })),
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Moderators on call</h1>
      <p className="text-muted">
        When a message may show someone in crisis, everyone on duty is alerted at once, by the bell and by email, with no
        words of the message. If nobody has opened it within the time set in Settings, the next person on the rota is
        alerted, then the admins. With nobody on duty, every moderator is alerted.
      </p>
      {people.length === 0 ? <p>There are no moderators yet. Add some under Moderators first.</p> : <RotaForm people={people} />}
    </div>
  );
}
