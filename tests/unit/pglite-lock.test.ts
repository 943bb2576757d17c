import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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
