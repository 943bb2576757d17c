/** A circle message as the browser gets it (the data layer builds it; client components read it). */
export interface CircleMessageDto {
  id: string;
  authorName: string;
  mine: boolean;
  byFacilitator: boolean;
  body: string;
  createdAt: string;
  sessionNumber: number | null;
  /** Only for the author's own messages and for the facilitator: the care to show beside it. */
  risk: "none" | "concern" | "crisis";
  removed?: boolean;
}
