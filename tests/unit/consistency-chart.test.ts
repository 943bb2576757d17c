import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConsistencyChart } from "@/components/check-ins/consistency-chart";
import type { CheckInSlotView } from "@/lib/dal/relationship/check-ins";
import { consistencyRecord, type SlotStatus } from "@/lib/rhythm";

const slots = (statuses: SlotStatus[]): CheckInSlotView[] =>
  statuses.map((status, i) => ({ id: `s${i}`, startsAt: new Date(i * 1e9), closesAt: new Date(i * 1e9 + 1e8), status, label: `Check-in ${i + 1}` }));

const render = (statuses: SlotStatus[]) =>
  renderToStaticMarkup(createElement(ConsistencyChart, { record: consistencyRecord(statuses), history: slots(statuses) }));

describe("the consistency chart", () => {
  const statuses: SlotStatus[] = ["kept", "excused", "kept", "missed", "kept", "open", "upcoming"];
  const html = render(statuses);

  it("says the counts as large numbers in text, each with its word", () => {
    const totals = [...html.matchAll(/<dt[^>]*>.*?<\/span>(\w+)<\/dt><dd[^>]*>(\d+)<\/dd>/g)].map((m) => [m[1], Number(m[2])]);
    expect(totals).toEqual([
      ["kept", 3],
      ["excused", 1],
      ["missed", 1],
    ]);
    expect(html).toContain("text-3xl");
  });

  it("is a labelled picture: one lettered square per settled or open check-in, wrapping instead of a fixed-width drawing", () => {
    expect(html).toContain('role="img" aria-label="Kept 3 of 4 check-ins · 1 excused. 7 check-ins shown: 3 kept, 1 missed, 1 excused, 1 open now."');
    expect(html).not.toContain("<svg");
    expect(html).toContain('class="flex flex-wrap gap-1.5"');
    const squares = [...html.matchAll(/<li class="flex size-9[^"]*">([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(squares).toEqual(["K", "E", "K", "M", "K", "…"]);
  });

  it("draws each state with its own pattern, never by colour alone", () => {
    const classOf = (letter: string) => html.match(new RegExp(`<li class="([^"]*)">${letter}</li>`))![1]!;
    expect(classOf("E")).toContain("repeating-linear-gradient");
    expect(classOf("M")).toContain("border-dashed");
    expect(classOf("…")).toContain("border-dotted");
    expect(new Set(["K", "E", "M", "…"].map(classOf)).size).toBe(4);
  });

  it("shows the proportions in one bar, and every check-in in a table", () => {
    expect([...html.matchAll(/flex-grow:(\d+)/g)].map((m) => Number(m[1]))).toEqual([3, 1, 1]);
    expect(html.match(/<tr class="border-b border-line"><td/g)).toHaveLength(statuses.length);
  });

  it("draws nothing before the first check-in", () => {
    expect(render([])).toBe("");
  });
});
