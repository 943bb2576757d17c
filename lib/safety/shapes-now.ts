/**
 * Shape rules for what is happening *now* or has been *settled*, added in
 * version 6 after reading the fourth held-out set's misses once it was
 * retired into training (docs/safety.md, "Version 6"): self-harm under way
 * with a tool and a body part, someone else coming at the writer, a plan
 * told only by its time ("new year's eve is when"), affairs settled "for
 * after", and an overdose told with a pronoun ("it's done, I've taken them").
 *
 * Like shapes.ts, each rule composes small word lists rather than quoting a
 * sentence, and is written against normalised text (normalise.ts: "i am",
 * "will not", every medicine as "pills", every razor as "blade").
 */
import type { RiskCategory } from "./categories";
import type { RiskRule } from "./risk-patterns";

const alt = (words: readonly string[]): string => `(?:${words.join("|")})`;

/** Things used to self-harm. "blade" covers razors (normalise.ts). */
const TOOL = alt(["blade", "knife", "scissors", "lighter", "sharpener", "compass", "glass", "hot spoon", "spoon", "cigarette", "needle", "pin", "safety pin", "scalpel"]);
/** Where on the body. */
const BODY = alt(["arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "skin", "stomach", "hip", "hips", "hand", "hands", "ankle", "ankles", "chest", "shoulder"]);
/** Said of the writer's self-harm: under way or about to be. */
const NOW = alt(["right now", "now", "again", "about to", "going to keep going", "keep going", "cannot stop", "tonight"]);
/** Weapons someone else may come at the writer with. */
const WEAPON = alt(["knife", "blade", "bottle", "broken bottle", "bat", "baseball bat", "hammer", "gun", "machete", "screwdriver", "weapon", "iron bar", "crowbar"]);
/** Times that name when (the plan's time, said alone). */
const WHEN = alt([
  "tonight", "tomorrow", "new years? eve", "new year", "christmas(?: eve| day)?", "my birthday", "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?",
  "this weekend", "next week", "the weekend", "the end of (?:the|this) (?:month|week)", "the anniversary", "his anniversary", "her anniversary", "payday", "midnight",
]);

const make = (id: string, riskCategory: RiskCategory, weight: number, reason: string, pattern: RegExp, options: Partial<RiskRule> = {}): RiskRule => ({
  id,
  category: "plan",
  riskCategory,
  weight,
  reason,
  pattern,
  ...options,
});

// Built only from the constant word lists in this file, never from input.
// eslint-disable-next-line security/detect-non-literal-regexp
const re = (source: string) => new RegExp(source, "g");

// ─── Self-harm under way ───────────────────────────────────────────────────

const SELF_HARM_NOW: RiskRule[] = [
  // "burnt my arm with the lighter", "cutting my thigh with a blade"
  make("tool-on-body", "self-harm-now", 5, "self-harm now", re(`\\b(?:cut|cutting|burnt|burned|burning|burn|scratched|scratching|scratch|pressing|pressed|press|dragging|dragged|carving|stabbing|stabbed|digging|dug|doing) (?:into |at )?my ${BODY}\\b(?: [a-z]+){0,3}? (?:with|using) (?:the|a|my|some) (?:[a-z]+ )?${TOOL}\\b`)),
  // "pressing the hot spoon on my wrist", "the blade to my arm"
  make("tool-to-body", "self-harm-now", 5, "self-harm now", re(`\\b(?:the|a|my) (?:[a-z]+ )?${TOOL} (?:on|to|into|across|against|onto) my ${BODY}\\b`)),
  // "got the blade out and i am about to", "holding a blade right now"
  make("tool-out-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:got|have|holding|grabbed|picked up|took|taken) (?:the|a|my) (?:[a-z]+ )?(?:blade|scalpel|sharpener blade)(?: out| in my hand| ready)?\\b(?: [a-z]+| ,){0,6}? ${NOW}\\b`)),
  // "sat on the bathroom floor with a blade", "in the school toilets with a sharpener blade"
  make("hiding-with-blade", "self-harm-now", 5, "self-harm now", re(`\\b(?:sat|sitting|i am|locked|hiding|lying|stood|standing|in) (?:on |in )?(?:the|my) (?:[a-z]+ ){0,2}?(?:floor|bathroom|toilets?|bedroom|room|bath|shower|cubicle|loos?) with (?:a|the|my) (?:[a-z]+ )?(?:blade|scalpel)\\b`)),
  // "i'm doing my arm right now": the act named only by the body part.
  make("doing-my-arm", "self-harm-now", 5, "self-harm now", re(`\\bi am doing my ${BODY} (?:right now|now)\\b`)),
  // "the bleeding won't stop"
  make("bleeding-wont-stop", "self-harm-now", 5, "self-harm now", re(`\\bthe bleeding (?:will not|does not|is not|cannot|has not) (?:stop|stopped|stopping|slowing|slowed)\\b`)),
  // "burnt my arm with the lighter again" is caught above; "burning myself again right now"
  make("burning-myself-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:burning|burnt|burned|scratching|hitting|punching) myself (?:again|right now|now)\\b`)),
  // "currently cutting", "scratching my arms raw atm"
  make("cutting-currently", "self-harm-now", 5, "self-harm now", re(`\\b(?:currently|atm|at the moment) (?:cutting|burning|scratching|hurting myself)\\b|\\b(?:cutting|burning|scratching|hitting) my ${BODY}(?: [a-z]+){0,2}? (?:atm|right now|at the moment|currently)\\b`)),
  // "going to hurt myself when i get home"
  make("about-to-hurt", "self-harm-now", 5, "self-harm now", re(`\\b(?:going to|about to|i will|i am going to) (?:hurt|cut|burn) myself (?:when|tonight|as soon as|once|after|later|right now|now|the minute|the second)\\b`)),
];

// ─── Someone else, now ─────────────────────────────────────────────────────

const DANGER_NOW: RiskRule[] = [
  // "came at me with a broken bottle"
  make("came-at-me", "danger-now", 5, "in danger from someone now", re(`\\b(?:came|coming|come|lunged|went|ran|is coming|keeps coming) (?:at|for) me with (?:a|the|his|her|their|a broken) (?:[a-z]+ )?${WEAPON}\\b`), { about: "self" }),
  // "outside my house shouting they will stab me"
  make("threat-outside", "danger-now", 5, "in danger from someone now", re(`\\b(?:outside|at (?:the|my) (?:door|window|gate)|downstairs|in the hall|waiting for me)\\b(?: [a-z]+| ,){0,8}? (?:they|he|she|theyll|hell|shell) (?:will|are going to|is going to|would|are gonna|is gonna) (?:stab|kill|shoot|hurt|batter|beat|burn|get) me\\b`), { about: "self" }),
  // "says if i try to leave he will burn the house down with me inside"
  make("burn-with-me-inside", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:will|is going to|are going to|would|said he would|said she would|says he will|says she will) (?:burn|set fire to) (?:the|our|my) (?:house|flat|home|place)(?: down)? with (?:me|us) (?:inside|in it)\\b`), { about: "self" }),
  // "won't let me leave the flat", with the phone or keys taken
  make("wont-let-me-leave", "danger-now", 4, "in danger from someone now", re(`\\b(?:he|she|they|my [a-z]+) (?:will not|does not|do not|is not going to) let me (?:leave|go out|out|go)(?: of)? (?:the|my|our) (?:flat|house|room|home|apartment|car)\\b`), { about: "self", stronger: { context: /\b(?:my (?:phone|keys)|locked|taken|took|hid)\b/, weight: 5 } }),
];

// ─── A plan told by its time ───────────────────────────────────────────────

const PLAN_BY_TIME: RiskRule[] = [
  // "tonight's the night", "friday is the day"
  // Most often an exciting evening ("tonight's the night, first date!"): a plan only beside finality or a means.
  make("the-night", "plan", 0, "plan or means", re(`\\b(?:tonights?|${WHEN}) (?:is )?the (?:night|day)(?=$| [.,?"]| i| for)`), {
    stronger: { context: /\b(?:last time you will|last (?:message|text|post)|goodbye|for good|forever|end it|ending it|kill myself|pills|rope|noose|bridge|blade|gun|overdose|will not (?:be here|wake)|not be here|sorry for everything|forgive me|do not try|no one can stop)\b/, weight: 5 },
  }),
  // "new year's eve is when"
  make("time-is-when", "plan", 5, "plan or means", re(`\\b${WHEN} is when(?=$| [.,?"]| i )`)),
  // "that's when i'm joining him", "then i am going"
  make("when-joining", "plan", 5, "plan or means", re(`\\b(?:that is|thats|then) when i am (?:joining|going to join|going to be with|doing it|going to do it|ending it|going)(?: (?:him|her|them|my [a-z]+))?(?=$| [.,?"])`)),
  // "settled on the end of the month", "decided it is sunday morning at the reservoir"
  make("settled-on-time", "plan", 5, "plan or means", re(`\\b(?:i have |i )?(?:settled on|decided on|picked|chosen|decided it is|decided its|decided that it is) ${WHEN}\\b`)),
  // "i won't be a problem to anyone after friday"
  make("no-problem-after", "plan", 5, "plan or means", re(`\\bi will not be (?:a|any) (?:problem|burden|bother|trouble) (?:to|for) (?:anyone|anybody|you|them|everyone|any of you)(?: [a-z]+){0,2}? (?:after|from|by|past) ${WHEN}\\b`)),
  // "i'm not making it to christmas and that's my choice"
  make("not-making-it-to", "intent", 3, "explicit intent to die", re(`\\b(?:i am not|i will not be|i am not going to be|i will not) (?:making it|make it|here|around|alive) (?:to|for|till|until|past) ${WHEN}(?=$| [.,?"]| and)`), {
    negatable: false,
    stronger: { context: /\b(?:my choice|decided|decision|at peace|ready|made up my mind|nobody can stop|no one can stop|for good)\b/, weight: 5 },
  }),
];

// ─── Affairs settled, things given, goodbyes made ──────────────────────────

const SETTLED: RiskRule[] = [
  // "everything is sorted for after"
  make("sorted-for-after", "preparation", 4, "goodbye message", re(`\\b(?:sorted|ready|arranged|in order|done|organised|organized|set up) for (?:after|afterwards)(?=$| [.,?"])`), { category: "goodbye" }),
  // "a list of who gets what"
  make("who-gets-what", "preparation", 4, "goodbye message", re(`\\b(?:list|note|letter|written down|wrote down|decided|sorted)(?: [a-z]+){0,3}? who gets what\\b`), { category: "goodbye" }),
  // "a video for my little brother to watch when he's older"
  make("for-when-older", "preparation", 4, "goodbye message", re(`\\b(?:recorded|recording|made|making|wrote|writing|left|leaving) (?:a |some )?(?:video|videos|letter|letters|message|messages|note|notes) (?:for|to) (?:my|his|her) (?:[a-z]+ ){0,2}?(?:to (?:watch|read|open) )?when (?:he|she|they) (?:is|are|gets|get) (?:older|bigger|grown up)\\b`), { category: "goodbye" }),
  // "gave away my guitar, my books and my coat ... they'll understand soon"
  make("given-away-final", "preparation", 2, "goodbye message", re(`\\b(?:gave|giving|given|give|sold|selling) away (?:my|all my) [a-z]+\\b|\\b(?:gave|giving|given|give|sold|selling) (?:my|all my) (?:[a-z]+ ){0,2}?[a-z]+(?: ,| and| my| [a-z]+){0,8}? (?:away|to (?:my|the|a) [a-z]+)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:(?:they|she|he|everyone|you) will (?:understand|know|see why) (?:soon|one day|later|after)|(?:does not|do not|will not) need to know|for after|will not need|where i am going|when i am gone|the rest(?=$| [.,?"])|shutting the door|last few things|it is not(?=$| [.?]))/, weight: 4 },
  }),
  // "the notes are done", "the letters are written"
  make("notes-done", "preparation", 4, "goodbye message", re(`\\bthe (?:notes|letters|goodbye letters|goodbyes) (?:are|have been) (?:done|written|finished|ready|sorted)\\b`), { category: "goodbye" }),
];

// ─── An overdose told with a pronoun ───────────────────────────────────────

const TAKEN_THEM: RiskRule[] = [
  // "it's done, i've taken them": only with finality around it (a lone "i've taken them" is the dog to the vet).
  make("taken-them-final", "attempt", 2, "overdose or pills taken", re(`\\bi (?:have |had )?(?:already )?(?:taken|took|swallowed) (?:them|them all|all of them|it all)(?=$| [.,?"])`), {
    stronger: { context: /\b(?:it is done|its done|too late|sorry|thank you for|goodbye|no going back|dont call|do not call|do not ring|dizzy|sick|sleepy|floaty|heavy)\b/, weight: 5 },
  }),
];


// ─── Methods weighed, attempts told plainly ────────────────────────────────

/** Places people jump from. */
const HEIGHT = alt(["bridge", "roof", "rooftop", "building", "car park", "multi storey", "top floor", "cliff", "cliffs", "balcony", "tower", "tower block", "block of flats", "flats", "viaduct", "pier", "quay", "harbour wall", "dam", "overpass", "flyover", "motorway bridge", "footbridge", "parking garage", "parking structure", "top deck"]);

const METHODS: RiskRule[] = [
  make("lethal-dose-search", "method", 5, "suicidal thoughts with a method", re(`\\b(?:looking up|looked up|googling|googled|searching|searched|researching|researched|checking|checked|reading about|read about) (?:the )?(?:lethal|fatal|deadly|overdose) (?:doses?|amounts?|levels?)\\b`)),
  // "how high does a building need to be to definitely die", "how many would you need to not wake up"
  make("how-much-to-die", "method", 5, "suicidal thoughts with a method", re(`\\bhow (?:high|tall|far|deep|much|many|long|cold)\\b(?! (?:more )?(?:people|kids|children|animals|soldiers|patients|lives|others)\\b)(?: [a-z]+){1,8}? to (?:definitely |actually |surely |properly )?(?:die|be fatal|not survive|not wake up|never wake up|kill (?:me|myself|you|someone))\\b`)),
  // "the car exhaust would be peaceful"
  make("method-would-be", "method", 5, "suicidal thoughts with a method", re(`\\b(?:exhaust|hose|charcoal|pills|rope|noose|gun|overdose|overdosing|hanging|drowning|jumping|the drop|the fall|helium)(?: [a-z]+){0,2}? (?:would|will|might|could) (?:be|feel) (?:peaceful|painless|quick|quickest|easy|easiest|the easiest|the best way|enough|kinder|the way to go)\\b`)),
  // "gonna jump off the pier", "want to jump from the top floor"
  make("jump-from-height", "method", 5, "suicidal thoughts with a method", re(`\\b(?:going to|gonna|will|want to|wanna|i am going to|thinking of|thinking about) (?:jump|jumping|throw myself|throwing myself) (?:off|from|over) (?:the|a|my) (?:[a-z]+ ){0,3}?${HEIGHT}\\b`)),
  // "drank a bottle of vodka with my meds"
  make("drink-with-pills", "attempt", 5, "overdose or pills taken", re(`\\b(?:drank|drunk|downed|necked|took|swallowed|had) (?:a |the |half a |a whole |most of a )?(?:bottle|litre|liter|half bottle|load) of (?:[a-z]+ )?(?:vodka|wine|whisky|whiskey|gin|rum|alcohol|booze) (?:with|and|on top of) (?:my|the|all my|her|his|some|a load of) (?:[a-z]+ )?pills\\b|\\b(?:took|swallowed|downed|necked) (?:my |the |all my |a load of )?pills with (?:a |half a |the )?(?:bottle of )?(?:vodka|wine|whisky|whiskey|gin|rum|alcohol|booze)\\b`)),
  // "after taking everything in the cupboard"
  make("took-cupboard", "attempt", 5, "overdose or pills taken", re(`\\b(?:taking|took|taken|swallowed|swallowing) (?:everything|all the pills|all my pills|the lot|whatever was) (?:in|from) (?:the|my|mums|moms|dads|nans) (?:[a-z]+ )?(?:cupboard|cabinet|drawer|bathroom|medicine box|first aid box)\\b`)),
  // "ordered something online to end it"
  make("ordered-to-end-it", "preparation", 5, "means at hand", re(`\\b(?:ordered|bought|got|getting|buying) (?:something|the chemical|a chemical|the stuff|stuff|some stuff|a thing)(?: [a-z]+){0,3}? to (?:end it|end my life|die|do it|kill myself)\\b`)),
];

// ─── A ligature ready ──────────────────────────────────────────────────────

const LIGATURE: RiskRule[] = [
  // "cord's tied and i'm up on the chair"
  make("ligature-tied", "attempt", 5, "suicide attempt", re(`\\b(?:cord|rope|belt|noose|scarf|cable|flex)s? (?:is )?(?:tied|tied up|up|hung)\\b(?: [a-z]+| ,){0,6}? (?:on|onto|up on|standing on|stood on) (?:the|a) (?:chair|stool|ladder|bed|ledge)\\b`)),
];

export const SHAPES_NOW: readonly RiskRule[] = [...SELF_HARM_NOW, ...DANGER_NOW, ...PLAN_BY_TIME, ...SETTLED, ...TAKEN_THEM, ...LIGATURE, ...METHODS];
