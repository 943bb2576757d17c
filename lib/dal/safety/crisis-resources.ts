import "server-only";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { asc, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { db, transaction } from "@/db/client";
import { crisisResources } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { type CrisisRegion, crisisRegions, orderForTimezone } from "@/lib/safety/crisis-resources";
import { crisisRegionIdSchema, type CrisisRegionInput, crisisRegionSchema } from "@/lib/validation/admin-crisis";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { log } from "@/lib/log";

/**
 * Crisis resources by region. Reading them needs no viewer: they are public,
 * and shown to anyone who might need them (/get-help, a thread where crisis
 * language was written). When the table is empty the built-in list stands in,
 * so help never disappears, even on a database nobody has seeded.
 */

export interface CrisisResource extends CrisisRegion {
  /** Null for the built-in list. */
  id: string | null;
  order: number;
}

const DEFAULT_ORDER = 50;
const sortKey = (order: number) => String(order).padStart(2, "0");
const orderOf = (sortOrder: string) => Number.parseInt(sortOrder, 10) || DEFAULT_ORDER;

/** The built-in regions in their own order (10, 20, …), as the seed stores them. */
export function builtInCrisisResources(): CrisisResource[] {
  return crisisRegions.map((region, i) => ({ ...region, id: null, order: (i + 1) * 10 }));
}

async function readTable(): Promise<CrisisResource[]> {
  const rows = await db().select().from(crisisResources).orderBy(asc(crisisResources.sortOrder), asc(crisisResources.region));
  return rows.map((row) => ({ id: row.id, region: row.region, emergency: row.emergency, lines: row.lines, timezones: row.timezones, order: orderOf(row.sortOrder) }));
}

/**
 * The stored list, shared by one instance's requests in production (lib/dal/system/shared-value.ts):
 * the thread and the check-in form show it on every render, and admins change it rarely. Fresh for
 * 30 s, never shown more than a minute old; an edit on this instance shows at once (invalidate),
 * on another within that minute.
 */
const sharedTable = sharedValue<CrisisResource[]>("crisis-resources", { freshMs: 30_000, staleMs: 60_000 });
/** After an admin's edit (committed or not): this instance reads the table afresh. */
const afterEdit = <T>(write: Promise<T>) => write.finally(() => sharedTable.invalidate());
const readShared = () => (process.env.NODE_ENV === "production" ? sharedTable.get("all", readTable) : readTable());

/**
 * Every region, in the admins' order; the built-in list when none are stored,
 * and also when the database cannot be read: a page offering crisis help must
 * not fail with an error. Cached per request.
 */
export const listCrisisResources = cache(async (): Promise<CrisisResource[]> => {
  try {
    const stored = await readShared();
    return stored.length > 0 ? stored : builtInCrisisResources();
  } catch (error) {
    log.error("crisis_resources.read_failed_using_built_in", error);
    return builtInCrisisResources();
  }
});

/** The region that fits this timezone first (marked matchesTimezone), then the others. */
export async function crisisResourcesFor(timezone: string | null) {
  return orderForTimezone(await listCrisisResources(), timezone);
}

/** What admins edit: the stored regions only, and whether people see the built-in list meanwhile. Admins only. */
export async function listCrisisResourcesForAdmin() {
  await requireAdmin();
  const stored = await readTable();
  return { stored, builtIn: stored.length === 0 ? builtInCrisisResources() : [] };
}

/** JSON with keys sorted: jsonb hands objects back in its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function isUniqueViolation(error: unknown) {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === "23505") return true;
  }
  return false;
}

const taken = (region: string) => new ConflictError(`There is already a region called “${region}”. Edit that one instead.`);

async function nameTaken(region: string, exceptId?: string) {
  const rows = await db()
    .select({ id: crisisResources.id })
    .from(crisisResources)
    .where(sql`lower(${crisisResources.region}) = lower(${region})${exceptId ? sql` and ${crisisResources.id} <> ${exceptId}` : sql``}`)
    .limit(1);
  return rows.length > 0;
}

const stored = (input: CrisisRegionInput) => ({
  region: input.region,
  emergency: input.emergency,
  timezones: input.timezones,
  lines: input.lines,
  sortOrder: sortKey(input.order),
});

/** Adds a region. Admins only. */
export async function addCrisisResource(input: unknown) {
  const admin = await requireAdmin();
  const region = crisisRegionSchema.parse(input);
  try {
    return await afterEdit(transaction(async (tx) => {
      if (await nameTaken(region.region)) throw taken(region.region);
      const [row] = await tx.insert(crisisResources).values(stored(region)).returning({ id: crisisResources.id });
      await recordAudit({
        actorId: admin.id,
        action: "crisis_resource.add",
        details: { crisisResourceId: row!.id, region: region.region, lines: region.lines.length, timezones: region.timezones.length },
      });
      return { id: row!.id, region: region.region };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(region.region);
    throw error;
  }
}

/** Changes a region; the audit row names the parts that changed. Admins only. */
export async function updateCrisisResource(input: unknown) {
  const admin = await requireAdmin();
  const { id } = crisisRegionIdSchema.parse(input);
  const region = crisisRegionSchema.parse(input);
  try {
    return await afterEdit(transaction(async (tx) => {
      const [before] = await tx.select().from(crisisResources).where(eq(crisisResources.id, id)).for("update");
      if (!before) throw new NotFoundError("That region is no longer in the list.");
      if (await nameTaken(region.region, id)) throw taken(region.region);
      const next = stored(region);
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => canonical(before[key]) !== canonical(next[key]));
      if (changed.length === 0) return { region: region.region, changed };
      await tx.update(crisisResources).set(next).where(eq(crisisResources.id, id));
      await recordAudit({
        actorId: admin.id,
        action: "crisis_resource.edit",
        details: { crisisResourceId: id, region: region.region, ...(before.region !== region.region ? { renamedFrom: before.region } : {}), changed },
      });
      return { region: region.region, changed };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(region.region);
    throw error;
  }
}

/**
 * Removes a region. Removing the last one brings back the built-in list for
 * everyone, rather than leaving people with nothing. Admins only.
 */
export async function removeCrisisResource(input: unknown) {
  const admin = await requireAdmin();
  const { id } = crisisRegionIdSchema.parse(input);
  return afterEdit(transaction(async (tx) => {
    const [row] = await tx.delete(crisisResources).where(eq(crisisResources.id, id)).returning({ region: crisisResources.region });
    if (!row) throw new NotFoundError("That region is no longer in the list.");
    await recordAudit({ actorId: admin.id, action: "crisis_resource.remove", details: { crisisResourceId: id, region: row.region } });
    return row;
  }));
}

/**
 * Copies the built-in list into the table so admins can edit it. Does nothing
 * if regions are already stored (a second click, or another admin first).
 */
export async function importBuiltInCrisisResources() {
  const admin = await requireAdmin();
  return afterEdit(transaction(async (tx) => {
    // One importer at a time: the advisory lock makes "is it empty?" and the insert one step.
    await tx.execute(sql`select pg_advisory_xact_lock(727274101)`);
    if ((await tx.$count(crisisResources)) > 0) return { imported: 0 };
    const regions = builtInCrisisResources();
    await tx.insert(crisisResources).values(regions.map((r) => stored({ ...r, order: r.order })));
    await recordAudit({ actorId: admin.id, action: "crisis_resource.import", details: { regions: regions.map((r) => r.region) } });
    return { imported: regions.length };
  }));
}
