import "server-only";
import { and, type AnyColumn, asc, desc, eq, gt, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { auditLog, auditReasons, users } from "@/db/schema";
import { type AuditFilter, dayAfter, dayStart } from "@/lib/validation/admin-audit";
import { requireAdmin } from "@/lib/dal/account/viewer";

/**
 * The audit log, read by admins: newest first, 50 entries a page, narrowed by
 * action, actor, person affected and dates. Paging is by entry number (the
 * database hands them out in order), so a page stays put while new entries
 * arrive and deep pages cost the same as the first.
 */

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPerson {
  name: string;
  email: string;
}

export interface AuditDetail {
  key: string;
  value: string;
}

export interface AuditRow {
  id: number;
  createdAt: Date;
  action: string;
  actor: AuditPerson | null;
  target: AuditPerson | null;
  reason: string | null;
  details: AuditDetail[];
}

export interface AuditPage {
  entries: AuditRow[];
  /** Cursors for the neighbouring pages, or null at either end. */
  newer: number | null;
  older: number | null;
}

const actor = alias(users, "actor");
const target = alias(users, "target");

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const personMatches = (person: { name: AnyColumn; email: AnyColumn }, query: string) =>
  or(ilike(person.name, `%${escapeLike(query)}%`), ilike(person.email, `%${escapeLike(query)}%`));

function whereOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.action ? ilike(auditLog.action, `${escapeLike(filter.action)}%`) : undefined,
    filter.actor ? personMatches(actor, filter.actor) : undefined,
    filter.person ? personMatches(target, filter.person) : undefined,
    filter.from ? gte(auditLog.createdAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(auditLog.createdAt, dayAfter(filter.to)) : undefined,
  );
}

const base = () =>
  db()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      reason: auditReasons.reason,
      details: auditLog.details,
      actorName: actor.name,
      actorEmail: actor.email,
      targetName: target.name,
      targetEmail: target.email,
    })
    .from(auditLog)
    .leftJoin(auditReasons, eq(auditReasons.auditId, auditLog.id))
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId));

/** One page of the audit log. Admins only. */
export async function listAuditLog(filter: AuditFilter): Promise<AuditPage> {
  await requireAdmin();
  const where = whereOf(filter);
  // Going back towards newer entries reads upwards from the cursor, then turns the page round.
  const goingNewer = filter.after !== undefined && filter.before === undefined;
  const rows = goingNewer
    ? (await base().where(and(where, gt(auditLog.id, filter.after!))).orderBy(asc(auditLog.id)).limit(AUDIT_PAGE_SIZE + 1)).reverse()
    : await base()
        .where(and(where, filter.before !== undefined ? lt(auditLog.id, filter.before) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = goingNewer ? rows.slice(more ? 1 : 0) : rows.slice(0, AUDIT_PAGE_SIZE);
  const first = page[0]?.id;
  const last = page.at(-1)?.id;
  const exists = async (condition: SQL) => (await base().where(and(where, condition)).limit(1)).length > 0;
  const newer = first === undefined ? null : goingNewer ? (more ? first : null) : filter.before !== undefined && (await exists(gt(auditLog.id, first))) ? first : null;
  const older = last === undefined ? null : goingNewer ? ((await exists(lt(auditLog.id, last))) ? last : null) : more ? last : null;
  return {
    newer,
    older,
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      reason: row.reason,
      actor: row.actorName !== null ? { name: row.actorName, email: row.actorEmail ?? "" } : null,
      target: row.targetName !== null ? { name: row.targetName, email: row.targetEmail ?? "" } : null,
      details: summariseDetails(row.details),
    })),
  };
}

/** The actions recorded so far, for the filter's suggestions. Admins only. */
export async function auditActionNames(): Promise<string[]> {
  await requireAdmin();
  const rows = await db().selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)).limit(200);
  return rows.map((r) => r.action);
}

/**
 * Keys whose values could be someone's own words or a secret. Audit entries
 * are meant to hold ids and short facts only; this is the second line, in case
 * one ever carries more: the key is listed, its value is not.
 */
const PRIVATE_WORDS = new Set(["text", "content", "body", "note", "notes", "message", "reflection", "words", "entry", "answer", "answers", "password", "token", "secret", "hash", "email", "ip"]);
const MAX_VALUE = 120;

/** "closingNote" and "note_text" are private; "messageId" is only a pointer, and shown. */
function isPrivateKey(key: string) {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (last === "id" || last === "ids") return false;
  return words.some((w) => PRIVATE_WORDS.has(w));
}

/** Details as short key/value lines a person can scan, never private content. */
export function summariseDetails(details: Record<string, unknown> | null | undefined): AuditDetail[] {
  if (!details || typeof details !== "object") return [];
  return Object.entries(details).map(([key, value]) => ({ key, value: isPrivateKey(key) ? "(not shown)" : shortValue(value) }));
}

function shortValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "—";
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) text = value.join(", ");
  else text = JSON.stringify(value, (key, v: unknown) => (key && isPrivateKey(key) ? "(not shown)" : v));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
