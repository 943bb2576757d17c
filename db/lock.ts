import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
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

/** When a process started (clock ticks since boot, from /proc), or null where /proc is not available. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, counted after the command name, which is in parentheses and may hold spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the process named in a lock file is still the one that wrote it.
 * A pid is reused once its process ends, so a live pid alone proves nothing:
 * the lock records the process's start time too, and a live process that
 * started at another moment is someone else (the lock is stale). A lock from
 * before start times were recorded counts only if its process runs node.
 */
function holdsLock(pid: number, recordedStart: string | undefined) {
  if (!isAlive(pid)) return false;
  if (!existsSync("/proc/self/stat")) return true; // no /proc: cannot tell, so stay safe
  const started = startTimeOf(pid);
  if (started === null) return false;
  if (recordedStart) return started === recordedStart;
  try {
    return /(^|\/)(node|next|tsx|npm)(\0|$|\s)|next-server|vitest/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

const lockContent = () => `${process.pid} ${startTimeOf(process.pid) ?? ""}`.trim();

export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const mine = lockContent();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, mine);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const [pidText, recordedStart] = readFileSync(lockPath, "utf8").trim().split(/\s+/);
      const holder = Number.parseInt(pidText ?? "", 10);
      if (holder === process.pid) break;
      if (Number.isInteger(holder) && holdsLock(holder, recordedStart)) {
        throw new DatabaseInUseError(
          `The embedded database at ${dir} is in use by another process (pid ${holder}). ` +
            `Stop that process first, or point DATABASE_URL at another database.`,
        );
      }
      // The holder died without cleaning up (or its pid now belongs to another program): the lock is stale.
      unlinkSync(lockPath);
    }
  }
  return () => {
    try {
      if (readFileSync(lockPath, "utf8") === mine) unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
}
