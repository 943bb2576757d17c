/**
 * The admin area cannot forget a page. This test walks app/admin and
 * lib/actions/staff on disk, so a page or action added tomorrow is covered
 * without anyone listing it: as a
 * seeker, a mentor and nobody signed in, every page, layout and server action
 * must answer Next's 404 and write nothing; a moderator gets the same from
 * every admin-only section (app/admin/sections.ts). Every route must belong
 * to a section there, so that question is answered for each new page.
 */
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf } from "@/db/client";
import * as schema from "@/db/schema";
import { idle } from "@/lib/forms/state";
import { type AdminSection, adminSections, sectionOf } from "@/app/admin/sections";
import { actAs, makeUser, navigationDigest } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
// The layout's header imports the sign-out action, which pulls in Auth.js; sessions come from readSession above.
vi.mock("@/lib/dal/account/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
// Nothing should get as far as revalidating; if something does, it must not crash the test run.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const ROOT = path.resolve(import.meta.dirname, "../..");
const ADMIN = path.join(ROOT, "app/admin");
/** The staff server actions live apart from the routes; sections.ts names the section of each module. */
const STAFF_ACTIONS = path.join(ROOT, "lib/actions/staff");

interface Entry {
  file: string;
  kind: "page" | "layout" | "actions";
  /** The URL path, e.g. /admin/rounds/[roundId]. */
  route: string;
  section: AdminSection | undefined;
  /** Dynamic segments, e.g. ["roundId"]. */
  segments: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

const entries: Entry[] = walk(ADMIN)
  .map((file): Entry | null => {
    const name = path.basename(file);
    const kind = name === "page.tsx" ? "page" : name === "layout.tsx" ? "layout" : null;
    if (!kind) return null;
    const parts = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).filter((p) => !/^\(.*\)$/.test(p)); // route groups leave the URL
    const route = `/${parts.join("/")}`;
    const segments = parts.filter((p) => /^\[.+\]$/.test(p)).map((p) => p.replace(/^\[(\.\.\.)?|\]$/g, ""));
    return { file, kind, route, section: sectionOf(route), segments };
  })
  .filter((e): e is Entry => e !== null)
  .concat(
    walk(STAFF_ACTIONS).map((file): Entry => {
      const name = path.basename(file).replace(/\.ts$/, "");
      const section = adminSections.find((s) => s.actions?.includes(name));
      return { file, kind: "actions", route: section?.href ?? `(no section claims lib/actions/staff/${name}.ts)`, section, segments: [] };
    }),
  )
  .sort((a, b) => a.file.localeCompare(b.file));

const rel = (e: Entry) => path.relative(ROOT, e.file);

/** A plausible request for a page: a fresh id for each dynamic segment, and a query string. */
function pageProps(e: Entry) {
  const params = Object.fromEntries(e.segments.map((s) => [s, randomUUID()]));
  return { params: Promise.resolve(params), searchParams: Promise.resolve({ page: "2", q: "x", status: "open" }), children: null };
}

/** What a form would send, by the action's arity: (state, formData), (formData), or (boundId, state, formData). */
function actionArgs(fn: (...args: never[]) => unknown): unknown[] {
  const form = new FormData();
  form.set("userId", randomUUID());
  form.set("id", randomUUID());
  form.set("reason", "A reason long enough to pass validation");
  if (fn.length <= 1) return [form];
  if (fn.length === 2) return [idle, form];
  return [randomUUID(), idle, form];
}

/** One hash per table over every row: any insert, update or delete anywhere changes it. One query for all tables. */
const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
async function fingerprint(): Promise<Map<string, string>> {
  const parts = tables.map((t) => sql`select ${getTableName(t)}::text as t, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${t} x`);
  const rows = await rowsOf<{ t: string; h: string }>(sql.join(parts, sql` union all `));
  return new Map(rows.map((r) => [r.t, r.h]));
}

/** The tables whose rows changed between two fingerprints. */
const changedTables = (before: Map<string, string>, after: Map<string, string>) => [...before.keys()].filter((t) => before.get(t) !== after.get(t));

/**
 * Runs each call and lists every problem at once (rather than stopping at the
 * first), so a new unguarded page shows up with all its siblings.
 */
async function problemsOf(list: Call[], who: string): Promise<string[]> {
  const problems: string[] = [];
  for (const call of list) {
    const before = await fingerprint();
    const { digest, error } = await outcome(call.run);
    if (digest !== NOT_FOUND) problems.push(`${call.label}: ${who} should get a 404, got ${error instanceof Error ? `${error.name}: ${error.message}` : digest}`);
    const changed = changedTables(before, await fingerprint());
    if (changed.length > 0) problems.push(`${call.label}: ${who} changed ${changed.join(", ")}`);
  }
  return problems;
}

async function outcome(run: () => unknown): Promise<{ digest: string; error?: unknown }> {
  try {
    await run();
    return { digest: "(no error: the call went through)" };
  } catch (error) {
    return { digest: navigationDigest(error), error };
  }
}

interface Call {
  label: string;
  entry: Entry;
  run: () => unknown;
}

async function calls(): Promise<Call[]> {
  const list: Call[] = [];
  for (const entry of entries) {
    const mod = (await import(entry.file)) as Record<string, unknown>;
    if (entry.kind === "actions") {
      const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, (...args: unknown[]) => unknown][];
      expect(actions.length, `${rel(entry)} exports no actions`).toBeGreaterThan(0);
      for (const [name, fn] of actions) list.push({ label: `${rel(entry)}#${name}`, entry, run: () => fn(...actionArgs(fn)) });
    } else {
      const component = mod.default as (props: unknown) => unknown;
      expect(typeof component, `${rel(entry)} has no default export`).toBe("function");
      list.push({ label: rel(entry), entry, run: () => component(pageProps(entry)) });
    }
  }
  return list;
}

let all: Call[] = [];

beforeAll(async () => {
  all = await calls();
  // Something for the pages and actions to find, if they ever forgot to check.
  await makeUser({ roles: ["moderator"] });
  await makeUser();
});

describe("the admin area on disk", () => {
  it("finds the pages, layouts and actions (the walk itself works)", () => {
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["actions", "layout", "page"]);
    expect(entries.map((e) => e.route)).toEqual(expect.arrayContaining(["/admin", "/admin/audit", "/admin/health", "/admin/rounds/[roundId]"]));
    expect(all.length).toBeGreaterThan(entries.length);
  });

  it("puts every admin route in a section of app/admin/sections.ts, so its audience is decided", () => {
    const unplaced = entries.filter((e) => !e.section).map(rel);
    expect(unplaced, "add these routes' sections to app/admin/sections.ts").toEqual([]);
  });
});

describe.each([
  ["a seeker", ["seeker"]],
  ["a mentor", ["mentor"]],
  ["a seeker who also mentors", ["seeker", "mentor"]],
  ["nobody signed in", null],
] as const)("as %s", (_, roles) => {
  it("every admin page, layout and action answers 404 and writes nothing", async () => {
    await actAs(roles ? await makeUser({ roles: [...roles] }) : null);
    expect(await problemsOf(all, roles ? roles.join(" and ") : "nobody signed in")).toEqual([]);
  });
});

describe("as a moderator", () => {
  it("every admin-only page, layout and action answers 404 and writes nothing", async () => {
    await actAs(await makeUser({ roles: ["moderator"] }));
    const adminOnly = all.filter((c) => c.entry.section?.access === "admin");
    expect(adminOnly.map((c) => c.entry.route)).toEqual(
      expect.arrayContaining(["/admin/audit", "/admin/moderators", "/admin/crisis-resources", "/admin/settings", "/admin/topics"]),
    );
    expect(await problemsOf(adminOnly, "a moderator")).toEqual([]);
  });

  it("opens the staff pages without dynamic segments (so the 404s above are not the pages always failing)", async () => {
    await actAs(await makeUser({ roles: ["moderator"] }));
    for (const call of all.filter((c) => c.entry.kind !== "actions" && c.entry.section?.access === "staff" && c.entry.segments.length === 0)) {
      await expectOpens(call);
    }
  });
});

describe("as an admin", () => {
  it("opens every page without dynamic segments", async () => {
    await actAs(await makeUser({ roles: ["admin"] }));
    for (const call of all.filter((c) => c.entry.kind !== "actions" && c.entry.segments.length === 0)) {
      await expectOpens(call);
    }
  });
});

/** A page opens when it renders, or when it sends staff on to another admin page (e.g. /admin/reports → the queue). */
async function expectOpens(call: { label: string; run: () => unknown }) {
  try {
    expect(await Promise.resolve(call.run()), call.label).toBeDefined();
  } catch (error) {
    expect(navigationDigest(error), call.label).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin\//);
  }
}
