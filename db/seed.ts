/** `npm run db:seed`: migrates, then adds the demo data. Safe to run again. */
import { closeConnection, connection } from "./client";
import { migrateAsOwner } from "./migrate-runner";
import { seedDemoData } from "./seed-runner";

async function main() {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  const conn = connection();
  await migrateAsOwner();
  console.log(`Migrations applied (${conn.kind}, ${seconds()}).`);
  const { inserted, total, relationships } = await seedDemoData(conn.db, (step) => console.log(`  ${step}… (${seconds()})`));
  console.log(`Demo data: ${inserted} new of ${total} accounts, ${relationships} new relationships (${conn.kind}, ${seconds()}).`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
