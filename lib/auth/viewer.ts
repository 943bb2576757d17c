import type { AccountStatus, Role } from "@/db/schema";

/*
 * The viewer's types, kept apart from the data layer (lib/dal/account/viewer.ts
 * decides who the viewer is) so that modules the viewer check itself depends
 * on can name a Viewer without an import cycle.
 */

/** The signed-in person, as the data access layer knows them. Never built from input. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export type SessionEndReason = Exclude<AccountStatus, "active"> | "signed-out-everywhere" | "signed-out";

export type ViewerState =
  | { kind: "signed-in"; viewer: Viewer }
  | { kind: "anonymous" }
  | { kind: "ended"; reason: SessionEndReason };
