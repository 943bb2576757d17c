/** Child of bench:pages: migrates DATABASE_URL and fills it for one size (demo | large), then leaves the personas in bench_personas. */
import { eq, sql } from "drizzle-orm";
import { closeConnection, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate-runner";
import { users } from "@/db/schema";
import { DEMO, LARGE, populate, scaled } from "./populate";

async function main() {
  const [size = "demo", scale = "1"] = process.argv.slice(2);
  const conn = connection();
  await migrateDatabase(conn);
  const personas = await populate(conn.db, size === "large" ? scaled(LARGE, Number(scale)) : DEMO, (line) => console.log(`   ${line}`));
  const version = async (id: string) => (await conn.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]!.v;
  const value = JSON.stringify({ ...personas, seekerSv: await version(personas.seekerId), adminSv: await version(personas.adminId) });
  await conn.db.execute(sql`create table bench_personas (value text not null)`);
  await conn.db.execute(sql`insert into bench_personas (value) values (${value})`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
