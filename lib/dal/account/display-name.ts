import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { displayNameChange } from "@/lib/validation/needs-profile";
import { requireViewer } from "./viewer";

/** Changes the viewer's own display name (or pseudonym). Nobody else's: the row is the viewer's, always. */
export async function changeDisplayName(input: unknown) {
  const viewer = await requireViewer();
  const { name } = displayNameChange.parse(input);
  await db().update(users).set({ name }).where(eq(users.id, viewer.id));
  return { name };
}
