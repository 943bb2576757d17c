import { describe, expect, it } from "vitest";
import { isLoopback } from "@/lib/auth/test-mode-guard";
import { actionBodyTooDeep, jsonDepth, MAX_ACTION_DEPTH } from "@/lib/security/payload-depth";
import { pageParam, readSearchParams, safePage, searchText } from "@/lib/validation/search-params";

describe("query parameters", () => {
  const fields = { q: searchText(100), page: pageParam };
  it("drops a page of Infinity, 1e20, NaN or a negative, so the first page shows", () => {
    for (const page of ["Infinity", "1e20", "NaN", "-3", "2.5", "0x10", ""]) {
      expect(readSearchParams({ page }, fields).page, page).toBeUndefined();
    }
    expect(readSearchParams({ page: "3" }, fields).page).toBe(3);
    expect(safePage(Number.POSITIVE_INFINITY)).toBe(1);
    expect(safePage(1e20)).toBe(1);
  });
  it("drops a search with a NUL or other control character, and a repeated parameter", () => {
    expect(readSearchParams({ q: "\u0000" }, fields).q).toBeUndefined();
    expect(readSearchParams({ q: "ana\u0000" }, fields).q).toBeUndefined();
    expect(readSearchParams({ q: ["a", "b"] }, fields).q).toBeUndefined();
    expect(readSearchParams({ q: " Ana " }, fields).q).toBe("Ana");
  });
});

describe("server action payload depth", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  it("measures nesting outside strings only", () => {
    expect(jsonDepth('["$K1"]')).toBe(1);
    expect(jsonDepth('["[[[[[[[[", {"a": [1]}]')).toBe(3);
    expect(jsonDepth(deep(5000), MAX_ACTION_DEPTH)).toBeGreaterThan(MAX_ACTION_DEPTH);
  });
  it("refuses a deeply nested body, but not brackets a person typed into a form field", async () => {
    const post = (body: BodyInit) => new Request("http://x/", { method: "POST", body });
    expect(await actionBodyTooDeep(post(deep(10_000)))).toBe(true);
    expect(await actionBodyTooDeep(post('["$K1"]'))).toBe(false);
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_message", "[".repeat(500));
    expect(await actionBodyTooDeep(post(form))).toBe(false);
    form.set("0", deep(10_000));
    expect(await actionBodyTooDeep(post(form))).toBe(true);
  });
});

describe("APP_ENV=test only on loopback", () => {
  it("knows loopback addresses", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(a), a).toBe(true);
    for (const a of ["0.0.0.0", "::", "10.0.0.5", "192.168.1.2", undefined]) expect(isLoopback(a), String(a)).toBe(false);
  });
});
