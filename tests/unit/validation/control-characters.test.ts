import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/validation/auth";
import { freeText, lineText } from "@/lib/validation/fields";
import { appealSchema, breakGlassSchema } from "@/lib/validation/moderation";
import { reportSchema } from "@/lib/validation/reports";

const uuid = "00000000-0000-4000-8000-000000000000";

describe("control characters in free text", () => {
  it("refuses NUL and other controls, keeps line breaks and tabs in multi-line text", () => {
    expect(freeText().safeParse("two\nlines\twith a tab\r\n").success).toBe(true);
    for (const bad of ["a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "rtl\u202eevil", "c1\u0085"]) {
      expect(freeText().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(lineText().safeParse("one line").success).toBe(true);
    expect(lineText().safeParse("two\nlines").success).toBe(false);
  });

  it("every form that takes words refuses a NUL byte with a field error", () => {
    const name = signUpSchema.safeParse({ name: "Ana\u0000", email: "a@example.test", password: "a good long password", intent: "support" });
    expect(name.error?.issues[0]?.path).toEqual(["name"]);
    expect(appealSchema.safeParse({ actionId: uuid, text: "please look again\u0000 at this" }).success).toBe(false);
    expect(breakGlassSchema.safeParse({ relationshipId: uuid, reason: "a long enough reason to read\u0000 the thread" }).success).toBe(false);
    expect(reportSchema.safeParse({ subjectId: uuid, category: "other", note: "x\u0000" }).success).toBe(false);
  });

  it("display names are one line of ordinary characters", () => {
    const parse = (n: string) => signUpSchema.shape.name.safeParse(n).success;
    expect(parse("Zoë O'Neill-Ávila")).toBe(true);
    expect(parse("李小龙")).toBe(true);
    expect(parse("Sam (demo seeker)")).toBe(true);
    expect(parse("Ana\nPS: your account is locked, visit evil.example")).toBe(false);
    expect(parse("<script>")).toBe(false);
    expect(parse("https://evil.example/")).toBe(false);
  });

  it("no validation module builds a bare z.string(): free text goes through freeText or lineText", () => {
    const dir = path.join(import.meta.dirname, "../../../lib/validation");
    // Strings that are not free text: shape-checked by a regex or a strict parser right after.
    const allowed = [
      /cursorSchema/,
      /\.regex\(/,
      /isTimezoneEntry/,
      /Intl\.DateTimeFormat|Choose your timezone/, // checked against the runtime's zone list
      /messageBody = z\s*\.string/, // normalises CRLF, then pipes into freeText
      /CRLF: store plain LF/, // spaces: normalises CRLF, then pipes into freeText
      /isValidTimeZone/, // checked against the runtime's zone list
    ];
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "fields.ts")) {
      const source = readFileSync(path.join(dir, file), "utf8");
      const pattern = /(z\s*\.string\s*\(|^\s*\.string\s*\()/gm;
      for (const match of source.matchAll(pattern)) {
        const around = source.slice(Math.max(0, match.index! - 60), match.index! + 120);
        if (!allowed.some((rule) => rule.test(around))) offenders.push(`${file}: ${around.replace(/\s+/g, " ").trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
