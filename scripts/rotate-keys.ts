/**
 * `npm run keys:rotate`: re-encrypts everything sealed with an older data key
 * with the current one (the first in DATA_KEYS). Afterwards the older keys can
 * be removed from DATA_KEYS. See docs/operations.md, "Rotating the data key".
 */
import { closeConnection } from "@/db/client";
import { rotateDataKeys } from "@/lib/dal/system/key-rotation";

async function main() {
  const report = await rotateDataKeys();
  console.log(`Current data key: ${report.currentKeyId}`);
  for (const [column, n] of Object.entries(report.rewritten)) console.log(`  ${column}: ${n} re-encrypted`);
  console.log("Done. Keys other than the current one can now be removed from DATA_KEYS.");
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
