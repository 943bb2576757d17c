import { RelationshipLiveEnding } from "@/components/relationship/live-ending";

/**
 * Around the relationship page: an ending or a block that lands while the
 * page is open refreshes it into its ended state, or replaces it (the page
 * itself checks who may see it).
 */
export default async function RelationshipLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RelationshipLiveEnding relationshipId={id}>{children}</RelationshipLiveEnding>;
}
