import { closeConnection, connection } from "@/db/client";
import { migrateAsOwner } from "@/db/migrate-runner";
import { seedDemoData } from "@/db/seed-runner";
async function main() {
  let t = performance.now();
  const conn = connection();
  await migrateAsOwner();
  console.log("migrate", Math.round(performance.now() - t)); t = performance.now();
  const r = await seedDemoData(conn.db, (s) => console.log("  ", s, Math.round(performance.now() - t)));
  console.log("seed", Math.round(performance.now() - t), r);
}
main().finally(closeConnection);
