import postgres from "postgres";

/**
 * Two roles for one PostgreSQL database, so the audit log holds even against
 * the app itself:
 * - the owner role (MIGRATION_DATABASE_URL) owns the schema and every table,
 *   and runs migrations;
 * - the serving role (DATABASE_URL) owns nothing: it reads and writes rows,
 *   and on audit_log may only INSERT and SELECT. Not being the owner, it cannot
 *   ALTER the table (so cannot disable or drop the append-only triggers), and
 *   not being a superuser it cannot set session_replication_role.
 * Default privileges give the serving role the same rights on tables the owner
 * creates later, so a new migration needs no new grant.
 *
 * Run by `npm run db:roles` with a superuser connection (DB_ADMIN_URL); safe to run again.
 */
export interface RolePlan {
  database: string;
  owner: { name: string; password?: string };
  app: { name: string; password?: string };
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a plain lower-case role or database name`);
  return `"${name}"`;
};

/** The plan read from the two URLs: their user names are the roles, their passwords the roles' passwords. */
export function planFromUrls(migrationUrl: string, servingUrl: string): RolePlan {
  const m = new URL(migrationUrl);
  const s = new URL(servingUrl);
  const database = decodeURIComponent(s.pathname.slice(1));
  if (decodeURIComponent(m.pathname.slice(1)) !== database) throw new Error("MIGRATION_DATABASE_URL and DATABASE_URL must name the same database");
  if (!m.username || !s.username || m.username === s.username) {
    throw new Error("MIGRATION_DATABASE_URL and DATABASE_URL must each name a user, and different ones (the owner and the serving role)");
  }
  const password = (u: URL) => (u.password ? decodeURIComponent(u.password) : undefined);
  return {
    database,
    owner: { name: decodeURIComponent(m.username), password: password(m) },
    app: { name: decodeURIComponent(s.username), password: password(s) },
  };
}

/**
 * Creates (or updates) both roles and the grants. `admin` is a superuser
 * connection to the target database.
 */
export async function applyRoles(admin: postgres.Sql, plan: RolePlan) {
  const owner = ident(plan.owner.name);
  const app = ident(plan.app.name);
  const database = ident(plan.database);
  for (const role of [plan.owner, plan.app]) {
    const [exists] = await admin`select 1 from pg_roles where rolname = ${role.name}`;
    const name = ident(role.name);
    await admin.unsafe(`${exists ? "alter" : "create"} role ${name} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls`);
    if (role.password) await admin.unsafe(`alter role ${name} password ${quote(role.password)}`);
  }
  await admin.unsafe(`grant connect, create, temporary on database ${database} to ${owner}`);
  await admin.unsafe(`grant connect, temporary on database ${database} to ${app}`);
  await admin.unsafe(`alter schema public owner to ${owner}`);
  await admin.unsafe(`revoke create on schema public from public`);
  await admin.unsafe(`grant usage on schema public to ${app}`);

  // Everything that exists now belongs to the owner (migrations may have run as a superuser before).
  const tables = await admin<{ name: string; kind: string }[]>`
    select c.relname as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
      -- a sequence behind a serial or identity column moves with its table
      and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))`;
  for (const t of tables) {
    const what = t.kind === "S" ? "sequence" : t.kind === "v" ? "view" : t.kind === "m" ? "materialized view" : "table";
    await admin.unsafe(`alter ${what} public.${quoteIdent(t.name)} owner to ${owner}`);
  }
  const functions = await admin<{ signature: string }[]>`
    select p.oid::regprocedure::text as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'`;
  for (const f of functions) await admin.unsafe(`alter function ${f.signature} owner to ${owner}`);
  const types = await admin<{ name: string }[]>`
    select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e'`;
  for (const t of types) await admin.unsafe(`alter type public.${quoteIdent(t.name)} owner to ${owner}`);
  const [drizzle] = await admin`select 1 from pg_namespace where nspname = 'drizzle'`;
  if (drizzle) {
    await admin.unsafe(`alter schema drizzle owner to ${owner}`);
    const own = await admin<{ name: string; kind: string }[]>`
      select c.relname as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'drizzle' and c.relkind in ('r', 'S')
        and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))`;
    for (const t of own) await admin.unsafe(`alter ${t.kind === "S" ? "sequence" : "table"} drizzle.${quoteIdent(t.name)} owner to ${owner}`);
  }

  // The serving role: rows only, and on the audit log only adding and reading.
  await admin.unsafe(`revoke all on all tables in schema public from ${app}`);
  await admin.unsafe(`grant select, insert, update, delete on all tables in schema public to ${app}`);
  await admin.unsafe(`grant usage, select on all sequences in schema public to ${app}`);
  await admin.unsafe(`grant execute on all functions in schema public to ${app}`);
  await admin.unsafe(`alter default privileges for role ${owner} in schema public grant select, insert, update, delete on tables to ${app}`);
  await admin.unsafe(`alter default privileges for role ${owner} in schema public grant usage, select on sequences to ${app}`);
  const [audit] = await admin`select 1 from pg_tables where schemaname = 'public' and tablename = 'audit_log'`;
  if (audit) await revokeAuditChanges(admin, plan.app.name);
}

/** audit_log and its reasons: INSERT and SELECT, nothing more. Migrations call this again if they recreate the tables. */
export async function revokeAuditChanges(admin: postgres.Sql, app: string) {
  await admin.unsafe(`revoke update, delete, truncate, references, trigger on public.audit_log from ${ident(app)}`);
  const [reasons] = await admin`select 1 from pg_tables where schemaname = 'public' and tablename = 'audit_reasons'`;
  if (reasons) await admin.unsafe(`revoke update, delete, truncate, references, trigger on public.audit_reasons from ${ident(app)}`);
}

function quote(value: string) {
  return `'${value.replace(/'/g, "''")}'`;
}
function quoteIdent(value: string) {
  return `"${value.replace(/"/g, '""')}"`;
}
