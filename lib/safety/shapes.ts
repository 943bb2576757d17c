/**
 * Shape rules: small word lists (means, quantities, acts, times, finality)
 * composed into patterns, so that a sentence nobody wrote a rule for still
 * matches when it has the shape of an attempt, a preparation, a plan or a
 * method. Written against normalised text (normalise.ts): lower case, "do
 * not" for "don't", every medicine as "pills", every blade as "blade".
 *
 * Each rule names its triage category; the reading of the sentence
 * (negation, someone else, fiction, resolved past) is done by assess-risk.ts
 * as for every other rule.
 */
import type { RiskCategory } from "./categories";
import type { RiskRule } from "./risk-patterns";

const alt = (words: readonly string[]): string => `(?:${words.join("|")})`;

// ─── Lexicons ──────────────────────────────────────────────────────────────

/** Things swallowed or injected to overdose or poison. */
const INGESTED = alt(["sleeping pills", "pills", "insulin", "prescriptions", "prescription", "bleach", "antifreeze", "weedkiller", "weed killer", "rat poison", "poison", "drain cleaner", "paraquat"]);
/** Objects used as means (firearms, ligatures, blades, poisons, gas). */
const MEANS = alt(["rope", "noose", "hose", "hosepipe", "charcoal", "gun", "shotgun", "rifle", "pistol", "firearm", "blade", "knife", "knives", "bleach", "antifreeze", "weedkiller", "rat poison", "poison", "pills", "insulin", "belt", "cord", "helium"]);
/** How much: enough to be an overdose, not "two paracetamol". */
const QUANTITY = alt([
  "all(?: of)?(?: my| the| her| his| mums?| moms?)?", "every (?:one|single one) of(?: them| my| the| those| these)?", "every", "everything", "the whole", "a whole", "my whole", "an entire", "the rest of(?: my| the)?",
  "a load of", "loads of", "a handful of", "handfuls of", "a bunch of", "lots of", "a lot of", "too many", "way too many", "a full", "the full",
  "[1-9]\\d+", "[5-9]", "(?:[2-9]|two|three|four|five) (?:packs|packets|boxes|bottles|strips|tubs) of", "(?:my|a|the) (?:whole |entire )?(?:months|weeks|month|week) (?:supply|worth) of", "way too much", "too much", "twenty", "thirty", "forty", "fifty", "sixty", "a hundred", "dozens of", "(?:two|three|a couple of) (?:boxes|bottles|packets|packs) of",
]);
const CONTAINER = alt(["box", "boxes", "bottle", "bottles", "packet", "packets", "pack", "packs", "strip", "strips", "tub", "blister pack"]);
const INGEST_PAST = alt(["took", "taken", "swallowed", "downed", "necked", "injected", "ate", "drank", "drunk", "emptied"]);
const HIGH_PLACE = alt(["bridge", "railway bridge", "motorway bridge", "footbridge", "roof", "rooftop", "car park roof", "multi storey", "ledge", "cliff", "cliffs", "cliff edge", "platform", "tracks", "train tracks", "railway line", "railway", "balcony", "edge"]);
/** The same places without "platform": waiting on a platform for an hour is a late train. */
const HIGH_PLACE_EDGE = alt(["bridge", "railway bridge", "motorway bridge", "footbridge", "roof", "rooftop", "car park roof", "multi storey", "ledge", "cliff", "cliffs", "cliff edge", "tracks", "train tracks", "railway line", "railway", "balcony", "edge"]);
/** Words that say "now" or "soon" for a plan. */
const WHEN = alt([
  "tonight", "tomorrow", "this weekend", "at the weekend", "next week", "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "after (?:the kids|everyone|they|he|she|my|work|school|christmas|new year|the)",
  "when (?:everyone|they|he|she|my|the kids|mum|mom|dad)", "once (?:everyone|they|he|she|my|the kids)", "as soon as", "soon as", "new years?(?: eve)?",
  "on my birthday", "at midnight", "christmas(?: eve| day)?", "next month", "when (?:payday|pay day|(?:the |my )?(?:last )?[a-z]+ (?:comes|arrives))",
  "waiting (?:for|till|until) (?:the kids|everyone|them|him|her|my [a-z]+) to", "(?:till|until) (?:everyone|they|the kids|he|she|my [a-z]+) (?:is|are) (?:asleep|out|gone|at work)", "in the morning", "on the anniversary", "before (?:morning|sunrise|christmas)", "(?:on )?the last day of (?:term|school|the month|the year|uni|college)",
]);
/** Why a means is being kept: readiness, secrecy, knowing what it is for. */
const PURPOSE_STRONG = alt([
  "and i know what (?:it is|its|they are|theyre) for", "i know what (?:it is|its|they are) for", "not for (?:camping|climbing|rats|the garden|the mice|work|[a-z]+ing)",
  "(?:it is|its) for me", "for me(?=$| [.,?\"])", "just for that", "for when i (?:decide|need it|am ready|do it)", "in case", "ready", "lined up", "loaded",
  "that fits the exhaust", "for the exhaust", "under my (?:bed|pillow|mattress)", "by (?:the|my) bed", "next to (?:the|my) bed", "hidden", "hid",
]);

// Built from the constant WHEN list above, never from input.
// eslint-disable-next-line security/detect-non-literal-regexp
const WHEN_RE = new RegExp(`\\b${WHEN}\\b`);

/** Finality said with giving things away: "I won't need it where I'm going". */
const FINAL_CONTEXT = /\b(?:(?:for|after) when i am (?:not here|gone|not around|dead)|will not need|not going to need|do not need (?:it|them) anymore|where i am going|when i am gone|after i am gone|before i go(?=$| [.,?"])|no use for (?:it|them))\b/;

/**
 * Acts that are themselves a method (round 3): composed with a time word
 * they make a plan, whichever comes first in the sentence.
 */
const ACT = alt([
  "jump(?:ing)? (?:off|from) (?:the|a|my) (?:[a-z]+ ){0,4}?(?:bridge|roof|building|car park|cliffs?|balcony|tower|viaduct|flats|multi storey|top floor)",
  "hang(?:ing)? myself", "step(?:ping)? (?:off the platform|in front of (?:a|the) (?:train|bus|lorry|car|truck))", "(?:lie|lying) (?:down )?on the (?:tracks|railway line|line|road)",
  "walk(?:ing)? into (?:the sea|the river|the traffic|traffic|the lake|the road)", "driv(?:e|ing) (?:my car |the car )?(?:into|off) (?:a|the) [a-z]+", "(?<!\\b(?:his|her|their|cousins|brothers|sisters|friends|mates|sons|daughters|dads|moms|partners|husbands|wifes|uncles|aunts) )overdos(?:e|ing)(?! deaths?| rates?| figures| numbers| statistics| crisis| prevention| awareness| training| kit| kits)",
  "tak(?:e|ing) (?:them all|all of them|everything|the lot|all (?:my|the) pills|the pills)(?! to| out| for| with| home| round| back| off| in| up| down| away)",
  "kill(?:ing)? myself", "end(?:ing)? my life", "throw(?:ing)? myself (?:off|in front|under|into)", "drown(?:ing)? myself", "shoot(?:ing)? myself",
]);
/** Medication of one's own held back to die: "stopped my insulin so it looks natural". */
const WITHHOLD_PURPOSE = alt([
  "(?:so )?(?:that )?(?:it|i) (?:[a-z]+ ){0,2}?(?:looks natural|happens|kills me|will be over|is over|ends|die|can die|can go|let go|will die)",
  "to die", "until i die", "i want it to happen", "i want to die", "it will be over", "(?:and )?let (?:it|nature) happen",
]);

const make = (
  id: string,
  riskCategory: RiskCategory,
  weight: number,
  reason: string,
  pattern: RegExp,
  options: Partial<RiskRule> = {},
): RiskRule => ({ id, category: "plan", riskCategory, weight, reason, pattern, ...options });

// Built only from the constant word lists in this file, never from input.
// eslint-disable-next-line security/detect-non-literal-regexp
const re = (source: string) => new RegExp(source, "g");

// ─── Attempts ──────────────────────────────────────────────────────────────

const ATTEMPT: RiskRule[] = [
  make("ingest-quantity", "attempt", 5, "overdose or pills taken", re(`\\b${INGEST_PAST} ${QUANTITY} (?:[a-z]+ ){0,3}?${INGESTED}\\b`)),
  make("ingest-container", "attempt", 5, "overdose or pills taken", re(`\\b${INGEST_PAST} (?:the|a|my|her|his|an entire|the whole|a whole) (?:whole )?${CONTAINER}(?: of (?:my |the |her |his )?(?:[a-z]+ )?${INGESTED})?(?=$| [.,?"]| of ${INGESTED}| with| and| an hour| on purpose| at once| into)`)),
  make("ingest-poison", "attempt", 5, "drank or swallowed poison", re(`\\b(?:drank|drunk|swallowed|downed|necked|ate|have drunk|have taken|took) (?:a |the |some |a bottle of |the bottle of |the rest of the )?(?:bleach|antifreeze|weedkiller|weed killer|rat poison|poison|drain cleaner|paraquat)\\b`)),
  make("ingest-everything", "attempt", 5, "overdose or pills taken", re(`\\b(?:took|taken|swallowed|downed|necked|ate) (?:everything|every pill|every tablet|all of them|them all|the lot|the whole lot|all my pills)(?=$| [.,?"]| in| i (?:had|could|have|found)| from| with| on purpose| at once| and)`)),
  make("ingest-on-purpose", "attempt", 5, "overdose or pills taken", re(`\\b(?:took|taken|swallowed) (?:too many|way too many|loads|a load|lots|heaps)(?: of (?:them|these|my [a-z]+))? (?:on purpose|deliberately)\\b`)),
  make("ligature-on", "attempt", 5, "suicide attempt", re(`\\b(?:had|put|tied|got) (?:a |the |my )?(?:rope|belt|cord|noose|scarf|bag|plastic bag)(?: [a-z]+){0,2}? (?:round|around|over) my (?:neck|head)\\b`)),
  make("bag-over-head", "attempt", 5, "suicide attempt", re(`\\b(?:the |a )?(?:plastic )?bag is over my head\\b`)),
  make("ligature-failed", "attempt", 5, "suicide attempt", re(`\\b(?:the )?(?:noose|rope|belt|cord|beam) (?:snapped|broke|came loose|gave way|slid off|slipped off|came off|came undone)\\b`)),
  make("engine-running", "attempt", 5, "suicide attempt", re(`\\b(?:sat|sitting|was|i am) in (?:the|my) (?:car|garage)(?: [a-z]+){0,4}? (?:engine|motor) running\\b`)),
  make("lit-charcoal", "attempt", 5, "suicide attempt", re(`\\blit (?:the |some )?charcoal\\b`)),
  make("over-barrier", "attempt", 5, "at a dangerous place", re(`\\bclimbed (?:over|onto|on) (?:the|a) (?:barrier|railing|railings|fence|edge|parapet|wall of the bridge)\\b`)),
  make("stepped-in-front", "attempt", 5, "suicide attempt", re(`\\b(?:stepped|walked|ran|threw myself|jumped) (?:out )?(?:into the road |into the traffic )?(?:in front of|into) (?:a |the )?(?:bus|car|lorry|truck|train|traffic|van)\\b(?! (?:with|to|for)\\b)`)),
  make("attempt-in-hospital", "attempt", 5, "suicide attempt", re(`\\b(?:in (?:a and e|a&e|hospital|the er|the hospital)|stomach pumped) (?:after|because of|for) (?:an |my |taking an )?(?:overdose|attempt|trying to end it|trying to kill myself)\\b`), { about: "self" }),
];

// ─── Preparation ───────────────────────────────────────────────────────────

const PREPARATION: RiskRule[] = [
  make("stockpile", "preparation", 5, "stockpiling means", re(`\\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed|hiding|hid|storing|stored|building up|squirrelling|keeping) (?:up )?(?:[a-z]+ ){0,4}?(?:pills|prescriptions|insulin)\\b`)),
  make("stockpiled", "preparation", 5, "stockpiling means", re(`\\b(?:pills|prescriptions|insulin) (?:i have been |i have |i had |i am |i had been |[a-z]+ )?(?:saving|saved|stashed|stockpiled|hidden|put away|saved up|squirrelled away)\\b`)),
  make("stash", "preparation", 5, "stockpiling means", re(`\\b(?:a |my )?stash of (?:[a-z]+ )?(?:pills|insulin)\\b`)),
  make("means-purpose", "preparation", 5, "means at hand", re(`\\b${MEANS}\\b(?: [a-z]+| ,){0,6}? ${PURPOSE_STRONG}`), { about: "self" }),
  make("means-acquired", "preparation", 5, "means at hand", re(`\\b(?:bought|ordered|got|got hold of|got my hands on|picked up) (?:a |the |some |a length of |a new )?(?:rope|noose|gun|shotgun|pistol|rifle|firearm|hose|hosepipe)(?=$| [.,?"]| today| online| and| that| for (?:me|it|the exhaust)| off)(?!(?: [a-z]+| ,){0,8}? (?:hammock|swing|tent|washing|climbing|boat|towing|tow|dog|garden|camping|pegs|punch|basket|tyre|tire|kayak|sail|halloween|costume|skipping|clay|range|shooting|hunting|season))`)),
  make("gun-taken", "preparation", 5, "means at hand", re(`\\b(?:took|taken|got|get) (?:the|a|my [a-z]+s?|his|her) (?:gun|shotgun|rifle|pistol) (?:out|from|down)\\b`)),
  make("gun-loaded", "preparation", 5, "means at hand", re(`\\b(?:(?:gun|shotgun|rifle|pistol) is loaded|loaded (?:my [a-z]+s |my |the |his |her |[a-z]+s )?(?:gun|shotgun|rifle|pistol))\\b`)),
  make("charcoal-tape", "preparation", 5, "means at hand", re(`\\bcharcoal and (?:the |some |a roll of |a reel of )?(?:duct |gaffer |gaffa )?tape\\b|\\bhose(?:pipe)?(?: [a-z]+){0,3}? (?:fits )?(?:the |my )?exhaust\\b`)),
  make("means-kept", "preparation", 3, "means at hand", re(`(?<!\\b(?:tow|skipping|climbing|washing|bread|butter|craft|kitchen) )\\b${MEANS} (?:is |are )?(?:in|under|by|next to) (?:the|my) (?:boot|car|wardrobe|drawer|glovebox|shed|bag|pillow|mattress|bed)\\b(?! (?:is |are )?for (?:towing|climbing|camping|work|sailing|fishing|the garden|the boat|the dog|the tent)\\b)`), { about: "self", urgent: true }),
  // Finality: the category "goodbye" lets ordinary farewells soften them.
  make("wont-need", "preparation", 4, "goodbye message", re(`\\b(?:will not|not going to|do not|wont) (?:need|be needing) (?:it|them|this|that|these|those|any of (?:this|it|them|my [a-z]+)|my (?!maternity|baby|school|work|uniform|winter|summer|ski|wedding|old|uni|gym|pram|cot)[a-z]+|a [a-z]+|things|stuff|anything)(?: [a-z]+){0,3}? (?:soon|anymore|where i am going|after (?:tonight|this|today|i am gone)|for much longer|much longer)\\b`), { category: "goodbye", about: "self", negatable: false }),
  make("where-im-going", "preparation", 3, "goodbye message", re(`\\bwhere i am going\\b(?! (?:on|for|next))`), { category: "goodbye", about: "self" }),
  make("giving-things", "preparation", 2, "goodbye message", re(`\\b(?:giving|given|gave|give) (?:away )?(?:all )?my (?:[a-z]+ )?(?:clothes|books|games|jewellery|jewelry|records|collection|guitar)(?: away)?\\b`), { category: "goodbye", about: "self", stronger: { context: FINAL_CONTEXT, weight: 4 } }),
  make("giving-belongings", "preparation", 3, "goodbye message", re(`\\b(?:giving|given|gave|give) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions)(?: away)?\\b`), { category: "goodbye", about: "self", stronger: { context: FINAL_CONTEXT, weight: 4 } }),
  make("looked-after", "preparation", 3, "goodbye message", re(`\\bso (?:she|he|they|it|the kids|my [a-z]+) (?:is|are|will be|gets|get) (?:looked after|taken care of|provided for)\\b|\\b(?:rehomed|found a (?:new )?home for) my (?:cat|dog|pets?|rabbit)\\b|\\bmy (?:cat|dog|pets?|rabbit|hamster) (?:has|have|has got) a new (?:home|owner)\\b`), { category: "goodbye", about: "self" }),
  make("wont-be-around-to", "preparation", 4, "goodbye message", re(`\\b(?:will not|wont) be (?:around|here|alive) (?:to|for) (?:look after|see|take care|feed|walk)\\b`), { category: "goodbye", about: "self", negatable: false }),
  make("last-messages", "preparation", 4, "goodbye message", re(`\\b(?:sent|sending|send|writing|wrote|written) my (?:last|final) (?:messages?|texts?|words|letters?|goodbyes?)\\b`), { category: "goodbye", about: "self" }),
  make("my-note", "preparation", 4, "goodbye message", re(`\\b(?:written|wrote|writing|finished|left) (?:my|the) (?:last |final |goodbye )?(?:note|letter|letters|notes)(?=$| [.,?"]| last| tonight| on| in| for (?:my|everyone|them|you))`), { category: "goodbye", about: "self" }),
  make("to-find", "preparation", 3, "goodbye message", re(`\\bfor (?:them|you|someone|my [a-z]+) to find\\b|\\b(?:for )?whoever finds me\\b`), { category: "goodbye", about: "self" }),
  make("letters-to-family", "preparation", 4, "goodbye message", re(`\\b(?:letters|notes|videos|messages) (?:to|for) (?:my (?:family|kids|children|parents|mum|mom|dad|partner|wife|husband|sister|sisters|brother|brothers|son|daughter|friends|boyfriend|girlfriend)|everyone|them all|you all)\\b`), { category: "goodbye", about: "self" }),
  make("funeral", "preparation", 3, "goodbye message", re(`\\b(?:my funeral (?:playlist|songs|music|plan)|(?:playlist|songs|music) for my funeral|(?:sorted|planned|planning|picked|chose|choosing) (?:my|the) funeral)\\b`), { category: "goodbye", about: "self" }),
  make("dont-stop-me", "preparation", 4, "goodbye message", re(`\\b(?:do not|please do not|no one|nobody) (?:try (?:to|and) |can |will )?(?:stop|find|save) me\\b(?! from)`), { category: "goodbye", about: "self", negatable: false }),
  make("no-one-left-with", "preparation", 3, "goodbye message", re(`\\bso (?:no one|nobody) (?:gets|is|has to|will be|will have to)(?: left)? (?:with|stuck with|deal with|sort|pick up|clear)\\b|\\b(?:sort|sorted|deal with|handle|get into) (?:things|everything|it all|my stuff|my things)(?: out)? after(?:wards)?(?=$| [.,?"]| i am gone| i die)`), { category: "goodbye", about: "self" }),
  make("said-goodbye-to", "preparation", 2, "goodbye message", re(`\\bsaid goodbye to (?:my|everyone|the)\\b`), { category: "goodbye", about: "self" }),
  make("ready-bare", "preparation", 2, "goodbye message", re(`\\bi am ready(?=$| [.?"]| now [.?"]| now$)`), { category: "goodbye", about: "self" }),
  make("wont-be-here-when", "preparation", 5, "goodbye message", re(`\\b(?:will not|not going to|wont) (?:be (?:here|around|alive)|see|make it to) (?:on |by |for |at |until |till |to |past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|my birthday|the morning|morning|the weekend|next week|next month|new year|the end of the (?:week|month))\\b`), { category: "goodbye", about: "self", negatable: false }),
  make("not-coming-back", "preparation", 3, "goodbye message", re(`\\b(?:not|never) (?:coming|come|going to come) back(?! (?:till|until|for|before|after|to work|to school|from|soon))\\b`), { category: "goodbye", about: "self", urgent: true, negatable: false }),
  make("gone-soon", "preparation", 5, "goodbye message", re(`\\bi will be gone (?:soon|by|before|tonight|tomorrow|forever|for good)\\b`), { category: "goodbye", about: "self" }),
];

// ─── Plans ─────────────────────────────────────────────────────────────────

const PLAN: RiskRule[] = [
  make("do-it-when", "plan", 5, "plan or means", re(`\\b(?:do|doing|end|ending|take them all|go through with) it(?! with)(?: [a-z]+){0,4}? ${WHEN}\\b|\\b${WHEN}(?: [a-z]+| ,){0,8}? (?:i am |i will |going to |gonna )?(?:do|doing|end|ending) it(?=$| [.,?"])`), { urgent: true }),
  make("picked-date", "plan", 5, "plan or means", re(`\\b(?:picked|chosen|chose|set|decided on|settled on) (?:the|a) (?:date|day|time|place|spot)(?=$| [.?"]| ,| for (?:it|me|myself))(?!(?: [a-z0-9]+| ,){0,8}? (?:registry|wedding|party|holiday|birthday|gig|move|moving|reception|venue|pub|honeymoon|christening|graduation|engagement))`), { about: "self" }),
  make("plan-is", "plan", 5, "plan or means", re(`\\b(?:the )?plan is (?:[a-z]+ ){0,4}?(?:pills|jump|hang|rope|bridge|train|overdose|end it|kill myself|do it|cut|gun|tracks|cliff)\\b`), { about: "self" }),
  make("know-which", "plan", 4, "plan or means", re(`\\bi know (?:which|what) (?:bridge|building|pills|train|time the trains|spot|place|tree|cliff|height)\\b`), { about: "self", stronger: { context: /\bi know (?:which|what) [a-z ]{0,30}(?:would (?:do it|kill me|be enough|work)|to use to die|to jump from)\b/, weight: 5 } }),
  make("worked-out", "plan", 5, "plan or means", re(`\\b(?:worked out|figured out|decided) (?:where|when|how)(?: and (?:where|when|how))?(?=$| [.,?"]| i| to)`), { about: "self" }),
  make("to-the-place", "plan", 3, "plan or means", re(`\\b(?:going|walking|heading|driving|go|walk|drive) (?:out |up )?to the (?:bridge|tracks|train tracks|railway|cliffs?|roof|edge)(?! (?:for|with|garden|terrace|bar|top bar|party|restaurant|deck|cafe) )(?![a-z ]{0,30}\\bto (?:take|see|watch|meet|look at|photograph|fish|feed|paint|draw)\\b)\\b`), { about: "self", urgent: true, stronger: { context: WHEN_RE, weight: 5 } }),
  make("that-is-when", "plan", 3, "plan or means", re(`\\b(?:that is|thats) when(?=$| [.?"])`), { about: "self", urgent: true, stronger: { context: WHEN_RE, weight: 5 } }),
  make("train-times", "plan", 4, "plan or means", re(`\\b(?:checking|checked|looking up|looked up|know) (?:the )?train times\\b(?=(?: [a-z]+){0,8}? (?:doesnt|does not) stop)`), { about: "self" }),
];

// ─── Methods: thoughts with a means, at a place, means in reach ────────────

const METHOD: RiskRule[] = [
  make("think-of-means", "method", 5, "suicidal thoughts with a method", re(`\\b(?:thinking|think|thought|keep thinking|imagining|picturing|fantasi[sz]ing|dreaming) (?:about |of )?(?:jumping|drinking (?:it|the [a-z]+|bleach|poison)|taking (?:all )?(?:of )?(?:my |the )?pills|swallowing|crashing(?! (?:at|on|out|round|over|with|in)\\b)|hanging|drowning|stepping|overdosing|using (?:it|the [a-z]+|them) on myself|the drop|the noose|the rope|the bridge|the trains?|the pills|the knives|the gun|the exhaust|how easy (?:it would be|to)|how quick|how painless)(?=$| [.,?"]| and| from| on| at| in| off| into| again| every| all| when| how| it| to| would| myself)`)),
  make("at-the-edge", "method", 5, "at a dangerous place", re(`\\b(?:standing|sitting|sat|stood|i am|up|on|walk|walking) (?:on|at|over|along) (?:the |a )?(?:edge of the ${HIGH_PLACE}|${HIGH_PLACE_EDGE})(?: [a-z]+){0,5}? (?:looking down|staring down|legs over|with my legs|over the (?:side|edge)|letting (?:the )?trains? (?:go|pass)|thinking|right now|now|for an hour|tonight|rn)\\b`), { about: "self" }),
  make("on-the-place", "method", 5, "at a dangerous place", re(`\\bi am (?:on|at) (?:the|a) (?:bridge|ledge|roof|tracks|cliff|cliff edge|edge|railway line|roof of the car park)(?=$| [.,?"]| now| right now)`), { about: "self", negatable: false }),
  make("at-cliff-edge", "method", 4, "at a dangerous place", re(`\\b(?:at|on) the (?:cliff edge|edge of the (?:cliff|roof|bridge|platform)|railway line|train tracks)\\b(?!(?: [a-z]+| ,){0,10}? (?:fixing|repairing|harness|gutter|gutters|yellow line|steam train|photo|photos|selfie|painting|scaffolding))`), { about: "self", urgent: true }),
  make("enough-to", "method", 5, "plan or means", re(`\\benough (?:of )?(?:my |the )?(?:[a-z]+ )?(?:pills|insulin)? ?to (?:end it|end my life|die|do it|kill myself|not wake up|kill me)\\b|\\b(?:pills|insulin) (?:would|will|should) be enough\\b`), { about: "self" }),
  make("withhold-meds", "method", 5, "withholding own medication", re(`\\b(?:stopped|stop|stopping|not|quit|skipping|skipped|refusing|refuse|will not take) (?:taking )?(?:my |her |his )?(?:[a-z]+ )?(?:insulin|pills|inhaler|dialysis|treatment)(?: [a-z]+| ,){0,6}? (?:on purpose(?! because| as\\b| cos)|deliberately(?! because| as\\b| cos)|so i (?:will )?die|so (?:it|everything) (?:all )?(?:stops|ends)|let (?:it|nature) (?:happen|take)|(?:it|this) (?:will|would) (?:all )?be over|to die|nobody would (?:notice|know)|no one would (?:notice|know)|and i am not going to start|that is what i am going to do)`), { about: "self" }),
  make("no-insulin-over", "method", 5, "withholding own medication", re(`\\bif i (?:do not|did not|stop|stopped) (?:take |taking )?(?:my )?(?:insulin|pills)(?: [a-z]+| ,){0,4}? (?:over|dead|die)\\b`), { about: "self" }),
  make("blade-to-body", "method", 5, "suicidal thoughts with a method", re(`\\b(?:holding|hold|held|pressing|press|pressed) (?:the |a |my )?(?:knife|blade|gun) (?:to|against) my (?:throat|wrist|wrists|head|neck|chest|arm)\\b`), { about: "self" }),
  make("want-to-use", "method", 5, "suicidal thoughts with a method", re(`\\b${MEANS}\\b(?: [a-z]+| ,){0,8}? (?:want|going|tempted|wanting|wanna) (?:to )?use (?:it|them)\\b`), { about: "self" }),
  make("calling-me", "method", 5, "suicidal thoughts with a method", re(`\\b(?:knives|rope|pills|gun|bridge|blade|river|sea|trains?|tracks|drop) (?:keep|keeps|are|is) calling (?:to )?me\\b(?! back)`), { about: "self" }),
  make("how-many-to-die", "method", 5, "plan or means", re(`\\bhow (?:many|much) (?:[a-z]+ ){0,3}?(?:would|will|does it|to|is|are)(?: [a-z]+){0,2}? (?:lethal|kill (?:me|you|a person|someone)|fatal|enough to die)\\b|\\b(?:what is|whats) (?:a |the )?lethal (?:dose|amount)\\b`)),
  make("how-long-to-die", "method", 5, "plan or means", re(`\\bhow long (?:does it take|it takes|would it take) to (?:die|drown|bleed out|suffocate|pass out from)\\b|\\bbleed out\\b`)),
  make("want-method", "method", 5, "suicidal thoughts with a method", re(`\\b(?:want to|wanna|going to|gonna|need to) (?:overdose|od|slit my wrists?|step in front of|jump off|jump in front of|take all (?:of )?my pills|hang myself|drown myself|drink bleach)\\b`)),
  make("swerve", "method", 5, "suicidal thoughts with a method", re(`\\b(?:swerve|swerving|veer|steer) into (?:oncoming traffic|a lorry|a truck|a tree|a wall|the traffic)\\b`)),
  make("drive-into", "method", 5, "suicidal thoughts with a method", re(`\\b(?:drive|driving|drove|crash|crashing) (?:my car |the car )?into (?:a |the )?(?:lorry|truck|wall|tree|bridge|river|sea|oncoming traffic)\\b`)),
];

// ─── Intent and active thoughts ────────────────────────────────────────────

const INTENT: RiskRule[] = [
  make("go-through-with-it", "intent", 5, "explicit intent to die", re(`\\b(?:going to|gonna|will|i am|ready to|about to) go(?:ing)? through with it\\b`)),
  make("this-time", "intent", 5, "explicit intent to die", re(`\\b(?:this|next) time i (?:will|am going to) (?:get it right|make sure|do it properly|succeed|not fail|mean it)\\b|\\bdo it properly\\b`), { about: "self" }),
  make("make-sure-not-wake", "intent", 5, "explicit intent to die", re(`\\bmake sure i (?:do not|never|will not) wake up\\b`), { about: "self", negatable: false }),
  make("decided-to-die", "intent", 5, "explicit intent to die", re(`\\b(?:decided|made (?:up )?my (?:mind|decision))(?: [a-z]+| ,){0,3}? (?:to die|i am going to die|to end (?:it|my life|things)|to kill myself|to do it|to stop being alive)\\b|\\bdecided to (?:die|end (?:it|things|my life)|stop being alive|kill myself)\\b`), { about: "self" }),
  make("stop-living", "active-thoughts", 5, "wish to be dead", re(`\\b(?:want|going|decided|ready|need) to (?:stop|quit) (?:being alive|living|breathing)\\b`)),
  make("done-for-good", "intent", 5, "explicit intent to die", re(`\\bi am done(?: with (?:everything|it all|all of it|life))? for good\\b`), { about: "self" }),
  make("ideation", "active-thoughts", 5, "suicidal thoughts", re(`\\b(?:ideation|sui thoughts|sui ideation)\\b`)),
  make("suicidal-bare", "active-thoughts", 5, "suicidal thoughts", re(`(?:^|[.?,] )suicidal(?= most| all| every| for| since| again| today| tonight| lately| recently| at| and| [.,?]|$)`), { about: "self" }),
];

// ─── Self-harm ─────────────────────────────────────────────────────────────

const SELF_HARM: RiskRule[] = [
  make("head-against-wall", "self-harm-now", 5, "self-harm now", re(`\\b(?:banging|bang|banged|hitting|hit) my head (?:on|against) (?:the|a) wall\\b`)),
  make("carved", "self-harm-now", 5, "self-harm now", re(`\\b(?:carved|carving|carve)(?: [a-z]+){0,3}? (?:into|in) my (?:arm|arms|leg|legs|thigh|thighs|skin|wrist|stomach)\\b`), { about: "self" }),
  make("made-myself-bleed", "self-harm-now", 5, "self-harm now", re(`\\bmade myself bleed\\b`)),
  make("deep-cuts", "self-harm-now", 5, "self-harm now", re(`\\b(?:cut (?:too |so )?deep|cuts are deep|deep cuts|(?:needs|need) stitches)\\b`), { about: "self" }),
  make("wall-until", "self-harm-now", 5, "self-harm now", re(`\\bpunch(?:ed|ing)? (?:the|a) wall (?:until|till|til) (?:my|it)\\b`)),
  make("sh-verb-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:cut|burned|burnt|scratched|hurt|harmed) (?:myself )?(?:tonight|last night|this morning|an hour ago|today|just now)\\b`)),
];

// ─── Concern shapes ────────────────────────────────────────────────────────

const CONCERN: RiskRule[] = [
  make("cannot-see-future", "hopelessness", 2, "hopelessness", re(`\\b(?:cannot|can not|do not|could not) see (?:a|any) future\\b|\\bno future for me\\b|\\bnothing to look forward to\\b|\\bwhy bother(?: anymore)?(?=$| [.,?"])|\\bno matter what i do\\b|\\b(?:given|give|gave) up on (?:life|everything|things|it all|myself)\\b|\\bwill never (?:change|end|get better)\\b|\\bnever going to (?:get better|change|end)\\b`)),
  make("no-escape", "entrapment", 2, "feeling trapped", re(`\\b(?:(?:cannot|can not) escape|no escape|in a cage|closing in|no way out(?! of (?:this |the )?(?:traffic|queue|jam|meeting|maze|car park|building|room|level|game))|(?:i am|i feel|i am so) (?:stuck|drowning)(?=$| [.,?"]| and| with| in my)|trapped in my (?:own )?(?:head|mind|life|body))\\b`)),
  make("wouldnt-mind", "passive-wish", 3, "wish to be dead", re(`\\b(?:would not|wouldnt) (?:mind|care) (?:if )?(?:not waking up|if i (?:did not|never) wake up|if (?:a|the) (?:bus|car|train|lorry|truck) hit me|if i died|dying)\\b|\\bif i died tomorrow i (?:would not|wouldnt) mind\\b|\\bhoping something (?:bad )?happens to me\\b|\\bkeep (?:hoping|wishing) (?:something happens to me|i (?:would not|will not|do not) wake up)\\b`), { about: "self", negatable: false }),
  make("rather-not-exist", "passive-wish", 3, "wish not to exist", re(`\\b(?:rather not (?:exist|be here|be alive)|wish i was gone|wish i could (?:fade away|fall asleep forever|go to sleep forever)|wish (?:it|everything) would (?:all )?(?:stop|end)|want (?:it all|everything) to (?:stop|be over))\\b`), { about: "self" }),
  make("tired-of-being-alive", "passive-wish", 3, "wish to be dead", re(`\\b(?:tired|sick) of (?:being alive|living)\\b(?! in| with| at| here| like| on| near| off| out)`)),
  make("sick-of-everyone", "burden", 2, "feeling like a burden", re(`\\b(?:everyone is|everyones|they are all) (?:sick|tired) of me\\b|\\btoo much for everyone\\b|\\bmake everyones? li(?:fe|ves) worse\\b`), { about: "self" }),
];

// ─── Round 2 families (tuned on the tuning corpus only; see docs/safety.md) ──

const PEOPLE = alt([
  "friend", "best friend", "mate", "best mate", "son", "daughter", "brother", "sister", "mum", "mom", "dad", "father", "mother", "partner",
  "boyfriend", "girlfriend", "wife", "husband", "cousin", "flatmate", "roommate", "uncle", "aunt", "grandad", "grandpa", "grandma", "nan",
  "child", "kid", "teenager", "student", "colleague", "ex", "niece", "nephew", "stepdad", "stepmum", "stepmom",
]);
/** Someone else's risk, told by the writer: a worry, not the writer's own crisis. */
const OTHERS_RISK = alt([
  "suicid[a-z]*", "self harms?", "self harming", "kill (?:himself|herself|themselves)", "end (?:his|her|their) (?:own )?life", "ending it",
  "overdos[a-z]*", "attempted", "(?:a|the) (?:rope|gun|noose)(?! licen[cs]e| club| range| show| cabinet)", "(?:his|her|their) (?:rope|gun|pills)(?! licen[cs]e| club| range| show| cabinet)", "stockpiling", "goodbye", "giving (?:his|her|their) [a-z]+ away",
  "giving away (?:his|her|their)", "(?:will not|wont|not going to) be (?:here|around) much longer", "wants? to die", "cuts? (?:himself|herself|themselves)",
  "cutting (?:himself|herself|themselves)", "(?:stopped|stopping) taking (?:his|her|their) (?:meds|pills|insulin|medication)", "talking about (?:dying|death|ending)",
]);
const ABUSER = alt(["he", "she", "they", "my ex", "my partner", "my boyfriend", "my girlfriend", "my husband", "my wife", "my dad", "my stepdad", "my father", "my mum", "my mom", "my brother", "someone", "a man", "a guy", "some guy", "the man", "[a-z]+s boyfriend"]);

const ROUND2: RiskRule[] = [
  // Plans without a time word: the means named with a resolve to use them.
  make("will-use-means", "plan", 5, "plan or means", re(`\\b(?:(?:i will|i am going to|i am gonna|going to|gonna|i shall) (?:use|take)|i am (?:taking|using)) (?:the |my |his |her |all (?:of )?(?:my |the )?)?(?:rope|noose|gun|shotgun|pistol|rifle|belt|cord|hose|charcoal|them all|all of them|everything|the lot|all (?:my|the|of my|of the) pills)(?=$| [.,?"]| when| once| after| tonight| tomorrow| on| at| and| while| before)`), { about: "self" }),
  make("know-when-how", "plan", 5, "plan or means", re(`\\bi know (?:exactly )?(?:when and (?:how|where)|how and (?:when|where)|where and (?:when|how)|exactly how i am going to)\\b`), { about: "self" }),
  make("wrote-time-place", "plan", 5, "plan or means", re(`\\b(?:wrote down|written down|chosen|picked|decided) (?:the )?(?:time and (?:the )?place|place and (?:the )?time|date and (?:the )?(?:time|place))\\b`), { about: "self" }),
  make("booked-to-do-it", "plan", 5, "plan or means", re(`\\b(?:booked|bought|got|reserved) (?:a |the )?(?:[a-z]+ ){0,3}?(?:room|ticket|train ticket|hotel) (?:[a-z]+ ){0,4}?to (?:do it|end it|end my life|kill myself|jump|die)\\b`), { about: "self" }),
  make("not-here-planned", "plan", 5, "plan or means", re(`\\b(?:i will not|i wont|i am not going to) be (?:here|around|alive)(?: [a-z]+){0,3}? ,? i (?:have|ve) (?:planned|decided|worked out) (?:it|how)\\b`), { about: "self", negatable: false }),
  // Intent without a date: "not going to be here much longer", "dead by morning".
  make("not-here-much-longer", "intent", 5, "explicit intent to die", re(`\\b(?:i will not|i wont|i am not going to) be (?:here|around|alive) (?:much|for much|for very|very) longer\\b`), { about: "self", negatable: false }),
  make("dead-by", "intent", 5, "explicit intent to die", re(`\\bi will be dead (?:by|before|soon|tonight|tomorrow|this time)\\b|\\b(?:by this time tomorrow|by tomorrow|by morning|tomorrow|tonight) i will be dead\\b`), { about: "self" }),
  make("ending-it", "intent", 5, "explicit intent to die", re(`(?:^|[.,?] )i am (?:ending it|ending it all|ending things|ending everything|ending my life|done living)(?=$| [.,?"]| now| tonight| today| for good| soon)`), { about: "self", negatable: false }),
  make("going-to-die-tonight", "intent", 5, "explicit intent to die", re(`\\bi am going to die (?:tonight|today|soon|this week|by)\\b`), { about: "self" }),
  make("no-stopping-me", "intent", 5, "explicit intent to die", re(`\\b(?:there is )?no stopping me (?:this time|now)\\b`), { about: "self", negatable: false }),
  // Danger from someone, now: at the door, in the house with a weapon, hands on the throat.
  make("abuser-at-door", "danger-now", 5, "in danger from someone now", re(`\\b${ABUSER} (?:is|are) (?:outside|at|banging on|kicking|hammering on|trying to (?:get in|break in|open)|breaking (?:in|down)) (?:my|the|our) (?:house|home|flat|apartment|door|front door|window|bedroom door|room)(?=$| [.,?"]| again| right now| and (?:he|she|they) (?:is|are|will|says|said|wont|will not)| shouting| screaming| banging| with (?:a|the) (?:knife|gun|bat|weapon))`), { negatable: false }),
  make("abuser-banging", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:is|are) (?:banging|hammering|kicking) (?:on )?(?:the|my) (?:bedroom |front |back )?(?:door|window)\\b(?! because| cos| as (?:she|he|they)| to be let in| for (?:the|a) (?:parcel|delivery))`)),
  make("abuser-weapon", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:is|are|has|have|has got|is got|have got) (?:got )?(?:a|the) (?:gun|knife|knives|weapon|bat)(?=$| [.,?"]| and| in (?:his|her|their) hand| out| pointed| on me| to my)`), { negatable: false }),
  make("abuser-raging", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:is|are) (?:drunk|high|raging|wasted|off (?:his|her) face) and (?:smashing|throwing|breaking|hitting|punching|kicking|screaming|threatening)\\b`)),
  make("throat", "danger-now", 5, "in danger from someone now", re(`\\b(?:grabbed|grabbing|choked|choking|strangled|strangling|throttled) me(?: by the (?:throat|neck))?\\b`), { pastForm: false }),
  make("coming-back", "danger-now", 5, "in danger from someone now", re(`\\b(?:please help|help me|i am scared|i am terrified|hide)(?: [a-z]+| ,){0,3}? (?:he|she|they) (?:is|are) (?:coming back|on (?:his|her|their) way|coming (?:for|after) me)\\b`), { negatable: false }),
  make("locked-in", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:locked|has locked|have locked) me (?:in|out)\\b|\\b(?:will not|wont|does not|is not) let(?:ting)? me (?:leave|go|out)(?=$| [.,?"]| of| the house| and| now)`), { negatable: false }),
  // Worry for someone else: their risk, told by the writer.
  make("worry-other", "worry-for-other", 3, "someone else may be at risk", re(`\\bmy ${PEOPLE}(?: [a-z]+){0,8}? ${OTHERS_RISK}`), { about: "self", negatable: false }),
  make("support-someone-who", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:help|support|helping|supporting|talk to) (?:someone|somebody|a friend|a person|my [a-z]+|him|her|them) (?:who|that) (?:is )?(?:self harms?|self harming|cuts|suicidal|wants to die|talks about (?:suicide|dying|ending it))\\b`), { about: "self", negatable: false }),
  // Attempt history: told as past; a recent time makes it current.
  make("attempt-past", "attempt-history", 3, "past suicide attempt", re(`\\b(?:after|since|survived|before|from) (?:my|an|a|the|his|her) (?:suicide )?attempt\\b|\\b(?:hospitali[sz]ed|sectioned|in intensive care|in icu) (?:after|for|because of) (?:my |an |a )?(?:suicide )?(?:attempt|overdose)\\b|\\bmy (?:first|second|third|last|previous|most recent) (?:suicide )?attempt (?:was (?:at|in|when) [0-9a-z]|at [0-9]|in [0-9])|\\bi (?:have )?(?:made|had) (?:two|three|four|several|a few|a couple of|multiple|[2-9]) (?:suicide )?attempts\\b|\\bi (?:have )?attempted(?= suicide| twice| once| before| a few| a couple| years| when| in | at [0-9]|$| [.,?"])`), { about: "self", pastForm: true }),
  make("suicide-attempt-noun", "attempt-history", 3, "past suicide attempt", re(`\\bsuicide attempts?\\b`), { pastForm: true }),
  // Self-harm history and urges said plainly.
  make("sh-scars", "self-harm-history", 2, "past self-harm", re(`\\b(?:scars|marks) (?:from|of) (?:cutting|self harm|burning myself|hurting myself)\\b|\\bself harm scars\\b|\\b(?:covered in|all my|my old) (?:old )?scars\\b|\\bask about my scars\\b|\\bi (?:used to )?cut (?:myself )?when i was\\b|\\bmy last relapse\\b`), { about: "self", pastForm: true }),
  make("sh-urges", "self-harm-urge", 3, "self-harm urges", re(`\\b(?:craving|crave|miss) (?:the )?(?:blade|cutting|razor|the relief of cutting)\\b|\\btrying (?:so )?(?:hard )?not to (?:cut|self harm|hurt myself|burn myself)\\b|\\bthe urges are (?:back|bad|strong|so strong|really bad)\\b`), { about: "self", negatable: false }),
  // Self-harm happening.
  make("bleeding-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:cut|cuts|it|arm|wrist) (?:will not|wont|does not|doesnt|cannot|cant) stop bleeding\\b|\\bbleeding (?:a lot |loads |so much |heavily |badly )?from my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs)\\b|\\bbleeding through (?:the|my) (?:towel|bandage|plaster|sleeve)\\b`), { about: "self" }),
  make("cutting-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:i keep|i kept|i am|in the bathroom|i started|cannot stop|cant stop) cutting(?=$| [.,?"]| and| myself| again| my| now| right now)`), { about: "self" }),
  // Hopelessness and burden, said shortly.
  make("no-point-anything", "hopelessness", 2, "hopelessness", re(`\\bno point (?:in )?(?:anything|any of it|trying|going on|carrying on)\\b|\\bi have given up(?=$| [.,?"]| on)|\\bi will always feel like this\\b`), { about: "self" }),
  make("burden-short", "burden", 2, "feeling like a burden", re(`\\bi ruin everything\\b|\\bi am in everyone(?: is|s) way\\b|\\b(?:they|everyone|my [a-z]+) (?:would|will|would all) be better(?: off)?(?: without me)?(?=$| [.,?"])|\\bmake everyone(?:s| is)? li(?:fe|ves) (?:worse|harder|miserable)\\b`), { about: "self" }),
  // Methods: the means in hand, looked up, or thought of as usable.
  make("means-in-hand", "method", 5, "suicidal thoughts with a method", re(`\\bi (?:have|am holding|have got|got) (?:the|a|my) (?:knife|blade|razor|rope|noose|gun|pills) (?:in my hand|ready|right here|here with me|next to me|on my lap)\\b`), { about: "self" }),
  make("method-search", "method", 5, "suicidal thoughts with a method", re(`\\b(?:looking up|looked up|googling|googled|searching|searched|how to|best way to|easiest way to|painless way to|quickest way to)(?: [a-z]+){0,2}? (?:hang|kill|drown|poison|shoot|suffocate|overdose) (?:yourself|myself|oneself)\\b|\\b(?:which|what) (?:way of dying|way to die|method) (?:hurts|is|would)\\b|\\blooked up which (?:bridge|building|cliff|car park) is (?:highest|tallest)\\b`), { about: "self" }),
  make("could-use-means", "method", 5, "suicidal thoughts with a method", re(`\\bi could (?:use|take) (?:my [a-z]+s |[a-z]+s |the |his |her |my )?(?:gun|shotgun|rope|noose|pills|them all|everything)(?=$| [.,?"]| and| to| on)`), { about: "self" }),
  make("done-living", "intent", 5, "explicit intent to die", re(`(?:^|[.,?] )(?:i am )?done (?:living|with living|with life)(?=$| [.,?"]| now| for good)`), { about: "self", negatable: false }),
];

// ─── Round 3: composed shapes (who + means + possession/readiness/time/finality) ───

const ROUND3: RiskRule[] = [
  // A time word with a method act, in either order: "tonight i'm taking them all", "jump off the car park tonight".
  make("time-then-act", "plan", 5, "plan or means", re(`\\b${WHEN}\\b(?: [a-z]+| ,){0,10}? ${ACT}\\b`), { about: "self" }),
  make("act-then-time", "plan", 5, "plan or means", re(`(?<!\\btried to )\\b${ACT}(?: [a-z]+){0,6}? ${WHEN}\\b`), { about: "self" }),
  make("time-then-done", "plan", 5, "plan or means", re(`\\b${WHEN}(?: ,)? i am done(?=$| [.?"])`), { about: "self" }),
  make("time-then-gone", "preparation", 5, "goodbye message", re(`\\b(?:${WHEN}|soon)(?: ,)? i will be gone\\b(?! (?:for|to|on|at|until|till|over|from) (?!good\\b|ever\\b))`), { category: "goodbye", about: "self" }),
  make("date-set", "plan", 4, "plan or means", re(`\\bthe (?:date|day|time) is (?:set|chosen|picked|decided)(?=$| [.,?"])`), { category: "goodbye", about: "self" }),
  make("chosen-spot", "plan", 5, "plan or means", re(`\\b(?:picked|chosen|chose|found|decided on) (?:the|a|my) (?:spot|place) (?:by|at|near|on|under) (?:the )?(?:river|bridge|tracks|railway|cliffs?|sea|lake|motorway|roof|woods|quarry|canal|viaduct)\\b`), { about: "self" }),
  // Attempts told with "tried to": current with a recent time or "again", history otherwise.
  make("tried-to", "attempt", 5, "suicide attempt", re(`\\btried to (?:overdose|kill myself|end it(?! with)|end my life|take my life|hang myself|drown myself|strangle myself|suffocate myself|gas myself|poison myself|shoot myself|cut my wrists|slit my wrists|jump(?= off| from| in front|$| [.,?"]| yesterday| today| last| earlier| this| again| on))`), { about: "self" }),
  make("engine-garage", "attempt", 5, "suicide attempt", re(`\\b(?:in the garage|garage door (?:is |was )?(?:shut|closed|down))\\b[a-z ,]{0,40}\\b(?:engines?|motor) (?:is |was )?(?:on|running)\\b|\\b(?:engines?|motor) (?:is |was )?(?:on|running)\\b[a-z ,]{0,40}\\b(?:in the garage|garage door (?:is |was )?(?:shut|closed|down))\\b`), { about: "self" }),
  make("too-late", "attempt", 5, "overdose or pills taken", re(`\\b(?:swallowed|taken|took) (?:them|the pills|it all|everything|all of them) ,? (?:it is )?(?:too late|no going back)\\b`), { about: "self" }),
  // Withholding one's own medication to die.
  make("withhold-done", "preparation", 5, "withholding medication to die", re(`\\b(?:stopped|not taking|not taken|not had|skipping|skipped|quit|ditched|binned|been hiding) (?:taking )?(?:my |all my )?(?:[a-z]+ ){0,2}?(?:pills|insulin|prescription|inhaler)\\b(?: [a-z]+| ,){0,6}? ${WITHHOLD_PURPOSE}`), { about: "self" }),
  // Insulin and heart medicine held back on purpose are dangerous whatever the reason given.
  make("withhold-vital", "preparation", 5, "withholding medication to die", re(`\\b(?:stopped|not taking|not taken|not had|skipping|skipped|quit|ditched|binned|been hiding|stopping) (?:taking )?(?:my |all my )?(?:insulin|heart pills)\\b(?: [a-z]+| ,){0,6}? (?:on purpose|deliberately)\\b`), { about: "self" }),
  make("withhold-thought", "method", 5, "withholding medication to die", re(`\\b(?:stop|stopping|skip) (?:taking )?(?:my |all my )?(?:[a-z]+ ){0,2}?(?:pills|insulin|prescription|inhaler)\\b(?: [a-z]+| ,){0,6}? ${WITHHOLD_PURPOSE}`), { about: "self" }),
  // Gathering means: from several shops, a firearm in one's room, acquired.
  make("pills-from-shops", "preparation", 5, "stockpiling means", re(`\\b(?:bought|buying|got|getting|collected) (?:[a-z]+ ){0,2}?pills (?:from|at|in) (?:[2-9]|two|three|four|five|several|different|loads of|lots of|every|a few) (?:different )?(?:shops|chemists|pharmacies|stores|places|supermarkets)\\b(?! (?:because|as|since|cos)\\b)`), { about: "self" }),
  make("gun-in-my", "preparation", 5, "means at hand", re(`\\b(?:gun|shotgun|rifle|pistol|firearm)s? (?:is |are )?(?:now )?(?:in|under|by|next to) my (?:room|bedroom|bed|car|bag|drawer|pillow|mattress|wardrobe)\\b`), { about: "self" }),
  make("means-hands-on", "preparation", 5, "means at hand", re(`\\b(?:get|got|managed to get) (?:my hands on|hold of) (?:a |the |some )?(?:rope|noose|gun|shotgun|pistol|rifle|firearm|helium)\\b(?! ladder| swing| balloons?| for (?:the|a|my) )|\\b(?:bought|ordered|got) (?:some )?helium(?=$| [.,?"]| online| today| and| for me)`), { about: "self" }),
  // A method named with what it would be for.
  make("means-with", "method", 5, "suicidal thoughts with a method", re(`\\b(?:end it|kill myself|do it|end my life|hang myself)(?: all)? with (?:the|a|my|his|her|[a-z]+s) (?:[a-z]+ ){0,2}?${MEANS}\\b`), { about: "self" }),
  make("how-many-pills", "method", 5, "suicidal thoughts with a method", re(`\\bhow many (?:[a-z]+ )?pills (?:it would take|would (?:it take|kill|do it|be enough)|(?:does it take|it takes) to (?:die|kill|overdose)|to (?:die|kill|overdose|end it))\\b|\\bhow (?:much|many) (?:[a-z]+ ){0,2}?(?:would|will) kill (?:me|someone|a person)\\b`), { about: "self" }),
  make("tallest-to-jump", "method", 5, "suicidal thoughts with a method", re(`\\b(?:searched|searching|looked|looking|googled|googling) (?:up |for |at )?(?:the )?(?:tallest|highest) (?:building|bridge|cliff|car park|tower)(?: [a-z]+){0,4}? to jump\\b`), { about: "self" }),
  make("all-i-want-dead", "active-thoughts", 5, "suicidal thoughts", re(`\\ball i want is to (?:be dead|die|not exist|not be here|disappear forever)\\b`), { about: "self" }),
  make("do-it-this-time", "intent", 5, "explicit intent to die", re(`\\b(?:going to|will) (?:do it|end it|go through with it) this time\\b`), { about: "self" }),
  // Finality: the goodbye made, the last post.
  make("goodbye-made", "preparation", 4, "goodbye message", re(`\\b(?:goodbye|farewell|final|last) (?:video|letters?|notes?|messages?|texts?|post) (?:is|are|has been|have been) (?:recorded|written|done|ready|sent|scheduled|finished)\\b`), { category: "goodbye", about: "self" }),
  make("last-post", "preparation", 4, "goodbye message", re(`\\b(?:last|final) (?:post|message|text) (?:on here|ever|from me)(?=$| [.,?"])|\\bmy (?:last|final) (?:post|message)(?=$| [.,?"]| to (?:you all|everyone|you guys|all of you))`), { category: "goodbye", about: "self" }),
  make("before-i-go", "preparation", 2, "goodbye message", re(`\\bbefore i (?:go|am gone|die|leave for good)(?=$| [.,?"])`), { category: "goodbye", about: "self" }),
  make("will-done", "preparation", 2, "goodbye message", re(`\\bmy will is (?:done|written|sorted|signed|finished)\\b`), { category: "goodbye", about: "self" }),
  make("affairs-in-order", "preparation", 2, "goodbye message", re(`\\bmy affairs (?:are )?in order\\b`), { category: "goodbye", about: "self" }),
  make("for-when-gone", "preparation", 2, "goodbye message", re(`\\bfor when i am (?:not here|gone|not around|no longer here|dead)\\b`), { category: "goodbye", about: "self" }),
  make("other-side", "intent", 4, "goodbye message", re(`\\bsee you on the other side(?=$| [.,?"])`), { category: "goodbye", about: "self" }),
  make("going-forever", "intent", 5, "explicit intent to die", re(`\\b(?:going to go|ready to go|i am going|i am leaving)(?: now)?(?: \\.)? (?:forever|for good)\\b`), { category: "goodbye", about: "self" }),
  // Plans and methods said with their means.
  make("planning-how", "plan", 5, "plan or means", re(`\\b(?:planning|planned|worked out|working out|figuring out|figured out) how (?:to|i will|i am going to) (?:end it|die|kill myself|end my life)\\b`), { about: "self" }),
  make("thats-the-plan", "plan", 0, "plan or means", re(`\\b(?:that is|thats) the plan(?=$| [.?"])`), { about: "self", stronger: { context: /\b(?:bridge|tracks|train|roof|cliff|rope|noose|pills|gun|blade|motorway|river|sea|jump|hang|overdose)\b/, weight: 5 } }),
  make("means-calling", "method", 5, "suicidal thoughts with a method", re(`\\b(?:${MEANS}|${HIGH_PLACE}|river|sea|motorway)(?: [a-z]+){0,4}? (?:keep|keeps|is|are) calling (?:to )?me\\b(?! back| to (?:come|visit))`), { about: "self" }),
  make("crash-the-car", "method", 5, "suicidal thoughts with a method", re(`\\b(?:thinking (?:about|of)|want to|could|going to) (?:crashing|crash) (?:my|the) car\\b`), { about: "self" }),
  make("ligature-ready", "preparation", 5, "means at hand", re(`\\b(?:got|have) the (?:rope|noose|belt|cord) (?:tied|tied up|ready|hung|up)\\b(?! to (?:the|a) (?:tree|car|boat|fence|post|roof rack)| for\\b)|\\b(?:rope|noose) is (?:tied|up|hung|ready)\\b|\\btied (?:the|a|my) (?:rope|belt|cord|noose|scarf) (?:to|round|around|over) (?:the|a) (?:beam|banister|bannister|loft hatch|door handle|hook|rail)\\b`), { about: "self" }),
  // Self-harm now and urges, said plainly.
  make("self-harmed-now", "self-harm-now", 5, "self-harm now", re(`\\bjust self harmed\\b|\\bself harmed (?:tonight|today|again|an hour ago|this morning|this evening|earlier)\\b`), { about: "self" }),
  make("want-to-cut", "self-harm-urge", 3, "self-harm urges", re(`\\bwant to (?:cut|burn myself|hurt myself|self harm|scratch myself)(?=$| [.,?"]| so| again| tonight| right now| myself| bad)`), { about: "self", urgent: true }),
  // Concern shapes.
  make("hope-something-happens", "passive-wish", 3, "wish to be dead", re(`\\bhope something (?:bad )?happens to me\\b`), { about: "self" }),
  make("no-escaping", "entrapment", 2, "feeling trapped", re(`\\bno escaping (?:this|it|my [a-z]+)\\b`), { about: "self" }),
  make("other-giving-away", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:he|she|they|my [a-z]+) (?:is|are|has been|have been|was|been) giving (?:away )?(?:his|her|their) (?:[a-z]+ )?(?:things|stuff|belongings|possessions)\\b`), { about: "self", negatable: false }),
  make("took-overdose", "attempt", 5, "overdose or pills taken", re(`\\b(?:took|taken|had) (?:a |an )(?:massive |big |huge |large |serious |proper )?overdose\\b`), { about: "self" }),
  make("who-to-call", "help-seeking", 1, "asking about crisis help", re(`\\bwho (?:can|do|should) i (?:call|ring|text|talk to)(?: [a-z]+){0,3}? (?:at night|tonight|now|right now|in an emergency|in a crisis|when i feel|if i feel)\\b|\\bwhat is 988\\b`), { about: "self", negatable: false }),
  // Danger now.
  make("threat-if-i-leave", "danger-now", 5, "in danger from someone now", re(`\\bif i (?:leave|tell|go|try|call|report|break up)(?: [a-z]+){0,3}? (?:he|she|they) (?:will|would|is going to|are going to) (?:kill|hurt|stab|strangle) me\\b`), { about: "self" }),
  make("break-in", "danger-now", 5, "in danger from someone now", re(`\\b(?:someone|somebody|a man|a guy|some guy|my ex) (?:is |are )?trying to (?:get|break) in(?:to)? (?:my|the|our) (?:house|flat|home|room|bedroom|apartment)\\b`), { about: "self", negatable: false }),
  make("locked-phone", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they|my [a-z]+) (?:has |have )?locked (?:all )?(?:the|my) doors? and (?:has )?(?:taken|took|hid|hidden|smashed|broken) my (?:phone|keys)\\b`), { about: "self", negatable: false }),
];

export const SHAPE_RULES: readonly RiskRule[] = [...ATTEMPT, ...PREPARATION, ...PLAN, ...METHOD, ...INTENT, ...SELF_HARM, ...CONCERN, ...ROUND2, ...ROUND3];

/** A time said with a crisis finding turns intent into a plan: "…end it after the kids leave". */
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the WHEN word list above
export const PLAN_TIME = new RegExp(`\\b${WHEN}\\b`);
/** An attempt-shaped phrase after one of these is wished or planned, not done: "I want to take all my pills". */
export const NOT_YET = /\b(?:want to|wanna|going to|gonna|about to|thinking about|thinking of|will|should|could|might|tempted to|plan to|planning to|need to|i am going to)$/;
