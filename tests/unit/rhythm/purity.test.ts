import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../../../lib/rhythm");
const sources = readdirSync(root)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(root, f));

/** A file's code without its comments. */
const code = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/**
 * What lib/rhythm may import: itself, the profile vocabularies, the timezone
 * helpers of matching, and node:crypto for slot-id.ts's hash (a function of
 * its inputs, so still pure; randomness is refused by the test below).
 */
const allowed = new Set(["@/lib/profiles/options", "@/lib/matching/windows", "node:crypto"]);

describe("lib/rhythm is pure", () => {
  it("imports nothing but itself, the profile vocabularies and lib/matching/windows", () => {
    expect(sources.length).toBeGreaterThan(4);
    let seen = 0;
    for (const file of sources) {
      const specifiers = [...code(file).matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(/gm)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? "require(",
      );
      seen += specifiers.length;
      for (const specifier of specifiers) {
        if (specifier.startsWith("./")) expect(specifier.includes("/", 2), `${path.basename(file)} imports ${specifier}`).toBe(false);
        else expect(allowed.has(specifier), `${path.basename(file)} imports ${specifier}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it("takes the time as an argument: no clock, randomness or environment", () => {
    for (const file of sources) {
      expect(code(file), path.basename(file)).not.toMatch(/Math\.random|Date\.now|new Date\(\)|performance\.now|process\.|crypto\./);
    }
  });
});
