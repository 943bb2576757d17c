import { EndingForm } from "@/components/ending/ending-form";

/**
 * Closing from the "Your people" list: the same form and the same ending as
 * on the relationship page. "One final check-in first" needs the rhythm, so
 * it is offered on the relationship page.
 */
export function EndRelationshipForm({ relationshipId, otherName, viewerIsMentor }: { relationshipId: string; otherName: string; viewerIsMentor: boolean }) {
  return <EndingForm relationshipId={relationshipId} otherName={otherName} viewerIsMentor={viewerIsMentor} />;
}
