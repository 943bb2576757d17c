/**
 * Shape rules for what is happening *now* or has been *settled*, added in
 * version 6 after reading the fourth held-out set's misses once it was
 * retired into training (docs/safety.md, "Version 6"): self-harm under way
 * with a tool and a body part, someone else coming at the writer, a plan
 * told only by its time ("new year's eve is when"), affairs settled "for
 * after", and an overdose told with a pronoun ("it's done, I've taken them").
 *
 * Version 8 groups the rules by C-SSRS kind (danger now, attempt, self-harm
 * now, preparation, plan, method, intent, active thoughts, then the concern
 * kinds) rather than by the round that added them: a rule for a kind is
 * looked for, and added, beside the others of its kind.
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

/** The time words as a test of the whole message, for a `stronger` context. */
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the WHEN word list above
function PLAN_TIME_WORDS(): RegExp { return new RegExp(`\\b${WHEN}\\b`); }

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
// ─── Word lists shared by the shapes below ────────────────────────────────

/** Places people jump from. */
const HEIGHT = alt(["bridge", "roof", "rooftop", "building", "car park", "multi storey", "top floor", "cliff", "cliffs", "balcony", "tower", "tower block", "block of flats", "flats", "viaduct", "pier", "quay", "harbour wall", "dam", "overpass", "flyover", "motorway bridge", "footbridge", "parking garage", "parking structure", "top deck"]);
/** Someone leaving or asleep: the gap a plan waits for ("once the kids are at their dads"). */
const AWAY = alt(["asleep", "at work", "out", "gone", "left", "leaves", "leave", "goes out", "go out", "away", "at (?:their|his|her) [a-z]+s?", "on (?:her|his|their) [a-z]+ shift", "in bed"]);
/** Who may be away. */
const OTHERS = alt(["everyones", "everybodys", "everyone", "everybody", "they", "the (?:house|kids|others|family|flat)", "my [a-z]+", "mum", "mom", "dad", "he", "she", "the [a-z]+"]);
/** Arms someone may threaten the writer with, beyond WEAPON. */
const ARMS = alt(["knife", "blade", "bottle", "bat", "hammer", "gun", "shotgun", "rifle", "machete", "cutlass", "axe", "screwdriver", "weapon", "crowbar"]);
/** What can be given away with a story. */
const GIVE = alt(["gave", "given", "giving", "give", "sold", "selling", "rehomed", "left", "handed"]);

// ─── Version 9: word lists for affairs settled and plans told in ordinary words ───

/**
 * Finality said beside an everyday act: what turns "paid everyone back" or "the dog goes
 * to my brother" into an ending. Tested on the whole message (a `stronger` context), so
 * the act's own match stays short and never hides a longer reading next to it.
 */
const SETTLED_FINAL = /\b(?:when i (?:go|am gone)(?= [.,?"]|$)|when i go(?! (?:to|on|back|out|home|away|abroad|shopping|travelling|round|over|up|down|in))|after i am gone|before i go(?=$| [.,?"])|sort through after|(?:going|gonna) to be around|(?:only|last) reason i (?:was|am) (?:going|here|alive|holding on)|everything (?:that needed doing |that needs doing )?is (?:done|settled|sorted)|(?:everything|all) is settled|everything(?:s| is) settled now|i am ready|mi ready|feels tidy|all tidy|felt nothing|(?:does|do) not know why|(?:do not|not) leave a mess|not leaving (?:anyone|a mess|anything)|out of pocket|(?:no one|nobody) (?:has|have|will have) to|less for (?:them|her|him|everyone|people)|sorry in advance|e go don finish|(?:will|shall) not need (?:it|them)|not going to need (?:it|them)|asking for soon|cartridges are|(?:feel|felt|feels|feeling) (?:weirdly |strangely |so |much )?(?:calm|calmer|peaceful)|calm for the first time|peaceful now|at peace|for after(?=$| [.,?"])|will not be needing|no point paying|(?:shell|she will|he will|hell|they will) be fine without me|last thing on the list|nobody gets left|it is not for a week|(?:she|he|they) will find (?:it|them))\b/;

/** Either of two message contexts: an older rule's own finality words, or SETTLED_FINAL's. */
// eslint-disable-next-line security/detect-non-literal-regexp -- built from two constant patterns in this file
const either = (a: RegExp, b: RegExp): RegExp => new RegExp(`${a.source}|${b.source}`);

/** Everyday causes named anywhere after a cut, a burn or blood: a shave, a nosebleed, the kitchen, a sprain. */
const EVERYDAY_CAUSE = "(?![^?]*\\b(?:shaving|nosebleed|nose bleed|period|tooth|teeth|dentist|chopping|cooking|paper cut|gums|sprain|physio|swelling|veg|onions|hair|fringe|hedge|lawn)\\b)";
/** Family and friends a letter or a thing is left for. */
const KIN = alt(["sister", "brother", "mom", "dad", "madda", "mother", "father", "parents", "kids", "children", "son", "daughter", "wife", "husband", "partner", "nan", "gran", "grandad", "grandma", "family", "best friend", "friend", "mates?", "cousin", "aunt", "uncle", "boys", "girls"]);
/** Places to go that are themselves a method: going there at a set time is a plan. */
const PLACE_METHOD = alt(["railway line", "train line", "the railway", "railway", "tracks", "train tracks", "the line", "motorway bridge", "level crossing", "harbour wall", "cliff edge", "the edge", "viaduct"]);
/** Places people also go for a walk, a swim or a view: a plan only with a word of finality or secrecy. */
const PLACE_OPEN = alt(["river", "sea", "bridge", "quarry", "cliffs?", "woods", "pier", "reservoir", "canal", "loch", "lake", "top floor", "top level", "multi storey", "car park roof", "roof", "dam", "the gap", "forest"]);
/** Means and places a mind keeps going back to (the thought itself, not the act). */
const DWELT_ON = alt(["gun", "shotgun", "railway", "train line", "railway line", "tracks", "level crossing", "beam", "rope", "balcony", "ledge", "cliff", "cliffs", "cliff path"]);
/** Pets and animals handed on. */
const PET = alt(["dog", "cat", "hamster", "rabbit", "budgie", "parrot", "fish", "pets?", "kitten", "puppy", "horse", "pony", "tortoise", "guinea pig", "snake", "lizard"]);

// ─── Danger now: someone else is hurting or about to hurt the writer ───────

const DANGER_NOW: RiskRule[] = [
  // "came at me with a broken bottle"
  make("came-at-me", "danger-now", 5, "in danger from someone now", re(`\\b(?:came|coming|come|lunged|went|ran|is coming|keeps coming) (?:at|for) me with (?:a|the|his|her|their|a broken) (?:[a-z]+ )?${WEAPON}\\b`), { about: "self" }),
  // "outside my house shouting they will stab me"
  make("threat-outside", "danger-now", 5, "in danger from someone now", re(`\\b(?:outside|at (?:the|my) (?:door|window|gate)|downstairs|in the hall|waiting for me)\\b(?: [a-z]+| ,){0,8}? (?:they|he|she|theyll|hell|shell) (?:will|are going to|is going to|would|are gonna|is gonna) (?:stab|kill|shoot|hurt|batter|beat|burn|get) me\\b`), { about: "self" }),
  // "says if i try to leave he will burn the house down with me inside"
  make("burn-with-me-inside", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:will|is going to|are going to|would|said he would|said she would|says he will|says she will) (?:burn|set fire to|light) (?:it|the|our|my) ?(?:house|flat|home|place|carpet|room)?(?: down)? with (?:me|us)(?: and (?:the|my) [a-z]+)? (?:inside|in it|in here)\\b`), { about: "self" }),
  // "won't let me leave the flat", with the phone or keys taken
  make("wont-let-me-leave", "danger-now", 4, "in danger from someone now", re(`\\b(?:he|she|they|my [a-z]+) (?:will not|does not|do not|is not going to) let me (?:leave|go out|out|go)(?: of)?(?: (?:the|my|our) (?:flat|house|room|home|apartment|car))?(?=$| [.,?"]| and| until| till)`), { about: "self", stronger: { context: /\b(?:my (?:phone|keys|passport)|locked|taken|took|hid|get out)\b/, weight: 5 } }),
  make("standing-over-me", "danger-now", 5, "in danger from someone now", re(`\\b(?:he|she|they) (?:is|are) (?:standing over me|on top of me|holding me down|sitting on me)\\b`), { about: "self" }),
  make("getting-in", "danger-now", 5, "in danger from someone now", re(`\\b(?:someone|somebody|a man|a guy|he|she|they|my ex) (?:is |are )?trying to (?:get|break|force (?:their|his|her|a) way) in(?:to)?(?: through)? (?:my|the|our) (?:[a-z]+ )?(?:house|flat|home|room|bedroom|apartment|door|window)\\b`), { about: "self", negatable: false }),
  make("attacking-someone-here", "danger-now", 3, "in danger from someone now", re(`\\b(?:is|are) (?:choking|strangling|beating|stabbing|hitting|punching|kicking|attacking|battering) (?:her|him|them|my [a-z]+)\\b`), {
    about: "self",
    stronger: { context: /\b(?:what do i do|help|right now|now|in the (?:hallway|hall|kitchen|living room|next room|bedroom)|downstairs|upstairs|next door)\b/, weight: 5 },
  }),
  make("hiding-from", "danger-now", 5, "in danger from someone now", re(`\\bhiding (?:in|under|behind) (?:the|a|my) (?:[a-z]+ ){0,3}?(?:toilets?|bathroom|room|cupboard|wardrobe|bed|car|shed|loos?) ,? (?:the|a|my|he|she|they)(?: [a-z]+){0,8}? (?:is|are) (?:waiting|outside|looking for me|coming|still here|right outside)\\b`), { about: "self" }),
  make("bringing-weapon-for-me", "danger-now", 5, "in danger from someone now", re(`\\b(?:bringing|bring|brings|bringing in|has) (?:a|his|her|their|[a-z]+s) (?:[a-z]+s )?(?:gun|knife|blade|weapon)\\b(?: [a-z]+| ,){0,8}? (?:shoot|stab|kill|hurt)(?:ing)? me\\b`), { about: "self" }),
  make("waiting-with-weapon", "danger-now", 5, "in danger from someone now", re(`\\bwaiting (?:outside|at|by|near|for me)(?: [a-z]+){0,5}? with (?:a|the|his|her|their) (?:[a-z]+ )?${WEAPON}\\b`), { about: "self" }),
  make("trying-my-door", "danger-now", 5, "in danger from someone now", re(`\\b(?:someone|somebody|he|she|they|a man|a guy) (?:[a-z]+ ){0,4}?(?:keeps |is |are )?trying (?:my|the) (?:front |back |patio |kitchen |bedroom |bathroom )?(?:door|door handle|handle|windows?)\\b`), { about: "self" }),
  make("locked-us-in", "danger-now", 5, "in danger from someone now", re(`\\b(?:locked|has locked|have locked) (?:me|us|us all|all of us|the kids|everyone|the door) (?:in|inside)\\b|\\b(?:will not|wont) let (?:anyone|us|me) out\\b`), { about: "self" }),
  make("wont-let-me-go", "danger-now", 3, "in danger from someone now", re(`\\b(?:will not|wont|refuses to|is refusing to) (?:take me home|let me go home|let me go|give me (?:back )?my (?:phone|keys|coat|passport|bag))\\b`), {
    about: "self",
    stronger: { context: /\b(?:do not know where|owe him|owe her|locked|keys|coat|staying the night|whether i want)\b/, weight: 5 },
  }),
  make("in-doorway-with-weapon", "danger-now", 5, "in danger from someone now", re(`\\b(?:stood|standing|is standing|is stood|is) (?:in|at|by|outside) (?:the|my) (?:doorway|door|hall|stairs|bedroom door|bathroom door|kitchen door)(?: [a-z]+){0,3}? with (?:a|the|his|her) (?:[a-z]+ )?${WEAPON}\\b`), { about: "self" }),
  make("outside-my-door-drunk", "danger-now", 5, "in danger from someone now", re(`\\b(?:standing|stood|is|he is|she is) outside my (?:bedroom |bathroom )?door\\b(?=(?: [a-z]+| ,){0,10}? (?:drunk|knife|shouting|saying|pay|kill|hurt))|\\blet himself in\\b(?=(?: [a-z]+| ,| \\.){0,10}? (?:drunk|knife|shouting|bedroom))`), { about: "self" }),
  make("pinned", "danger-now", 3, "in danger from someone now", re(`\\b(?:had me |has me |pinned me |pinned )(?:pinned )?(?:in|against|to|down)\\b`), {
    about: "self",
    stronger: { context: /\b(?:what do i do|get out|help|now|just gone)\b/, weight: 5 },
  }),
  make("door-kicked-hiding", "danger-now", 5, "in danger from someone now", re(`\\b(?:kicking|banging|hammering|smashing|punching|trying to break) (?:on |at |down )?(?:the|my) (?:[a-z]+ )?door\\b(?: [a-z]+| ,){0,6}? (?:i am (?:locked|hiding)|locked in|hiding|please)\\b`), { about: "self" }),
  make("hitting-someone-here", "danger-now", 3, "in danger from someone now", re(`\\b[a-z]+s (?:hitting|beating|kicking|choking|strangling|attacking) (?:her|him|them|mom|dad|my [a-z]+)\\b`), {
    about: "self",
    stronger: { context: /\b(?:what do i do|right now|downstairs|upstairs|next room|i can hear|please help|crying)\b/, weight: 5 },
  }),
  make("drink-spiked", "danger-now", 4, "in danger from someone now", re(`\\b(?:put|slipped|dropped) (?:something|a pill|drugs|stuff) in(?:to)? my drink\\b|\\bspiked my drink\\b|\\bmy drink (?:was|got|has been) spiked\\b`), {
    about: "self",
    stronger: { context: /\b(?:now|this guy|keeps|legs|cannot|party|here|walk me|upstairs|dizzy)\b/, weight: 5 },
  }),
  make("all-go-together", "danger-now", 5, "in danger from someone now", re(`\\b(?:we are|we will|we will all|were) (?:all )?(?:going|go|be going|die|dying) together\\b`), {
    about: "self",
  }),
  make("hits-me-here-now", "danger-now", 5, "in danger from someone now", re(`\\b(?:hits|beats|hurts|kicks|punches|slaps) me\\b(?: [a-z]+| ,){0,8}? (?:(?:she|he|they) (?:is|are) here now|is here now|right now)\\b`), { about: "self" }),
  // Threatened with arms in the house: "dad is threatening us with his shotgun".
  make("threatened-with-arms", "danger-now", 5, "in danger from someone now", re(`\\b(?:threatening|threatened|threatens|waving|pointing) (?:me|us|us all|mum|mom|my [a-z]+|her|him|them)? ?(?:with|at me with|at us with) (?:a|his|her|the|their) (?:[a-z]+ )?${ARMS}\\b`), { about: "self" }),
  make("broke-in-wont-leave", "danger-now", 5, "in danger from someone now", re(`\\b(?:broke in|broken in|has broken in|got in|forced (?:his|her|their) way in)\\b(?: [a-z]+| ,){0,3}? (?:and )?(?:will not|wont|refuses to|is refusing to) leave\\b`), { about: "self" }),

  // Version 8.
  // Being taken: "tried to drag me into his car".
  make("drag-me-into", "danger-now", 5, "in danger from someone now", re(`\\b(?:tried to|trying to|tries to|try to|is trying to) (?:drag|pull|force|grab|bundle|push|get) me (?:into|in) (?:his|her|their|the|a) (?:car|van|house|room|flat|truck)\\b`), { about: "self" }),
  // Fuel poured where people are: "he poured petrol on the hall carpet".
  make("fuel-poured-inside", "danger-now", 5, "in danger from someone now", re(`\\b(?:poured|pouring|splashed|splashing|sloshed|spilled|spread|thrown|threw|throwing) (?:the |some )?(?:petrol|gasoline|lighter fluid|paraffin|fuel|diesel) (?:on|over|all over|in|into|round|around|across|through|down) (?:the |our |my )?(?:hall |hallway |front |living room |kitchen |bedroom )?(?:carpet|floor|hallway|hall|stairs|door|house|flat|bed|me|us|her|him|kids|sofa|curtains|landing)\\b`), { about: "self" }),
  // "he threw my cousin against the wall and says he will do the same to me".
  make("same-to-me", "danger-now", 3, "in danger from someone now", re(`\\b(?:he|she|they)(?: will| is going to| are going to| would| is gonna)? do the same to me\\b`), {
    about: "self",
    stronger: { context: /\b(?:threw|thrown|hit|hits|punched|beat|beaten|kicked|against the wall|drunk|drinking|locked|knife|strangled|choked)\b/, weight: 5 },
  }),
  // Locked in: "the door's locked from outside and my phone is on 8 percent".
  make("locked-in", "danger-now", 2, "in danger from someone now", re(`\\b(?:door|doors) (?:is |are |has been )?locked (?:from (?:the )?outside|on the outside)\\b|\\b(?:he|she|they|my [a-z]+) (?:has |have |just )?locked me in\\b`), {
    about: "self",
    stronger: { context: /\b(?:drunk|drinking|hit|threw|hurt|my phone|scared|crying|shouting|screaming|knife|kill|help|please|battery|percent|burn|smashing|ring anyone)\b/, weight: 5 },
  }),
  // Someone waiting for the writer, with a threat or an escape: "he's waiting across the road", "waiting outside school to beat me up".
  make("waiting-for-me", "danger-now", 0, "in danger from someone now", re(`\\b(?:he|she|they|my ex|ex|a man|a guy|the man|the guy)(?: is| are)? (?:waiting|parked|sat|sitting|standing|watching)\\b(?: [a-z]+){0,5}? (?:outside|across the road|across the street|at the (?:door|gate|exit|end of the road)|in (?:the|my) (?:car park|drive|street|road)|for me)\\b`), {
    about: "self",
    stronger: { context: /\b(?:stab|kill|hurt me|beat me|hit me|restraining order|got away|drag|attacked|threatened|hiding|shaking|terrified|weapon|knife|in a shop)\b/, weight: 5 },
  }),

  // Version 8, second pass (the earlier sets' misses).
  make("swinging-weapon", "danger-now", 5, "in danger from someone now", re(`\\b(?:swinging|waving|brandishing) (?:a|the|his|her|their) (?:bat|knife|machete|hammer|axe|bottle|cutlass|crowbar|golf club)\\b`), { about: "self" }),
  make("by-the-hair", "danger-now", 4, "in danger from someone now", re(`\\b(?:has|had|got|grabbed|holding|dragged) (?:me|mum|mom|her|my [a-z]+) by the (?:hair|throat|neck)\\b|\\bmy hair in (?:his|her|their) (?:fist|hand)\\b|\\b(?:pushed|push|threw|kicked|shoved) me down the stairs\\b`), { about: "self" }),
  make("stranger-in-house", "danger-now", 2, "in danger from someone now", re(`\\b(?:there is |theres )?(?:a man|someone|somebody|a guy|a stranger|a man i do not know) in (?:my|the|our) (?:house|flat|garden|room|kitchen|hall)\\b`), {
    about: "self",
    stronger: { context: /\b(?:hear him|hear them|hiding|in the loft|under the bed|crowbar|trying the|downstairs|on my own|rn|right now|knife|broke in)\b/, weight: 5 },
  }),
  make("coming-for-me", "danger-now", 0, "in danger from someone now", re(`\\bcoming (?:over the fence |through the door |round |back )?for me\\b`), {
    about: "self",
    stronger: { context: /\b(?:machete|knife|bat|gun|says he|hear him|threat|kill|hurt me|axe)\b/, weight: 5 },
  }),
  make("getting-it-worse", "danger-now", 5, "in danger from someone now", re(`\\bi am (?:getting it|going to get it|in for it) (?:worse|bad|again)\\b|\\bgetting it worse than\\b`), { about: "self" }),
  make("locked-and-keys", "danger-now", 4, "in danger from someone now", re(`\\blocked the (?:front |back )?doors? and (?:pocketed|took|taken|hid|has) the keys?\\b`), { about: "self" }),
  make("driving-we-die", "danger-now", 5, "in danger from someone now", re(`\\b(?:driving|drives|speeding)\\b[^.?]{0,40}?\\b(?:saying|says|screaming|shouting) (?:we will|we are going to|we are gonna) (?:both |all )?die\\b`), { about: "self" }),
  make("hiding-under-bed", "danger-now", 0, "in danger from someone now", re(`\\b(?:hiding )?(?:under (?:the|my) bed|in the loft)\\b`), {
    about: "self",
    stronger: { context: /\b(?:throwing things|swinging|bat|knife|man in my house|hear him|screaming at|hitting|drunk|smashing|what do i do)\b/, weight: 5 },
  }),

  // Version 8, third pass (the new writers' misses, read after their estimates).
  make("while-i-sleep", "danger-now", 2, "in danger from someone now", re(`\\b(?:do it|kill me|hurt me|stab me|get me)\\b(?: [a-z]+){0,2}? while i (?:sleep|am asleep|am sleeping)\\b`), { about: "self", stronger: { context: /\b(?:scared|afraid|terrified|close my eyes|knife|keeps saying)\b/, weight: 5 } }),
  make("shaking-the-baby", "danger-now", 5, "in danger from someone now", re(`\\bis (?:shaking|strangling|choking|smothering) (?:our|my|the) (?:baby|toddler|son|daughter|kid|child|little one)\\b`), { about: "self" }),
  make("enjoy-your-last", "danger-now", 3, "in danger from someone now", re(`\\benjoy your last (?:night|day|days|hours)\\b`), { about: "self", stronger: { context: /\b(?:someone at|outside|gate|door|texted|sent)\b/, weight: 5 } }),
  make("never-see-them-again", "danger-now", 2, "in danger from someone now", re(`\\bi (?:would|will) never see (?:them|the kids|my kids|her|him) again\\b`), { about: "self", negatable: false, stronger: { context: /\b(?:drinking|drunk|in his car|not answering|took the kids|has the kids)\b/, weight: 5 } }),
  make("thrown-at-me", "danger-now", 4, "in danger from someone now", re(`\\b(?:threw|throwing|thrown|chucked|hurled) (?:the |a |his |her )?(?:[a-z]+ )?(?:kettle|plate|plates|glass|bottle|chair|knife|mug|pan|iron|lamp|bowl|brick) at me\\b|\\b(?:he is|she is|they are) between me and the (?:front |back )?door\\b`), { about: "self" }),
  make("order-broken", "danger-now", 2, "in danger from someone now", re(`\\b(?:not allowed near me|restraining order|non molestation order|injunction against him|out on licence)\\b`), { about: "self", stronger: { context: /\b(?:he is here|hes here|outside|at the door|see you soon|picture of my house|watching|his car is there)\b/, weight: 5 } }),
  make("sextortion", "danger-now", 5, "in danger from someone now", re(`\\b(?:nudes|pics|pictures|photos|videos)\\b[^?]{0,80}?\\b(?:unless i (?:pay|send)|if i (?:do not|dont) (?:send|pay))\\b|\\b(?:unless i (?:pay|send)|if i (?:do not|dont) (?:send|pay))\\b[^?]{0,80}?\\b(?:nudes|pics|pictures|photos|posts? the)\\b`), { about: "self" }),
  make("pinned-down", "danger-now", 3, "in danger from someone now", re(`\\b(?:pinned (?:me|my hands|my arms)|got my (?:hands|arms) pinned|holding me down)\\b`), { about: "self", stronger: { context: /\b(?:not leaving|what he wants|what she wants|help|scared|hurting|in the toilet|will not let me)\b/, weight: 5 } }),
  make("do-what-he-wants", "danger-now", 5, "in danger from someone now", re(`\\bi am not leaving (?:till|until) i do what (?:he|she|they) wants?\\b`), { about: "self" }),
  make("never-gave-address", "danger-now", 4, "in danger from someone now", re(`\\bi never gave (?:him|her|them) my address\\b`), { about: "self", negatable: false }),

  // Version 9. A threat to the writer with the one who made it on the way: "threatening to throw acid on me, he's on his way over".
  make("threat-on-the-way", "danger-now", 5, "in danger from someone now", re(`\\b(?:threatening|threatened|threatens|says (?:he|she|they) will|said (?:he|she|they) would|said (?:he|she|they) will|is going to|going to) (?:to )?(?:kill|stab|hurt|batter|beat|burn|shoot|throw acid (?:on|at)|chuck acid (?:on|at)|acid) (?:me|us)\\b(?=[^?]{0,60}\\b(?:on (?:his|her|their) way|coming (?:over|round|here|back)|[0-9]+ ?(?:min|mins|minutes)|outside (?:now|the|my))\\b)`), { about: "self" }),
  // Thrown out into danger by a threat of death: "told me to get out before he kills me, i'm at the bus stop in my socks".
  make("before-he-kills-me", "danger-now", 3, "in danger from someone now", re(`\\bbefore (?:he|she|they|my [a-z]+) (?:kills|kill|stabs|hurts|batters) (?:me|us)\\b(?! for (?:eating|using|taking|breaking|touching|losing|forgetting|wearing|borrowing|finishing))(?![^?]*\\b(?:lol|haha|joking)\\b)`), {
    about: "self",
    stronger: { context: /\b(?:get out|kicked me out|threw me out|in my socks|no shoes|bus stop|nowhere to go|locked out|on the street)\b/, weight: 5 },
  }),
  // Shut out in the cold by someone: "locked me out on the balcony in my nightie, it's freezing".
  make("locked-out-in-cold", "danger-now", 3, "in danger from someone now", re(`\\b(?:locked|shut|put) (?:me|us) out (?:on|in) (?:the )?(?:balcony|garden|yard|cold|snow|street|rain)\\b(?![^?]*\\b(?:for a laugh|as a joke|prank|lol|haha)\\b)`), {
    about: "self",
    stronger: { context: /\b(?:freezing|cold|laughing|nightie|pyjamas|no coat|socks|barefoot|will not let me in|right now|now)\b/, weight: 5 },
  }),
  // Arms held between the writer and the way out: "she's got the bread knife, she's stood between me and the back door".
  make("armed-between-me-and-door", "danger-now", 5, "in danger from someone now", re(`\\b(?:got|has|holding|with) (?:the|a) (?:[a-z]+ )?${ARMS}\\b(?=[^?]{0,60}\\b(?:between me and the (?:[a-z]+ )?(?:door|exit|stairs|way out|hall|hallway)|blocking the (?:door|way out)|will not let me (?:out|leave|past))\\b)`), { about: "self" }),
  // Arms waved with a threat to kill: "waving a blade around and saying he'll kill the pair of us".
  make("waving-arms-kill", "danger-now", 5, "in danger from someone now", re(`\\b(?:waving|brandishing|swinging|pointing) (?:a|the|his|her) (?:[a-z]+ )?${ARMS}\\b(?=[^?]{0,60}\\b(?:kill|stab|shoot|hurt) (?:me|us|the pair of us|both of us|all of us|the lot of us)\\b)`), { about: "self" }),
  // A break-in threatened at the door: "if i don't open it he'll come through the window".
  make("if-i-dont-open", "danger-now", 5, "in danger from someone now", re(`\\bif i (?:do not|will not) (?:open (?:it|the door|up)|let (?:him|her|them) in)\\b(?=[^?]{0,40}\\b(?:come through|break|kick|smash|kill|hurt|get in)\\b)`), { about: "self" }),
  // Hiding from someone who is raging now: "my stepdad's at the door screaming and i'm hiding upstairs",
  // "in the bathroom with the door locked", "a chair against the door", "typing under the duvet".
  make("hiding-while-raging", "danger-now", 0, "in danger from someone now", re(`\\bhiding\\b(?= (?:upstairs|downstairs|in (?:the|my) [a-z]+|under (?:the|my) [a-z]+|with my))|\\b(?:door locked|chair against the door|under the duvet)\\b|\\blocked (?:myself )?in(?= the (?:bathroom|toilet|bedroom|shed|car)\\b)`), {
    about: "self",
    stronger: { context: /(?:screaming|banging|smashing|hitting|knife|belt|gun|shotgun|kill me|coming up the stairs|trying to get in|broke the (?:bedroom |bathroom )?door|pulled a knife)\b/, weight: 5 },
  }),
  // Followed, with the follower close: "guy followed me from the bus stop and said he knows where i live. he's behind me".
  make("followed-close", "danger-now", 0, "in danger from someone now", re(`\\b(?:following|followed|tailing|tailed) (?:me|my car)\\b`), {
    about: "self",
    stronger: { context: /\b(?:behind me|knows where i live|grabbed|pitch dark|will not leave|do not know where to go|for twenty minutes|still there)\b/, weight: 5 },
  }),
];

// ─── Attempt: an attempt under way or just made (overdose, poison, fumes, a ligature, a place) 

const ATTEMPT: RiskRule[] = [
  // "it's done, i've taken them": only with finality around it (a lone "i've taken them" is the dog to the vet).
  make("taken-them-final", "attempt", 2, "overdose or pills taken", re(`\\bi (?:have |had )?(?:already )?(?:taken|took|swallowed) (?:them|them all|all of them|it all)(?=$| [.,?"])`), {
    stronger: { context: /\b(?:it is done|its done|too late|sorry|thank you for|goodbye|no going back|dont call|do not call|do not ring|dizzy|sick|sleepy|floaty|heavy)\b/, weight: 5 },
  }),
  // "drank a bottle of vodka with my meds"
  make("drink-with-pills", "attempt", 5, "overdose or pills taken", re(`\\b(?:drank|drunk|downed|necked|took|swallowed|had) (?:a |the |half a |a whole |most of a )?(?:bottle|litre|liter|half bottle|load) of (?:[a-z]+ )?(?:vodka|wine|whisky|whiskey|gin|rum|alcohol|booze) (?:with|and|on top of) (?:my|the|all my|her|his|some|a load of) (?:[a-z]+ )?pills\\b|\\b(?:took|swallowed|downed|necked) (?:my |the |all my |a load of )?pills with (?:a |half a |the )?(?:bottle of )?(?:vodka|wine|whisky|whiskey|gin|rum|alcohol|booze)\\b`)),
  // "after taking everything in the cupboard"
  make("took-cupboard", "attempt", 5, "overdose or pills taken", re(`\\b(?:taking|took|taken|swallowed|swallowing) (?:everything|all the pills|all my pills|the lot|whatever was) (?:in|from) (?:the|my|mums|moms|dads|nans) (?:[a-z]+ )?(?:cupboard|cabinet|drawer|bathroom|medicine box|first aid box)\\b`)),
  make("number-of-pills-final", "attempt", 2, "overdose or pills taken", re(`\\b(?:[1-9]\\d+|twenty|thirty|forty|fifty|sixty|a hundred) (?:[a-z]+ )?pills\\b`), {
    stronger: { context: /\b(?:i did it|i have done it|done it|bye|goodbye|took|taken|swallowed|sorry|too late|it is done)\b/, weight: 5 },
  }),
  make("patches-on", "attempt", 5, "overdose or pills taken", re(`\\b(?:put|stuck|used|wearing) (?:all|every|[0-9]+|loads|a load) (?:of )?(?:[a-z]+ ){0,2}?(?:pills|patches) (?:patches )?on (?:my|me)\\b`)),
  make("one-at-a-time", "attempt", 5, "overdose or pills taken", re(`\\btaking (?:[a-z]+ )?pills one (?:at a time|after another|by one)\\b|\\b(?:somewhere |about )?past (?:twenty|thirty|forty|fifty|[2-9]0) (?:now|pills)\\b`)),
  make("fumes-inside", "attempt", 5, "suicide attempt", re(`\\b(?:lit|lighting|light) (?:the|a) (?:[a-z]+ )?(?:bbq|barbecue|barbeque|charcoal|grill|burner) (?:in|inside) (?:the|my) (?:bathroom|bedroom|room|car|tent|flat|van|garage)\\b|\\btowels? (?:under|against) the door\\b(?=(?: [a-z]+| ,| \\.){0,12}? (?:charcoal|bbq|barbecue|gas|fumes|engine))`)),
  make("on-the-line", "attempt", 5, "at a dangerous place", re(`\\b(?:stood|standing|lay|lying|laid|sat|sitting|waited|waiting) (?:down )?(?:on|across) (?:the )?(?:line|tracks|rails|railway line)\\b(?=(?: [a-z]+| ,){0,8}? (?:level crossing|train|trains|railway|horn|crossing))`)),
  make("mid-overdose", "attempt", 5, "overdose or pills taken", re(`\\bmid (?:overdose|attempt)\\b`)),
  make("crashed-on-purpose", "attempt", 5, "suicide attempt", re(`\\b(?:drove|crashed|steered|swerved|drive|driven) (?:my car |the car )?into (?:a |the )?(?:[a-z]+ )?(?:barrier|wall|tree|bridge|lorry|truck|river|central reservation|pillar)(?: [a-z]+){0,2}? on purpose\\b`)),
  make("exhaust-piped", "attempt", 5, "suicide attempt", re(`\\bexhaust (?:piped|pipe|hose|hosed|running|fed) (?:in|into|through)\\b|\\bpiped the exhaust\\b`)),
  make("about-sixty-odd", "attempt", 2, "overdose or pills taken", re(`\\b(?:must be|about|around|over|nearly|probably) (?:[2-9]0|[1-9][0-9]|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?: odd)?(?=$| [.,?"])`), {
    stronger: { context: /\b(?:took|taken|swallowed)\b[^.]{0,60}\bpills\b|\bpills\b[^.]{0,60}\b(?:took|taken|swallowed|together)\b/, weight: 5 },
  }),
  make("legs-over-edge", "attempt", 5, "at a dangerous place", re(`\\b(?:my )?(?:legs|feet) (?:over|dangling over|hanging over|over the side of) (?:the )?(?:edge|side|ledge|railing|barrier|water|drop)\\b`), { about: "self" }),
  make("ligature-cut-in-time", "attempt", 5, "suicide attempt", re(`\\bcut (?:the|my) (?:cord|rope|belt|noose|scarf|cable)\\b(?: [a-z]+){0,3}? before\\b|\\b(?:got|pulled|cut|took) (?:it|the (?:cord|rope|belt|noose)) (?:off|down) (?:me )?(?:before|in time)\\b`)),
  make("did-the-thing-with-pills", "attempt", 5, "overdose or pills taken", re(`\\bi (?:did|have done|have gone and done|went and did) (?:the thing|it) with (?:the|my|them|those) pills\\b`)),
  make("all-of-it-ago", "attempt", 5, "overdose or pills taken", re(`\\b(?:all of it|all of them|the lot|the whole lot|every last one|the whole box|the whole bottle)(?: ,)? (?:an |half an |about an )?(?:hour|[0-9]+ (?:minutes|mins|hours)|twenty minutes|ten minutes) ago\\b`)),
  // "cord's tied and i'm up on the chair"
  make("ligature-tied", "attempt", 5, "suicide attempt", re(`\\b(?:cord|rope|belt|noose|scarf|cable|flex)s? (?:is )?(?:tied|tied up|up|hung)\\b(?: [a-z]+| ,){0,6}? (?:on|onto|up on|standing on|stood on) (?:the|a) (?:chair|stool|ladder|bed|ledge)\\b`)),
  make("consuming-poison", "attempt", 5, "overdose or pills taken", re(`\\b(?:i am |i have )?(?:consuming|drinking|drank|drunk|swallowed|swallowing|taking|took|taken) (?:the |some |a bottle of |a cup of )?(?:poison|bleach|antifreeze|weedkiller|rat poison|pesticide)\\b`), { about: "self" }),
  make("something-stupid-with-means", "attempt", 5, "overdose or pills taken", re(`\\b(?:did|done|have done) something (?:stupid|silly|dumb|bad) with (?:my|the|all my|all the) (?:pills|insulin|meds|medication)\\b`), { about: "self" }),

  // Version 8 (read from sealed set 8 and the earlier sets' out-of-fold misses).
  // Patches put on, counted: "took a handful of his patches and put three on".
  make("patches-put-on", "attempt", 5, "overdose or pills taken", re(`\\bpatches\\b[^.?]{0,60}?\\b(?:put|stuck|stick|putting|sticking) (?:two|three|four|five|six|[2-9]|them all|all of them|loads) (?:more )?on\\b|\\b(?:put|stuck|stick|putting|sticking) (?:two|three|four|five|six|[2-9]|all|loads) (?:of )?(?:the |my |his |her )?(?:[a-z]+ )?(?:pills )?patches on\\b`), { about: "self" }),
  // Into the water, and pulled out: "jumped into the river off the weir, a man pulled me out".
  make("into-the-water", "attempt", 2, "suicide attempt", re(`\\b(?:jumped|threw myself|walked|went|stepped) (?:in|into|off) (?:the )?(?:[a-z]+ )?(?:river|canal|sea|lake|reservoir|weir|harbour|quarry|dock|docks)\\b`), {
    about: "self",
    stronger: { context: /\b(?:pulled me out|dragged me out|got me out|should have gone|ambulance|did not work|lost my nerve|coastguard|police found|cannot stop shaking)\b/, weight: 5 },
  }),
  // A bag over the head: "put the plastic bag on and panicked".
  make("bag-over-head", "attempt", 5, "suicide attempt", re(`\\b(?:put|had|pulled|tied|taped|putting|pulling) (?:the |a )?(?:plastic |carrier |bin |freezer )?bag (?:on|over) (?:my )?(?:head|face)\\b|\\b(?:put|had|putting) (?:the|a) (?:plastic|carrier|bin|freezer) bag on(?= and| ,| \\.|$)`), { about: "self" }),
  // Over the railing at a height: "got over the railing and stood there till a bus went past".
  make("over-the-railing", "attempt", 2, "at a dangerous place", re(`\\b(?:got|climbed|went|stepped|was) over the (?:railing|railings|barrier|parapet|safety fence|edge)\\b`), {
    about: "self",
    stronger: { context: /\b(?:bridge|lost my nerve|stood there|the drop|jump|jumping|overpass|viaduct|cliff|roof|car park|for now)\b/, weight: 5 },
  }),
  // The whole pack of a medicine, a time since: "propranolol, the whole pack, 40 mins ago".
  make("whole-pack-taken", "attempt", 2, "overdose or pills taken", re(`\\bpills\\b[^.?]{0,30}?\\b(?:the whole|a whole|the entire|every one of the) (?:pack|packet|box|bottle|strip|tub)\\b|\\b(?:the whole|a whole|the entire) (?:pack|packet|box|bottle|strip|tub) of (?:[a-z]+ )?pills\\b`), {
    about: "self",
    stronger: { context: /\b(?:ago|heart is|dizzy|heavy|sleepy|sick|sorry|it is done|took|swallowed|taken|downed|weird|slow)\b/, weight: 5 },
  }),
  // Pills emptied into the mouth: "emptied my nan's pill organiser into my mouth".
  make("emptied-into-mouth", "attempt", 5, "overdose or pills taken", re(`\\b(?:emptied|tipped|poured) (?:[a-z]+ ){0,3}?(?:pills|organiser|organizer|pill box|pillbox|blister packs?|bottle)\\b(?: [a-z]+){0,2}? into my mouth\\b`), { about: "self" }),

  // Version 8, second pass.
  make("opened-wrists", "attempt", 5, "suicide attempt", re(`\\bopened (?:up )?my (?:wrists?|veins)\\b`), { about: "self" }),
  make("half-a-bottle-taken", "attempt", 5, "overdose or pills taken", re(`\\btook (?:like |about |maybe |nearly )?(?:half|most) (?:a|the|of the|of a) (?:bottle|box|pack|packet|tub) of (?:[a-z]+ ){0,2}?pills\\b`), { about: "self" }),
  make("in-the-water-now", "attempt", 5, "at a dangerous place", re(`\\bi am in the (?:water|river|sea|canal|lake|reservoir) (?:already|now|right now)\\b`), { about: "self" }),
  make("cord-cut", "attempt", 5, "suicide attempt", re(`\\bcut the (?:cord|rope|ligature|belt|noose) (?:before|down|off me)\\b|\\bcut me down\\b`), { about: "self" }),

  // Version 8, third pass.
  make("drank-weedkiller", "attempt", 5, "overdose or pills taken", re(`\\b(?:drink|drank|drunk|drinking|swallowed) (?:the |some )?(?:weed ?killer|pesticide|antifreeze|paraquat|rat poison)\\b`), { about: "self" }),

  // Version 8, last pass (the retired sets' remaining misses).
  make("on-the-ledge-until", "attempt", 5, "at a dangerous place", re(`\\bon the ledge\\b[^.?]{0,40}?\\b(?:police|fire brigade|ambulance|talked me down|pulled me)\\b|\\b(?:driver|train) (?:braked|stopped in time|slammed on)\\b[^?]{0,60}?\\bpulled me off\\b`), { about: "self" }),
  make("not-high-enough", "attempt", 2, "suicide attempt", re(`\\b(?:was not|is not|was nt) high enough\\b`), { about: "self", negatable: false, stronger: { context: /\b(?:jumped|fell|leg|still out here|tonight)\b/, weight: 5 } }),

  // Version 9. An overdose told in two words and a wait: "pills down. waiting."
  make("pills-down", "attempt", 0, "overdose or pills taken", re(`(?:^|[.,] )(?:the )?pills (?:are )?(?:down|gone|taken|in me)(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:waiting|started it|it is done|done it|bye|goodbye)\b/, weight: 5 },
  }),
  // Taken at a time, and waiting for it: "took them at 6. its 8 now. nothing much happening yet".
  // The match is the wait, kept apart from the taking so that a longer reading of the taking is never hidden.
  make("took-them-at", "attempt", 0, "overdose or pills taken", re(`\\b(?:nothing (?:much )?(?:is )?happening yet|not (?:working|kicking in) yet|it is [0-9]+ now)\\b`), {
    about: "self",
    stronger: { context: /\b(?:took|taken|swallowed|necked) (?:them all|the lot|all of them|all the pills|all my pills|everything)(?: all)? (?:at [0-9]+|an hour ago|(?:two|three|[0-9]+|a few|a couple of) hours ago|[0-9]+ (?:minutes|mins) ago|earlier)\b/, weight: 5 },
  }),
  // A whole dose device used up: "used the whole insulin pen, sugar's dropping".
  make("whole-pen-used", "attempt", 0, "overdose or pills taken", re(`\\b(?:used|injected|done|took|taken|shot) (?:the|a|my) (?:whole|entire|full) (?:insulin )?(?:pen|pens|vial|cartridge|pills|bottle|box|pack|packet)\\b|\\b(?:used|injected) (?:all (?:of )?)?(?:my|the) insulin\\b`), {
    about: "self",
    stronger: { context: /\b(?:dropping|falling|not ringing|not calling|do not ask|do not call|bye|goodbye|feel (?:weird|shaky|sick)|sugar|hypo|on purpose)\b/, weight: 5 },
  }),
  // A poison drunk, named by its trade name too: "i don drink the sniper" (an insecticide), "drank the gramoxone".
  make("drank-poison", "attempt", 5, "overdose or pills taken", re(`\\b(?:drink|drank|drunk|swallowed|downed|necked|taken|took) (?:the |some |small |a bottle of |bottle of |a cup of |half the |half a bottle of )?(?:sniper|gramoxone|paraquat|pesticide|insecticide|weedkiller|weed killer|rat poison|dettol|kerosene|paraffin|drain cleaner|antifreeze)\\b`), { about: "self" }),
  // An attempt told flatly with what came after: "ok so i tried. it was tuesday. haven't told anyone".
  make("i-tried-untold", "attempt", 0, "suicide attempt", re(`(?:^|[.,] )(?:ok |okay |well )?(?:i|i have) (?:tried|did it|done it|went through with it)(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:not been to (?:a|the) (?:doctor|hospital|gp|a and e)|keep food down|it did not work|woke up in)\b/, weight: 5 },
  }),
  // Weighed down in the water: "jumped off the jetty with bricks in me backpack".
  make("weighted-down", "attempt", 5, "suicide attempt", re(`\\b(?:bricks|stones|rocks|weights|dumbbells) in (?:my|me|the) (?:backpack|rucksack|pockets|bag|coat|jacket)\\b`), { about: "self" }),
  // Pills taken, told with what the writer wants done or feels: "already took the pills. wanted someone to know",
  // "i took the pills. please don't call anyone", "took them. all of them".
  make("took-the-pills-told", "attempt", 0, "overdose or pills taken", re(`\\b(?:took|taken|swallowed|necked|downed) (?:the |my |all (?:of )?(?:the |my )?|(?:[a-z]+s) )?(?:[a-z]+ )?(?:pills|insulin)\\b|\\b(?:took|swallowed|taken) them (?:\\. )?all of them(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:wanted someone to know|want someone to know|do not (?:call|tell|send) anyone|please do not (?:call|send|tell)|not ringing anyone|goodbye|it is done|kick in|kicking in|on purpose|want to sleep|room is spinning|heart is doing|not your fault|not (?:an )?accident|slow and heavy|sleepy now|all of them)\b/, weight: 5 },
  }),
];

// ─── Self-harm now: under way or about to be ───────────────────────────────

const SELF_HARM_NOW: RiskRule[] = [
  // "burnt my arm with the lighter", "cutting my thigh with a blade"
  make("tool-on-body", "self-harm-now", 5, "self-harm now", re(`\\b(?:cut|cutting|burnt|burned|burning|burn|scratched|scratching|scratch|pressing|pressed|press|dragging|dragged|carving|stabbing|stabbed|digging|dug|doing) (?:[a-z]+ ){0,3}?(?:into |at |on )?my ${BODY}\\b(?: [a-z]+){0,3}? (?:with|using) (?:the|a|my|some) (?:[a-z]+ )?${TOOL}\\b`), { about: "self" }),
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
  make("cutting-currently", "self-harm-now", 5, "self-harm now", re(`\\b(?:currently|atm|at the moment) (?:cutting|burning|scratching|hurting myself)\\b|\\b(?:cutting|burning|scratching|hitting) my ${BODY}(?: [a-z]+){0,2}? (?:atm|right now|at the moment|currently|while i type|as i type|while typing)\\b`)),
  // "going to hurt myself when i get home"
  make("about-to-hurt", "self-harm-now", 5, "self-harm now", re(`\\b(?:going to|about to|i will|i am going to) (?:hurt|cut|burn) myself (?:when|tonight|as soon as|once|after|later|right now|now|the minute|the second)\\b`)),
  make("self-harm-body-blood", "self-harm-now", 5, "self-harm now", re(`\\b(?:biting|bit|hitting|punching|scratching|pinching|burning|cutting|carving|stabbing) (?:[a-z]+ ){0,3}?(?:into |on )?my ${BODY}\\b(?: [a-z]+| ,){0,6}? (?:blood|bleeding|still at it|right now|cannot stop)\\b`), { about: "self" }),
  make("in-the-toilets-cutting", "self-harm-now", 5, "self-harm now", re(`\\bin the (?:[a-z]+ )?(?:toilets?|bathroom|loos?|cubicle|shower|changing rooms?) ,? (?:cutting|burning|scratching|hurting myself)\\b`), { about: "self" }),
  make("cut-as-soon-as", "self-harm-now", 5, "self-harm now", re(`\\b(?:going to|about to|i will|i am going to) (?:cut|burn|self harm|cut myself|burn myself|hurt myself) (?:as soon as|when|the minute|the second|once|tonight|after)\\b`), { about: "self" }),
  make("scalding-myself", "self-harm-now", 5, "self-harm now", re(`\\b(?:pour|pouring|poured) (?:it|boiling water|the kettle|hot water) (?:over|on) my ${BODY}\\b|\\bholding my ${BODY} (?:against|on|over|under) (?:the|a) (?:[a-z]+ ){0,2}?(?:oven|hob|iron|radiator|flame|lighter|kettle|stove|fire|hot water|tap)\\b`), { about: "self" }),
  make("digging-scars", "self-harm-now", 5, "self-harm now", re(`\\b(?:digging|picking|scratching|cutting|reopening|opening) (?:into |at )?(?:the |my )?(?:old )?(?:scars|wounds|cuts|skin|scabs)\\b(?: [a-z]+| ,| \\.){0,10}? (?:bleed|bleeds|bleeding|blood|still at it|right now)\\b`), { about: "self" }),
  make("cuts-already", "self-harm-now", 5, "self-harm now", re(`\\b(?:one|two|three|a few|first|1|2|3) cuts? (?:already|done|so far)\\b`)),
  // Self-harm under way or about to be, said in shorthand: "im cutting while we talk", "gonna go cut now bye", "sh rn".
  make("cutting-as-we-talk", "self-harm-now", 5, "self-harm now", re(`\\bi am (?:cutting|burning|scratching) (?:again|while (?:we|i) (?:talk|type|text|speak)|as (?:we|i) (?:talk|type|text|speak)|rn|right now|now)\\b|\\b(?:going to|gonna|about to|off to) (?:go )?(?:cut|burn myself|self harm)(?: now| rn| right now)(?=$| [.,?"]| bye| then)|\\b(?:self harming|sh|shing) (?:atm|rn|right now|at the moment)\\b`), { about: "self" }),
  make("object-to-skin", "self-harm-now", 5, "self-harm now", re(`\\b(?:taking|took|pressing|pressed|holding|putting|put|going at|dragging|rubbing|sticking|stuck|scraping) (?:the |a |my )?(?:[a-z]+ )?(?:sandpaper|iron|hot iron|wire brush|blade|knife|scissors|pin|needle|compass|lighter|cigarette|glass)(?: going)? (?:to|on|into|against|at|across|onto|over) my (?:[a-z]+ )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|hand|hands|fingers|finger|forearm|forearms|chest|ankle|ankles)\\b|\\b(?:scissors|blade|knife|pin|compass|needle) going at my (?:[a-z]+ )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hands?|fingers|forearms?)\\b|\\buse the blade (?:the minute|the second|when|once|tonight|as soon as)\\b`), { about: "self" }),
  make("scalding-now", "self-harm-now", 5, "self-harm now", re(`\\bscald(?:ing|ed)? my (?:[a-z]+ )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hand|hands|fingers|forearm|forearms)\\b`), { about: "self" }),

  // Version 8.
  // A tool used on the body: "using the compass from my pencil case on my wrist".
  make("tool-used-on-body", "self-harm-now", 5, "self-harm now", re(`\\b(?:using|used|with) (?:the |a |my )?(?:[a-z]+ )?(?:compass|blade|sharpener|scissors|needle|pin|glass|lighter|scalpel)\\b(?: [a-z]+){0,4}? on my ${BODY}\\b`), { about: "self" }),
  // Cutting for a stretch of time: "i've been cutting for an hour".
  make("cutting-for-an-hour", "self-harm-now", 5, "self-harm now", re(`\\b(?:been|am|was|keep|kept) (?:cutting|burning|scratching|carving)(?: myself)? for (?:an|the last|the past|about an|over an|half an|nearly an) (?:hour|hours|while)\\b`), { about: "self" }),
  // The blade taken out of a sharpener: "sharpener's broken open and sitting on the bed", "blade's out, here we go again".
  make("sharpener-broken-open", "self-harm-now", 3, "self-harm now", re(`\\b(?:sharpener|razor)s? (?:is |are )?(?:broken|snapped|taken|popped|prised) (?:open|apart)\\b|\\bbroke (?:the |a |my )?sharpener\\b|\\bblades? (?:is )?out(?= ,| \\.| and|$)`), {
    about: "self",
    stronger: { context: /\b(?:about to|start|again|here we go|right now|now|tonight|on the bed|in the bathroom)\b/, weight: 5 },
  }),
  // Stabbing something into the skin: "stabbing the pen in".
  make("stabbing-it-in", "self-harm-now", 5, "self-harm now", re(`\\bstabbing (?:the|a|my) (?:pen|pencil|compass|needle|pin|fork|biro)(?: point)? (?:in|into (?:my|me))\\b`), { about: "self" }),
  // Skin scrubbed raw: "scrubbing my skin with the wire brush till it's raw. still going".
  make("scrubbed-raw", "self-harm-now", 3, "self-harm now", re(`\\b(?:scrubbing|scrubbed|scraping|scraped|rubbing|rubbed) my (?:skin|arm|arms|leg|legs|face|thighs?)\\b(?: [a-z]+){0,5}? (?:till|until) (?:it is|its|it|they are|they) (?:raw|bleeds|bleed|bleeding)\\b`), {
    about: "self",
    stronger: { context: /\b(?:still going|right now|again|wire|brush|punish|deserve)\b/, weight: 5 },
  }),

  // Version 8, second pass.
  make("hot-thing-held", "self-harm-now", 3, "self-harm now", re(`\\b(?:pressed|pressing|holding|held|put|putting) it (?:on|to|against) my ${BODY}\\b`), {
    about: "self",
    stronger: { context: /\b(?:heated|heating|hot|spoon|lighter|iron|hob)\b/, weight: 5 },
  }),
  make("hair-in-clumps", "self-harm-now", 2, "self-harm now", re(`\\bpulling (?:my )?hair out\\b`), { about: "self", stronger: { context: /\b(?:in clumps|right now|bald patch|bleeding|cannot stop)\b/, weight: 5 } }),
  make("name-into-my-body", "self-harm-now", 5, "self-harm now", re(`\\b(?:carving|carved|scratching|scratched|cutting|cut) (?:his|her|their|a|the|my) (?:name|initials|word|words|letters?) (?:into|in|on) my ${BODY}\\b`), { about: "self" }),
  make("doing-it-under-desk", "self-harm-now", 0, "self-harm now", re(`\\bi am doing it (?:under the desk|in the toilets|in the bathroom|in the shower|right now|now)\\b`), {
    about: "self",
    stronger: { context: /\b(?:compass|blade|sharpener|scissors|cutting|cut)\b/, weight: 5 },
  }),
  make("cutting-again-now", "self-harm-now", 5, "self-harm now", re(`\\b(?:is|am) cutting again\\b|\\bkeep (?:going|cutting) (?:till|until) i (?:feel something|bleed|cannot feel)\\b`)),

  // Version 8, third pass.
  make("old-ones-opened", "self-harm-now", 5, "self-harm now", re(`\\bopened (?:up )?(?:the )?old (?:ones|cuts|scars|wounds)\\b`), { about: "self" }),
  make("more-blood-than", "self-harm-now", 3, "self-harm now", re(`\\b(?:a lot )?more blood than (?:before|usual|normal|last time)\\b|\\b(?:it is|its) (?:coming out fast|dripping on the floor)\\b`), { about: "self", stronger: { context: /\b(?:wrist|cut|cutting|hit something|old ones|arm|deep|ice)\b/, weight: 5 } }),

  // Version 9. Skin or old scars worked open with anything to hand: "raking my arms raw with my keys", "cutting the old scars open".
  make("raking-skin-raw", "self-harm-now", 3, "self-harm now", re(`\\b(?:raking|scratching|scraping|clawing|gouging|digging into|ripping|picking at) (?:at )?(?:my|the|me) (?:old )?(?:${BODY}|forearms?|scars|cuts|skin)\\b(?:(?: [a-z]+){0,3}? (?:raw|open|with (?:my|me) (?:keys|nails|key|fingernails|ruler|compass)))(?![^?]{0,60}\\b(?:eczema|rash|bites|hives|psoriasis|dermatitis|chickenpox|allergic|itch|itchy|nettles|mosquito)\\b)`), {
    about: "self",
    stronger: { context: /\b(?:instead|now|again|right now|feel something|deserve|punish|cannot stop|doing it|need to feel)\b/, weight: 5 },
  }),
  make("old-scars-open", "self-harm-now", 4, "self-harm now", re(`\\b(?:cutting|opening|slicing|ripping|picking) (?:the |my )?old (?:scars|cuts|wounds) (?:back )?open\\b`), { about: "self", stronger: { context: /\b(?:now|knife|blade|feel something|again)\b/, weight: 5 } }),
  // Counted, and more to come: "cut twice already and going to do more before bed".
  make("cut-count-more", "self-harm-now", 2, "self-harm now", re(`${EVERYDAY_CAUSE}\\b(?:cut|burned|burnt) (?:myself )?(?:twice|three times|[0-9]+ times) (?:already|today|tonight)\\b`), {
    about: "self",
    stronger: { context: /\b(?:going to do more|do more|before bed|more tonight|bad day|cannot stop)\b/, weight: 5 },
  }),
  // Blood with the act again: "just done it again, blood all over the towel".
  make("again-and-blood", "self-harm-now", 5, "self-harm now", re(`${EVERYDAY_CAUSE}\\b(?:done|did) it again\\b(?=[^?]{0,40}\\bblood\\b)|${EVERYDAY_CAUSE}\\bblood\\b(?=[^?]{0,40}\\b(?:done|did) it again\\b)`), { about: "self" }),
  // Ice and salt held on the skin (a burn); a sharpener broken for its blade.
  make("ice-and-salt", "self-harm-now", 3, "self-harm now", re(`${EVERYDAY_CAUSE}\\b(?:salt and ice|ice and salt)\\b(?=[^?]{0,30}\\b(?:on|against) my (?:${BODY}|forearms?)\\b)`), { about: "self", stronger: { context: /\b(?:again|ages|now|shaking|hurts|burning)\b/, weight: 5 } }),
  make("snapped-sharpener", "self-harm-now", 3, "self-harm now", re(`\\b(?:snapped|broke|broken|smashed|took apart|unscrewed) (?:open )?(?:a|the|my) (?:pencil )?sharpener\\b`), { about: "self", stronger: { context: /\b(?:the blade|blade out|blades out|sleeves? up|arm is out|arms out(?! of)|message after)\b/, weight: 5 } }),
  // A tool in a locked-away place, with little time: "in the school toilets with a compass. don't have long before the bell".
  make("tool-in-toilets", "self-harm-now", 0, "self-harm now", re(`\\b(?:in|locked in|locked myself in) (?:the )?(?:[a-z]+ )?(?:toilets?|bathroom|loos?|cubicle)\\b(?: [a-z]+){0,2}? with (?:a|my|the|me) (?:blade|scissors|compass|sharpener|knife|lighter|needle|pin|scalpel)\\b`), {
    about: "self",
    stronger: { context: /\b(?:do not have long|before the bell|before anyone|again|now|bleeding|cannot stop)\b/, weight: 5 },
  }),
];

// ─── Preparation: means got ready, affairs settled, things given away, goodbyes said 

const PREPARATION: RiskRule[] = [
  // "everything is sorted for after"
  make("sorted-for-after", "preparation", 4, "goodbye message", re(`\\b(?:sorted|ready|arranged|in order|done|organised|organized|set up) for (?:after|afterwards)(?=$| [.,?"])`), { category: "goodbye" }),
  // "a list of who gets what"
  make("who-gets-what", "preparation", 4, "goodbye message", re(`\\b(?:list|note|letter|written down|wrote down|decided|sorted)(?: [a-z]+){0,3}? who gets what\\b`), { category: "goodbye" }),
  // "a video for my little brother to watch when he's older"
  make("for-when-older", "preparation", 4, "goodbye message", re(`\\b(?:recorded|recording|made|making|wrote|writing|left|leaving) (?:a |some )?(?:video|videos|letter|letters|message|messages|note|notes) (?:for|to) (?:my|his|her|the|our) (?:[a-z]+ ){0,2}?(?:to (?:watch|read|open) )?when (?:he|she|they) (?:is|are|gets|get) (?:older|bigger|grown up)\\b`), { category: "goodbye" }),
  // "gave away my guitar, my books and my coat ... they'll understand soon"
  make("given-away-final", "preparation", 2, "goodbye message", re(`\\b(?:gave|giving|given|give|sold|selling) away (?:my|all my) [a-z]+\\b|\\b(?:gave|giving|given|give|sold|selling) (?:my|all my) (?:[a-z]+ ){0,2}?[a-z]+(?: ,| and| my| [a-z]+){0,8}? (?:away|to (?:my|the|a) [a-z]+)\\b`), {
    category: "goodbye",
    stronger: { context: either(/\b(?:(?:they|she|he|everyone|you) will (?:understand|know|see why) (?:soon|one day|later|after)|so (?:nobody|no one) (?:has|have) to|(?:does not|do not|will not) need to know|for after|will not need|where i am going|when i am gone|the rest(?=$| [.,?"])|shutting the door|last few things|it is not(?=$| [.?]))/, SETTLED_FINAL), weight: 4 },
  }),
  // "the notes are done", "the letters are written"
  make("notes-done", "preparation", 4, "goodbye message", re(`\\bthe (?:notes|letters|goodbye letters|goodbyes) (?:are|have been) (?:done|written|finished|ready|sorted)\\b`), { category: "goodbye" }),
  // "ordered something online to end it"
  make("ordered-to-end-it", "preparation", 5, "means at hand", re(`\\b(?:ordered|bought|got|getting|buying) (?:something|the chemical|a chemical|the stuff|stuff|some stuff|a thing)(?: [a-z]+){0,3}? to (?:end it|end my life|die|do it|kill myself)\\b`)),
  make("pet-with-a-story", "preparation", 0, "goodbye message", re(`\\b(?:took|taken|gave|given|dropped off|left|rehomed) (?:the|my) (?:cat|dog|pets?|rabbit|hamster|budgie|kitten|puppy|guinea pigs?)(?: [a-z]+){0,3}? (?:to|round to|with|at) (?:my|the|a|her|his) [a-z]+`), {
    category: "goodbye",
    stronger: { context: /\b(?:it (?:is|was) not(?=$| [.,?"])|told (?:her|him|them) (?:it was|i am|i was)|said i am (?:travelling|going away)|for good|will not be back|do not need to know|not going away)\b/, weight: 4 },
  }),
  make("settling-affairs", "preparation", 2, "goodbye message", re(`\\b(?:updated|wrote|made|signed|sorted) (?:my|the) will\\b|\\bstanding order so\\b|\\bwrote down where (?:the|my) [a-z ]{1,30}? (?:is|are)\\b|\\bhandover notes\\b|\\bwrote (?:my |the )?(?:pin|pins|pin numbers|passwords) down\\b|\\bwrote down my (?:pin|pins|passwords)\\b|\\b(?:left|gave) (?:a |the )?spare key\\b|\\bcleaned the (?:whole )?(?:flat|house|room)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:so (?:nobody|no one) (?:has to|is|gets)|in order(?=$| [.,?"])|tidy before|goodbyes|(?:so|and) (?:my [a-z]+|she|he|they) gets? my|nobody is stuck|after(?=$| [.,?"])|know what to do with it)/, weight: 4 },
  }),
  make("insurance-pays", "preparation", 5, "goodbye message", re(`\\b(?:life insurance|insurance|policy)(?: [a-z]+| ,| \\.){0,10}? (?:pays out|still pays|will pay|covers it) (?:either way|if i (?:die|kill myself|do it)|for suicide|even for suicide)\\b`), { category: "goodbye" }),
  make("cannot-talk-me-round", "preparation", 5, "goodbye message", re(`\\bso (?:he|she|they|nobody|no one) (?:cannot|can not|will not be able to|could not) (?:talk me (?:round|out of it|down)|stop me)\\b`), { category: "goodbye", negatable: false }),
  make("my-last-week", "preparation", 0, "goodbye message", re(`\\b(?:this is|it is) my last (?:week|day|night|weekend|christmas|birthday)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:not because of|make the most of me|for good|not (?:for )?a new job|and i do not mean)\b/, weight: 5 },
  }),
  make("love-you-all-last", "preparation", 2, "goodbye message", re(`\\b(?:told|telling) (?:everyone|them all|all of them|my family|each of them|my [a-z]+)(?: [a-z]+){0,2}? i love them\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:they (?:think|do not know|have no idea)|without them knowing|one at a time|one last time)\b/, weight: 4 },
  }),
  make("practising-knot", "preparation", 3, "means at hand", re(`\\b(?:practising|practicing|practised|practiced|learning|learnt|learned) (?:the|a|to tie (?:a|the)|tying (?:a|the)) (?:knot|noose)\\b(?! for| on (?:my|the) (?:boat|tent))`)),
  make("know-what-its-for", "preparation", 5, "means at hand", re(`\\b(?:rope|noose|belt|cord|cable|gun|blade|pills|hose|charcoal)\\b[^?]{0,80}? i know what (?:it is|its|they are|theyre) for(?: now)?\\b`), { about: "self" }),
  make("wont-need-where-going", "preparation", 5, "goodbye message", re(`\\b(?:will not|wont|do not|not going to) (?:need|be needing) (?:[a-z]+ ){0,4}?(?:where i am going|after (?:tonight|this week|i am gone))\\b`), { category: "goodbye", negatable: false }),
  make("wont-need-it-final", "preparation", 2, "goodbye message", re(`\\bi (?:just )?(?:will not|wont) need (?:any of )?(?:it|them|this|that|my [a-z]+)(?=$| [.,?"])`), {
    category: "goodbye",
    negatable: false,
    stronger: { context: /\b(?:not moving|cancelled|gave|given|sold|notice|direct debits|charity shop)\b/, weight: 5 },
  }),
  make("told-them-a-story", "preparation", 3, "goodbye message", re(`\\btold (?:him|her|them|my [a-z]+|the [a-z]+|everyone)(?: that)? (?:it (?:is|was)|i am|i was|they are|she is|he is) (?:[a-z]+ ){0,6}?[.,] (?:it is not|its not|it isnt|i am not|that is not true)(?: [a-z]+){0,2}?(?=$| [.,?"])`), {
    category: "goodbye",
    stronger: { context: /\b(?:rope|pills|gun|money|savings|dog|cat|tools|guitar|account|gave|given|sold|rehomed|bought|emptied)\b/, weight: 5 },
  }),
  make("remember-me-by", "preparation", 4, "goodbye message", re(`\\b(?:something )?to remember me by\\b`), { category: "goodbye" }),
  make("fine-without-me", "preparation", 2, "goodbye message", re(`\\b(?:she|he|they|it) will be (?:fine|ok|okay|alright|looked after|better) without me\\b|\\b(?:he|she|they) will look after (?:her|him|them|it) now\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:pet|cat|dog|collie|written out|food|vet|note|rehomed|lead|doorstep)\b/, weight: 4 },
  }),
  make("can-have-my-room", "preparation", 4, "goodbye message", re(`\\b(?:can|could|will) have my (?:room|bed|stuff|things|clothes|car|phone|games|bike|console|pc|guitar) (?:soon|when i am gone|after(?=$| [.,?"]))`), { category: "goodbye" }),
  make("who-gets-my", "preparation", 4, "goodbye message", re(`\\bwho gets my (?:stuff|things|[a-z]+)\\b`), { category: "goodbye" }),
  make("where-they-will-find", "preparation", 3, "goodbye message", re(`\\bwhere (?:my [a-z]+|she|he|they|someone|somebody|people) (?:will|would|can|is going to) find (?:it|them)\\b|\\bto (?:watch|read|open|find) after(?:wards)?(?=$| [.,?"])`), {
    category: "goodbye",
    stronger: { context: /\b(?:note|letter|video|notes|letters|recorded)\b/, weight: 4 },
  }),
  make("letter-for-when-older", "preparation", 4, "goodbye message", re(`\\b(?:letter|letters|video|videos|note|notes|message|messages) for when (?:he|she|they|you) (?:is|are|get|gets) (?:older|bigger|grown up)\\b`), { category: "goodbye" }),
  make("money-moved", "preparation", 2, "goodbye message", re(`\\b(?:emptied|drew out|drawn out|withdrew|withdrawn|moved|transferred|sent) (?:all )?(?:of )?(?:my|the) (?:bank account|savings|money|pension|isa)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:after(?=$| [.,?"])|it is not|it isnt|a gift|birthday|will not understand|till after|soon|grave|pills|she will need it|he will need it)/, weight: 5 },
  }),
  make("loose-ends", "preparation", 0, "goodbye message", re(`\\btying up (?:all )?(?:the |my )?loose ends\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:cancelled|who gets|my stuff|letters|notes|savings|pin|gym|phone contract|lessons)\b/, weight: 4 },
  }),
  make("last-one-ever", "preparation", 4, "goodbye message", re(`\\b(?:that is|this is|thats) the last (?:one|post|video|message|tiktok|snap|time) ever\\b|\\b(?:posted|posting|sent|made) my (?:last|final) (?:tiktok|video|post|story|snap|tweet)\\b`), { category: "goodbye" }),
  make("secret-goodbyes", "preparation", 5, "goodbye message", re(`\\b(?:saying|said|say) (?:bye|goodbye|goodbyes) to (?:everyone|people|them|my [a-z]+)\\b(?: [a-z]+| ,){0,8}? (?:without them knowing|they will not notice|they wont notice|they do not know|none of them know|they have no idea|nobody knows)\\b|\\bgoodbyes\\b(?: [a-z]+| ,){0,4}? (?:though |but |and )?(?:none of them|nobody|no one|they do not|they dont) (?:know|knows|realise|realised)\\b`), { category: "goodbye", negatable: false }),
  make("scheduled-message", "preparation", 5, "goodbye message", re(`\\bscheduled (?:an |a |the |my )?(?:emails?|messages?|texts?|posts?|tweets?)\\b(?: [a-z]+| ,){0,10}? (?:explaining everything|explaining|goodbye|after|sorry|where the)\\b`), { category: "goodbye" }),
  make("pills-in-my-bag", "preparation", 4, "means at hand", re(`\\b(?:pills|rope|blade|gun|knife)\\b(?: [a-z]+| ,){0,3}? (?:are|is) (?:already |now )?in my (?:school |hand)?(?:bag|handbag|pocket|coat|rucksack|backpack)\\b|\\bin my (?:school |hand)?bag now\\b`), {
    stronger: { context: /\b(?:soon|tonight|goodbye|sorry|be with|ready|note|savings|grave|done|ever|booked|hotel|took|out of the cabinet)\b/, weight: 5 },
  }),
  make("take-my-weight", "preparation", 3, "means at hand", re(`\\b(?:rope|hook|beam|noose|belt|cord|banister|bannister|rail|loft hatch)\\b[^.?]{0,60}\\b(?:take|hold|bear|support|takes|holds) my weight\\b`), {
    stronger: { context: /\b(?:told (?:him|her|the [a-z]+) it (?:is|was) for|it is not for|not for|tested|checked|nobody knows)\b/, weight: 5 },
  }),
  make("wont-be-here-to-do", "preparation", 5, "goodbye message", re(`\\bi (?:will not|wont) be (?:here|around|alive) to (?:do it|see it|collect|pick (?:him|her|them) up|look after|feed|walk|sort it)\\b`), { category: "goodbye", negatable: false }),
  make("in-case-it-will", "preparation", 5, "goodbye message", re(`\\bin case (?:anything|something) happens to me\\b[^?]{0,20}?\\bit will\\b`), { category: "goodbye" }),
  // Ammunition for someone's gun: "got the bullets for dads gun".
  make("bullets-for-gun", "preparation", 4, "means at hand", re(`\\b(?:got|bought|found|have|taken|took) (?:the |some )?(?:bullets|cartridges|shells|ammo|ammunition) for\\b`), {
    about: "self",
    stronger: { context: /\b(?:waiting for|when|tonight|once|key|cabinet|note)\b/, weight: 5 },
  }),
  // Last words to a group: "final post. love u all", "it was nice knowing you".
  make("final-post", "preparation", 3, "goodbye message", re(`\\b(?:my )?(?:final|last) (?:post|message|check in|words)(?: from me)?(?: on here| here)?(?: ever)?(?=$| [.,?"])|\\b(?:it was|it has been|its been|was) (?:nice|good|lovely|great|an honour) knowing (?:you|ya|you all|everyone|yall|all of you)\\b`), { category: "goodbye" }),
  // Giving away with a secret: "gave my brother my bike … he will not understand why tomorrow", "they dont know why".
  make("given-with-secret", "preparation", 5, "goodbye message", re(`\\b${GIVE}\\b[^?]{0,90}?\\b(?:he|she|they|nobody|no one)\\b (?:will not|wont|does not|do not|will|knows|know) (?:understand|know|realise|realize|get it|why)\\b(?: why)?(?: [a-z]+)?(?: (?:till|until|tomorrow|soon|after|later|one day|yet)\\b|(?=$| [.,?"]))`), { about: "self", category: "goodbye" }),
  // "who wants my art supplies? im not going to need them".
  make("not-going-to-need", "preparation", 2, "goodbye message", re(`\\bi am not going to (?:need|be needing) (?:them|it|these|those|any of (?:it|them)|my [a-z]+)(?: anymore)?(?=$| [.,?"]| soon| where| after)`), {
    category: "goodbye",
    negatable: false,
    stronger: { context: /\b(?:who wants|free to|give|giving|gave|take them|have them)\b/, weight: 5 },
  }),
  // Means wrapped and kept for later: "the blade wrapped in tissue in my bag for later".
  make("means-for-later", "preparation", 4, "means at hand", re(`\\b(?:blade|pills|rope|noose|gun)\\b(?: [a-z]+| ,){0,8}? (?:for later|for tonight|ready for (?:tonight|later|when))\\b`), {
    about: "self",
    stronger: { context: /\b(?:note|notes|letter|goodbye|when everyone|asleep)\b/, weight: 5 },
  }),
  // A cover story for what is being settled ("they think im just decluttering").
  make("cover-story", "preparation", 3, "goodbye message", re(`\\b(?:they|she|he|everyone|everybody|people|my [a-z]+) (?:think|thinks|thought) (?:i am|im) (?:just )?(?:decluttering|being [a-z]+|moving|going away|travelling|having a clear out|doing a detox|on holiday|tidying|sorting|having a clearout)\\b`), {
    stronger: { context: /\b(?:gave|given|giving|handing|handed|rehomed|sold|returned|texted every|thank you|passwords|keys)\b/, weight: 5 },
  }),
  // Nobody left burdened after: "so nobody has to figure anything out after", "whoever ends up with him".
  make("nobody-left-burdened", "preparation", 3, "goodbye message", re(`\\b(?:so|did not want|do not want|dont want|didnt want) (?:nobody|no one|anyone|anybody|they|whoever|my [a-z]+)\\b(?: [a-z]+){0,5}? (?:out of pocket|owing|has to (?:figure|sort|deal|pay|clean)|have to (?:figure|sort|deal|pay|clean)|stuck with|left with|to leave owing)\\b|\\bleave (?:owing|anything owing)\\b|\\bwhoever (?:ends up with|gets|takes|finds) (?:him|her|them|the (?:dog|cat|kids)|my [a-z]+)\\b`), {
    stronger: { context: /\b(?:gave|given|handing|handed|rehomed|funeral|after|because of me|note|list|spare key|ends up with)\b/, weight: 5 },
  }),
  // Means put by: "finally got enough insulin put by", "the suicide exclusion ran out".
  make("enough-put-by", "preparation", 5, "means at hand", re(`\\b(?:enough|plenty|loads) (?:of )?(?:[a-z]+ )?(?:pills|insulin|pens)(?: [a-z]+)? (?:put by|saved|stored|stashed|hoarded|collected|saved up|put away|now)\\b`), { about: "self" }),
  make("suicide-clause", "preparation", 4, "means at hand", re(`\\bsuicide (?:clause|exclusion)\\b`), { about: "self" }),
  make("goodbye-unnoticed", "preparation", 5, "goodbye message", re(`\\b(?:saying|said|say) (?:bye|goodbye|goodbyes)(?: to (?:[a-z]+ ){0,2}?[a-z]+)? without (?:them|anyone|people|her|him|everyone|anybody) (?:knowing|realising|realizing|noticing)\\b`), { about: "self" }),
  make("for-when-not-here", "preparation", 0, "goodbye message", re(`\\bfor when i am (?:not here|gone|not around|dead|no longer here)\\b`), {
    about: "self",
    stronger: { context: /\b(?:passwords?|letters?|notes?|will|who gets|documents?|insurance|savings|pin)\b/, weight: 5 },
  }),

  // Version 8.
  // A gun made ready: "shotgun is cleaned", "cleaned my service pistol".
  make("gun-made-ready", "preparation", 3, "means at hand", re(`\\b(?:cleaned|cleaning|oiled|oiling|loaded|loading) (?:my |the |his |dads |[a-z]+s )?(?:service )?(?:shotgun|pistol|gun|rifle|revolver)\\b|\\b(?:shotgun|pistol|gun|rifle|revolver) (?:is|has been|are) (?:cleaned|loaded|oiled|out)\\b`), {
    about: "self",
    stronger: { context: /\b(?:letter|note|medals|box|instructions|thinks i am|last night|tonight|sold|name|grandson|watch|goodbye|passwords|for good)\b/, weight: 5 },
  }),
  // A cover story for an errand: "he thinks i'm going to my sister's", "she thinks it's a favour".
  make("thinks-its-errand", "preparation", 2, "goodbye message", re(`\\b(?:he|she|they|everyone|my [a-z]+) (?:thinks|think|thought) (?:i am|it is) (?:going to (?:my|a|the|her|his) [a-z]+|a favour|just for (?:a|the) [a-z]+|for (?:a|the) (?:few days|week|weekend))\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:shotgun|gun|pills|rope|sold|gave|instructions|letter|it is not for|not for a few days|cleaned)\b/, weight: 5 },
  }),
  // Pets or children handed over "for a few days", then "it's not for a few days".
  make("not-for-a-few-days", "preparation", 5, "goodbye message", re(`\\b(?:take|taking|have|having|mind|minding|keep|keeping|look after|looking after) (?:the|my) (?:dog|dogs|cat|cats|kids|pets?|rabbit|birds?|horse)\\b[^?]{0,80}?\\b(?:it is not|it isnt|its not) (?:really )?(?:for )?(?:a few days|a week|a while|temporary|just for now)\\b`), { category: "goodbye", about: "self" }),
  // Not online after a time: "i won't be logging in after tonight".
  make("not-online-after", "preparation", 2, "goodbye message", re(`\\bi (?:will not|am not going to) be (?:logging in|logging on|online|on here|posting|checking in|replying|messaging)(?: [a-z]+){0,2}? (?:after|past|beyond) (?:tonight|today|this week|${WHEN})\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:thanks for everything|thank you for everything|goodbye|love you|i am sorry|tell (?:my|her|him)|best mentor|take care of)\b/, weight: 5 },
  }),
  // Messages set to arrive later: "writing the email to my wife to send on a timer", "scheduled the emails to send sunday".
  make("message-on-timer", "preparation", 2, "goodbye message", re(`\\b(?:email|emails|message|messages|letter|letters|post|posts|text|texts)\\b(?: [a-z]+){0,4}? (?:on a timer|to send (?:on|at|after|tomorrow|tonight|sunday|monday|later)|set to send)\\b|\\bscheduled (?:the |an |a |my )?(?:email|emails|message|messages|post|posts|texts?) to (?:send|go out|post)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:explaining everything|explain everything|to my (?:wife|husband|partner|kids)|sorry|goodbye|insurance|policy|pays out|beneficiar)/, weight: 5 },
  }),
  // A policy checked for after: "checked the policy pays out after two years".
  make("policy-checked", "preparation", 0, "means at hand", re(`\\b(?:checked|checking|made sure|confirmed)(?: [a-z]+){0,3}? (?:policy|insurance|cover) (?:pays out|pays|covers|will pay)\\b`), {
    about: "self",
    stronger: { context: /\b(?:after (?:two|2|one|1) years?|suicide|timer|email to|note|letter|which it has been|beneficiar)/, weight: 5 },
  }),
  // Keys given back with a note: "collected the spare keys back and left mine with the note".
  make("keys-with-note", "preparation", 2, "goodbye message", re(`\\bleft (?:mine|my keys|my key|the keys|my phone|my wallet|my ring|my wedding ring)\\b(?: [a-z]+){0,3}? with (?:the|a|my) (?:note|letter|notes|letters)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:collected|got back|spare keys|from everyone|sorry|goodbye|for whoever)\b/, weight: 5 },
  }),
  // "I can't be her mother anymore. everything's ready".
  make("cannot-be-their-parent", "preparation", 2, "goodbye message", re(`\\bi (?:cannot|can not|can no longer) be (?:her|his|their|a) (?:mother|mum|mom|dad|father|parent|wife|husband) (?:anymore|any more|any longer)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:everything is ready|wrote down|routine|for a week|note|letter|sorry|instructions|for my mum)\b/, weight: 5 },
  }),
  // Everything ready beside what was written down for others: "wrote down her routine for my mum ... everything's ready".
  make("everything-ready", "preparation", 0, "goodbye message", re(`\\beverything is (?:ready|sorted|in place|arranged|in order)(?=$| [.,?"]| now)`), {
    category: "goodbye",
    stronger: { context: /\b(?:wrote down|written down|her routine|his routine|their routine|for a week|instructions|passwords|who gets|cannot be her|cannot be his|the notes|letters for)\b/, weight: 5 },
  }),
  // Peace made and a wish for the other's life: "i forgive her for everything and i hope she has a good life".
  make("hope-good-life", "preparation", 2, "goodbye message", re(`\\bi hope (?:she|he|they|you) (?:has|have) a (?:good|great|happy|nice|long) life\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:gave|given|forgive|peaceful|sold|my guitar|my stuff|goodbye|calm)\b/, weight: 5 },
  }),
  // Instructions left for the animals or the house: "left instructions for the dogs on the kitchen table".
  make("instructions-left", "preparation", 2, "goodbye message", re(`\\b(?:left|leaving|wrote|written|writing|stuck) (?:out )?(?:instructions|a list|the details|details|the vet details) (?:for|about|of) (?:the|my) (?:dogs?|cats?|pets?|animals|cattle|sheep|horses|fish|plants|house|bills|kids)\\b|\\bfor whoever (?:comes|finds me|gets here|turns up|comes in|comes round)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:sold|name|cleaned|shotgun|gun|cancelled|for after|thinks i am|goodbye|pills|rope|waiting list|gave away)\b/, weight: 5 },
  }),
  // "Put the farm in my son's name last week".
  make("put-in-their-name", "preparation", 2, "goodbye message", re(`\\bput (?:the|my) (?:farm|house|flat|car|business|shop|land|savings|account|truck) in (?:my|his|her|the) (?:[a-z]+s )?name\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:sold|shotgun|gun|instructions|thinks i am|letter|note|cleaned|last of)\b/, weight: 5 },
  }),
  // "I don't want you to feel bad" beside an end.
  make("dont-feel-bad", "preparation", 2, "goodbye message", re(`\\b(?:do not|dont) want (?:you|anyone|them|her|him|you all) to (?:feel bad|blame (?:yourself|yourselves|themselves)|feel guilty)\\b`), {
    category: "goodbye",
    stronger: { context: /\b(?:end it|ending it|going to do it|goodbye|best mentor|thank you for everything|kill myself|not be here|gone)\b/, weight: 5 },
  }),

  // Version 8, second pass: affairs settled, told sideways.
  make("no-one-has-to-when-gone", "preparation", 5, "goodbye message", re(`\\b(?:so )?(?:no one|nobody) (?:has|have) to\\b[^.?]{0,40}?\\bwhen i am (?:not here|gone)\\b`), { category: "goodbye", about: "self" }),
  make("not-leave-owing", "preparation", 2, "goodbye message", re(`\\b(?:do not|dont) want to leave (?:anything|owing anyone|a mess|loose ends|anyone out of pocket|anything for anyone)\\b`), {
    category: "goodbye",
    about: "self",
    negatable: false,
    stronger: { context: /\b(?:returned|gave back|gave|library|borrowed|sort)\b/, weight: 5 },
  }),
  make("need-not-know-rest", "preparation", 5, "goodbye message", re(`\\b(?:she|he|they) (?:does not|do not) need to know the rest\\b`), { category: "goodbye", about: "self", negatable: false }),
  make("passwords-and-list", "preparation", 2, "goodbye message", re(`\\b(?:sent|gave|shared|emailed|put) (?:my |all my )?(?:passwords|logins|bank logins|pin)\\b|\\bdeleted (?:all|every) (?:of )?(?:my )?accounts?\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:list of what to do|just in case|asked why|except this one|properly|goodbye)\b/, weight: 5 },
  }),
  make("goodbyes-sorted", "preparation", 5, "goodbye message", re(`\\bgoodbyes (?:are|were|have been) (?:sorted|done|said)\\b|\\bsay (?:bye|goodbye) to (?:the group|everyone|you all) properly\\b`), { category: "goodbye", about: "self" }),
  make("young-funeral", "preparation", 2, "goodbye message", re(`\\b(?:paid for|booked|arranged|sorted) my (?:own )?funeral\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:i am (?:1[0-9]|2[0-9]|3[0-9])|did not know what to say)\b/, weight: 5 } }),
  make("sorry-notes", "preparation", 5, "goodbye message", re(`\\b(?:left|leaving|wrote|written) (?:" )?i am sorry(?: ")? notes?\\b|\\bthe (?:notes|letters) are (?:in|under|on) (?:the|my) (?:draw|drawer|desk|table|pillow|bed)\\b`), { category: "goodbye", about: "self" }),
  make("hose-and-tape", "preparation", 5, "means at hand", re(`\\b(?:hosepipe|hose)\\b[^?]{0,40}?\\b(?:gaffer|duct) tape\\b|\\b(?:gaffer|duct) tape\\b[^?]{0,40}?\\b(?:hosepipe|hose)\\b`), { about: "self" }),
  make("alarm-disabled", "preparation", 5, "means at hand", re(`\\b(?:took|taken|take|taking) the batter(?:y|ies) out of the (?:~|smoke alarm|co alarm|detector)\\b[^?]{0,40}?\\b(?:bbq|barbecue|charcoal|disposable)\\b`), { about: "self" }),
  make("kept-that-for-me", "preparation", 3, "means at hand", re(`\\bkept (?:that|it|the rope|that one) for me\\b`), { about: "self", stronger: { context: /\b(?:rope|except|pills|gun|gave away)\b/, weight: 5 } }),
  make("nothing-left-to-do", "preparation", 2, "goodbye message", re(`\\b(?:there is|theres) nothing left to do(?: now)?(?=$| [.,?"])|\\b(?:that is|thats) everything done\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:wrote the letters|letters|a note|notes|cleared my room|gave|charity shop|spare key)\b/, weight: 5 },
  }),
  make("not-moving-anywhere", "preparation", 2, "goodbye message", re(`\\b(?:i am )?not moving anywhere\\b|\\bsomething of me after\\b`), {
    about: "self",
    negatable: false,
    stronger: { context: /\b(?:gave|giving|rehomed|told|away|shelter)\b/, weight: 5 },
  }),
  make("if-anything-happens-tell", "preparation", 5, "goodbye message", re(`\\bif anything happens\\b[^.?]{0,20}?\\btell (?:my|her|him) [a-z]+ i (?:loved|love)\\b`), { category: "goodbye", about: "self" }),
  make("cancelled-everything", "preparation", 2, "goodbye message", re(`\\bcancelled (?:the |my )?(?:gym|phone contract|contract|subscriptions|spot on)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:emptied|keys back|all tidy|for whoever|waiting list|vet details|gave away|a note)\b/, weight: 5 },
  }),
  make("know-who-to-ring", "preparation", 5, "goodbye message", re(`\\b(?:so )?(?:they|whoever|someone|people) (?:know|knows) who to (?:ring|call|contact|phone)\\b`), { category: "goodbye", about: "self" }),
  make("slate-clean", "preparation", 2, "goodbye message", re(`\\bslate is clean\\b|\\bapologised to every (?:person|one)\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:ready now|i am ready|one at a time)\b/, weight: 5 } }),
  make("left-everything-to", "preparation", 2, "goodbye message", re(`\\bleft everything to (?:the|my)\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:tonights? (?:is )?the night|signed and witnessed)\b/, weight: 5 } }),
  make("no-one-walks-into-mess", "preparation", 2, "goodbye message", re(`\\b(?:so )?(?:no one|nobody) walks? into a mess\\b|\\bleast i can do for them\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:cleaned|least i can do|top to bottom)\b/, weight: 5 } }),
  make("bio-to-goodbye", "preparation", 5, "goodbye message", re(`\\b(?:changed|set|updated) my (?:[a-z]+ )?(?:bio|status|profile|name) to (?:" )?goodbye\\b`), { category: "goodbye", about: "self" }),
  make("not-read-alone", "preparation", 5, "goodbye message", re(`\\b(?:do not|dont) let (?:her|him|them|my [a-z]+) read (?:my|the) (?:letter|note) alone\\b|\\bleft a (?:letter|note) for (?:my |her |his )?[a-z]+ under (?:her|his|their|my) pillow\\b`), { category: "goodbye", about: "self", negatable: false }),

  // Version 8, third pass.
  make("kept-the-ammunition", "preparation", 2, "means at hand", re(`\\bkept the (?:ammunition|ammo|bullets|rounds|cartridges)\\b`), { about: "self", stronger: { context: /\b(?:nearly time|medals|in the loft|should have handed)\b/, weight: 5 } }),
  make("pet-boarded-long", "preparation", 2, "goodbye message", re(`\\b(?:kennels|cattery|boarding)\\b[^?]{0,60}?\\b(?:will collect|paid (?:it )?all up front|for a month)\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:a note|will collect)\b/, weight: 5 } }),
  make("prepared-everything", "preparation", 2, "goodbye message", re(`\\b(?:prepared|arranged) everything\\b|\\bletters? to each of (?:the|my) (?:kids|children|family)\\b|\\bincluding the (?:pills|rope|hose|charcoal|gun)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:i go tonight|folder for my|papers|forgive|with the will|everything i need)\b/, weight: 5 },
  }),
  make("rope-sorted", "preparation", 2, "means at hand", re(`\\b(?:got|have) the (?:rope|noose|pills|hose|charcoal) sorted\\b`), { about: "self", stronger: { context: /\b(?:gave my|cleared out|quit the job|letters|gave away)\b/, weight: 5 } }),
  make("things-even-before", "preparation", 2, "goodbye message", re(`\\bwanted things (?:even|square|settled|sorted|tidy) before\\b|\\b(?:so )?(?:no one|nobody) (?:has|have) to (?:do it|sort it|clean it|deal with it) after me\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:returned|paid|library|cleaned|after me)\b/, weight: 5 } }),
  make("meant-it-properly", "preparation", 2, "goodbye message", re(`\\bbut i meant it (?:properly|for real|for good)\\b|\\bone last time\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:said bye|goodbye|told him i loved|told her i loved|everything sorted|sorted now)\b/, weight: 5 } }),

  make("not-have-to-find-me", "preparation", 5, "goodbye message", re(`\\b(?:do not|does not) have to find me\\b|\\b(?:written|wrote|worked|sorted) out who gets what\\b`), { category: "goodbye", about: "self", negatable: false }),
  make("last-loose-end", "preparation", 2, "goodbye message", re(`\\bthe last loose end\\b`), { category: "goodbye", about: "self", stronger: { context: /\b(?:does not land on|paying off|paid off|my parents|sorted)\b/, weight: 5 } }),

  // Version 9. Affairs settled in ordinary words, read as a composition: each kind of settling act
  // (things or animals handed on, debts paid, accounts closed, things returned, money moved) is a
  // rule of its own at weight 1 in the goodbye kind, so one or two such acts are errands ("paid off
  // the overdraft and returned the library books") and three kinds in one message (3, at
  // GOODBYE_ALONE_MIN) are an ending, unless an ordinary reason is given (ORDINARY_FAREWELL: a move,
  // a holiday, a wedding…). Finality said beside any one of them ("when i go", "he doesn't know
  // why", "so i don't leave a mess") makes it an ending on its own. "For good" and "for keeps"
  // are not enough: a dog goes to a mother's garden for good for everyday reasons too.
  make("settle-handed-on", "preparation", 1, "goodbye message", re(`\\b(?:gave|given|giving|give|handed|handing|shared|share) (?:away |weh )?(?:all |most |the last |every )?(?:of )?(?:my|mi|the) (?:[a-z]+ ){0,2}?(?:to|give|away)\\b|\\b(?:rehomed|re homed)\\b|\\bsold (?:my|all my) [a-z]+\\b|\\bfound (?:the|my|him|her) (?:${PET} )?(?:a )?(?:new|good|lovely|forever) (?:home|family)\\b|\\b${PET}s? (?:goes|is going|has gone|gone|went|will go) to (?:my|her|his|their|a) [a-z]+\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  make("settle-debts", "preparation", 1, "goodbye message", re(`\\bpaid (?:everyone|everybody|people|them all|all my [a-z]+|(?:my|mi|his|her) [a-z]+) back\\b|\\bpaid (?:off|back) (?:the|my|all my|every) (?:[a-z]+ )?(?:credit card|cards|debts?|loans?|overdraft|bills?|tab|money)\\b|\\bsquared up with\\b|\\bsettled (?:up|my debts|all my debts|my accounts)\\b|\\bmoved (?:my|all my) (?:savings|money) (?:into|to)\\b|\\b(?:bank account|savings|money) goes to (?:my|mi|her|his) [a-z]+\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  make("settle-closed", "preparation", 1, "goodbye message", re(`\\bcancelled (?:my|the|all my) (?:[a-z]+ ){0,2}?(?:contract|subscriptions?|memberships?|direct debits?|gym|plans?|insurance|lease)\\b|\\bdeleted (?:all )?(?:of )?(?:my )?(?:socials|social media|accounts?|photos|messages|instagram|facebook|tiktok|profiles?|everything)\\b|\\b(?:cleared|emptied) (?:out )?(?:my|mi) (?:locker|desk|room|drawers|wardrobe)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  make("settle-returned", "preparation", 1, "goodbye message", re(`\\b(?:returned|gave back|handed back|took back|handed in) (?:the|my) (?:work |library |spare )?(?:laptop|books?|keys?|phone|badge|uniform|car)\\b|\\btook the (?:library )?books back\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  make("settle-letters", "preparation", 1, "goodbye message", re(`\\b(?:wrote|written|write|writing) (?:(?:my|mi|each of (?:the|my)) ${KIN} )?(?:a |one |my )?(?:long )?(?:letter|letters|email|card)s? (?:to|for|fi) (?:my|mi) ${KIN}\\b(?![^.?]{0,40}\\b(?:to open|pen pals?|penpals?|birthday|sent me)\\b)|\\bwrote (?:my|each of (?:the|my)) ${KIN} (?:a )?(?:long )?(?:letter|email|card)s?\\b|\\b(?:will|affairs|letters) (?:is |are )?(?:signed|sorted|done|in order)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  // The last of something loved, chosen as last: "had my last meal tonight ... wanted it to be that one".
  make("last-of-loved", "preparation", 2, "goodbye message", re(`\\b(?:my|one) last (?:meal|supper|tea|dinner|chippy|pint|walk|sunset|look|visit|swim|drive|hug|christmas)\\b|\\blast thing i (?:will )?(?:ever )?(?:see|hear|eat|do) (?:will be|is)\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:wanted it to be|places i loved|used to go|one more time|then that is it|for good|for keeps|ever see|does not know why|he goes to|she goes to)\b/, weight: 5 },
  }),
  // Means bought across several shops to pass the limit: "went to two chemists so they wouldn't notice".
  make("several-chemists", "preparation", 0, "means at hand", re(`\\b(?:two|three|four|different|several|a few|[2-9]) (?:chemists|pharmacies|shops|supermarkets|stores)\\b`), {
    about: "self",
    stronger: { context: /\b(?:would not notice|will not notice|would not ask|not notice|altogether|in total|the limit|each time)\b/, weight: 5 },
  }),
  // Enough put by: "stockpiling my repeat prescription ... nearly got enough".
  make("nearly-enough", "preparation", 2, "means at hand", re(`\\b(?:nearly|almost|finally) (?:got|have) enough\\b|\\b(?:got|have) enough (?:now|saved|put by|stashed)\\b`), {
    about: "self",
    stronger: { context: /\b(?:pills|prescription|stockpil[a-z]*|saving|saved|lost it|told the (?:gp|doctor))\b/, weight: 5 },
  }),
  // A hose for the car and the garage to oneself.
  make("hose-for-the-car", "preparation", 2, "means at hand", re(`\\b(?:hose|hosepipe|tube|pipe)\\b(?= (?:[a-z]+ ){0,3}?(?:for|on|to|from) the (?:car|exhaust)\\b)`), {
    about: "self",
    stronger: { context: /\b(?:garage to myself|garage|to myself|tape|window|for an evening)\b/, weight: 5 },
  }),
  // A hotel room with the means: "plan is hotel room, pills, do not disturb sign".
  make("hotel-with-means", "preparation", 0, "plan or means", re(`\\bhotel(?: room)?\\b`), {
    about: "self",
    stronger: { context: /^(?=.*\bdo not disturb\b)(?=.*\b(?:pills|rope|blade|charcoal)\b)/, weight: 5 },
  }),
  // The life insurance checked for its suicide exclusion: "the exclusion is only for the first two years … they'll be fine for money".
  make("policy-exclusion", "preparation", 5, "goodbye message", re(`\\b(?:life insurance|the policy|my policy)\\b(?=[^?]{0,80}\\b(?:exclusion|suicide clause|be fine for money|still pays? out|would pay out)\\b)`), { category: "goodbye", about: "self" }),
  // Letters or notes left in a place to be found: "wrote letters for mom and my sister tonight. they are in the drawer by my bed".
  make("letters-placed", "preparation", 2, "goodbye message", re(`\\b(?:letters?|notes?)\\b(?= (?:[a-z]+ |, ){0,8}?(?:in|on|under|by) (?:the|my) (?:[a-z]+ )?(?:drawer|draw|bed|pillow|desk|glovebox|bureau|table|mantelpiece|dresser|bedside)\\b)`), {
    category: "goodbye",
    about: "self",
    stronger: { context: SETTLED_FINAL, weight: 5 },
  }),
  // Means ordered and on the way: "ordered the chemical off a website, it comes thursday and then that is it".
  make("ordered-arrives", "preparation", 0, "means at hand", re(`\\b(?:ordered|bought)\\b(?=[^.?]{0,60}\\b(?:arrives|comes|coming|ships|delivered|gets here)\\b)`), {
    about: "self",
    stronger: { context: /\b(?:after a lot of googling|the chemical|helium|the bag|nitrogen|the rope|poison)\b/, weight: 5 },
  }),
];

// ─── Plan: a time, a place or a wait for the others to be away ─────────────

const PLAN: RiskRule[] = [
  // "tonight's the night", "friday is the day"
  // Most often an exciting evening ("tonight's the night, first date!"): a plan only beside finality or a means.
  make("the-night", "plan", 0, "plan or means", re(`\\b(?:tonights?|${WHEN}) (?:is )?the (?:night|day)(?=$| [.,?"]| i| for)`), {
    stronger: { context: /\b(?:last time you will|last (?:message|text|post)|goodbye|for good|forever|end it|ending it|kill myself|pills|rope|noose|bridge|blade|gun|overdose|will not (?:be here|wake)|not be here|sorry for everything|forgive me|do not try|no one can stop)\b/, weight: 5 },
  }),
  // "new year's eve is when"
  make("time-is-when", "plan", 5, "plan or means", re(`\\b${WHEN} is when(?=$| [.,?"]| i )`)),
  // "that's when i'm joining him", "then i am going"
  make("when-joining", "plan", 5, "plan or means", re(`\\b(?:that is|thats|then) when i am (?:joining|going to join|going to be with|doing it|going to do it|ending it|ending things|going)(?: (?:him|her|them|my [a-z]+))?(?=$| [.,?"])`)),
  // "settled on the end of the month", "decided it is sunday morning at the reservoir"
  make("settled-on-time", "plan", 5, "plan or means", re(`\\b(?:i have |i )?(?:settled on|decided on|picked|chosen|decided it is|decided its|decided that it is) ${WHEN}\\b`)),
  // "i won't be a problem to anyone after friday"
  make("no-problem-after", "plan", 5, "plan or means", re(`\\bi will not be (?:a|any) (?:problem|burden|bother|trouble) (?:to|for) (?:anyone|anybody|you|them|everyone|any of you)(?: [a-z]+){0,2}? (?:after|from|by|past) ${WHEN}\\b`)),
  make("then-i-am-done", "plan", 5, "plan or means", re(`\\b(?:waiting|wait) (?:till|until|for) (?:[a-z]+ ){1,5}?(?:and )?then i am (?:done|gone|going|doing it|ending it|out)(?=$| [.,?"])`)),
  make("cover-the-sound", "plan", 3, "plan or means", re(`\\b(?:cover|drown out|hide) the (?:sound|noise|bang|shot)\\b`), { stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  make("gives-me-the", "plan", 3, "plan or means", re(`\\b(?:that|this) gives me (?:the|till|until) (?:weekend|night|day|week|monday|morning)\\b`), { stronger: { context: /\b(?:letter|letters|note|notes|posted|goodbye)\b/, weight: 5 } }),
  make("date-and-place", "plan", 5, "plan or means", re(`\\bi (?:have|have got|got|now have) (?:a|the) (?:date|day|time) and (?:a|the) (?:place|spot|method|way)\\b`)),
  make("time-is-it", "plan", 5, "plan or means", re(`\\b(?:${WHEN}|tonights?)(?: night)? (?:is it|it is)(?=$| [.,?"])|\\btonights it\\b`)),
  make("freight-does-not-stop", "plan", 2, "plan or means", re(`\\b(?:train|freight|express|fast one|fast train|the [0-9]+ [0-9]+) (?:does not|doesnt|will not) stop (?:at|through) (?:our|the|my) (?:station|crossing|stop)\\b`), {
    stronger: { context: /\b(?:that is the one|thats the one|that is it|tomorrow|tonight|before the school run|i know)\b/, weight: 5 },
  }),
  make("nothing-after-date", "plan", 5, "plan or means", re(`\\bthere is nothing (?:after|beyond|past) (?:the )?(?:[0-9]+(?:st|nd|rd|th)?|${WHEN})\\b`)),
  make("route-checked", "plan", 5, "plan or means", re(`\\b(?:walked|driven|drove|been) (?:it|there|the route) (?:twice|already|a few times|again|three times) to check\\b|\\bchecked (?:the route|how high it is|the height|the drop|how deep it is)\\b`)),
  // A plan that waits for the others to be away: "once the kids are at their dads im going to end it".
  make("end-it-when-away", "plan", 5, "plan or means", re(`\\b(?:end it|ending it|kill myself|killing myself|end my life)\\b(?: [a-z]+){0,2}? (?:when|once|after|while|as soon as|soon as) ${OTHERS}\\b(?: [a-z]+){0,4}? ${AWAY}\\b|\\b(?:once|when|after|as soon as|soon as) ${OTHERS}\\b(?: [a-z]+| ,){1,8}? (?:i am|i will) (?:going to )?(?:end it|ending it|kill myself)\\b`), { about: "self" }),
  make("do-it-when-away", "plan", 5, "plan or means", re(`\\b(?:do it|doing it|go through with it)\\b(?: [a-z]+){0,2}? (?:when|once|after|while|as soon as|soon as) ${OTHERS}\\b(?: [a-z]+){0,4}? ${AWAY}\\b|\\b(?:once|when|after|as soon as|soon as) ${OTHERS}\\b(?: [a-z]+| ,){1,8}? (?:i am|i will) (?:going to )?(?:do it|doing it)(?=$| [.,?"])`), {
    about: "self",
  }),
  // A place of danger, a time, and last words: "heading up to the quarry later. thanks for listening".
  make("place-later-final", "plan", 5, "plan or means", re(`\\b(?:heading|going|walking|driving|off|off down|off up|head|go|walk|drive)\\b(?: [a-z]+){0,3}? (?:to |down |up |out to )?(?:the )?(?:[a-z]+ )?(?:quarry|pier|cliffs?|viaduct|canal|river|sea|beach|tracks|railway|reservoir|loch|lake|woods|bridge|car park roof|level crossing|harbour wall)\\b(?:(?: [a-z]+| ,){0,8}? (?:later|tonight|in a bit|tomorrow|after (?:that|work|my shift)|at [0-9]+)\\b[^?]{0,80}?\\b(?:(?:thanks|thank you) for (?:listening|everything)|do not bother|dont bother|walking out|walk out|not scared|after that|for good|goodbye|say bye|love you|the deep)\\b| one last time)|\\bwhen my (?:shift|work|class) (?:finishes|ends)(?: at [0-9]+)? i am (?:walking|going|heading|driving) to (?:the )?(?:[a-z]+ )?(?:quarry|pier|cliffs?|viaduct|canal|river|sea|beach|tracks|railway|reservoir|loch|lake|woods|bridge|car park roof|level crossing|harbour wall)\\b[^?]{0,60}?\\b(?:(?:thanks|thank you) for (?:listening|everything)|do not bother|dont bother|walking out|walk out|not scared|after that|for good|goodbye|say bye|love you|the deep)\\b`), { about: "self" }),
  make("then-it-stops", "plan", 3, "plan or means", re(`\\bthen (?:it|this|everything|the pain|the noise) (?:stops|ends|will stop|will end|is over|will be over)(?=$| [.,?"])`), { stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  make("time-before-anyone-wakes", "plan", 4, "plan or means", re(`\\b${WHEN}(?: morning| night)?(?: ,| .)? (?:before (?:anyone|everyone|they|the house) (?:wakes up|wake up|wakes|wake|is up|gets up|are up)|when (?:everyones|everyone is|everybody is|they are) (?:at work|asleep|out|gone))(?=$| [.,?"])`)),

  // Version 8.
  // The place checked: "i've checked it has an open top floor", "roof of the library, i know the door code".
  make("place-checked-open", "plan", 5, "plan or means", re(`\\bchecked (?:it|that it|the [a-z]+|whether it|if it) (?:has|is|had) (?:an |a )?(?:open|unlocked|no) (?:top floor|roof|rooftop|railings?|barrier|fence|balcony|access|door)\\b|\\b(?:roof|rooftop|top floor|stairwell)\\b[^?]{0,60}?\\bi (?:know|have|got) the (?:door |roof )?(?:code|key|way up)\\b`), { about: "self" }),
  // The place picked: "ive got the place picked in the forest".
  make("place-picked", "plan", 2, "plan or means", re(`\\b(?:got|have|found) (?:the|a) (?:place|spot|tree) (?:picked|chosen|sorted)(?: out)?\\b|\\bthe (?:place|spot) is (?:picked|chosen|sorted)\\b`), {
    about: "self",
    stronger: { context: /\b(?:forest|woods|bridge|while my|when my|once my|this weekend|tonight|rope|quarry|cliff)\b/, weight: 5 },
  }),
  // "not paying it, not being here" beside a time.
  make("not-being-here", "plan", 2, "plan or means", re(`(?:^|[.,] )(?:i am )?not being (?:here|around|alive)(?=$| [.,?"]| by| after| when)`), { about: "self", negatable: false, stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  // A wait, then a place: "waiting till the lambing's done then i'll go out to the barn".
  make("waiting-then-go", "plan", 2, "plan or means", re(`\\b(?:waiting|wait) (?:till|until|for) (?:[a-z]+ ){1,6}?(?:then|and then) i (?:will|am going to|am gonna) (?:go|do it|end it|walk|head)\\b`), {
    about: "self",
    stronger: { context: /\b(?:no point|in the lurch|barn|rope|gun|pills|before then|quarry|note|bridge|woods)\b/, weight: 5 },
  }),
  // "tomorrow is the day i go".
  make("day-i-go", "plan", 5, "plan or means", re(`\\b${WHEN} is the (?:day|night) i (?:go|die|do it|end it|leave for good)(?=$| [.,?"])`), { about: "self" }),
  // Joining the dead on a day: "i'm coming to join you on sunday", "coming to you on the 3rd, at the lake where we scattered you".
  make("coming-to-join-you", "plan", 2, "plan or means", re(`\\bi am (?:coming|going) to (?:join )?(?:you|him|her)\\b(?: [a-z0-9]+| ,){0,4}? (?:on|this|next|at|tonight|soon)\\b`), {
    about: "self",
    stronger: { context: /\b(?:scattered|grave|ashes|without you|miss you|since you (?:died|passed|went)|heaven|the same day|anniversary|always said)\b/, weight: 5 },
  }),
  // Rehearsed on the way: "it's the overpass next thursday, i keep rehearsing it".
  make("rehearsing-it", "plan", 2, "plan or means", re(`\\b(?:keep|been|am) rehearsing it\\b`), { about: "self", stronger: { context: /\b(?:overpass|bridge|train|tracks|platform|roof|cliff|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week))\b/, weight: 5 } }),
  // A train that doesn't stop, and "that's the plan".
  make("train-does-not-stop", "plan", 2, "plan or means", re(`\\b(?:does not|doesnt|do not) stop at (?:my|the|this) (?:station|stop)\\b|\\bnobody (?:watches|checks|would see)\\b`), {
    about: "self",
    stronger: { context: /\b(?:that is the plan|the plan|that is where|step|edge|platform|stairwell|roof|top floor)\b/, weight: 5 },
  }),

  // Version 8, second pass: plans told by who is away, a place and a time.
  make("when-away-then-it", "plan", 6, "plan or means", re(`\\b(?:once|when|after|as soon as|soon as) ${OTHERS}\\b(?: [a-z]+){0,2}? (?:${AWAY}|go to (?:their|his|her) [a-z]+s?|leaves for (?:her|his|their) (?:[a-z]+ )?shift)\\b[^.?]{0,30}?\\bi am (?:going to |gonna )?(?:end it|ending it|doing it|do it|kill myself|go through with it)\\b`), { about: "self" }),
  make("nobody-will-notice-gone", "plan", 3, "plan or means", re(`\\b(?:too busy|nobody|no one) (?:to notice|will notice|would notice) (?:i am|that i am) gone\\b`), { about: "self", stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  make("when-the-house-is-quiet", "plan", 2, "plan or means", re(`\\bthat is when (?:the house|everyone|it) is (?:quietest|asleep|empty)\\b`), { about: "self", stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  make("nobody-goes-there", "plan", 0, "plan or means", re(`\\b(?:no one|nobody) goes (?:there|up there|down there)\\b|\\bcounting down\\b|\\bthat is where(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:quarry|bridge|cliff|cliffs|viaduct|woods|pier|overpass|roof|top floor|stairwell|tracks|railway)\b/, weight: 5 },
  }),
  make("the-plan-is-time", "plan", 2, "plan or means", re(`\\bthe plan is (?:${WHEN}|tonight|tomorrow)\\b`), { about: "self", stronger: { context: /\b(?:woods|bridge|worked out|rope|pills|quarry|cliff|tree)\b/, weight: 5 } }),
  make("picked-the-place", "plan", 3, "plan or means", re(`\\bi (?:have )?(?:picked|chose|chosen|found) the (?:tree|spot|place|bridge|branch)(?=$| [.,?"])`), { about: "self", stronger: { context: /\b(?:the big one|far side|rope|branch|nobody|tonight|woods|once it gets dark|i will go)\b/, weight: 5 } }),
  make("not-home-till", "plan", 0, "plan or means", re(`\\b(?:he|she|they) (?:is|are) not (?:home|back) (?:till|until) [0-9]+ ?(?:am|pm)?\\b`), {
    about: "self",
    stronger: { context: /\b(?:thinking the|the [0-9]+(?:st|nd|rd|th)|in the bath|do it|that is when)\b/, weight: 5 },
  }),

  // Version 8, third pass.
  make("nearly-time", "plan", 2, "plan or means", re(`\\b(?:it is|its) nearly time\\b`), { about: "self", stronger: { context: /\b(?:ammunition|ammo|medals|gun|rope|pills|sorted|letter)\b/, weight: 5 } }),
  make("when-then-i-will-go", "plan", 2, "plan or means", re(`\\b(?:when|once|after)\\b[^.?]{0,60}?\\bi will go(?= ,| \\.|$)|\\bi (?:will|am going to) go to (?:her|him|them)\\b`), {
    about: "self",
    stronger: { context: /\b(?:do not need a|like me|be with my (?:mother|father|mum|dad|wife|husband|son|daughter)|not want to stay|one more week)\b/, weight: 5 },
  }),
  make("know-where-and-when", "plan", 5, "plan or means", re(`\\bi know where and (?:i know )?when\\b`), { about: "self" }),
  make("nobody-to-stop-me", "plan", 3, "plan or means", re(`\\b(?:there is|theres) (?:nobody|no one) (?:to stop me|here to stop me)\\b`), { about: "self", stronger: { context: PLAN_TIME_WORDS(), weight: 5 } }),
  make("the-plan-is-the", "plan", 0, "plan or means", re(`\\bthe plan is the\\b`), { about: "self", stronger: { context: /\b(?:hotel|booked|bridge|the [0-9]+(?:st|nd|rd|th))\b/, weight: 5 } }),

  // Version 9. A plan told by a time the writer will be alone and a word of purpose: "mum's in hospital
  // till next week so the house is mine. tomorrow night is the night".
  make("alone-then-purpose", "plan", 0, "plan or means", re(`\\b(?:the (?:house|flat|place) (?:is|will be) mine|(?:house|flat|place|garage) to myself|(?:left|be) on my own in the (?:house|flat)|the time and the space)\\b`), {
    about: "self",
    stronger: { context: /\b(?:is the night|is the day|been planning|planning it|finally|i will do it|do it then|that is when|for that|nobody to stop)\b/, weight: 5 },
  }),
  make("planned-it-for", "plan", 5, "plan or means", re(`\\b(?:i have |i )?planned it for (?:when|after|the|once|while|my)\\b`), { about: "self" }),
  make("planned-it-since", "plan", 2, "plan or means", re(`\\b(?:been planning it|planned it all|got it all planned(?: out)?)\\b`), {
    about: "self",
    stronger: { context: /\b(?:gave up|no one says|nobody says|then that is it|for good|i will finally|the time and the space|away with work|hand my [a-z]+ in first)\b/, weight: 5 },
  }),
  // A decision and a high place: "i've finally decided: top floor of the hospital car park".
  make("decided-high-place", "plan", 0, "plan or means", re(`\\b(?:decided|made up my mind|made my mind up|chosen|picked)\\b(?: [a-z]+| ,| \\.){0,4}? (?:the )?(?:top floor|roof|car park|multi storey|bridge|cliff|cliffs|viaduct|tower block|level crossing|tracks|railway)\\b`), {
    about: "self",
    stronger: { context: PLAN_TIME_WORDS(), weight: 5 },
  }),
  // Going up or out to a high or watery place and not coming back: "after chapel on friday i'm going up on the bell tower roof. i'm not coming down".
  make("not-coming-down", "plan", 2, "plan or means", re(`\\b(?:i am|i will) not (?:be )?coming (?:down|back (?:up|out|in))(?!(?: [a-z]+){0,3} (?:till|until|for|from|tonight|today|later))\\b`), {
    about: "self",
    stronger: { context: /\b(?:roof|tower|bridge|cliff|cliffs|ledge|top floor|car park|rocks|tide|sea|river|lake|water|woods|quarry|forever|for good)\b/, weight: 5 },
  }),
  // A time when the others sleep, with the hour between: "tonight at 2 when everyone's asleep".
  make("hour-when-asleep", "plan", 3, "plan or means", re(`\\b(?:${WHEN}|tonight)(?: night| morning)? at [0-9]+(?: ?am| ?pm)? (?:when|once|after) (?:everyones|everyone is|everybody is|they are|the house is) (?:asleep|in bed|out|gone)\\b`), {
    about: "self",
    stronger: { context: /\b(?:know the time|someone to know|wanted someone|goodbye|sorry|that is when|it is done)\b/, weight: 5 },
  }),
  // Not needing something after a date, not mattering after it: "i won't need one after this weekend", "after friday it won't matter".
  make("not-needed-after", "plan", 2, "plan or means", re(`\\b(?:will not|do not) need (?:one|it|them|a [a-z]+|any [a-z]+) (?:after|by|past|beyond) (?:${WHEN}|this weekend|this week|the [0-9]+(?:st|nd|rd|th)?)\\b|\\bafter (?:${WHEN}|this weekend|the [0-9]+(?:st|nd|rd|th)?)\\b(?: [a-z]+| ,){0,3}? it (?:will not|does not|wont) matter\\b`), {
    category: "goodbye",
    about: "self",
    stronger: { context: /\b(?:counsellor|counselor|therapist|anyway|then that is it|one more time|do not worry|appointment|helpline)\b/, weight: 5 },
  }),
  // Held on till a date, then a stop for good: "hold on till the end of term and then i can stop for good".
  make("stop-for-good", "plan", 0, "plan or means", re(`\\bi can (?:stop|go|rest|let go|be done|end it) for good\\b`), {
    about: "self",
    stronger: { context: /\b(?:hold on|hang on|till the end of|until the end of|one more (?:week|month)|nothing left|done with (?:it all|everything|life))\b/, weight: 5 },
  }),
  // A train or tide timed: "the level crossing by the old mill, the 23:40 freight. i've timed it".
  make("timed-it", "plan", 2, "plan or means", re(`\\b(?:i have )?timed it\\b(?![^?]{0,80}\\b(?:late|delay|delayed|every day|commute|mins|minutes|seconds|exactly|goes past at)\\b)`), { about: "self", stronger: { context: /\b(?:freight|crossing|tracks|tide|express)\b/, weight: 5 } }),
  // Going to a place at a set time, when the place is itself a way to die: "tomorrow at lunch i am going to the motorway bridge",
  // "after my shift i am walking down to the railway line". Places people also go for a walk or a swim need a word of
  // finality or secrecy beside them, and an everyday purpose said after the place cancels it.
  // (Speed, same matches: the leading look-ahead, which the match itself implies, lets the look-behind run only where the match could start.)
  make("time-then-place-method", "plan", 5, "plan or means", re(`(?=${PLACE_METHOD})(?<=\\b(?:${WHEN}|tonight|tomorrow|after (?:my|the|work|school|his|her) ?[a-z]*)\\b[^.?]{0,40}?\\bi am (?:going|heading|walking|driving|going to (?:walk|drive|go|head))(?: up| down| out)? (?:to|into|onto|on) (?:the )?(?:[a-z]+ ){0,2}?)${PLACE_METHOD}\\b(?!(?: [a-z]+)? (?:for (?:a|the|some|my)\\b|to (?!(?:jump|end it|do it|die|finish it)\\b)|with (?:my|the|a|some) (?!(?:rope|pills|blade|gun|shotgun)\\b)))`), { about: "self" }),
  make("time-then-place-open", "plan", 0, "plan or means", re(`(?=${PLACE_OPEN})(?<=\\b(?:${WHEN}|tonight|tomorrow|after (?:my|the|work|school|his|her) ?[a-z]*)\\b[^.?]{0,40}?\\bi am (?:going|heading|walking|driving|going to (?:walk|drive|go|head))(?: up| down| out)? (?:to|into|onto|on) (?:the )?(?:[a-z]+ ){0,2}?)${PLACE_OPEN}\\b(?!(?: [a-z]+)? (?:for (?:a|the|some|my)\\b|to (?!(?:jump|end it|do it|die|finish it)\\b)|with (?:my|the|a|some) (?!(?:rope|pills|blade|gun|shotgun)\\b)))`), {
    about: "self",
    stronger: { context: /\b(?:with what i need|the rope|last|goodbye|sorry|for good|not coming back|nobody knows|when it is quiet|decided|(?:once|when) everyone is asleep|tallest|high enough|go over|nothing keeping me|that is it)\b/, weight: 5 },
  }),
];

// ─── Method: a way weighed, looked up or chosen ────────────────────────────

const METHOD: RiskRule[] = [
  make("lethal-dose-search", "method", 5, "suicidal thoughts with a method", re(`\\b(?:looking up|looked up|googling|googled|searching|searched|researching|researched|checking|checked|reading about|read about) (?:the )?(?:lethal|fatal|deadly|overdose) (?:doses?|amounts?|levels?)\\b`)),
  // "how high does a building need to be to definitely die", "how many would you need to not wake up"
  make("how-much-to-die", "method", 5, "suicidal thoughts with a method", re(`\\bhow (?:high|tall|far|deep|much|many|long|cold)\\b(?! (?:more )?(?:people|kids|children|animals|soldiers|patients|lives|others)\\b)(?: [a-z]+){1,8}? to (?:definitely |actually |surely |properly )?(?:die|be fatal|not survive|not wake up|never wake up|kill (?:me|myself|you|someone))\\b`)),
  // "the car exhaust would be peaceful"
  make("method-would-be", "method", 5, "suicidal thoughts with a method", re(`\\b(?:exhaust|hose|charcoal|pills|rope|noose|gun|overdose|overdosing|hanging|drowning|jumping|the drop|the fall|helium|canal|river|sea|lake|reservoir|quarry|the water|cold water)(?: [a-z]+){0,2}? (?:would|will|might|could) (?:be|feel) (?:peaceful|painless|quick|quickest|easy|easiest|the easiest|the best way|enough|kinder|the way to go)\\b`)),
  // "gonna jump off the pier", "want to jump from the top floor"
  make("jump-from-height", "method", 5, "suicidal thoughts with a method", re(`\\b(?:going to|gonna|will|want to|wanna|i am going to|thinking of|thinking about) (?:jump|jumping|throw myself|throwing myself) (?:off|from|over) (?:the|a|my) (?:[a-z]+ ){0,3}?${HEIGHT}\\b`)),
  make("stones-in-pockets", "method", 5, "suicidal thoughts with a method", re(`\\bpockets (?:full of|filled with|with) (?:stones|rocks|weights)\\b`)),
  make("go-off-height", "method", 5, "suicidal thoughts with a method", re(`\\bi (?:go|will go|am going|walk|will walk|step|will step) off (?:the|a) (?:[a-z]+ ){0,2}?${HEIGHT}\\b`)),
  make("under-the-train", "method", 5, "suicidal thoughts with a method", re(`\\b(?:go|going|went|get|throw myself|step|stepping|lie|lying) under (?:the|a) (?:[a-z]+ )?(?:train|bus|lorry|truck|tram)\\b`)),
  make("toxic-gas", "method", 3, "suicidal thoughts with a method", re(`\\b(?:which|what) (?:[a-z]+ ){0,2}?(?:chemicals|products|cleaners|bleach|stuff)(?: [a-z]+){0,3}? (?:make|makes|mix|mixed|produce|produces|create|creates|give off) (?:a )?(?:toxic|poisonous|deadly|lethal) (?:gas|fumes)\\b`), {
    stronger: { context: /\b(?:not (?:asking )?for cleaning|asking for me|for me(?=$| [.,?"])|not for cleaning|enough to)\b/, weight: 5 },
  }),
  make("googling-poison", "method", 3, "suicidal thoughts with a method", re(`\\b(?:google|googling|googled|search|searching|looking up|look up|reading about|reading up on|read up on|researching) (?:about )?(?:car exhaust|exhaust fumes|carbon monoxide|antifreeze|weedkiller|paraquat|rat poison|helium|nitrogen|lethal doses?|overdoses?|ligatures?|hanging)\\b(?! for (?:my|the) (?:car|engine|radiator|garden|weeds|balloons|party))`), {
    stronger: { context: /\b(?:too much|again|at night|every night|these days|all the time|how much|how long|for me)\b/, weight: 5 },
  }),
  make("one-step-and-done", "method", 5, "suicidal thoughts with a method", re(`\\bone (?:step|jump|push|second|swallow|pull) and (?:done|it is over|gone|i am gone|its over|it is done|that is it)\\b`)),
  make("easiest-way-out", "method", 5, "suicidal thoughts with a method", re(`\\b(?:easiest|quickest|best|simplest|least painful|painless|cleanest) way out\\b(?! of| is| through| to| from| onto)`)),
  make("thought-about-driving-into", "method", 5, "suicidal thoughts with a method", re(`\\b(?:thought|thinking|think|keep thinking) about (?:driving|crashing|swerving|stepping|walking|jumping|throwing myself) (?:my car |the car )?(?:into|in front of|off|under) (?:a |the )?(?:[a-z]+ )?(?:tram|train|bus|lorry|truck|wall|tree|bridge|river|traffic|motorway)\\b`)),
  make("how-long-if-you", "method", 5, "suicidal thoughts with a method", re(`\\bhow long does it take (?:if|when) (?:you|i|u) (?:hang|drown|overdose|bleed|suffocate|jump)\\b`)),
  make("if-its-enough", "method", 3, "suicidal thoughts with a method", re(`\\b(?:if|whether) (?:it is|its|that is|thats|it would be|they are|it will be|it was) enough\\b`), {
    stronger: { context: /\b(?:pills|overdose|codeine|alcohol|vodka|drop|rope|jump|bridge|high|dose)\b/, weight: 5 },
  }),
  make("the-way-im-thinking", "method", 5, "suicidal thoughts with a method", re(`\\b(?:that is|thats) the way i am (?:thinking of|going|planning|going to do it|going to go)\\b`)),
  make("quicker-with", "method", 5, "suicidal thoughts with a method", re(`\\b(?:quicker|faster|easier|less painful|more painful|more reliable|surer) (?:with|by|to use|using) (?:a |the )?(?:[a-z]+ )?(?:bag|gas|rope|pills|gun|overdose|hanging|drowning|jumping|knife|blade|exhaust|helium)\\b`)),
  make("which-kill-you", "method", 5, "suicidal thoughts with a method", re(`\\bwhich (?:pills|drugs|ones|method|way|of these) (?:kill|would kill|will kill|kills) (?:you|me|a person|someone)\\b`)),
  make("would-it-be-instant", "method", 5, "suicidal thoughts with a method", re(`\\b(?:jumped|jump|hanged|hung|took|drank|overdosed|stepped|crashed)\\b[^.?]{0,60}\\bwould (?:it|i) (?:be|die) (?:instant|instantly|quick|quickly|painless|fatal|enough)\\b`)),
  make("can-you-overdose-on", "method", 3, "suicidal thoughts with a method", re(`\\bcan (?:you|i|u) overdose on\\b`), { stronger: { context: /\bhow many\b/, weight: 5 } }),
  make("how-to-tie-noose", "method", 5, "suicidal thoughts with a method", re(`\\bhow to tie (?:a|the) noose\\b`)),
  // Knowing where the means are kept: "i know where dads pills are".
  make("know-where-means-are", "method", 3, "suicidal thoughts with a method", re(`\\bi know where (?:the |my |his |her |[a-z]+s )?(?:[a-z]+ )?(?:pills|gun|shotgun|rifle|cabinet key|gun key|rope)(?: are| is)\\b`), {
    about: "self",
    stronger: { context: PLAN_TIME_WORDS(), weight: 5 },
  }),
  make("drive-into-on-way", "method", 5, "suicidal thoughts with a method", re(`\\b(?:going to|gonna|will|i am going to|want to) (?:drive|crash|steer|swerve) (?:my car |the car )?into (?:a |the )?(?:[a-z]+ )?(?:barrier|wall|tree|lorry|truck|river|central reservation|pillar|oncoming traffic|bridge support)\\b`), { about: "self" }),

  // Version 8.
  // A height and a thought of letting go: "on the scaffolding i think about just letting go, 14 floors".
  make("thinking-of-letting-go", "method", 2, "suicidal thoughts with a method", re(`\\b(?:think|thinking|thought) (?:about|of) (?:just )?(?:letting go|stepping off|leaning over|going over|stepping back|falling)(?! of| for| in love| asleep| behind)\\b`), {
    about: "self",
    stronger: { context: /\b(?:floors|storeys|scaffolding|roof|bridge|edge|balcony|cliff|platform|ledge)\b/, weight: 5 },
  }),
  // The mind going back to the means: "my head keeps going to the pesticide in the cupboard".
  make("mind-goes-to-means", "method", 5, "suicidal thoughts with a method", re(`\\b(?:my head|my mind|my brain|i) (?:keeps?|kept) (?:going|drifting|wandering|coming back) (?:back )?to (?:the|my|dads|his|her|mums) (?:[a-z]+ )?(?:pesticide|poison|pills|weedkiller|bleach|gun|shotgun|rope|insulin|rifle|bridge|tracks|railway|river|cliffs?)\\b`), { about: "self" }),
  // "i know what it does" beside a poison.
  make("know-what-it-does", "method", 0, "suicidal thoughts with a method", re(`\\bi know what (?:it|they|that|this) (?:does|do|would do|will do)(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:pesticide|poison|weedkiller|paraquat|bleach|antifreeze|insulin|pills|rope|gun|shotgun)\b/, weight: 5 },
  }),
  // Working out whether it would be enough: "working out if it would be enough for me as well", "which one would do it".
  make("working-out-enough", "method", 5, "suicidal thoughts with a method", re(`\\b(?:working out|work out|worked out|wondering|figuring out|calculating) (?:if|whether|how many|how much)\\b(?: [a-z]+){0,6}? (?:would be |is |will be )?enough (?:for me|to (?:kill|do it|not wake|end))\\b|\\b(?:work|working|worked) out (?:which|what)\\b(?: [a-z]+){0,5}? (?:would|will|could) (?:do it|kill me|be enough|finish me)\\b`), { about: "self" }),
  // Pictured: "running the car in a closed garage", "steering into a tree", "walk into the canal".
  make("picturing-method", "method", 5, "suicidal thoughts with a method", re(`\\b(?:think|thinking|picture|picturing|imagine|imagining|keep seeing)(?: a lot)?(?: about| of)? (?:just |how simple it would be to |how easy it would be to )?(?:steering|swerving|driving|walking|stepping|jumping|throwing myself|steer|swerve|walk|step|jump)\\b(?: [a-z]+){0,3}? (?:into|in front of|off) (?:the|a|my) (?:[a-z]+ ){0,2}?(?:tree|wall|canal|river|sea|lake|train|traffic|lorry|bridge|cliff|tracks|barrier|edge|reservoir|motorway)\\b|\\brunning the car in (?:a |the )?(?:closed |shut )?garage\\b`), { about: "self" }),
  // At the edge, thinking about it: "stood at the platform edge twice this week thinking about it".
  make("edge-thinking-about-it", "method", 5, "suicidal thoughts with a method", re(`\\b(?:stood|standing|stand|sat|sitting|waited|waiting) (?:at|on|near|by) (?:the )?(?:platform edge|edge of the platform|edge|railing|railings|parapet)\\b(?: [a-z]+){0,6}? thinking about (?:it|jumping|doing it|ending it|stepping)\\b`), { about: "self" }),
  // "would jumping from the fourth floor be enough".
  make("would-it-be-enough", "method", 5, "suicidal thoughts with a method", re(`\\bwould (?:jumping|a jump|falling|a fall) (?:from|off) (?:the |a )?(?:[a-z]+ )?(?:floor|storey|story|bridge|roof|balcony|building)\\b(?: [a-z]+){0,2}? (?:be enough|kill|do it)\\b`), { about: "self" }),
  // Stepping out in front: "im stepping out in front of it".
  make("step-in-front", "method", 5, "suicidal thoughts with a method", re(`\\b(?:i am|i will|going to|gonna|i want to|i could) (?:just )?(?:step|stepping|walk|walking|jump|jumping|throw myself) (?:out )?in front of (?:it|the train|a train|the bus|a bus|a lorry|the lorry|a truck|traffic|a car)\\b`), { about: "self" }),

  // Version 8, second pass.
  make("current-pulls-under", "method", 5, "suicidal thoughts with a method", re(`\\bwhere the (?:current|tide|water) (?:pulls|takes|drags) you (?:under|out)\\b`), { about: "self" }),
  make("know-how-i-would", "method", 5, "suicidal thoughts with a method", re(`\\bi (?:already )?know (?:exactly )?how i (?:would|will|am going to) do it\\b`), { about: "self" }),
  make("picturing-ligature", "method", 5, "suicidal thoughts with a method", re(`\\b(?:picturing|imagining|thinking about) (?:tying|using|hanging)\\b[^.?]{0,40}?\\b(?:rope|bannister|banister|beam|belt|cord|noose)\\b|\\b(?:keeps|keep) showing me\\b[^.?]{0,60}?\\b(?:stepping off|jumping|falling|the edge|in front of)\\b`), { about: "self" }),
  make("do-it-with-a", "method", 2, "suicidal thoughts with a method", re(`\\b(?:do it|kill yourself|end it|kill myself) with a (?:plastic bag|rope|belt|hose)\\b`), { about: "self", stronger: { context: /\b(?:thinking about it|every night|been thinking|heard you can)\b/, weight: 5 } }),
  make("enough-to-be-sure", "method", 5, "suicidal thoughts with a method", re(`\\b(?:buying|buy|bought|get|getting|got) enough to be sure\\b`), { about: "self" }),

  // Version 8, third pass.
  make("thinking-of-drinking-it", "method", 2, "suicidal thoughts with a method", re(`\\b(?:thinking|thought) about (?:drinking|taking|swallowing|using) it\\b`), { about: "self", stronger: { context: /\b(?:pesticide|weedkiller|weed killer|poison|bleach|antifreeze|pills|insulin)\b/, weight: 5 } }),
  make("know-what-and-how-much", "method", 5, "suicidal thoughts with a method", re(`\\bi know (?:exactly )?what to take and how much\\b|\\bno skid marks\\b|\\bno way out\\b[^.?]{0,30}?\\bexcept (?:the )?(?:[a-z]+ )?(?:bridge|pills|rope|train|tracks|cliff|river)\\b`), { about: "self" }),
  make("thinking-about-weapon", "method", 2, "suicidal thoughts with a method", re(`\\bthinking about (?:my|the|dads|his) (?:service )?(?:weapon|gun|pistol|rifle|shotgun)\\b`), { about: "self", stronger: { context: /\b(?:more than i should|nobody would|a lot)\b/, weight: 5 } }),
  make("means-look-tempting", "method", 5, "suicidal thoughts with a method", re(`\\b(?:knives|pills|rope|bridge|tracks|blade|gun|railway)\\b[^?]{0,40}?\\b(?:looking|look|looks) (?:really |so )?tempting\\b`), { about: "self" }),

  make("take-everything-in-cupboard", "method", 5, "suicidal thoughts with a method", re(`\\b(?:going to|gonna|will) (?:take|swallow) (?:everything|all the pills|the lot) (?:in|from) (?:the|my|mums|moms|dads) (?:cupboard|medicine cabinet|drawer|bathroom cabinet)\\b(?! to)`), { about: "self" }),
  make("would-go-over-it", "method", 5, "suicidal thoughts with a method", re(`\\bi (?:would|had) go over (?:it|the edge|the railing|the balcony)\\b`), { about: "self" }),

  // Version 9. A means that "would do it": "one step in would do it", "a month's worth would do it, i've counted".
  make("means-would-do-it", "method", 0, "suicidal thoughts with a method", re(`\\b(?:pills|one step|step in|step off|the drop|the fall|a jump|rope|gun|worth|that many|that much|the lot)\\b(?: [a-z]+){0,6}? would (?:do it|finish me(?: off)?)(?=$| [.,?"])`), {
    about: "self",
    stronger: { context: /\b(?:counted|i have counted|thinking|stood|standing|i have|next to it|every day)\b/, weight: 5 },
  }),
  // A strong branch or beam noticed for its use: "a tree with a low strong branch, i've started noticing it, for that".
  make("strong-branch", "method", 2, "suicidal thoughts with a method", re(`(?![^?]*\\b(?:swing|treehouse|tree house|hammock|bird feeder|climbing|hanging baskets?)\\b)\\b(?:strong|sturdy|low strong|thick) (?:branch|beam|hook|banister|bannister)\\b|\\b(?:branch|beam|hook|banister|bannister|loft hatch)\\b(?: [a-z]+){0,4}? (?:strong enough|hold my weight|take my weight)\\b`), {
    about: "self",
    stronger: { context: /\b(?:for that|noticing|every day|rope|belt|cord)\b/, weight: 5 },
  }),
  // Thoughts dwelling on a place and a means together: "thinking a lot about the tree in the back garden and a rope".
  make("thinking-place-and-means", "method", 5, "suicidal thoughts with a method", re(`\\b(?:thinking|think|thought|keep thinking|been thinking) (?:a lot )?about (?:the|a|that) (?:[a-z]+ ){0,4}?(?:tree|branch|beam|banister|loft|garage|bath|bridge|cliff|tracks|railway)\\b(?: [a-z]+){0,4}? and (?:a|the) (?:rope|noose|belt|cord|blade|pills|hose)\\b(?! swing)`), { about: "self" }),
  // Staying under in the bath: "running a bath and thinking about the razor and staying under".
  make("staying-under", "method", 3, "suicidal thoughts with a method", re(`\\b(?:stay|staying|stayed|going) under\\b(?= (?:\\.|,|$)|$)|\\b(?:and|just) (?:stay|staying) under\\b`), {
    about: "self",
    stronger: { context: /\b(?:bath|blade|water|thinking about)\b/, weight: 5 },
  }),
  // Thinking of drinking a poison kept at hand: "thinking of drinking the gramoxone we keep for the fields".
  make("thinking-of-poison", "method", 5, "suicidal thoughts with a method", re(`\\b(?:thinking|thought|think) (?:of|about) (?:drinking|swallowing|necking|taking) (?:the|some|all the|that|my) (?:sniper|gramoxone|paraquat|pesticide|insecticide|weedkiller|weed killer|rat poison|bleach|antifreeze|drain cleaner|dettol|kerosene)\\b`), { about: "self" }),
  // The drop dwelt on: "our tower block has roof access. i think about that drop every day".
  make("think-about-the-drop", "method", 2, "suicidal thoughts with a method", re(`\\b(?:think|thinking|thought) about (?:that|the) (?:drop|fall|edge)\\b`), {
    about: "self",
    stronger: { context: /\b(?:roof|tower|tower block|bridge|cliff|cliffs|top floor|balcony|roof access)\b/, weight: 5 },
  }),
  // A mind that keeps going back to a means or a place: "my dads gun is in the safe and i think about it every day",
  // "the railway line is right behind our house and that is all i think about now".
  // (Speed, same matches: the leading look-ahead, which the match itself implies, lets the look-behind run only where the match could start.)
  make("dwelt-on-means", "method", 2, "suicidal thoughts with a method", re(`(?=${DWELT_ON})(?<=\\b(?:i think about|thinking about|all i think about|my mind keeps going to|keep thinking about|keep picturing|i picture|keep looking at|keep staring (?:at|over))\\b(?: [a-z]+){0,4}? )${DWELT_ON}\\b|(?=\\b(?:i think about it|all i think about|on my mind|cannot get it out of my head)\\b)(?<=\\b${DWELT_ON}\\b[^.?]{0,60}?)\\b(?:i think about it|all i think about|on my mind|cannot get it out of my head)\\b`), {
    about: "self",
    stronger: { context: /\b(?:every day|every night|all the time|a lot|all week|every time|at night|now|cannot stop|high enough|would hold|how quick|how long it would take|how many)\b/, weight: 5 },
  }),
];

// ─── Intent: the decision said ─────────────────────────────────────────────

const INTENT: RiskRule[] = [
  // "i'm not making it to christmas and that's my choice"
  make("not-making-it-to", "intent", 3, "explicit intent to die", re(`\\b(?:i am not|i will not be|i am not going to be|i will not) (?:making it|make it|here|around|alive) (?:to|for|till|until|past) ${WHEN}(?=$| [.,?"]| and)`), {
    negatable: false,
    stronger: { context: /\b(?:my choice|decided|decision|at peace|ready|made up my mind|nobody can stop|no one can stop|for good)\b/, weight: 5 },
  }),
  make("intend-to-die", "intent", 5, "explicit intent to die", re(`\\bi (?:intend|mean|plan) to (?:die|kill myself|end (?:it all|my life)|take my (?:own )?life)\\b`)),
  make("wont-see-birthday", "intent", 3, "explicit intent to die", re(`\\bi (?:will not|am not going to|will never) (?:see|make it to|reach) my (?:\\d+(?:st|nd|rd|th)?|eighteenth|twentieth|thirtieth|next birthday|birthday)\\b`), {
    stronger: { context: /\b(?:certain|i know|decided|sure|for a fact|promise)\b/, weight: 5 },
  }),
  make("be-with-them", "intent", 0, "explicit intent to die", re(`\\b(?:i will|i would|i am going to|going to|i want to|i wanted to|i will soon) (?:be with|join) (?:her|him|them|my [a-z]+)(?: again)?(?: soon| tonight| tomorrow)?\\b`), {
    stronger: { context: /\b(?:grave|passed|died|funeral|ashes|heaven|anniversary|memorial|since (?:she|he) went)\b/, weight: 5 },
  }),
  make("then-ending-it", "intent", 5, "explicit intent to die", re(`\\b(?:then|by then|after that|that is when|so) i am (?:ending it|ending things|ending my life|going to end it)(?! with| between| off)\\b|\\b(?:when|after|once|if) [a-z ,]{1,40}? i am (?:ending it|ending things|going to end it)(?! with| between| off)(?=$| [.,?"])`)),
  make("not-waking-to-another", "intent", 5, "explicit intent to die", re(`\\bi am not (?:waking up|going to wake up) (?:to|for) another\\b|\\b(?:decided|made my mind up|made up my mind)\\b[^?]{0,60}?\\bthis is it(?=$| [.,?"])`)),
  make("take-myself-out", "intent", 5, "explicit intent to die", re(`\\b(?:take|taking) myself out(?=$| [.,?"])`)),
  // Said plainly at last: "checking out for good", "my last week on earth", "not doing another winter".
  make("checking-out-for-good", "intent", 5, "explicit intent to die", re(`\\b(?:checking|check|checked) out (?:for good|permanently|early)\\b|\\b(?:my )?last (?:week|day|night|christmas|birthday|month|summer) on (?:earth|this earth|the planet)\\b`)),
  make("not-another-season", "intent", 4, "explicit intent to die", re(`\\bi am not (?:doing|going through|facing|having|surviving) another (?:winter|christmas|year|birthday|summer|new year)\\b`), {
    stronger: { context: /\b(?:decide|decided|decision|calm|ready|at peace|the way)\b/, weight: 5 },
  }),
  make("no-more-thinking-doing-it", "intent", 5, "explicit intent to die", re(`\\bno more (?:thinking|talking|waiting)(?: about it)?\\b[^?]{0,20}?\\bi am (?:doing it|going to do it)(?=$| [.,?"])`), { about: "self" }),

  // Version 8.
  // "i won't exist soon. decided."
  make("wont-exist-soon", "intent", 2, "explicit intent to die", re(`\\bi (?:will not|am not going to) exist (?:soon|much longer|for long)\\b`), {
    about: "self",
    stronger: { context: /\b(?:decided|decision|made my mind|idc|do not care|for good|ready|at peace)\b/, weight: 5 },
  }),
  // "the decision is made. im not staying alive for this".
  make("not-staying-alive", "intent", 5, "explicit intent to die", re(`\\bi am not (?:staying|going to stay|gonna stay|sticking around) alive\\b`), { about: "self" }),
  make("decision-made", "intent", 0, "explicit intent to die", re(`\\bthe decision is made\\b|\\bi have made (?:the|my) decision\\b`), {
    about: "self",
    stronger: { context: /\b(?:alive|die|dying|end it|not be here|goodbye|pills|rope|kill myself)\b|\bi am going(?=$| [.,])/, weight: 5 },
  }),

  // Version 8, second pass: the decision said sideways.
  make("found-a-way-at-peace", "intent", 5, "explicit intent to die", re(`\\bi (?:have )?found a way\\b[^.?]{0,20}?\\b(?:at peace|ready|calm)\\b|\\bi have (?:chosen|decided) to go(?=$| [.,?"])|\\bmak(?:e|ing) it (?:all )?stop for good\\b`), { about: "self" }),
  make("know-what-i-will-do", "intent", 2, "explicit intent to die", re(`\\bi know what i am going to do\\b`), { about: "self", stronger: { context: /\b(?:feel light|at peace|calm|first time in ages|ready|relief)\b/, weight: 5 } }),
  make("mind-made-up", "intent", 0, "explicit intent to die", re(`\\b(?:i have made up my mind|i have made my mind up|my mind is made up|my minds made up)\\b`), {
    about: "self",
    stronger: { context: /\b(?:i am doing it|ending it|going to do it|die|end it|kill myself|not a relationship)\b|\bi am going(?=$| [.,])/, weight: 5 },
  }),
  make("not-seeing-time", "intent", 2, "explicit intent to die", re(`\\bnot (?:seeing|going to see|making it to|make it to) ${WHEN}\\b`), {
    about: "self",
    negatable: false,
    stronger: { context: /\b(?:make sure|my choice|decided|for good|at peace)\b/, weight: 5 },
  }),

  // Version 8, third pass.
  make("act-on-it", "intent", 5, "explicit intent to die", re(`\\b(?:going to|gonna|i will) act on (?:it|them|the thoughts)\\b`), { about: "self" }),
  make("not-going-to-be-around", "intent", 2, "explicit intent to die", re(`\\bi am not going to be around\\b`), { about: "self", negatable: false, stronger: { context: /\b(?:decided|relief|fine with that|at peace)\b/, weight: 5 } }),
  make("doing-it-when-back", "intent", 2, "explicit intent to die", re(`\\bi am doing it when i get back\\b`), { about: "self", stronger: { context: /\b(?:i meant it|cellmate)\b/, weight: 5 } }),

  make("not-going-to-fail", "intent", 5, "explicit intent to die", re(`\\bthis time i am not going to fail(?=$| [.,?"])|\\bi am ending it myself\\b`), { about: "self", negatable: false }),

  // Version 9. Not here by a near date, said as a decision: "i don't think i'll be here by the end of the week. it's the decision i've come to".
  make("not-here-by", "intent", 2, "explicit intent to die", re(`\\bi do not think i will be (?:here|around|alive) (?:by|after|past|come) (?:the end of (?:the|this|next) (?:week|month|year)|${WHEN}|this weekend|the weekend)\\b`), {
    category: "goodbye",
    about: "self",
    negatable: false,
    stronger: { context: /\b(?:not being dramatic|decision|decided|for good|sorry|goodbye|made up my mind|my mind is made up|at peace|ready)\b/, weight: 5 },
  }),
  // The doing said as settled: "don't bother with the helpline numbers. i'm doing it and that's that".
  make("doing-it-that-is-that", "intent", 5, "explicit intent to die", re(`\\bi am (?:doing it|going to do it|going through with it)\\b(?=[^?]{0,30}\\b(?:that is that|no one can stop|nobody can stop|nothing you)\\b)|\\b(?:do not|dont) bother with the (?:helpline|crisis|numbers|hotline)\\b(?=[^?]{0,30}\\bi am (?:doing it|going to do it)\\b)`), { about: "self" }),
  // Following the dead on their day: "same day, same river. i'm going to follow her".
  make("follow-the-dead", "intent", 0, "explicit intent to die", re(`\\bi am going to follow (?:her|him|them|my [a-z]+)\\b(?! (?:on|back|home|to (?:the|her|his|their) (?:car|house|shop|party)))`), {
    about: "self",
    stronger: { context: /\b(?:same day|same river|same place|since (?:she|he|they) died|year since|died|grave|ashes|anniversary)\b/, weight: 5 },
  }),
];

// ─── Active thoughts of suicide ────────────────────────────────────────────

const ACTIVE_THOUGHTS: RiskRule[] = [
  make("how-to-stop-existing", "active-thoughts", 5, "suicidal thoughts", re(`\\b(?:how to|ways to|a way to|the way to) (?:stop existing|not exist|disappear forever|stop being alive|stop living)\\b`)),
  make("voice-says-kill", "active-thoughts", 5, "suicidal thoughts", re(`\\b(?:my head|a voice|the voices?|my brain|my mind|something in my head)\\b(?: [a-z]+){0,3}? (?:keeps |keep |is |are )?(?:going|saying|telling me|tells me|says|tell me)(?: to)? (?:kill (?:yourself|myself)|to die|die|end it|do it)\\b`)),

  // Version 8.
  make("if-not-a-coward", "active-thoughts", 5, "suicidal thoughts", re(`\\b(?:would|i would) (?:do it|have done it|kill myself|end it)(?: already)? if i (?:was not|were not|wasnt) (?:such )?a coward\\b`), { about: "self", negatable: false }),
];

// ─── Concern: harmed by someone ──────────────────────────────────────────────

const HARMED_BY_OTHER: RiskRule[] = [
  make("parked-outside", "harmed-by-other", 2, "in danger from someone now", re(`\\b(?:parked|sat|sitting|waiting|standing) outside my (?:house|flat|home|door|work|school|window)\\b`), {
    about: "self",
    stronger: { context: /\b(?:restraining order|can see you|can see your|i can see|watching me|will not leave|scared|shaking|look out your window)\b/, weight: 5 },
  }),
  make("took-my-phone", "harmed-by-other", 3, "in danger from someone now", re(`\\b(?:he|she|they) (?:took|has taken|have taken|smashed|broke|has) my phone\\b`), {
    about: "self",
    stronger: { context: /\b(?:tonight|lesson|locked|kill|hurt|knife|next room|pinned|hit|hits)\b/, weight: 5 },
  }),
  make("touched-me", "harmed-by-other", 3, "harmed by someone", re(`\\b(?:touched|groped|assaulted|abused|molested|raped) me\\b`), { about: "self" }),

  // Version 8: control, not violence.
  make("partner-controls", "harmed-by-other", 3, "harmed by someone", re(`\\bmy (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee) (?:does not|will not|never) let me (?:have|see|use|keep|go out|talk to|leave|get|work|out)\\b`), { about: "self" }),
  make("papers-kept", "harmed-by-other", 2, "harmed by someone", re(`\\b(?:kept|keeps|keep|took|takes|holding|holds|has taken|have taken) my (?:passport|papers|documents|id card)\\b`), { about: "self" }),

  make("partner-watches", "harmed-by-other", 3, "harmed by someone", re(`\\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex)) (?:controls (?:all )?(?:our|my) money|tracks my (?:location|phone)|reads (?:all )?my (?:messages|texts)|goes through my phone|takes my (?:wages|money|pay|benefits)|locks the fridge)\\b|\\bi am not allowed (?:out|to go out|to see (?:my|anyone))\\b`), { about: "self" }),

  make("money-taken", "harmed-by-other", 2, "harmed by someone", re(`\\b(?:takes|took|take|keeps|has) (?:my|our|all my|all our) (?:pension card|bank card|salary|wages|benefits|passports?)\\b`), { about: "self" }),
  // Version 9. Control told in everyday words: "he decides who i see, what i wear and when i eat", "locks the food cupboard",
  // "screams and throws my things", "says he'll share our chats if i stop".
  make("everyday-control", "harmed-by-other", 2, "harmed by someone", re(`\\b(?:decides|controls|chooses|picks) (?:who i see|what i wear|when i eat|what i eat|where i go)\\b|\\blocks the (?:food|fridge|food cupboard|kitchen)\\b|\\b(?:screams|shouts|yells)(?: at me)? and (?:throws|smashes|breaks) my\\b|\\b(?:share|post|send|leak|show) (?:our|my) (?:chats|pics|photos|messages|nudes|videos)\\b(?=[^?]{0,20}\\bif i\\b)|\\b(?:threw|throws|throwing) (?:a|the|his|her) [a-z]+ at me\\b|\\block(?:ed|s)? me out (?:in|into) the (?:cold|rain|snow)\\b`), { about: "self" }),
];

// ─── Concern: a passive wish to be dead ────────────────────────────────────────────────

const PASSIVE_WISH: RiskRule[] = [
  make("rather-be-dead", "passive-wish", 3, "wish to be dead", re(`\\b(?:would|had) rather be dead\\b`), { negatable: false }),
  make("dead-sounds-peaceful", "passive-wish", 3, "wish to be dead", re(`\\bbeing dead (?:sounds|seems|would be|must be|looks|feels) (?:[a-z]+ )?(?:peaceful|nice|easier|better|good|restful|calm|like a relief|quiet)\\b`)),
  make("wish-to-vanish", "passive-wish", 3, "wish to be dead", re(`\\b(?:wish i could|i would love to|id love to|i want to|i just want to) (?:just )?(?:fade out|fade away|vanish|disappear|not exist|stop existing|not wake up)(?! to| into| somewhere| for| on| off)\\b|\\bhope (?:the )?(?:doctor|doctors|scan|tests?|results) (?:finds?|shows?|comes? back|show) (?:something )?(?:bad|serious|cancer|terminal)\\b`), { about: "self" }),

  // Version 8.
  make("refuse-treatment", "passive-wish", 3, "wish to be dead", re(`\\bi (?:would not|would never) (?:get|have|take|want|bother with) (?:any )?(?:treatment|chemo|it treated)\\b`), { about: "self" }),
  make("wish-not-wake", "passive-wish", 3, "wish to be dead", re(`\\bwish i (?:would|had|could|did)? ?(?:just )?not (?:wake|woken|waken) up\\b`), { about: "self" }),

  make("relieved-if-ill", "passive-wish", 3, "wish to be dead", re(`\\b(?:if (?:they|the doctor|someone) told me i had|if i got|if i had) (?:cancer|a terminal [a-z]+|something terminal)\\b(?: [a-z]+){0,3}? (?:be relieved|would be relieved|feel relieved|not get treatment)\\b|\\b(?:be|would be|am) fine with never waking up\\b|\\bwish it had been me (?:that|who|instead)\\b|\\b(?:would not|wouldnt) it be easier if i (?:just )?(?:was not|were not|wasnt) here\\b|\\bi (?:would not|wouldnt|would not really) mind if (?:the|a) [a-z]+ (?:rolled on|hit|fell on|crushed) me\\b`), { about: "self", negatable: false }),

  // Version 8, the new writers' concern misses: a wish told as a hope about an accident or a result.
  make("hope-it-finishes-me", "passive-wish", 3, "wish to be dead", re(`\\b(?:hope|hoped|hoping|wish|wished) (?:the|my) (?:plane|car|bus|train|scan|tests?|results?|crash)\\b(?: [a-z]+){0,3}? (?:crashes|crash|would show something bad|show something bad|comes? back bad|had finished me off|finished me off|kills? me)\\b|\\bwould not be sad if i (?:just )?(?:stopped existing|died|did not wake up|was gone)\\b|\\bdisappointed to (?:open my eyes|wake up)\\b`), { about: "self", negatable: false }),

  // Version 9. A wish to be dead put mildly: "i'd be fine with not waking up", "wish i'd never been born", "hope the cancer comes back".
  make("fine-not-waking", "passive-wish", 3, "wish to be dead", re(`\\b(?:fine with|okay with|ok with|would not mind|wouldnae mind|do not mind|happy with) (?:not waking up|never waking up|not being here|disappearing for good|dying)\\b|\\bwish (?:i had|i would have|id) (?:never been born|died)\\b|\\bhope (?:the|my) (?:cancer|tumou?r|illness) (?:comes back|returns|wins|gets me)\\b`), { about: "self", negatable: false }),
];

// ─── Concern: entrapment ───────────────────────────────────────────────────

const ENTRAPMENT: RiskRule[] = [
  make("a-cage", "entrapment", 2, "feeling trapped", re(`\\b(?:it is|its|this is|my life is|life is) a cage\\b`)),
  make("trapped-in-this", "entrapment", 2, "feeling trapped", re(`\\btrapped in (?:this|my|a) (?:marriage|job|town|life|house|body|relationship|situation|family|city|village|flat|head)\\b`), { about: "self" }),

  // Version 8.
  make("no-way-forward", "entrapment", 2, "feeling trapped", re(`\\bevery way out\\b[^.?]{0,20}?\\b(?:is shut|is closed|is blocked)\\b|\\bno way forward\\b|\\bno exit\\b(?! (?:sign|row|seat|door|strategy|interview|on the))`), { about: "self" }),
];

// ─── Concern: attempt-history ──────────────────────────────────────────────

const ATTEMPT_HISTORY: RiskRule[] = [
  make("my-attempt", "attempt-history", 3, "past suicide attempt", re(`\\b(?:anniversary of|since|after|before) my (?:attempt|overdose|od)\\b|\\b(?:had my )?stomach pumped\\b`), { pastForm: true }),
  make("attempted-before", "attempt-history", 3, "past suicide attempt", re(`\\bi (?:have )?(?:attempted|survived an attempt|survived my attempt)(?: (?:twice|once|before|three times|in [a-z]+|at [0-9]+|when i|[0-9]+ years ago|last year))?\\b`), { pastForm: true }),

  // Version 8: not done for a while, but still close: "haven't hurt myself since june, proud but it's hard", "haven't self harmed in 3 months but i think about it".
  make("not-since-but", "self-harm-urge", 3, "self-harm urges", re(`\\b(?:have not|had not|not) (?:hurt myself|self harmed|harmed myself|cut|cut myself|cut since|done it)\\b[^?]{0,50}?\\bbut (?:i (?:still )?(?:think about it|want to|miss it|nearly did)|it is (?:still )?hard|the urges?|summer is hard|i want to)\\b`), { about: "self", negatable: false }),

  make("urges-back", "self-harm-urge", 3, "self-harm urges", re(`\\b(?:clean|free)\\b[^.?]{0,20}?\\band i want to (?:so badly|so bad|really badly)\\b|\\burges (?:are )?back\\b`), { about: "self", negatable: false }),
];

// ─── Concern: worry-for-other ──────────────────────────────────────────────

const WORRY_FOR_OTHER: RiskRule[] = [
  make("help-friend-suicidal", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:help|support) (?:a|my) (?:friend|mate|sister|brother|partner|son|daughter|kid|cousin|flatmate)\\b(?: [a-z]+){0,4}? (?:suicide|suicidal|self harm|self harming|killing (?:herself|himself|themselves)|wants to die)\\b`), { about: "self", negatable: false }),
  make("thanks-for-everything-silent", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:thanks|thank you) for everything\\b(?: [a-z]+| ,){0,8}? (?:phone is off|phones off|phone off|not answering|will not answer|no reply|not replying|switched off)\\b`), { about: "self", negatable: false }),

  // Version 8.
  make("posted-goodbye", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:she|he|they|a [a-z]+|my [a-z]+)\\b(?: [a-z]+){0,5}? posted (?:" )?goodbye (?:everyone|all|world|to everyone)\\b`)),

  make("story-goodbye", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:put|posted|wrote) (?:" )?goodbye everyone(?: ")? on (?:his|her|their) (?:story|page|wall|status)\\b|\\b(?:wrote|written|said|put) in (?:her|his|their) (?:essay|exercise book|diary|journal|book)\\b(?: [a-z]+){0,2}? (?:that )?(?:she|he|they) (?:wants?|want) to die\\b`), { about: "self" }),
  // Version 9. A farewell posted and silence after: "posted 'see you on the other side' and isn't answering".
  make("other-side-silent", "worry-for-other", 3, "someone else may be at risk", re(`\\bsee (?:you|yous|ya) on the other side\\b(?=[^?]{0,80}\\b(?:not answering|is not answering|cannot reach|can not reach|not picking up|phone (?:is )?off|been low|none of us can)\\b)`)),
  make("curtains-not-answering", "worry-for-other", 2, "someone else may be at risk", re(`\\b(?:has not|have not|not) (?:opened (?:her|his|their) curtains|been out|left (?:her|his|their) (?:house|flat|room))\\b(?=[^?]{0,60}\\b(?:not answering|is not answering|no answer)\\b)`)),
  make("talking-about-taking", "worry-for-other", 3, "someone else may be at risk", re(`\\b(?:she is|he is|they are|[a-z]+s|keeps|been) talking about (?:taking (?:all )?(?:her|his|their) pills|killing (?:herself|himself|themselves)|ending it|ending (?:her|his|their) life)\\b`)),
];

// ─── Concern: help-seeking ─────────────────────────────────────────────────

const HELP_SEEKING: RiskRule[] = [
  make("talk-to-a-person", "help-seeking", 2, "asking for support", re(`\\b(?:need|want) (?:someone|somebody|a real person|a person|a human) to talk to (?:tonight|right now|now|please)\\b|\\b(?:want|need) to talk to (?:a real person|someone|a human) please\\b|\\bi am not doing (?:well|ok|okay|good)(?=$| [.,?"])`), { about: "self", negatable: false }),

  // Version 8.
  make("any-helplines", "help-seeking", 2, "asking for support", re(`\\b(?:any|are there (?:any )?|is there a|know (?:any|a)) helplines?\\b`)),

  make("number-to-call", "help-seeking", 2, "asking for support", re(`\\b(?:is there|are there|does anyone know|do you know|know) (?:a |any )?(?:number|text line|text service|crisis line|crisis text line|line|service)\\b(?: [a-z]+){0,3}? (?:i can (?:call|text|ring)|for when|if i feel|when you|in [a-z]+)\\b|\\b(?:get|book|need) (?:a |an )?(?:crisis|urgent|emergency) (?:appointment|assessment)\\b|\\bwho do you (?:talk|turn) to (?:at [0-9]+ ?am|at night|when it gets)\\b`), { about: "self", negatable: false }),

  make("who-do-i-call", "help-seeking", 2, "asking for support", re(`\\b(?:who do i|who can i|what is the number to) (?:call|ring|text)\\b`), { about: "self", negatable: false }),

  // Version 9. Asking for a crisis line or emergency help: "are there any crisis text services in nigeria", "a helpline with tamil speakers".
  make("crisis-service-asked", "help-seeking", 2, "asking for support", re(`\\b(?:any|is there (?:a|an)|are there|send me|link to|looking for|need (?:a|an|the)|(?:does anyone |do you )?know (?:a|an|any)|how (?:do|can) i (?:get|find|reach|contact)|where (?:can|do) i (?:find|get))\\b(?: [a-z]+){0,4}? (?:crisis|suicide|emergency mental health|mental health crisis) (?:text |phone )?(?:services?|lines?|numbers?|helplines?|team|help|support)\\b|\\b(?:does anyone know|do you know|is there|are there) (?:a |any )?(?:crisis )?helplines?\\b|\\blike a helpline\\b`), { about: "self" }),
];

// ─── Concern: hopelessness ─────────────────────────────────────────────────

const HOPELESSNESS: RiskRule[] = [
  make("no-reason-it-will-change", "hopelessness", 2, "hopelessness", re(`\\bno (?:reason|point|sign) (?:to think|to believe|that) (?:it|things|anything) (?:will|would|is going to|are going to) (?:change|get better|improve)\\b`)),
  make("never-getting-better", "hopelessness", 2, "hopelessness", re(`\\b(?:it is|its|life is|this is) never (?:getting|going to get) better\\b|\\bnone of it (?:works|helps|has worked)\\b|\\b(?:i will|will i) (?:never|ever) be happy\\b|\\btoo late for me to (?:have|be|get)\\b|\\blight at the end of the tunnel (?:got |has been |was )?(?:switched|turned) off\\b|\\bit is all pointless\\b`)),

  // Version 8: a future said to be empty.
  make("future-empty", "hopelessness", 2, "hopelessness", re(`\\b(?:my|the) future is (?:just )?(?:blank|empty|nothing|black|gone)\\b|\\bno future for (?:someone|people|a person) like me\\b|\\bhope is for other people\\b|\\bno light at the end of (?:this|the) tunnel\\b|\\b(?:it is|its) (?:always|never) going to (?:be like this|change|get better)\\b|\\bi will always be like this\\b`), { about: "self" }),

  make("never-happy-again", "hopelessness", 2, "hopelessness", re(`\\bstopped believing (?:anything|it|that anything) (?:helps|will help|works)\\b|\\bi (?:do not think i will ever|will never) be happy again\\b|\\bno version of my life\\b|\\bfelt like this since i was [0-9]+\\b`), { about: "self", negatable: false }),

  // Version 9. Hope given up on, said plainly: "it's always going to be like this", "gave up hoping it would change".
  make("going-to-be-like-this", "hopelessness", 2, "hopelessness", re(`\\b(?:it is|its|life is|things are) (?:going to|gonna) be like this(?: forever)?\\b|\\b(?:gave up|given up|stopped|stop) (?:hoping|believing)\\b|\\bnever going to (?:come right|get better|change|work out)\\b|\\b(?:do not|cannot) see (?:anything|any future|a future|anything good) (?:ahead|for me|in front of me)\\b`), { about: "self" }),
];

// ─── Concern: burden ───────────────────────────────────────────────────────

const BURDEN: RiskRule[] = [
  make("cause-of-their-misery", "burden", 3, "feeling a burden", re(`\\b(?:i am|im) the reason (?:he|she|they|my [a-z]+|everyone) (?:is|are) (?:miserable|unhappy|stressed|exhausted|struggling|sad)\\b|\\b(?:exhausted|miserable|stressed|struggling) because of me\\b|\\b(?:a )?(?:parasite|leech) living off (?:my|her|him|them)\\b|\\b(?:i am|im|feel like i am|feel like) a chore (?:for|to|my)\\b`)),

  // Version 8.
  make("only-bringing-problems", "burden", 3, "feeling a burden", re(`\\bi am (?:only|just) (?:bringing|causing|making|giving) (?:problems|trouble|stress|pain|grief|worry)\\b`), { about: "self" }),

  make("trouble-for-everyone", "burden", 3, "feeling a burden", re(`\\b(?:i am|here i am) (?:only |just )?(?:a problem|too much trouble|a drain|a weight|a cost) (?:for|to|on) (?:everybody|everyone|my [a-z]+|them|her|him|you all)\\b|\\ball i do is cost (?:them|him|her|everyone|my [a-z]+)\\b|\\bonly put up with me\\b`), { about: "self" }),

  make("in-the-way", "burden", 3, "feeling a burden", re(`\\bi (?:ruin|spoil) every(?:thing| room| day)\\b|\\bi take up space\\b|\\bi (?:just )?get in the way\\b|\\b(?:heavy load|a weight|a burden) (?:for|on|to) my [a-z]+\\b`), { about: "self" }),

  // Version 9. Being a weight on others, in ordinary words: "a drain on them", "one more thing he has to carry".
  make("drain-on-them", "burden", 2, "feeling a burden", re(`\\b(?:a|such a) drain on (?:them|everyone|him|her|my [a-z]+|you|people)\\b|\\bone more thing (?:he|she|they|you|everyone) (?:has|have) to (?:carry|deal with|worry about|sort)\\b|\\ball i (?:ever )?do is take\\b`), { about: "self" }),
];

// ─── Concern: telling someone to die ──────────────────────────────────────

const HARASSMENT: RiskRule[] = [
  // Version 8: "why dont you just go jump off a bridge, loser", "go starve yourself some more", "hope you do it this time".
  make("go-jump-off", "harassment", 3, "urging someone to self-harm", re(`\\b(?:why do not you|you should|just|go) (?:just )?go (?:jump off (?:a|the) (?:bridge|cliff|roof)|hang yourself|drink bleach|starve yourself|slit your wrists)\\b|\\bhope you do it this time\\b`), { about: "self" }),
];

// ─── Concern: distress said in everyday words ─────────────────────────────

const DISTRESS: RiskRule[] = [
  // Version 8: "crying in the car park before every shift", "lying on the floor sobbing", "on my own in this country".
  make("crying-before-shift", "distress", 2, "distress", re(`\\bcrying (?:in|on) the (?:car|car park|toilets?|bathroom|loos?|stairwell|bus)\\b(?: [a-z]+){0,3}? (?:before|after|every|each|during)\\b`), { about: "self" }),
  make("on-the-floor-sobbing", "distress", 2, "distress", re(`\\b(?:lying|lay|sat|sitting|curled up) on the (?:[a-z]+ )?floor (?:sobbing|crying|shaking|screaming)\\b`), { about: "self" }),
  make("alone-in-this-country", "distress", 2, "distress", re(`\\bi am (?:all )?(?:on my own|alone) in (?:this|a new|a foreign) country\\b`), { about: "self" }),
  // Version 9. Coming apart said plainly: "falling to pieces since the breakup", "haven't eaten properly since sunday".
  make("falling-to-pieces", "distress", 2, "distress", re(`(?:^|[.,] |\\bi am )falling (?:to pieces|apart)\\b|\\b(?:have not|not) (?:eaten|slept)(?: properly)? (?:since|in (?:days|weeks)|for (?:days|weeks))\\b|\\bpanic attacks? (?:every|each|daily)\\b`), { about: "self" }),
];

/**
 * Grouped by C-SSRS kind (the rule's riskCategory): crisis kinds first, then
 * concerns. Order only breaks ties between overlapping matches of the same
 * length and weight, and risk-same-answers showed none changed when the
 * rules were regrouped from rounds into kinds (version 8).
 */
export const SHAPES_NOW: readonly RiskRule[] = [...DANGER_NOW, ...ATTEMPT, ...SELF_HARM_NOW, ...PREPARATION, ...PLAN, ...METHOD, ...INTENT, ...ACTIVE_THOUGHTS, ...HARMED_BY_OTHER, ...PASSIVE_WISH, ...ENTRAPMENT, ...ATTEMPT_HISTORY, ...WORRY_FOR_OTHER, ...HELP_SEEKING, ...HOPELESSNESS, ...BURDEN, ...HARASSMENT, ...DISTRESS];
