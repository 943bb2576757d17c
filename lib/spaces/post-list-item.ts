import type { ContentNoteValue } from "./words";

/**
 * A post as a list shows it (a space's page, the dashboard's followed posts):
 * already opened and cut to an excerpt by the data layer
 * (lib/dal/space/spaces.ts). Apart from it so the list, a client component,
 * can take it as a prop. Types only.
 */
export interface PostListItem {
  id: string;
  title: string;
  excerpt: string;
  authorName: string;
  wish: "just_listen" | "perspective" | "practical";
  contentNote: ContentNoteValue | null;
  fold: "open" | "folded";
  mine: boolean;
  publishedAt: Date;
  spaceSlug: string;
  spaceName: string;
}
