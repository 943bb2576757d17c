import type { RelationshipAccess } from "@/lib/dal/relationship-access";

/** Section of the relationship page; being built on its own branch. */
export async function TimelineSection({ access }: { access: RelationshipAccess }) {
  void access;
  return null;
}
