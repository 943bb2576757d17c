/**
 * `npm run db:roles`: creates the owner and serving roles on PostgreSQL and
 * grants them (db/roles.ts explains which). Reads:
 *   DB_ADMIN_URL            a superuser connection (e.g. postgres://postgres@host:5432/postgres)
 *   MIGRATION_DATABASE_URL  postgres://alongside_owner:…@host:5432/alongside
 *   DATABASE_URL            postgres://alongside_app:…@host:5432/alongside
 * The database is created if missing. Safe to run again (after each deploy, too).
 */
import postgres from "postgres";
import { applyRoles, planFromUrls } from "../db/roles";

async function main() {
  const adminUrl = process.env.DB_ADMIN_URL;
  const migrationUrl = process.env.MIGRATION_DATABASE_URL;
  const servingUrl = process.env.DATABASE_URL;
  if (!adminUrl || !migrationUrl || !servingUrl) {
    throw new Error("db:roles needs DB_ADMIN_URL (a superuser), MIGRATION_DATABASE_URL (the owner) and DATABASE_URL (the serving role); see docs/operations.md");
  }
  const plan = planFromUrls(migrationUrl, servingUrl);
  const server = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const [exists] = await server`select 1 from pg_database where datname = ${plan.database}`;
  if (!exists) await server.unsafe(`create database "${plan.database}"`);
  await server.end();
  const target = new URL(adminUrl);
  target.pathname = `/${plan.database}`;
  const admin = postgres(target.toString(), { max: 1, onnotice: () => {} });
  try {
    await applyRoles(admin, plan);
  } finally {
    await admin.end();
  }
  console.log(`Roles ready on ${plan.database}: ${plan.owner.name} owns and migrates, ${plan.app.name} serves (audit_log: insert and select only).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
