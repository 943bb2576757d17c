import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir } from "@/db/lock";

describe("the embedded database's lock", () => {
  it("stops a second process at once, naming the process that holds the directory", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "alongside-lock-")), "pglite");
    const release = lockDataDir(dir);
    try {
      // A real second process: the migration command against the same directory.
      const second = spawnSync("npx", ["tsx", "db/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: `pglite:${dir}` },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`in use by another process (pid ${process.pid})`);
    } finally {
      release();
    }
  });

  it("takes over a lock left behind by a process that died", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "alongside-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, "999999999");
    const release = lockDataDir(dir);
    release();
  });

  it("refuses while a live process holds it", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "alongside-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DatabaseInUseError);
  });
});

describe("a lock naming a live process that is not ours", () => {
  it("is taken over when the pid now belongs to another program (pid reuse)", async () => {
    const { spawn } = await import("node:child_process");
    const other = spawn("sleep", ["30"]);
    try {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), "alongside-lock-")), "pglite");
      writeFileSync(`${dir}.lock`, String(other.pid)); // the old format: a pid only
      const release = lockDataDir(dir);
      release();
      // The new format records the start time: a live process started at another moment is someone else.
      writeFileSync(`${dir}.lock`, `${other.pid} 1`);
      lockDataDir(dir)();
    } finally {
      other.kill();
    }
  });

  it("still refuses a live holder whose start time matches", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "alongside-lock-")), "pglite");
    const release = lockDataDir(dir);
    const content = readFileSync(`${dir}.lock`, "utf8");
    expect(content).toMatch(/^\d+ \d+$/);
    release();
    // Same start time recorded for the parent: it is the parent, alive, so refused.
    const stat = readFileSync(`/proc/${process.ppid}/stat`, "utf8");
    const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    writeFileSync(`${dir}.lock`, `${process.ppid} ${start}`);
    expect(() => lockDataDir(dir)).toThrow(DatabaseInUseError);
  });
});
