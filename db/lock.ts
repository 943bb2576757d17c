import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite takes no lock on its data directory, and two processes writing the
 * same directory silently corrupt it. A pid file beside the directory makes
 * the second process fail at once, naming the one that holds it.
 */
export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (holder === process.pid) break;
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DatabaseInUseError(
          `The embedded database at ${dir} is in use by another process (pid ${holder}). ` +
            `Stop that process first, or point DATABASE_URL at another database.`,
        );
      }
      // The holder died without cleaning up: the lock is stale.
      unlinkSync(lockPath);
    }
  }
  return () => {
    try {
      if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
}
