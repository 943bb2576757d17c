/** `npm run db:migrate`: applies committed migrations to DATABASE_URL (or the embedded database). */
import { closeConnection, connection } from "./client";
import { migrateAsOwner } from "./migrate-runner";

async function main() {
  const conn = connection();
  await migrateAsOwner();
  console.log(`Migrations applied (${conn.kind}).`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
