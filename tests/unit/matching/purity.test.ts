import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../../../lib/matching");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
const sources = files(root).filter((f) => f.endsWith(".ts"));

/** A file's code without its comments. */
const code = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/** What lib/matching may import: itself, the profile vocabularies, and zod (to read cohort files). */
const allowed = new Set(["@/lib/profiles/options", "zod"]);

describe("lib/matching is pure", () => {
  it("imports nothing but itself, the profile vocabularies and zod — no database, React, Next or server code", () => {
    expect(sources.length).toBeGreaterThan(10);
    let seen = 0;
    for (const file of sources) {
      const text = code(file);
      const specifiers = [
        ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/gm),
      ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
      seen += specifiers.length;
      for (const specifier of specifiers) {
        if (specifier.startsWith(".")) {
          const target = path.resolve(path.dirname(file), specifier);
          expect(target.startsWith(root), `${path.relative(root, file)} imports ${specifier}, outside lib/matching`).toBe(true);
        } else {
          expect(allowed.has(specifier), `${path.relative(root, file)} imports ${specifier}`).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(40); // the pattern does find the imports
  });

  it("draws no randomness or time from the environment (tie-breaks are seeded)", () => {
    for (const file of sources) {
      expect(code(file), path.relative(root, file)).not.toMatch(/Math\.random|Date\.now|new Date\(\)|process\.env|crypto\./);
    }
  });
});
