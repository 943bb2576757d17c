import { randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { checkInEntries, checkIns, matchRequests, messages, relationships } from "@/db/schema";
import { pairOf } from "@/lib/dal/matching/requests";
import { contexts, seal, sealJson } from "@/lib/privacy/encryption";
import { makeUser } from "./factories";

/** Shared steps for the safety and moderation tests: people in a relationship, and their words, sealed as the app seals them. */

export const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

export async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

export async function pairInRelationship() {
  const seeker = await makeUser({ roles: ["seeker"] });
  const mentor = await makeUser({ roles: ["mentor"] });
  const [rel] = await db()
    .insert(relationships)
    .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id) })
    .returning({ id: relationships.id });
  return { seeker, mentor, relationshipId: rel!.id };
}

/** A message in a thread, sealed like the thread DAL seals it. */
export async function postMessage(relationshipId: string, authorId: string, text: string, createdAt = new Date()) {
  const sealed = seal(text, contexts.message(relationshipId));
  const [message] = await db()
    .insert(messages)
    .values({ relationshipId, authorId, body: sealed.ciphertext, keyId: sealed.keyId, clientKey: randomUUID(), createdAt })
    .returning({ id: messages.id });
  return message!.id;
}

/** A check-in slot and one person's entry for it. */
export async function writeEntry(relationshipId: string, authorId: string, answers: Record<string, string>, startsAt = new Date(Date.now() - 3 * 60 * 60 * 1000)) {
  const [slot] = await db()
    .insert(checkIns)
    .values({ relationshipId, startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000), closesAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000), status: "kept" })
    .returning({ id: checkIns.id });
  const sealed = sealJson(answers, contexts.checkInEntry(relationshipId));
  const [entry] = await db()
    .insert(checkInEntries)
    .values({ checkInId: slot!.id, relationshipId, authorId, content: sealed.ciphertext, keyId: sealed.keyId, createdAt: startsAt })
    .returning({ id: checkInEntries.id });
  return entry!.id;
}

/** An open match request between two people (no relationship). */
export async function openRequestBetween(fromId: string, toId: string, expiresInHours = 24 * 7) {
  const [row] = await db()
    .insert(matchRequests)
    .values({ kind: "mentorship", fromId, toId, ...pairOf(fromId, toId), fromAgreedAt: new Date(), expiresAt: new Date(Date.now() + expiresInHours * 60 * 60 * 1000) })
    .returning({ id: matchRequests.id });
  return row!.id;
}
