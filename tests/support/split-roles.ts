import postgres from "postgres";

/** Polls check every 200 ms until it holds or ms pass; says whether it held (background work in tests). */
export async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/**
 * Undoes applyRoles (db/roles.ts) after a PostgreSQL test: what the roles own
 * goes back to the admin and is dropped, then the roles themselves, which are
 * cluster-wide (the test database is dropped by the setup file).
 */
export async function dropTestRoles(admin: postgres.Sql, roles: string[]) {
  for (const role of roles) {
    await admin.unsafe(`reassign owned by "${role}" to current_user`);
    await admin.unsafe(`drop owned by "${role}"`);
  }
  await admin.end();
  const server = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  for (const role of roles) await server.unsafe(`drop role if exists "${role}"`).catch(() => {});
  await server.end();
}
