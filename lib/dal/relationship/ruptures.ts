import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, lte, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, transaction } from "@/db/client";
import { relationships, ruptures, users } from "@/db/schema";
import { daysOpen, unrepairedSince } from "@/lib/care/rupture-age";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, sealJson, unsealJson } from "@/lib/privacy/encryption";
import { answerRuptureSchema, nameRuptureSchema, ruptureIdSchema, type OpenerNote, type ResponderNote } from "@/lib/validation/care";
import { notify } from "@/lib/dal/notifications/bell";
import { accessActiveRelationship, accessRelationship, type RelationshipAccess } from "./access";
import { lockRelationship } from "./lock";
import { getSettings } from "@/lib/dal/staff/settings";
import { requireStaff } from "@/lib/dal/account/viewer";
import { foldRowsOf, type OpenRuptureRow, type RuptureFacts } from "./fold-rows";
import { log } from "@/lib/log";

/**
 * Rupture and repair. "Something felt off" is named by one person with two
 * private prompts; the other is told gently (no words quoted) and answers
 * with prompts of their own; it is repaired when both have said "we're good".
 * Either may ask a moderator to help. The notes are sealed at rest and only
 * ever opened for the two people, inside their relationship: moderators see
 * that a rupture exists and for how long, never what was written.
 *
 * Writes check access first, then take the relationship's row lock inside
 * their transaction (relationship, then rupture: the same order the ending
 * takes), so a naming, an answer and two "we're good"s at once are applied
 * one after another, and nothing is written into a relationship that ended
 * or was blocked meanwhile.
 */

const NOT_FOUND_RUPTURE = "We couldn't find that conversation.";
const CLOSED = "This was closed when the relationship ended, so nothing more can be added.";

export interface RuptureView {
  id: string;
  openedAt: Date;
  viewerIsOpener: boolean;
  /** Null when the note cannot be opened (a key was retired too early). */
  openerNote: OpenerNote | null;
  responderAnswered: boolean;
  responderNote: ResponderNote | null;
  viewerSaidGood: boolean;
  otherSaidGood: boolean;
  helpRequested: boolean;
}

export interface RuptureState {
  open: RuptureView | null;
  repairs: number;
  lastRepairedAt: Date | null;
  /** Whether "something felt off" can be named now. */
  canName: boolean;
}

function openNote<T>(relationshipId: string, ruptureId: string, ciphertext: string | null, keyId: string | null): T | null {
  if (!ciphertext || !keyId) return null;
  try {
    return unsealJson<T>({ ciphertext, keyId }, contexts.ruptureNote(relationshipId));
  } catch {
    // Never the content, never the ciphertext: only which row could not be read.
    log.error("ruptures.note_unreadable", undefined, { ruptureId });
    return null;
  }
}

/** The open rupture of a relationship, for one of its two people, with both people's words. */
export async function ruptureState(relationshipId: string): Promise<RuptureState> {
  const access = await accessRelationship(relationshipId);
  // Read with the other folds' rows, in one statement (./fold-rows.ts): the summary and this view count the same rows.
  const rows = await foldRowsOf(access);
  const tally = ruptureTally(access, rows.ruptures);
  return {
    open: tally.open && rows.open ? view(access, rows.open) : null,
    repairs: tally.repairs,
    lastRepairedAt: tally.lastRepairedAt,
    canName: tally.canName,
  };
}

/** What the repair fold's summary and its content both count: an open rupture (while the relationship lasts), and the repairs. */
export function ruptureTally(access: RelationshipAccess, rows: readonly RuptureFacts[]) {
  const open = rows.some((r) => r.status === "open");
  const repaired = rows.filter((r) => r.status === "repaired");
  const lastRepairedAt = repaired.reduce<Date | null>((last, r) => (r.resolvedAt && (!last || r.resolvedAt > last) ? r.resolvedAt : last), null);
  const active = access.status === "active";
  return { open: open && active, repairs: repaired.length, lastRepairedAt, canName: active && !open };
}

function view(access: RelationshipAccess, r: OpenRuptureRow): RuptureView {
  const viewerIsOpener = r.openedById === access.viewer.id;
  return {
    id: r.id,
    openedAt: r.openedAt,
    viewerIsOpener,
    openerNote: openNote<OpenerNote>(access.id, r.id, r.openerNote, r.openerKeyId),
    responderAnswered: r.responderNote !== null,
    responderNote: openNote<ResponderNote>(access.id, r.id, r.responderNote, r.responderKeyId),
    viewerSaidGood: (viewerIsOpener ? r.openerGoodAt : r.responderGoodAt) !== null,
    otherSaidGood: (viewerIsOpener ? r.responderGoodAt : r.openerGoodAt) !== null,
    helpRequested: r.helpRequestedAt !== null,
  };
}

async function lockRupture(relationshipId: string, ruptureId: string) {
  const [row] = await db()
    .select()
    .from(ruptures)
    .where(and(eq(ruptures.id, ruptureId), eq(ruptures.relationshipId, relationshipId)))
    .for("update");
  if (!row) throw new NotFoundError(NOT_FOUND_RUPTURE);
  return row;
}

const pageOf = (relationshipId: string) => `/relationships/${relationshipId}#repair`;

/**
 * Names "something felt off". When one is already open between the two, it
 * is returned instead (a double submit, or both naming at once, gives one).
 */
export async function nameRupture(input: unknown): Promise<{ ruptureId: string; created: boolean }> {
  const { relationshipId, whatHappened, whatINeeded } = nameRuptureSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  const sealed = sealJson({ whatHappened, whatINeeded } satisfies OpenerNote, contexts.ruptureNote(access.id));
  return transaction(async (tx) => {
    await lockRelationship(access, { endedMessage: CLOSED });
    const [created] = await tx
      .insert(ruptures)
      .values({ relationshipId: access.id, openedById: access.viewer.id, openerNote: sealed.ciphertext, openerKeyId: sealed.keyId, openedAt: now() })
      .onConflictDoNothing()
      .returning({ id: ruptures.id });
    if (!created) {
      const [open] = await tx
        .select({ id: ruptures.id })
        .from(ruptures)
        .where(and(eq(ruptures.relationshipId, access.id), eq(ruptures.status, "open")));
      if (!open) throw new ConflictError("That didn't go through. Please try again.");
      return { ruptureId: open.id, created: false };
    }
    await notify({
      userId: access.otherId,
      relationshipId: access.id,
      kind: "rupture-named",
      dedupeKey: `rupture-named:${created.id}`,
      title: `${access.viewer.name} would like to talk something through`,
      body: `Something felt a little off for ${access.viewer.name}, and they'd like to work it through with you. Nobody is in trouble. A few gentle questions are waiting on your page together.`,
      href: pageOf(access.id),
    });
    return { ruptureId: created.id, created: true };
  });
}

/** The other person's side: "What I heard" and "What I need now". Given once. */
export async function answerRupture(input: unknown) {
  const { relationshipId, ruptureId, whatIHeard, whatINeedNow } = answerRuptureSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  const sealed = sealJson({ whatIHeard, whatINeedNow } satisfies ResponderNote, contexts.ruptureNote(access.id));
  await transaction(async (tx) => {
    await lockRelationship(access, { endedMessage: CLOSED });
    const rupture = await lockRupture(access.id, ruptureId);
    if (rupture.openedById === access.viewer.id) throw new ConflictError("These questions are for the other person. Your words are already there.");
    if (rupture.status !== "open") throw new ConflictError(rupture.status === "repaired" ? "You two already said you're good." : CLOSED);
    const [updated] = await tx
      .update(ruptures)
      .set({ responderNote: sealed.ciphertext, responderKeyId: sealed.keyId })
      .where(and(eq(ruptures.id, rupture.id), isNull(ruptures.responderNote)))
      .returning({ id: ruptures.id });
    if (!updated) throw new ConflictError("You've already shared your side. It's there for both of you to read.");
    await notify({
      userId: access.otherId,
      relationshipId: access.id,
      kind: "rupture-answered",
      dedupeKey: `rupture-answered:${rupture.id}`,
      title: `${access.viewer.name} shared their side`,
      body: `${access.viewer.name} answered about what felt off. You can read it on your page together, whenever you're ready.`,
      href: pageOf(access.id),
    });
  });
}

/**
 * "We're good", from either person. The rupture becomes repaired on the
 * second one: under the relationship's lock, so two clicks at the same moment
 * are applied in turn and exactly one of them repairs it.
 */
export async function sayWereGood(input: unknown): Promise<{ repaired: boolean }> {
  const { relationshipId, ruptureId } = ruptureIdSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  return transaction(async (tx) => {
    await lockRelationship(access, { endedMessage: CLOSED });
    const rupture = await lockRupture(access.id, ruptureId);
    if (rupture.status === "repaired") return { repaired: true };
    if (rupture.status !== "open") throw new ConflictError(CLOSED);
    const at = now();
    const isOpener = rupture.openedById === access.viewer.id;
    const openerGoodAt = rupture.openerGoodAt ?? (isOpener ? at : null);
    const responderGoodAt = rupture.responderGoodAt ?? (isOpener ? null : at);
    const repaired = openerGoodAt !== null && responderGoodAt !== null;
    const [updated] = await tx
      .update(ruptures)
      .set({ openerGoodAt, responderGoodAt, ...(repaired ? { status: "repaired" as const, resolvedAt: at } : {}) })
      .where(and(eq(ruptures.id, rupture.id), eq(ruptures.status, "open")))
      .returning({ status: ruptures.status });
    if (!updated) throw new ConflictError("That didn't go through. Please try again.");
    await notify({
      userId: access.otherId,
      relationshipId: access.id,
      kind: repaired ? "rupture-repaired" : "rupture-good",
      dedupeKey: `${repaired ? "rupture-repaired" : "rupture-good"}:${rupture.id}`,
      title: repaired ? `You and ${access.viewer.name} are good again` : `${access.viewer.name} feels you're good again`,
      body: repaired
        ? `You both said you're good. Working something through together is a real strength of a relationship.`
        : `If you feel the same, you can say so on your page together. If not yet, that's all right: there's room to keep talking.`,
      href: pageOf(access.id),
    });
    return { repaired };
  });
}

/** Asks a moderator to help with an open rupture. Asking again changes nothing. */
export async function askModeratorHelp(input: unknown) {
  const { relationshipId, ruptureId } = ruptureIdSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  await transaction(async (tx) => {
    await lockRelationship(access, { endedMessage: CLOSED });
    const rupture = await lockRupture(access.id, ruptureId);
    if (rupture.status !== "open") throw new ConflictError(rupture.status === "repaired" ? "You two already said you're good." : CLOSED);
    await tx
      .update(ruptures)
      .set({ helpRequestedAt: now() })
      .where(and(eq(ruptures.id, rupture.id), isNull(ruptures.helpRequestedAt)));
  });
}

/**
 * For the ending: closes whatever rupture is still open when a relationship
 * ends, inside the caller's transaction. The caller has already authorized
 * the ending (and holds the relationship's lock).
 */
export async function closeOpenRuptures(relationshipId: string, at: Date): Promise<number> {
  const closed = await db()
    .update(ruptures)
    .set({ status: "closed", resolvedAt: at })
    .where(and(eq(ruptures.relationshipId, relationshipId), eq(ruptures.status, "open")))
    .returning({ id: ruptures.id });
  return closed.length;
}

export interface RuptureHistoryItem {
  id: string;
  namedAt: Date;
  /** When both said "we're good"; null while open, or if it closed with the ending. */
  repairedAt: Date | null;
  status: "open" | "repaired" | "closed";
}

/**
 * For the relationship's timeline: when something was named and when it was
 * repaired. No notes, and on purpose not who named it: a repair is the pair's.
 */
export async function ruptureHistory(relationshipId: string): Promise<RuptureHistoryItem[]> {
  const access = await accessRelationship(relationshipId);
  const rows = await db()
    .select({ id: ruptures.id, namedAt: ruptures.openedAt, status: ruptures.status, resolvedAt: ruptures.resolvedAt })
    .from(ruptures)
    .where(eq(ruptures.relationshipId, access.id))
    .orderBy(asc(ruptures.openedAt));
  return rows.map((r) => ({ id: r.id, namedAt: r.namedAt, repairedAt: r.status === "repaired" ? r.resolvedAt : null, status: r.status }));
}

export interface UnrepairedRupture {
  ruptureId: string;
  relationshipId: string;
  names: [string, string];
  daysOpen: number;
  helpRequested: boolean;
}

/**
 * For moderators: ruptures still open after 7 days (by the app's clock), and
 * any where someone asked for help, whatever their age. Never the notes.
 */
export async function listUnrepairedRuptures(): Promise<UnrepairedRupture[]> {
  await requireStaff();
  const at = now();
  const { ruptureAlertDays } = await getSettings();
  const seeker = alias(users, "seeker");
  const partner = alias(users, "partner");
  const rows = await db()
    .select({
      ruptureId: ruptures.id,
      relationshipId: ruptures.relationshipId,
      openedAt: ruptures.openedAt,
      helpRequestedAt: ruptures.helpRequestedAt,
      seekerName: seeker.name,
      partnerName: partner.name,
    })
    .from(ruptures)
    .innerJoin(relationships, eq(relationships.id, ruptures.relationshipId))
    .innerJoin(seeker, eq(seeker.id, relationships.seekerId))
    .innerJoin(partner, eq(partner.id, relationships.partnerId))
    .where(
      and(
        eq(ruptures.status, "open"),
        ne(relationships.status, "ended"),
        or(lte(ruptures.openedAt, unrepairedSince(at, ruptureAlertDays)), isNotNull(ruptures.helpRequestedAt)),
      ),
    )
    .orderBy(desc(isNotNull(ruptures.helpRequestedAt)), asc(ruptures.openedAt))
    .limit(200);
  return rows.map((r) => ({
    ruptureId: r.ruptureId,
    relationshipId: r.relationshipId,
    names: [r.seekerName, r.partnerName],
    daysOpen: daysOpen(r.openedAt, at),
    helpRequested: r.helpRequestedAt !== null,
  }));
}
