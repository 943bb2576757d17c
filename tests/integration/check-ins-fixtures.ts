import { randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { friendProfiles, mentorProfiles, messages, needsProfiles, relationships } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { pairOf } from "@/lib/dal/matching/requests";
import { proposeRhythm, respondToRhythm } from "@/lib/dal/relationship/rhythm";
import { actAs, makeUser } from "../support/factories";

/** Shared by the check-in and nudge tests: people, a relationship, an agreed rhythm, and the app's clock. */

/** Makes the app's clock (lib/clock) read `at`. */
export function setNow(at: Date | string) {
  setClockOffset(new Date(at).getTime() - Date.now());
}

export function resetNow() {
  setClockOffset(0);
}

export async function makePair(
  options: {
    kind?: "mentorship" | "friendship";
    seekerTimezone?: string;
    partnerTimezone?: string;
    seekerWindows?: string[];
    partnerWindows?: string[];
    cadence?: "weekly" | "fortnightly" | "monthly";
  } = {},
) {
  const kind = options.kind ?? "mentorship";
  const seeker = await makeUser({ roles: ["seeker"] });
  const partner = await makeUser({ roles: [kind === "mentorship" ? "mentor" : "seeker"] });
  await db()
    .insert(needsProfiles)
    .values({ userId: seeker.id, timezone: options.seekerTimezone ?? "Europe/London", cadence: options.cadence ?? "weekly", windows: options.seekerWindows ?? [] });
  if (kind === "mentorship") {
    await db()
      .insert(mentorProfiles)
      .values({ userId: partner.id, timezone: options.partnerTimezone ?? "Europe/London", windows: options.partnerWindows ?? [] });
  } else {
    await db().insert(needsProfiles).values({ userId: partner.id, timezone: options.partnerTimezone ?? "Europe/London" });
    await db()
      .insert(friendProfiles)
      .values([
        { userId: seeker.id, windows: options.seekerWindows ?? [] },
        { userId: partner.id, windows: options.partnerWindows ?? [] },
      ]);
  }
  const [rel] = await db()
    .insert(relationships)
    .values({ kind, seekerId: seeker.id, partnerId: partner.id, ...pairOf(seeker.id, partner.id) })
    .returning({ id: relationships.id });
  return { seeker, partner, relationshipId: rel!.id };
}

/** The seeker proposes and the partner agrees, at `at`. */
export async function agreeRhythm(
  pair: { seeker: { id: string }; partner: { id: string }; relationshipId: string },
  rhythm: { cadence: "weekly" | "fortnightly" | "monthly"; day: string; part: string },
  at: Date | string,
) {
  setNow(at);
  await actAs(pair.seeker);
  const { rhythmId } = await proposeRhythm({ relationshipId: pair.relationshipId, ...rhythm, replaces: "" });
  await actAs(pair.partner);
  await respondToRhythm({ relationshipId: pair.relationshipId, rhythmId, decision: "accept" });
  return rhythmId;
}

/** A message in the thread at `at` (the body is opaque here: only its time matters to check-ins). */
export async function sendMessageAt(relationshipId: string, authorId: string, at: Date | string) {
  await db()
    .insert(messages)
    .values({ relationshipId, authorId, body: "opaque", keyId: "test", clientKey: randomUUID(), createdAt: new Date(at) });
}
