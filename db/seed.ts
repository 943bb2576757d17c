/** `npm run db:seed`: migrates, then adds the demo data. Safe to run again. */
import { closeConnection, connection } from "./client";
import { migrateAsOwner } from "./migrate-runner";
import { seedDemoData } from "./seed-runner";

async function main() {
  const conn = connection();
  await migrateAsOwner();
  const { inserted, total } = await seedDemoData(conn.db);
  console.log(`Demo data: ${inserted} new of ${total} accounts (${conn.kind}).`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
