/**
 * `npm run risk:reassess`: re-assesses stored messages (one-to-one and
 * circle), check-in entries, needs-profile texts and space posts and replies whose stored risk
 * assessment was made by an older
 * RISK_DETECTOR_VERSION (or never: version 0). Run it after a release that
 * bumps the version. Safe to stop and run again; see
 * lib/dal/system/risk-reassess.ts and docs/safety.md.
 *
 *   npm run risk:reassess [-- --batch 500]
 */
import { closeConnection } from "@/db/client";
import { reassessStoredRisk } from "@/lib/dal/system/risk-reassess";

async function main() {
  const i = process.argv.indexOf("--batch");
  const batchSize = i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 200) : 200;
  const report = await reassessStoredRisk({ batchSize });
  console.log(`Risk detector version ${report.version}`);
  for (const [table, n] of Object.entries(report.updated)) console.log(`  ${table}: ${n} re-assessed`);
  if (report.skipped) console.log(`  ${report.skipped} could not be opened (missing data key?) and were left for a later run`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
