import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Each PGlite run gets a fresh `.data/e2e-<time>` directory (about 40 MB).
 * Remove the ones earlier runs left behind, so they don't pile up; the
 * current run's stays afterwards for a look at what the tests did. A
 * directory whose lock file names a live process, or that was made in the
 * last ten minutes (the lock is briefly free between seeding and the server
 * starting), may belong to a run still going, and is left alone.
 */
function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const TEN_MINUTES = 10 * 60 * 1000;

export default function globalSetup() {
  const dataDir = path.resolve(".data");
  if (!existsSync(dataDir)) return;
  const current = path.basename(process.env.E2E_PGLITE_URL?.replace(/^pglite:/, "") ?? "");
  for (const entry of readdirSync(dataDir)) {
    const match = /^e2e-(\d+)$/.exec(entry);
    if (!match || entry === current || Date.now() - Number(match[1]) < TEN_MINUTES) continue;
    const dir = path.join(dataDir, entry);
    const lock = `${dir}.lock`;
    if (existsSync(lock)) {
      const holder = Number.parseInt(readFileSync(lock, "utf8"), 10);
      if (Number.isInteger(holder) && isAlive(holder)) continue;
      rmSync(lock, { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
