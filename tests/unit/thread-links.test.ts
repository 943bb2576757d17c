import { describe, expect, it } from "vitest";
import { safeHref, splitLinks } from "@/lib/thread/links";

const links = (text: string) => splitLinks(text).filter((p) => p.kind === "link");
const joined = (text: string) => splitLinks(text).map((p) => p.text).join("");

describe("links in messages", () => {
  it("keeps plain text as one piece", () => {
    expect(splitLinks("hello\nthere")).toEqual([{ kind: "text", text: "hello\nthere" }]);
    expect(splitLinks("")).toEqual([]);
  });

  it("turns http and https addresses into links, and nothing else", () => {
    expect(links("see https://example.org/a?b=1#c and http://x.test")).toEqual([
      { kind: "link", text: "https://example.org/a?b=1#c", href: "https://example.org/a?b=1#c" },
      { kind: "link", text: "http://x.test", href: "http://x.test/" },
    ]);
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.c", "ftp://files.test", "www.example.org", "file:///etc/passwd"]) {
      expect(links(text), text).toEqual([]);
    }
  });

  it("leaves the sentence's punctuation and unmatched brackets outside the link", () => {
    expect(links("Try https://example.org.")[0]?.text).toBe("https://example.org");
    expect(links("(see https://example.org/page)")[0]?.text).toBe("https://example.org/page");
    expect(links("https://en.wikipedia.org/wiki/Grief_(disambiguation), ok")[0]?.text).toBe("https://en.wikipedia.org/wiki/Grief_(disambiguation)");
    expect(links("“https://example.org/x”")[0]?.text).toBe("https://example.org/x");
  });

  it("loses no character of the message", () => {
    for (const text of ["a https://x.test/b. c", "(https://x.test) [https://y.test]", "HTTPS://LOUD.TEST/Path!", "x https://", "http://"]) {
      expect(joined(text)).toBe(text);
    }
  });

  it("does not start a link inside a word or another address", () => {
    expect(links("xhttps://example.org")).toEqual([]);
    expect(links("https://a.test/https://b.test")).toHaveLength(1);
  });

  it("cannot smuggle markup or another scheme into the href", () => {
    const [link] = links('https://example.org/"><script>alert(1)</script>');
    // The candidate stops at "<"; the quote is the end of a sentence, not the link.
    expect(link?.href).toBe("https://example.org/");
    expect(safeHref("https://")).toBeNull();
    expect(safeHref("javascript://example.org/%0aalert(1)")).toBeNull();
    expect(safeHref("https://user@example.org/")).toBe("https://user@example.org/");
  });
});
