import { describe, expect, it } from "vitest";
import { congestionPrices, INTEREST_BONUS, isHeld, pendingByMentor } from "@/lib/matching/exposure";
import { rankSuggestions, rankSuggestionsDetailed } from "@/lib/matching/suggestions";
import { context, mentor, seeker } from "./support";

// One free place each (capacity 2, one person already). Star fits best, Alt nearly as well, Far less.
const star = mentor({ id: "star", name: "Star" });
const alt = mentor({ id: "alt", name: "Alt", tone: "balanced" });
const far = mentor({ id: "far", name: "Far", tone: "direct", listenStyle: "ideas", windows: ["tue-evening"] });
const mentors = [star, alt, far];
const waiting = ["w1", "w2", "w3"].map((id) => seeker({ id }));

function scores(who = seeker()) {
  return new Map(rankSuggestions(who, mentors, { context: context(), keepBestFit: false }).map((s) => [s.mentorId, s.score]));
}

describe("congestion prices from real interest", () => {
  it("no interest, no waiting seekers: every price is 0 (nothing is hidden or lowered by looks)", () => {
    expect(congestionPrices({ seekers: [], mentors, context: context(), interest: [] }).size).toBe(0);
  });

  it("a mentor wanted by more people than they have places gets a price; one with a place to spare gets none", () => {
    const fits = scores();
    expect(fits.get("star")!).toBeGreaterThan(fits.get("alt")!);
    expect(fits.get("alt")!).toBeGreaterThan(fits.get("far")!);
    // Two waiting people saved Star, who has one place: one of them will have to go elsewhere.
    const two = congestionPrices({ seekers: waiting.slice(0, 2), mentors, context: context(), interest: [{ seekerId: "w1", mentorId: "star" }, { seekerId: "w2", mentorId: "star" }] });
    expect(two.get("star")!).toBeGreaterThan(0);
    expect(two.get("far") ?? 0).toBe(0); // a place nobody needs
    // Star's price is what the second person loses by going to Alt instead: their interest and the difference in fit.
    expect(two.get("star")).toBeCloseTo(INTEREST_BONUS + fits.get("star")! - fits.get("alt")!, 0);
    // One person's interest in a mentor with a free place prices nothing.
    const one = congestionPrices({ seekers: waiting.slice(0, 1), mentors, context: context(), interest: [{ seekerId: "w1", mentorId: "star" }] });
    expect(one.size).toBe(0);
  });

  it("is the same whatever the order of the input", () => {
    const interest = [
      { seekerId: "w1", mentorId: "star" },
      { seekerId: "w2", mentorId: "star" },
      { seekerId: "w3", mentorId: "alt" },
    ];
    const a = congestionPrices({ seekers: waiting, mentors, context: context(), interest });
    const b = congestionPrices({ seekers: [...waiting].reverse(), mentors: [...mentors].reverse(), context: context(), interest: [...interest].reverse() });
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it("ignores interest in a pair that fails a hard filter", () => {
    const spanish = mentor({ id: "es", languages: ["es"] });
    const prices = congestionPrices({
      seekers: waiting.slice(0, 2),
      mentors: [spanish, far],
      context: context(),
      interest: [{ seekerId: "w1", mentorId: "es" }, { seekerId: "w2", mentorId: "es" }],
    });
    expect(prices.get("es") ?? 0).toBe(0);
  });
});

describe("ranking with prices instead of hiding", () => {
  it("a price moves a congested mentor below a good alternative, but never out of the list of someone whose best fit they are", () => {
    const fits = scores();
    const gap = fits.get("star")! - fits.get("alt")!;
    // A price larger than the gap: Alt first, and Star, the best fit, still shown — even in a list of one.
    expect(fits.get("alt")! - fits.get("far")!).toBeGreaterThan(1);
    const priced = rankSuggestions(seeker(), mentors, { context: context(), prices: { star: gap + 1 } });
    expect(priced.map((s) => s.mentorId)).toEqual(["alt", "star", "far"]);
    expect(priced.find((s) => s.mentorId === "star")!.bestFit).toBe(true);
    const short = rankSuggestions(seeker(), mentors, { context: context(), prices: { star: gap + 5 }, limit: 1 });
    expect(short.map((s) => s.mentorId)).toEqual(["star"]);
    const two = rankSuggestions(seeker(), mentors, { context: context(), prices: { star: 99 }, limit: 2 });
    expect(two.map((s) => s.mentorId)).toEqual(["alt", "star"]);
    // Switching the guarantee off shows what it prevents.
    expect(rankSuggestions(seeker(), mentors, { context: context(), prices: { star: 99 }, limit: 2, keepBestFit: false }).map((s) => s.mentorId)).toEqual(["alt", "far"]);
  });

  it("a price smaller than how much better the mentor fits leaves them first: the seeker for whom they are clearly best", () => {
    const fits = scores();
    const gap = fits.get("star")! - fits.get("alt")!;
    expect(gap).toBeGreaterThan(1);
    const priced = rankSuggestions(seeker(), mentors, { context: context(), prices: { star: gap - 1 } });
    expect(priced[0]!.mentorId).toBe("star");
  });

  it("the seeker's own interest is never priced against them", () => {
    const priced = rankSuggestions(seeker(), mentors, { context: context(), prices: { star: 50 }, unpriced: new Set(["star"]) });
    expect(priced[0]!.mentorId).toBe("star");
    expect(priced[0]!.rank).toBe(priced[0]!.score);
  });

  it("a mentor whose free places are all spoken for by others' requests is held: left out, and reported as a strong fit", () => {
    const { suggestions, held } = rankSuggestionsDetailed(seeker(), mentors, { context: context(), pending: { star: 1 } });
    expect(suggestions.map((s) => s.mentorId)).toEqual(["alt", "far"]);
    expect(held.map((h) => h.mentorId)).toEqual(["star"]);
    // The best fit the seeker may ask now is marked as such.
    expect(suggestions[0]!.bestFit).toBe(true);
    // A weak fit that is held is not worth a word when the list is full of better ones.
    const full = rankSuggestionsDetailed(seeker(), mentors, { context: context(), pending: { far: 1 }, limit: 2 });
    expect(full.suggestions.map((s) => s.mentorId)).toEqual(["star", "alt"]);
    expect(full.held).toEqual([]);
    // Fewer pending requests than places: not held.
    const roomy = mentor({ id: "roomy", capacity: 3, activeCount: 0 });
    expect(rankSuggestionsDetailed(seeker(), [roomy], { context: context(), pending: { roomy: 2 } }).suggestions).toHaveLength(1);
    expect(rankSuggestionsDetailed(seeker(), [roomy], { context: context(), pending: { roomy: 3 } }).held).toHaveLength(1);
  });

  it("counts only other people's requests as pending", () => {
    const pending = pendingByMentor(
      [
        { seekerId: "me", mentorId: "star" },
        { seekerId: "w1", mentorId: "star" },
        { seekerId: "w2", mentorId: "alt" },
      ],
      "me",
    );
    expect(Object.fromEntries(pending)).toEqual({ star: 1, alt: 1 });
    expect(isHeld(1, 1)).toBe(true);
    expect(isHeld(2, 1)).toBe(false);
    expect(isHeld(0, 0)).toBe(false);
  });

  it("looks alone never hide anyone: with no requests and no prices, everyone who fits is shown", () => {
    const { suggestions, held } = rankSuggestionsDetailed(seeker(), mentors, { context: context(), pending: {} });
    expect(suggestions).toHaveLength(3);
    expect(held).toEqual([]);
  });
});
