import { describe, expect, it } from "vitest";
import { assessRisk, readByRules } from "@/lib/safety/assess-risk";
import { normalise } from "@/lib/safety/normalise";
import { levelOfCategory } from "@/lib/safety/categories";
import { corpus, holdout } from "./corpus";
import { formatFigures, measure } from "./measure";
import { sealedHoldout } from "./sealed-holdout";
import { sealedHoldout2 } from "./sealed-holdout-2";
import { sealedHoldout3 } from "./sealed-holdout-3";
import { sealedHoldout4 } from "./sealed-holdout-4";
import { sealedHoldout5 } from "./sealed-holdout-5";
import { sealedHoldout7 } from "./sealed-holdout-7";
import { tuningCorpus } from "./tuning-corpus";

describe("assessRisk on the labelled sets", () => {
  const tuning = measure(tuningCorpus);
  const sealed = measure(sealedHoldout);
  const sealed2 = measure(sealedHoldout2);
  const sealed3 = measure(sealedHoldout3);
  const sealed4 = measure(sealedHoldout4);

  it("prints its figures", () => {
    console.log(`\n${formatFigures("tuning corpus", tuning)}\n\n${formatFigures("sealed held-out set", sealed)}\n\n${formatFigures("sealed held-out set 2", sealed2)}\n\n${formatFigures("sealed held-out set 3", sealed3)}\n`);
    expect(tuningCorpus.length).toBeGreaterThanOrEqual(1000);
    expect(sealedHoldout.length).toBeGreaterThanOrEqual(300);
    expect(sealedHoldout2.length).toBeGreaterThanOrEqual(300);
    expect(sealedHoldout3.length).toBeGreaterThanOrEqual(300);
    expect(sealedHoldout4.length).toBeGreaterThanOrEqual(300);
    expect(sealedHoldout5.length).toBeGreaterThanOrEqual(300);
  });

  // Floors at the figures measured when version 5 was committed (docs/safety.md): a change
  // that loses ground fails here. Since version 5 the three sealed sets are training data for
  // the second opinion, so these are in-sample figures, not held-out ones; the held-out
  // measure is sealed set 4, read only by `npm run bench:risk`.
  it("keeps its figures on the tuning corpus", () => {
    expect(tuning.crisis.recall).toBeGreaterThanOrEqual(0.98);
    // Version 10: feature dropout fits the training data a little less tightly, by design (in-sample
    // concern 337 → 336 of 340, false alarms 7 → 8 of 379); cross-validation improved (docs/safety.md).
    expect(tuning.concern.recall).toBeGreaterThanOrEqual(0.985);
    expect(tuning.none.falseAlarmRate).toBeLessThanOrEqual(0.025);
    expect(tuning.none.hardRatedCrisis).toBe(0);
  });

  it("keeps its figures on retired sealed set 1 (training data since version 5)", () => {
    expect(sealed.crisis.recall).toBeGreaterThanOrEqual(0.97);
    expect(sealed.concern.recall).toBeGreaterThanOrEqual(0.98);
    expect(sealed.none.falseAlarmRate).toBeLessThanOrEqual(0.08);
    expect(sealed.none.hardRatedCrisis).toBe(0);
  });

  it("keeps its figures on retired sealed set 2 (training data since version 5)", () => {
    expect(sealed2.crisis.recall).toBeGreaterThanOrEqual(0.97);
    expect(sealed2.concern.recall).toBeGreaterThanOrEqual(0.97);
    expect(sealed2.none.falseAlarmRate).toBeLessThanOrEqual(0.02);
    expect(sealed2.none.hardRatedCrisis).toBe(0);
  });

  it("keeps its figures on retired sealed set 3 (training data since version 5)", () => {
    expect(sealed3.crisis.recall).toBeGreaterThanOrEqual(0.99);
    expect(sealed3.concern.recall).toBeGreaterThanOrEqual(0.97);
    // Version 6 picks its thresholds for false alarms ≤ 8 % (was 7 %): one more concern-level alarm here.
    expect(sealed3.none.falseAlarmRate).toBeLessThanOrEqual(0.07);
    expect(sealed3.none.hardRatedCrisis).toBeLessThanOrEqual(1);
  });

  it("keeps its figures on retired sealed set 4 (training data since version 6)", () => {
    expect(sealed4.crisis.recall).toBeGreaterThanOrEqual(0.97);
    expect(sealed4.concern.recall).toBeGreaterThanOrEqual(0.96);
    expect(sealed4.none.falseAlarmRate).toBeLessThanOrEqual(0.09);
    // Three hard negatives the rules read as acute (a blade, someone at the door) which the
    // second opinion no longer lowers (Guard.acute, docs/safety.md "Version 6").
    expect(sealed4.none.hardRatedCrisis).toBeLessThanOrEqual(3);
  });

  // Version 7: set 7 is training data now (it was measured once while held out: docs/safety.md).
  // In-sample floors at the figures measured when version 7 was committed.
  it("keeps its figures on retired sealed set 7 (training data since version 7)", () => {
    const sealed7 = measure(sealedHoldout7);
    expect(sealed7.crisis.recall).toBeGreaterThanOrEqual(0.98);
    expect(sealed7.concern.recall).toBeGreaterThanOrEqual(0.95);
    expect(sealed7.none.falseAlarmRate).toBeLessThanOrEqual(0.07);
    expect(sealed7.none.hardRatedCrisis).toBe(0);
  });

  // Set 5 is held out: only its shape is checked here (it is never measured in a test, so
  // nobody reads its misses while changing the detector; `npm run bench:risk` prints totals).
  it("has no duplicate examples within a set, and the tuning corpus and sets 1–3 share none", () => {
    const texts = [...tuningCorpus, ...sealedHoldout, ...sealedHoldout2, ...sealedHoldout3].map((e) => e.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    // Sets 4 and 5 were written by writers who saw none of the others, so a few short everyday
    // lines recur ("i want to kill myself"); within each set every line is new.
    for (const set of [sealedHoldout4, sealedHoldout5]) {
      const own = set.map((e) => e.text.toLowerCase());
      expect(new Set(own).size).toBe(own.length);
    }
  });

  it("labels every example with a category of its level", () => {
    for (const e of [...tuningCorpus, ...sealedHoldout, ...sealedHoldout2, ...sealedHoldout3, ...sealedHoldout4, ...sealedHoldout5]) expect(levelOfCategory(e.category), e.text).toBe(e.level);
  });

  it("answers a category of its level, or a weaker sign of a crisis kind at concern", () => {
    for (const e of tuningCorpus) {
      const got = assessRisk(e.text);
      if (got.level === "none") expect(got.category).toBe("none");
      if (got.level === "crisis") expect(levelOfCategory(got.category), e.text).toBe("crisis");
      if (got.level === "concern") expect(got.category).not.toBe("none");
    }
  });

  it("still reads the older corpus (labels from before the categories) without false crises", () => {
    const olderNone = [...corpus, ...holdout].filter((e) => e.level === "none");
    const falseCrises = olderNone.filter((e) => assessRisk(e.text).level === "crisis");
    expect(falseCrises.map((e) => e.text)).toEqual([]);
  });
});

describe("assessRisk reading", () => {
  const level = (text: string) => assessRisk(text).level;

  it("reads what is happening now, or settled, by its shape (version 6)", () => {
    // Self-harm under way: a tool, a body part, now.
    expect(assessRisk("burnt my wrist with a lighter again tonight").category).toBe("self-harm-now");
    expect(assessRisk("im literally doing my legs right now").category).toBe("self-harm-now");
    // Someone else coming at the writer: the rules read it as danger now. (The whole detector
    // answers concern for this one: the second opinion doubts it, having seen few such lines.)
    expect(readByRules("my brother came at me with a hammer, i'm in the garden shed").assessment.category).toBe("danger-now");
    expect(level("my brother came at me with a hammer, i'm in the garden shed")).not.toBe("none");
    // A plan told by its time, affairs settled for after, an overdose told with a pronoun.
    expect(level("christmas eve is when. nobody will be checking on me")).toBe("crisis");
    expect(level("the flat is clean and the bills are sorted for after")).toBe("crisis");
    expect(level("too late now, ive taken them all, sorry")).toBe("crisis");
    // A new medicine name reads as medicine.
    expect(level("swallowed all of my gabapentin about an hour ago")).toBe("crisis");
  });

  it("leaves the same words alone in everyday use (version 6)", () => {
    expect(level("tonight's the night!! first date in two years, wish me luck")).not.toBe("crisis");
    expect(level("how many people have to die on this road before the council adds a crossing")).not.toBe("crisis");
    expect(level("gave my old bike to my nephew, he's outgrown his")).toBe("none");
    expect(level("my dad is coming for me at five after football")).toBe("none");
    expect(level("i took my gabapentin with breakfast as usual")).toBe("none");
  });

  it("reads version 7's shapes: shorthand, plans that wait, cover stories, Scots", () => {
    expect(assessRisk("im cutting as we talk, sorry").category).toBe("self-harm-now");
    expect(level("once my flatmates are away at their parents i am going to end it")).toBe("crisis");
    expect(level("handed my records out to my mates, they think im having a clear out")).toBe("crisis");
    expect(level("dad is threatening us with his rifle in the kitchen")).toBe("crisis");
    expect(level("am gonnae end it aw the morra")).toBe("crisis");
    expect(level("been thinking about offing myself all week")).toBe("crisis");
    // "odd" is not an overdose, and "going to hurt myself when" is not an accident.
    expect(normalise("about forty odd")).not.toContain("overdose");
    expect(level("i am going to hurt myself when i get in tonight")).toBe("crisis");
  });

  it("leaves the same words alone in everyday use (version 7)", () => {
    expect(level("hiding in my room from the wasp until dad gets it out")).toBe("none");
    expect(level("someone banging on the front door, oh it is only the postman")).toBe("none");
    expect(level("the carbon monoxide alarm went off, engineer says the boiler is fine")).not.toBe("crisis");
    expect(level("a year ago i wanted to die, today i got into uni and it does get better")).not.toBe("crisis");
    expect(level("my grandad has all his pills lined up in a days-of-the-week box")).toBe("none");
    expect(level("I'm going to do it. dyeing my hair green tomorrow")).not.toBe("crisis");
    expect(level("my coach is going to kill us with these sprints")).toBe("none");
  });

  // Version 8: shapes composed from word lists, checked on lines of my own rather than the sets' own.
  it("reads version 8's shapes: patches, fuel indoors, a pet boarded for good, a plan while others are away", () => {
    expect(level("put four of the fentanyl patches on after she went to bed")).toBe("crisis");
    expect(level("she poured petrol all over the landing and has a lighter")).toBe("crisis");
    expect(level("my neighbour is taking the cat for a few days, she thinks so anyway, it isnt for a few days")).toBe("crisis");
    expect(level("as soon as my wife leaves for her early shift i am doing it")).toBe("crisis");
    expect(assessRisk("using a blade from the sharpener on my thigh in the loos").category).toBe("self-harm-now");
    expect(level("survived an attempt in 2018 and most days it still feels close")).toBe("concern");
    expect(level("who do i call at night if it gets bad? not now")).toBe("concern");
  });

  it("leaves the same words alone in everyday use (version 8)", () => {
    expect(level("the cat ate half a packet of my ibuprofen, the vet says she is fine")).toBe("none");
    expect(level("had a total overdose of netflix this weekend")).toBe("none");
    expect(level("my nephew has a nerf gun and shot me six times")).toBe("none");
    expect(level("last day at the office after nine years, they got me a cake")).not.toBe("crisis");
    expect(level("kms, i just called my boss mum in the meeting")).not.toBe("crisis");
    expect(level("i killed myself with my own rocket in fortnite lol")).not.toBe("crisis");
  });

  // Version 9: compositions, checked on lines of my own rather than the sets' own.
  it("reads version 9's compositions: three kinds of settling act or one with finality, a place that is a means at a set time, pills told", () => {
    expect(level("sold my guitar, cleared my locker at work and paid everyone back")).toBe("crisis");
    expect(level("gave my bike to my nephew, he does not know why")).toBe("crisis");
    expect(level("returned the library books and paid off my overdraft")).toBe("none");
    expect(level("after my shift tomorrow i am walking down to the railway line")).toBe("crisis");
    expect(level("swallowed all my mums pills, please do not call anyone")).toBe("crisis");
    expect(level("raking my arms raw with my keys again")).toBe("crisis");
    expect(level("my dads gun is in the safe and i think about it every day")).toBe("crisis");
    expect(level("i would be fine with not waking up tbh")).toBe("concern");
  });

  it("leaves the same words alone in everyday use (version 9)", () => {
    expect(level("sold my car and cancelled the gym, moving to Spain next month!")).toBe("none");
    expect(level("after work tomorrow i am heading to the river for a swim")).not.toBe("crisis");
    expect(level("bought charcoal for sundays barbecue, three bags")).not.toBe("crisis");
    expect(level("took the rifle out for the rabbits this morning")).not.toBe("crisis");
    expect(level("my sister beat me at scrabble again")).toBe("none");
    expect(level("took my meds")).toBe("none");
    expect(level("i've decided to end my contract with the gym")).not.toBe("crisis");
  });

  // Version 10: of two overlapping matches, a heavier short reading is no longer hidden by a lighter long one.
  it("prefers the heavier reading when two matches overlap (version 10)", () => {
    const rules = (text: string) => readByRules(text).assessment.level;
    // Each: a lighter, longer crisis-kind match ("pills in my wardrobe", "reading about …",
    // "going to do it", "not make it to …") overlapping a heavier shorter one.
    expect(rules("i've got a stash of pills in my wardrobe")).toBe("crisis");
    expect(rules("spent all night reading about carbon monoxide")).toBe("crisis");
    expect(rules("going to do it friday")).toBe("crisis");
    expect(rules("i will not make it to the weekend")).toBe("crisis");
    // A longer reading of a concern kind still decides for its words: an urge is not harm now,
    // and a longer reading its sentence guards still guards them.
    expect(rules("i really want to hurt myself but i'm sitting on my hands")).toBe("concern");
    expect(rules("i wouldn't mind if i didn't wake up tomorrow")).toBe("concern");
    expect(rules("my friend was stockpiling pills so i told her gp")).not.toBe("crisis");
  });

  it("reads hyperbole, pets and television as everyday, and the same words said now as risk (version 12)", () => {
    expect(level("i literally wanted to die lol when he saw my browser history")).toBe("none");
    expect(level("my cat is trying to kill me, she sleeps on my face at 5am")).toBe("none");
    expect(level("the finale ended with her standing on the bridge and now i have to wait a year")).toBe("none");
    expect(level("the crime documentary had a bit with a man with a knife, couldn't sleep lol")).not.toBe("crisis");
    // Said of now, by the writer, or by someone real: still read.
    expect(level("i want to die lol")).not.toBe("none");
    expect(level("after the film i walked to the bridge and i am on the ledge now")).toBe("crisis");
    expect(level("my husband watched a film and then came at me with a knife")).toBe("crisis");
    expect(level("my son is trying to kill me")).not.toBe("none");
  });

  it("takes an everyday phrase as an idiom only when nothing says it is meant (version 15)", () => {
    // The rules alone: these were read as idioms and came out none before version 15.
    const rules = (text: string) => readByRules(text).assessment.level;
    expect(rules("I'll kill myself on my birthday. Seventy years is plenty.")).toBe("crisis");
    expect(rules("I'd rather kill myself than tell my wife how much we owe, and I will. That's decided.")).toBe("crisis");
    expect(rules("hes banging on the bathroom door and saying he will kill me when he gets in. locked in with my phone")).toBe("crisis");
    expect(rules("burned my arm on the hob on purpose just now and the skin is coming off")).toBe("crisis");
    expect(rules("thinking about walking into the sea at night and just not swimming back")).toBe("crisis");
    // The same phrases in everyday use stay idioms.
    expect(level("i'll kill myself at my birthday party if they play that song again")).toBe("none");
    expect(level("I'd rather die than sing karaoke")).toBe("none");
    expect(level("mum is going to kill me when she gets in and sees the carpet")).toBe("none");
    expect(level("burned my arm on the hob making pancakes, ouch")).toBe("none");
    expect(level("jumped off the shed roof with my cousin lol")).toBe("none");
    expect(level("i've taken my tablets, don't worry mum")).toBe("none");
    expect(level("I've taken my tablets, all of them, don't worry")).toBe("crisis");
  });

  it("reads the app's own copy as nothing (version 10)", () => {
    expect(assessRisk("You won't see each other anywhere on Alongside").level).toBe("none");
    expect(assessRisk("You won't see each other anywhere on Alongside. You can undo this on your Account page.").level).toBe("none");
  });

  it("respects negation, but not when the negation is the risk", () => {
    expect(level("I'm not suicidal")).toBe("none");
    expect(level("I would never hurt myself")).toBe("none");
    expect(level("I don't want to die")).toBe("none");
    expect(level("i dont think i want to kill myself")).toBe("none");
    expect(assessRisk("I'm not suicidal").reasons).toContain("negated");
    // The negation is part of the phrase:
    expect(level("I don't want to live")).toBe("crisis");
    expect(level("I no longer want to be alive")).toBe("crisis");
    expect(level("I don't see any reason to live")).toBe("crisis");
    expect(level("I never want to wake up")).toBe("concern"); // a passive wish (C-SSRS 1)
    // "can't stop" intensifies, it does not negate:
    expect(level("I can't stop thinking about killing myself")).toBe("crisis");
    // A negation does not reach past a new statement:
    expect(level("im not ok i want to die")).toBe("crisis");
    expect(level("I'm not sad. I want to die.")).toBe("crisis");
    expect(level("I'm not suicidal but I feel hopeless")).toBe("concern");
  });

  it("tells the writer apart from someone else and from fiction", () => {
    expect(level("I want to kill myself")).toBe("crisis");
    expect(level("My friend wants to kill herself")).toBe("concern");
    expect(level("my sister says she wants to die")).toBe("concern");
    expect(assessRisk("my friend is suicidal").reasons).toContain("someone else may be at risk");
    expect(level('she texted me "I want to die"')).toBe("concern");
    expect(level('I keep thinking "I want to die"')).toBe("crisis");
    expect(level("The character in the book kills himself")).toBe("none");
    expect(level("in the film he wants to die and then falls in love")).toBe("none");
    expect(level("my life makes me want to die")).toBe("crisis");
  });

  it("lets idioms and everyday words through", () => {
    for (const text of [
      "this traffic is killing me",
      "I could kill for a coffee",
      "my feet are killing me",
      "I'm dying to see that film",
      "that joke killed",
      "dead tired",
      "killing it at work",
      "I'd rather die than sing karaoke",
      "I cut my finger chopping onions",
      "the battery died",
      "overdosed on coffee lol",
      "my mum will kill me when she sees this lol",
    ]) {
      expect(level(text), text).toBe("none");
    }
    // …while the same words about the writer are still read:
    expect(level("I want to cut myself")).toBe("concern"); // an urge (issue 11); with a time it is a crisis
    expect(level("I want to cut myself tonight")).toBe("crisis");
    expect(level("i overdosed on my sleeping pills")).toBe("crisis");
    expect(level("he said he will kill me if I leave")).toBe("crisis");
  });

  it("expands abbreviations and euphemisms", () => {
    expect(normalise("kms rn")).toBe("kill myself right now");
    expect(normalise("I can't, I won't, I'm")).toBe("i cannot , i will not , i am");
    // Every word is a word, including the names Object.prototype carries (version 11).
    expect(normalise("constructor. constructor toString")).toBe("constructor . constructor tostring");
    for (const text of ["kms", "i wanna unalive myself", "thinking about sewerslide", "gonna ctb tonight", "relapsed on sh", "od'd on my meds", "i should kys", "su1c1dal again"]) {
      expect(level(text), text).toBe("crisis");
    }
    // "kys" aimed at someone else is harassment: moderators should see it, but it is not the writer's crisis.
    expect(level("kys loser")).toBe("concern");
    expect(assessRisk("kys loser").reasons).toContain("urging someone to self-harm");
  });

  it("reads past and resolved history as history", () => {
    expect(level("Ten years ago I attempted, now I volunteer to help others")).toBe("none");
    expect(level("I attempted suicide when I was 19")).toBe("concern");
    expect(level("I tried to kill myself last night")).toBe("crisis");
    expect(level("I used to self harm and I started again this week")).toBe("crisis");
  });

  it("gives short labels and never echoes the text", () => {
    const text = "Everyone would be better off without me, I have a plan for tonight";
    const { level: l, reasons } = assessRisk(text);
    expect(l).toBe("crisis");
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason.length).toBeLessThan(40);
      expect(text.toLowerCase()).not.toContain(reason);
    }
    expect(assessRisk("Lovely chat today, see you next week!")).toEqual({ level: "none", category: "none", reasons: [] });
  });
});

describe("assessRisk robustness", () => {
  // No fast-check in this project: a small seeded generator stands in for it.
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const pieces = [
    "I", "want", "to", "die", "kill", "myself", "not", "never", "kms", "sh", "od", "'", '"', "’", "“", "?", "!", ".", ",", ";",
    "…", "—", "-", "/", "\\", "$", "@", "1", "3", "0", "lol", "😂", "💀", "🙂", "❤️", "\u200b", "\u0000", "\n", "\t", " ", "  ",
    "é", "ß", "Ω", "я", "хочу", "умереть", "死にたい", "مرحبا", "שלום", "हिन्दी", "𝓴𝓶𝓼", "ＫＭＳ", "\ud800", "(?:", ")*", "[", "]",
    "but", "he", "she", "my friend", "years ago", "tonight", "goodbye", "thank you for everything", "a".repeat(50),
  ];
  function generate(next: () => number): string {
    const length = Math.floor(next() * 40);
    let out = "";
    for (let i = 0; i < length; i++) out += pieces[Math.floor(next() * pieces.length)] + (next() < 0.6 ? " " : "");
    return out;
  }

  it("never throws, always answers with a known level, and is deterministic", () => {
    const next = random(20240611);
    const odd = ["", " ", "\n\n", "?!?!", "...", "'''", '"""', "😂😂😂", "💀", "👍🏽", "ＫＭＳ", "k m s", "\u0000", "\ud83d", "a".repeat(10_000)];
    const inputs = [...odd, ...Array.from({ length: 1500 }, () => generate(next))];
    for (const input of inputs) {
      const first = assessRisk(input);
      expect(["none", "concern", "crisis"]).toContain(first.level);
      expect(Array.isArray(first.reasons)).toBe(true);
      expect(assessRisk(input)).toEqual(first);
    }
  });

  it("copes with 10,000 characters and with input that is not a string", () => {
    const long = `${"The weather was fine and we walked by the river. ".repeat(100)}I want to end my life. ${"Then we had lunch. ".repeat(300)}`.slice(0, 10_000);
    expect(long.length).toBe(10_000);
    expect(assessRisk(long).level).toBe("crisis");
    expect(assessRisk("x".repeat(10_000)).level).toBe("none");
    expect(assessRisk(undefined as unknown as string)).toEqual({ level: "none", category: "none", reasons: [] });
    expect(assessRisk(42 as unknown as string)).toEqual({ level: "none", category: "none", reasons: [] });
  });
});
