/**
 * The pattern tables of the risk detector. Everything here is data: the
 * assessor (assess-risk.ts) decides what a match means in its sentence.
 *
 * Patterns are written against the output of normalise(): lower-case words
 * separated by single spaces, contractions expanded ("do not", "i am"),
 * abbreviations spelled out ("kms" → "kill myself", "sh" → "self harm"),
 * filler words gone ("just", "really"), and ".", "?", "," and '"' as words of
 * their own. Every pattern needs the g flag (the assessor reads every match).
 *
 * Weights add up per message (each rule counts once):
 *   5    crisis on its own
 *   3–4  strong concern: one more signal makes it a crisis
 *   1–2  concern
 * A message is a crisis at CRISIS_SCORE, a concern at 1.
 *
 * Keep each regex simple (no quantified group inside another quantified
 * group): `npm run lint` checks them with safe-regex.
 *
 * To add a rule: put one or more corpus examples in
 * tests/unit/safety/corpus.ts first, then the rule in the table where it
 * belongs, then run `npx vitest run --project unit tests/unit/safety`.
 */
import type { RiskCategory } from "./categories";

export const CRISIS_SCORE = 5;

export type Category =
  | "suicide" // intent, thoughts, wish to die
  | "plan" // plan, method, means, dangerous place
  | "selfHarm"
  | "goodbye" // final messages; their weights are softened by ordinary farewells
  | "danger" // harm from another person
  | "distress" // hopelessness, coping, self-worth, loneliness
  | "eating"
  | "help" // asking for crisis help
  | "harassment"; // telling someone to kill themselves

export interface RiskRule {
  id: string;
  category: Category;
  /** The triage category (categories.ts); when absent it is derived from the reason (rule-categories.ts). */
  riskCategory?: RiskCategory;
  weight: number;
  /** Short plain label for moderators. Never the person's words. */
  reason: string;
  pattern: RegExp;
  /**
   * Who the words are about. "scan" (default): pronouns in the phrase
   * ("end her life") or the nearest subject before it ("my friend wants to
   * die") decide. "self": the phrase is always about the writer ("better off
   * without me", "he is hitting me").
   */
  about?: "scan" | "self";
  /** Only counts when someone else is the subject ("he hits me", not "it hit me"). */
  needsOtherSubject?: boolean;
  /** The phrase itself tells of the past ("attempted"); it counts as now only with a recent time ("last night"). */
  pastForm?: boolean;
  /** Add URGENCY_WEIGHT when the sentence also says when: tonight, now, again… */
  urgent?: boolean;
  /** The phrase already contains its negation ("do not want to live"); skip the negation check. */
  negatable?: false;
  /** A stronger weight when the whole message also matches `context`. */
  stronger?: { context: RegExp; weight: number };
}

export const URGENCY_WEIGHT = 2;


/** Short labels used in `reasons`. */
export const REASON = {
  intent: "explicit intent to die",
  thoughts: "suicidal thoughts",
  passive: "wish to be dead",
  noReason: "no reason to live",
  plan: "plan or means",
  overdose: "overdose or pills taken",
  place: "at a dangerous place",
  selfHarmNow: "self-harm now",
  selfHarmIntent: "intends to self-harm",
  selfHarmUrge: "self-harm urges",
  selfHarmMention: "mentions self-harm",
  attempt: "suicide attempt",
  goodbye: "goodbye message",
  danger: "in danger from someone now",
  harmed: "harmed by someone",
  unsafe: "not safe where they are",
  burden: "feeling like a burden",
  unwanted: "feeling unwanted",
  absence: "imagining being gone",
  hopeless: "hopelessness",
  cope: "struggling to cope",
  breaking: "at breaking point",
  givingUp: "giving up",
  selfHatred: "self-hatred",
  worthless: "feeling worthless",
  empty: "feeling empty or numb",
  lonely: "loneliness",
  disappear: "wanting to disappear",
  notExist: "wish not to exist",
  eating: "not eating",
  dark: "dark thoughts",
  fearSelf: "afraid of what they might do",
  helpNow: "asking for help now",
  crisisHelp: "asking about crisis help",
  urging: "urging someone to self-harm",
  mentionsSuicide: "mentions suicide",
  bereaved: "bereaved by suicide",
  relapse: "relapse",
  distress: "distress",
} as const;

/** Labels the assessor adds to explain how it read the message. */
export const QUALIFIER = {
  negated: "negated",
  someoneElse: "someone else may be at risk",
  media: "fiction or media",
  past: "past experience",
  resolved: "past, now resolved",
  hypothetical: "hypothetical",
  idiom: "idiom or everyday phrase",
  several: "several warning signs together",
  urgent: "urgent timing",
} as const;

/** Words that make hiding or a banged door a danger: someone angry, drunk, armed, threatening (version 6). */
const THREAT_NEAR = /\b(?:him|her|them|he is|she is|they are|drunk|angry|raging|knife|gun|weapon|kill|hurt|hit|hits|hitting|beat|scream|screaming|shouting|yelling|threat|threatening|scared|terrified|please|help|police|locked|smash|smashing|break in|coming|ex|stepdad|boyfriend|husband|partner)\b/;

const rule = (
  id: string,
  category: Category,
  weight: number,
  reason: string,
  pattern: RegExp,
  options: Partial<Omit<RiskRule, "id" | "category" | "weight" | "reason" | "pattern">> = {},
): RiskRule => ({ id, category, weight, reason, pattern, ...options });

// ─── Idioms and everyday phrases ───────────────────────────────────────────
// Removed from the text before any risk rule runs. Only phrases that a risk
// rule could otherwise match need to be here (plus a few common ones so that
// moderators can see why a message was let through).

export const IDIOMS: readonly RegExp[] = [
  // "this traffic is killing me", "my feet are killing me", "it kills me that…"
  /\b(?:is|are|was|were|it is|that is|this is|these are|those are|you are) killing me\b/g,
  /(?<!\b(?:pills|insulin|them|until|till|so) )\b(?:it|that|this) kills me\b/g,
  // "I could kill for a coffee"
  /\b(?:could|would) kill for\b/g,
  // "this level is gonna make me kms", "you'll make me kill myself laughing"
  /\b(?:going to|gonna|will|would|is going to) make me (?:kms|kill myself)\b/g,
  // "done by then or dead trying"
  /\bor (?:die|dead|died) trying\b/g,
  // "I'm dying to see that film", "dying for a cup of tea"
  /\bdying (?:to|for)\b/g,
  // "killing it at work", "that joke killed"
  /\b(?:killing|killed|kill) it\b/g,
  /\b(?:joke|jokes|set|performance|show|gig) killed\b/g,
  // "dead tired", "dead serious", "dead on my feet"
  /\bdead (?:tired|serious|on my feet|beat|set on|good|easy|funny|quiet|bored)\b/g,
  // "I'd rather die than sing karaoke"
  // Version 15: not when it is said as meant ("…than tell her, and i will", "not even joking"). The lookaheads of
  // version 15 stop at "~", where an idiom taken out earlier stood: they read only this stretch of the message.
  /\brather (?:die|be dead|kill myself|shoot myself|drown) than\b(?![^~]{0,120}\b(?:and i will|i will do it|i mean it|not (?:even )?joking|think about (?:doing )?it|decided)\b)/g,
  // "I could die of embarrassment", "I nearly died laughing"
  /\b(?:die|died|dying|dead) (?:of|from|with)? ?(?:embarrassment|laughter|laughing|boredom|cringe|shame|happiness|cuteness|excitement|heat|hunger|jealousy)\b/g,
  // "I'll kill myself laughing", "killing myself trying to finish this", "kill myself for forgetting"
  /\b(?:killing|kill|killed) (?:myself|yourself|himself|herself|themselves) (?:laughing|trying|working|studying|at the gym|at work|over (?:this|that|it|nothing|a|the)|for (?:this|that|a|nothing|the team|work|forgetting|missing|not|being|leaving|saying|losing)|to (?:finish|get|meet|make|keep|please))\b/g,
  // "my mum is going to kill me when she sees this"
  // …but not a threat: "he says he'll kill me if I leave"
  /(?<!\b(?:says|said|threatened|threatens|told me|tells me) (?:he|she|they)(?: is| are| will)? )\b(?:going to|will|gonna) kill me (?:when|if|for|lol)\b(?! i (?:leave|tell|go|try|call|report|say|speak|break up))(?![^~]{0,100}\b(?:gets the door|door open|locked in|banging|hiding|punching)\b)/g,
  /\bkill me (?:now )?lol\b/g,
  // "overdosed on coffee", "od on chocolate" — anything that is not a drug
  /\b(?:overdosed|overdose|overdosing) on (?!(?:my|all|his|her|their|pills|drugs|monday|tuesday|wednesday|thursday|friday|saturday|sunday|purpose|christmas|new|the|a|an|heroin|fentanyl|insulin|sleeping|something|it|them)\b)[a-z]+/g,
  // Taking medication as prescribed: "took all my meds this morning"
  /\b(?:took|taken|take|taking) (?:all )?my (?:pills|vitamins) (?:today|this morning|as prescribed|on time|like (?:a good|i should|i am supposed to|i was told)|with (?:breakfast|food|lunch|dinner)|every day|regularly)\b/g,
  /\bshoot(?:ing)? (?:myself|yourself|ourselves) in the foot\b/g,
  // Travel: "took the bus an hour ago and i'm still not there", "taking the last train home". Not "catch the bus", which is also slang for the act.
  /\b(?:took|taken|take|takes|taking) (?:the|a|my|an) (?:(?:early|late|last|first|night|next|slow|fast|wrong|direct|overnight) )?(?:bus|train|tube|tram|ferry|coach|plane|flight|taxi|cab|uber|metro|subway)(?: (?:home|in|into town|to work|back|there|here))?\b/g,
  // Accidents: "I cut my finger chopping onions", "accidentally burned myself"
  /\b(?:accidentally|by accident) (?:cut|hurt|burned|burnt|stabbed|injured)\b/g,
  /(?<!\b(?:going to|gonna|will|about to|want to|wanna|i am going to) )\b(?:cut|hurt|burned|burnt|injured|scratched|grazed|stabbed) (?:myself|himself|herself|themselves|my [a-z]+) (?:on (?:a|the|some)|while|when|chopping|cooking|shaving|opening|playing|lifting|running|climbing|falling|skiing|hiking|at the gym|in the kitchen|by accident|accidentally|doing|trying to|with the (?:bread|kitchen) knife|with the (?:kettle|iron|oven|pan|stove|hob|straighteners|curling iron))\b(?![^.]{0,40}\b(?:on purpose|deliberately)\b)/g,
  /\bcross my heart and hope to die\b/g,
  // "on the edge of the cliff for a photo"
  /\b(?:stood|standing|sat|sitting|posed|posing) on the edge of (?:the|a) [a-z]+ (?:for|to take) (?:a )?(?:photo|picture|selfie|pic)\b/g,
  // Taking people out: "taking them all out for pizza"
  /\b(?:take|taking|took|taken) (?:them|everyone|the kids|us) (?:all )?(?:out|to|for|round|home|back|shopping|swimming)\b/g,
  // Jumping into water for fun: "jump off the pier with my mates"
  /\b(?:jump|jumping|jumped) (?:off|from) (?:the|a) (?:pier|jetty|diving board|high board|top board|rocks|boat|harbour wall|springboard)\b/g,
  // "do it" said and then explained: "doing it tonight, asking her out"
  /\b(?:do|doing|going through with|go through with) it\b[a-z ]{0,25} [.,] (?:i am |i will )?(?:going to )?(?:dye|dyeing|couch|signed|cut my hair|day one|ask|asking|apply|applying|quit|quitting|sign|signing|tell|telling|book|booking|buy|buying|move|moving|start|starting|learn|learning|get|getting|finish|finishing|propose|proposing|run|running|enter|entering|pass|passing)\b/g,
  // Hyperbole about an everyday thing: "this exam makes me want to die"
  /\b(?:this|that|the|these|my) (?:homework|exam|exams|test|class|meeting|meetings|traffic|song|film|movie|show|game|weather|heat|commute|queue|lecture|assignment|essay|wifi|internet|hangover|cringe|video|episode|lesson|monday|mondays|paperwork|spreadsheet|printer) (?:makes|is making|made|will make) me want to (?:die|kill myself)\b/g,
  // "that'll be the death of me"
  /\bthe death of me\b/g,
  // "career suicide", "that's suicide for my grades", "dead to the world"
  /\b(?:career|social|political|commercial|fashion) suicide\b/g,
  /\bsuicide for (?:my|your|his|her|their|the) [a-z]+\b/g,
  /\bdead to the world\b/g,
  // An end explained in the same breath: "by this time tomorrow it will be over, the driving test i mean",
  // "i have chosen to go , to the other uni".
  /\b(?:it will be over|it is over|it will all be over|it ends)\b(?=[^.?]{0,40}\bi mean\b)/g,
  /\bchosen to go\b(?= , (?:to|with) (?:the|a|my)\b)/g,
  // Someone else's pills in their weekly box, and tablets that are devices: "dad's pills are lined up in the dosette".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:his|her|their|[a-z]+s) (?:[a-z]+ )?pills (?:are |is )?(?:all )?lined up\b/g,
  /\b(?:has|had) all (?:her|his|their) pills lined up\b/g,
  /\bpills (?:are |is )?(?:all )?lined up\b(?=[^.?]{0,50}\b(?:dosette|days of the week|pill organiser|pill box|charging|ipads?|kindles?|chargers?)\b)/g,
  // Embarrassment and exams: "so embarrassing i want to die", "wanted to die in there".
  /\b(?:embarrassing|embarrassed|mortified|cringe)\b(?: ,| lol)? (?:i )?(?:want|wanted|wanna) to die\b/g,
  /\b(?:want|wanted|wanna) to die in there\b/g,
  // Version 12: a wish told in the past and laughed off ("wanted to die lol when he saw my screen"); a pet or a
  // toddler "trying to kill me". Every writer so far labelled these everyday; said now ("i want to die lol") stays read.
  /\bwanted to die\b(?= lol\b)/g,
  /\bmy (?:cat|cats|dog|dogs|puppy|kitten|toddler|toddlers|baby|newborn|hamster|parrot|rabbit|plants|houseplants) (?:is|are) (?:trying to|going to|gonna|out to) kill me\b/g,
  // Kitchen knives sharpened; a charity dip; a summer jump into the river; work on a roof.
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:sharpened|sharpening|sharpen) (?:all )?(?:the |my )?(?:[a-z]+ )?knives\b/g,
  /\b(?:walking|walk|walked|running|run|ran) into the (?:lake|sea|water|river|loch)\b(?=[^.?]{0,50}\b(?:charity|dip|swim|swimming|paddle|wetsuit)\b)(?![^.?]{0,50}\bnot (?:swimming|coming|walking) (?:back|out)\b)/g,
  /\bjump(?:ing|ed)? off the bridge into the (?:river|water|lake|sea)\b(?=[^.?]{0,50}\b(?:tradition|every summer|for fun|with (?:my )?(?:mates|friends)|summer)\b)/g,
  /\bon the roof\b(?=[^.?]{0,50}\b(?:slates|tiles|gutters?|aerial|chimney|repairs?|repairing|fixing|laying|roofer|ladder)\b)/g,
  // Supplies with an everyday purpose: "stocked up on lemsip before the snow", "a hosepipe for the allotment".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:hosepipe|hose|antifreeze|pills|charcoal)\b(?=(?: [a-z]+| ,){0,8} (?:before the (?:snow|frost|winter|cold|storm|flu season)|for the (?:allotment|garden|lawn|car|plants|veg|tent|washing|van|boat|winter|water butt)|ready to hibernate|for (?:the |a |our |[a-z]+s )?(?:barbecue|bbq|grill)|(?:barbecue|bbq) (?:on |this |at the )?(?:saturday|sunday|tonight|tomorrow|weekend)|for the (?:trip|holiday|flight|journey|cruise)|before (?:we|i) (?:fly|go away|travel)|in case the (?:chemists?|pharmacy|surgery|gp) (?:is |are )?(?:shut|closed))\b)/g,
  // Version 9. A gun out for game or vermin: "took the shotgun out for the rabbits at dusk".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:shotgun|rifle|gun|air rifle)\b(?=(?: [a-z]+){0,4} (?:for|after|at) (?:the )?(?:rabbits|pigeons|crows|foxes|fox|deer|vermin|rats|clays|magpies|grouse|pheasants?|ducks|geese|rooks|squirrels)\b)/g,
  // Beaten at a game: "my grandad still beat me at chess".
  /\bbeat (?:me|us|him|her|them) (?:at|in) (?:chess|cards|pool|snooker|darts|scrabble|monopoly|tennis|golf|squash|badminton|fifa|poker|uno|ping pong|table tennis|football|arm wrestling|bowling|the quiz|a quiz|checkers|draughts|connect four|wordle|crosswords?|mario kart|video games|games|a race|the race|the final|everything|cribbage|dominoes|bingo)\b/g,
  // Not here much longer because of a move: "not going to be here much longer, contract's up in may and i'm heading home".
  /\b(?:not going to be|will not be|am not) (?:here|around) (?:much |for much )?(?:longer|for long)\b(?=[^?]{0,60}\b(?:contract|lease|visa|heading home|going home|flying home|moving|move|new job|posting|placement|term ends|semester|rotation|secondment|tenancy)\b)/g,
  // A day picked for a celebration: "we've picked the day! 14th june at the registry office".
  /\b(?:picked|set|chosen|booked) the (?:day|date)\b(?=[^?]{0,60}\b(?:at|for|in|to) (?:the |our |a )?(?:registry office|wedding|church|venue|reception|party|the pub|christening|graduation|surgery|operation|induction|moving day|hen do|stag do)\b)/g,
  // A bridge on a route: "missed my exit and ended up on the bridge to wales", "stuck on the bridge in traffic".
  // (Speed, same matches: the leading look-ahead, which the match itself implies, lets the look-behind run only where the match could start.)
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /(?=\bbridge\b)(?<=\b(?:missed|took|wrong) (?:my |the |a )?(?:exit|turning|turn|junction)\b[^.?]{0,40})\bbridge\b|\bbridge\b(?= (?:[a-z]+ ){0,3}?(?:traffic|toll|tailback|roadworks|diversion))/g,
  /\boverdosed on christmas (?:chocolate|food|pudding|telly|tv|films|cake|cheese|songs)\b/g,
  // Ending something that is not a life: "end it with this job".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\bend (?:it|things) with (?:this|my|the|him|her|them)\b(?! (?:[a-z]+ )?(?:pills|rope|knife|gun|blade|belt|cord|car|exhaust|overdose)\b)/g,
  // Version 9. Ending something that is not a life, named: "i've decided to end my relationship".
  /\bend(?:ing)? (?:my|our|the|this) (?:relationship|marriage|friendship|engagement|contract|lease|tenancy|subscription|membership|streak|career|partnership|placement|course|degree)\b/g,
  // Hyperbole at a party: "i could drink myself to death at this wedding".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\bkill myself\b(?= (?:at|on) (?:this|the|my|her|his|their) (?:[a-z]+ )?(?:wedding|party|christening|do|reunion|stag do|hen do|birthday (?:party|do|drinks|meal|dinner|bash)|festival|gig|barbecue|bbq)\b)/g,
  // Medicine taken as the whole message: "took my meds", and (version 15) with a reassurance straight after it,
  // to someone who asked: "i've taken my tablets, don't worry mum".
  // eslint-disable-next-line security/detect-unsafe-regex -- anchored at both ends, optional groups of fixed words: no backtracking blow-up
  /^(?:i )?(?:took|have taken|taken) my (?:pills|vitamins)(?:(?: ,| \.)? (?:do not worry|stop worrying|as promised|like you said)(?: (?:mom|dad|nan|gran|love|hun|babe))?)?(?: \.)?$/g,
  // The word itself talked about: "unalive is such a weird word".
  /\bkill myself\b(?= is (?:such )?(?:a|an) (?:weird|strange|funny|silly|odd|stupid|dumb|cringe) (?:word|phrase|thing to say)\b)/g,
  // Version 7. Hyperbole with a habit or a trivial cause: "kms every time i hear my voice", "kms this exam was brutal",
  // "trying to kill me with these burpees".
  /\bkill myself\b(?= (?:(?:every time|whenever|each time) (?:i|someone|my (?:little |big |baby )?[a-z]+|he|she|they) (?:hear|hears|see|sees|watch|look at|play|open|read|listen to|sing|sings|says|say)|this (?:exam|test|lesson|class|meeting|homework|song|game|traffic|spreadsheet|inbox|email|report|presentation|deadline|code|project|printer|week|shift|commute|assignment|essay|lecture|form|website|app|queue) (?:was|is|has)\b))/g,
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:trying to|going to|is going to|will) kill (?:me|us) with (?:these|this|those|all these|all this|his|her|their) (?:[a-z]+ )?(?:burpees|workouts?|squats|sprints|laps|reps|homework|exams?|questions|jokes|puns|cooking|driving|spreadsheets?|emails|meetings|stairs|hills|deadlines|plank|planks|circuits|drills|essays?|chores|lectures?)\b/g,
  // Version 7. Hiding for an everyday reason: "hiding in my room from the wasp", "till the football's over",
  // "so mum doesn't make me do the dishes" (a person to hide from is not an everyday reason).
  /\bhiding (?:in|under) (?:my|the) (?:bed)?(?:room|covers|duvet|bathroom)\b(?= (?:because|so|till|until|from) (?:there is (?:a|an) )?(?:(?:a|an|the|this) )?(?:massive |huge |giant |big |tiny |little )?(?:spider|wasp|bee|moth|mouse|bird|daddy long legs|football|match|game|party|guests|visitors|relatives|in-laws|dishes|washing up|hoovering|chores|homework|revision|heat|noise|snow|rain|cold|birthday|present|surprise|(?:mum|mom|dad|my (?:mum|mom|dad|brother|sister|nan)) (?:does|do|will|can) not (?:make|see|find|ask)))/g,
  // A noise at the door explained in the same breath: "banging on the door, it is only the meter reader",
  // "the kids banging on the bathroom door".
  /\b(?:banging|knocking|hammering|pounding) on (?:the|my|our) (?:front |back |bathroom |bedroom )?door\b(?=[^?]{0,40}\b(?:it is|it was|oh it is|turned out to be|turns out it is) (?:only |just )?(?:the|my|a|our|his|her)\b)/g,
  /\b(?:(?:the |my )?(?:kids|children)|my (?:son|daughter|toddler)|the (?:dog|cat|toddler)) (?:are |is |keep |kept )?(?:banging|knocking|hammering) on\b/g,
  /\b(?:banging|knocking|hammering) on (?:the|my|our) (?:front |back )?door\b(?=[^?]{0,40}\b(?:parcel|delivery|package|pizza|takeaway|meter)\b)/g,
  // "tonight's the night i ask her to marry me".
  /\btonights? (?:is )?the night\b(?=(?: ,| \.)? (?:i am |i will )?(?:going to )?(?:ask|asking|tell|telling|propose|proposing)\b)/g,
  // Followed, then the explanation: "a man followed me off the bus and it turned out he was returning my purse".
  /\bfollow(?:ed|ing) me\b(?=[^.?]{0,60}\bturn(?:ed|s) out (?:he|she|they|it) (?:was|is|were|are|just|only) (?:returning|giving|bringing|handing|asking|trying to give|lost|going|the))/g,
  // Everyday hyperbole tied to a trivial condition: "gonna kms if this meeting runs over".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:kill myself|kms|die)\b(?= if (?:this|that|the|one more|i have to (?:do|sit|go to|watch|hear)(?: one more)?) (?:[a-z]+ ){0,2}(?:meeting|meetings|exam|lesson|class|shift|call|queue|traffic|match|song|exercise|email|zoom|lecture|assignment|presentation|group chat|video|episode|advert|ad|bus|train|team building)\b)/g,
  // Version 8. A risky phrase corrected in the same breath: "took the whole box to school, the cupcakes i mean",
  // "i am done. with the app, i mean", "going to unalive myself (jk)"; "i mean it" is not a correction.
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:i am (?:going to |gonna )?)?(?:kill myself|end it all|end it|i am done|took the whole (?:box|bottle|pack|packet))\b(?=[^?]{0,50}\b(?:i mean(?! it| that| this| every)|jk|just kidding|only joking|just joking)\b)/g,
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /" (?:i am (?:going to |gonna )?)?(?:kill myself|end it all|end it|die)\b[^"]{0,20}" , me ,/g,
  // An animal got into something: "the dog ate a full packet of my ibuprofen".
  /\b(?:the|my|our|his|her) (?:dog|cat|puppy|kitten|pup|rabbit|hamster|parrot)s? (?:ate|has eaten|had eaten|got into|swallowed|chewed|drank|licked)\b[^.?]{0,60}/g,
  // "an overdose of bake off", not of a drug.
  /\boverdose of (?!(?:the |my |his |her |their |some )?(?:pills|insulin|heroin|meds|medication|tablets|drugs|opioids|fentanyl|methadone|alcohol|cocaine|sleeping)\b)[a-z]+/g,
  // Toy guns: "a nerf gun", "got a gun, nerf one".
  /\b(?:nerf|water|toy|cap|bb|airsoft|paintball|glue|staple|nail|laser|potato|squirt) guns?\b/g,
  /\b(?:got|has|have|had) a gun\b(?= , (?:a )?(?:nerf|water|toy|cap|bb|airsoft|paintball|laser) one\b)/g,
  // Followed online: "someone has been following me. on strava".
  /\bfollow(?:ing|ed|s)? me\b(?= (?:\. )?(?:on |back on )?(?:strava|instagram|insta|twitter|tiktok|facebook|spotify|twitch|youtube|linkedin|snapchat|threads|bluesky|pinterest)\b)/g,
  // The trivial condition first: "if i have to sit through one more team building day i will jump off a bridge".
  /\bif i have to (?:sit through|do|go to|hear|watch|listen to|attend|read|write|sit) one more\b[^.?]{0,60}?\b(?:jump off a bridge|kill myself|die|walk into the sea|walking into the sea|jumping off a bridge)\b/g,
  // A last day at work, a last session together: "my final day at the warehouse", "our final check in".
  /(?<!\b(?:do it|doing it|go|end it|ending it) on (?:the )?)\b(?:my |our )?(?:final|last) (?:day|shift|week) (?:at|of|in) (?:the |my |this )?(?![^?]{0,80}\b(?:not because|not for a new job|i do not mean|nobody is stuck)\b)(?:work|warehouse|office|job|school|uni|college|shop|store|site|factory|hospital|ward|nursery|company|firm|placement|term)\b/g,
  /\bour (?:final|last) (?:check ins?|session|meeting|call|chat)\b/g,
  /\bgoodbye (?:letter|message|note|card)s? (?:to|for) (?:my|our) (?:mentor|mentee|teacher|class|team|coworkers|colleagues|coach|students|group)\b/g,
  // A cut while cooking: "cut my finger chopping onions and it will not stop bleeding".
  /\bcut my (?:finger|thumb|toe|lip|chin|knuckle|fingertip)\b(?![^.?]{0,30}\bon purpose\b)[^.?]{0,60}/g,
  // Fear explained: "has me fearing for my life but it was just about the electricity bill".
  /\b(?:fearing for my life|scared for my life|fear for my life)\b(?=[^?]{0,60}\bbut it (?:was|is) (?:just |only )?(?:about|a|an|the|my|his|her|nothing)\b)/g,
  // Kitchen cuts: "chopping onions and it will not stop bleeding".
  /\b(?:onions|carrots|veg|vegetables|bread|potatoes|tomatoes|apples?|cheese|peppers)\b(?: and)? it (?:will not|would not|does not|is not going to) stop bleeding\b/g,
  // Hyperbole about a blunder or a paper: "kms . dig me a hole", "i just called my lecturer mum , kms",
  // "if this calc paper has integration by parts on it i will simply kms".
  /\bkill myself\b(?=[^?]{0,30}\b(?:dig me a hole|i (?:just )?(?:called|replied|liked|waved at|tripped|fell|walked into))\b)/g,
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\bif this (?:[a-z]+ )?(?:paper|exam|test|lesson|class|meeting|shift|essay|quiz)\b[^.?]{0,60}?\bkill myself\b/g,
  // Trivial threats at home: "my brother says he will kill me if i tell mum about the engagement".
  /\b(?:he|she|they|mum|mom|dad|my [a-z]+) (?:says |said )?(?:he |she |they )?(?:will|is going to|would|is gonna) kill me if i (?:tell|eat|touch|use|borrow|wear|spoil|forget|miss|break|lose|take|finish|read)\b(?=[^?]{0,60}\b(?:lol|haha|about the|before (?:he|she|they) does|surprise|birthday|present|engagement|joking)\b)/g,
  // A partner's anger at a mishap: "flooded the kitchen , wife is going to kill me".
  // (Speed, same matches: the leading look-ahead, which the match itself implies, lets the look-behind run only where the match could start.)
  /(?=\b(?:wife|husband|mum|mom|dad|partner|missus|boss|girlfriend|boyfriend) )(?<=\b(?:flooded|broke|smashed|lost|forgot|spilled|spilt|burnt|burned|scratched|dented|shrunk|ruined)\b[^?]{0,40})\b(?:wife|husband|mum|mom|dad|partner|missus|boss|girlfriend|boyfriend) (?:is|will be) (?:going to |gonna )?kill me\b/g,
  // Hiding and knocking at home for everyday reasons: "hiding in my room with a book while the party rages",
  // "my mum banging on my door to get me up for school".
  /\bhiding in my room\b(?= (?:(?:so )?(?:mum|mom|dad|my [a-z]+) (?:does not|cannot|will not) (?:make me|see)|with a (?:book|cuppa|tea|coffee|film|snack)|revising|studying|from the (?:in laws|in-laws|relatives|guests|visitors|party|kids)|while the))/g,
  /\b(?:mum|mom|dad|flatmate|housemate|roommate|sister|brother|partner) (?:is |was |keeps |kept )?(?:banging|knocking) on (?:my|the) (?:bedroom |bathroom )?door\b(?=[^?]{0,40}\b(?:get me up|alarm|shower|school|work|breakfast|dinner|as per usual|wake me)\b)/g,
  // A child's game, a knife-sharpening van.
  /\blocked the door and took my phone\b(?=[^?]{0,40}\b(?:my [0-9]+ year old|toddler|playing|game|prank)\b)/g,
  /\bwith a knife\b(?= , (?:a |the )?(?:knife )?sharpening)/g,
  // Deaths in a game: "i killed myself with my own grenade in cod", "jumped off the tower in minecraft".
  /\b(?:killed|kill|killing) myself\b(?=[^?]{0,40}\b(?:in|on|playing) (?:cod|fortnite|minecraft|roblox|gta|warzone|valorant|overwatch|apex|halo|battlefield|skyrim|zelda|the game)\b)/g,
  /\b(?:jumped|fell|jumping) off (?:the|a) [a-z]+\b(?= in (?:minecraft|fortnite|roblox|gta|the game)\b)/g,
  // Play, not a fight: "brother pinned me down and tickled me till i cried laughing".
  /\bpinned me down\b(?=[^?]{0,40}\b(?:tickled|tickling|laughing|wrestling|play fight)\b)/g,
  // Peace made with a fact, unless beside a leaving for good: "i have made my peace with that".
  /(?<!\bfor good and (?:i have )?)\bmade (?:my )?peace with (?:that|the fact)\b/g,
  // Jumps that cannot kill: "jumping off the shed roof".
  /\b(?:jumping|jump|jumped) off the (?:shed|garage|porch|trampoline|sofa|bed|stage|wall)(?: roof)?\b(?![^~]{0,120}\b(?:the point|somewhere higher|higher next time|on purpose|nobody knows)\b)/g,
  // Other people's overdoses in the news of a place: "after the overdose in my area last week".
  /\b(?:the |an )?overdoses? in (?:my|our|the) (?:area|town|city|street|estate|community|school|block)\b/g,
  // A view from a bridge: "i am on the bridge, the view is unreal".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\bon the (?:[a-z]+ )?bridge\b(?= , the view| the view| taking (?:photos|pictures))/g,
  // Stocking up for a shortage: "stockpiling paracetamol because last winter the shelves were empty".
  /\bstockpil(?:ing|ed|e)\b(?=[^.?]{0,60}\bbecause (?:last winter|the shelves|the shops|of the shortage|there was a shortage|of covid|of the strikes))/g,
  // Studied, not planned: "my pharmacology exam is on toxic doses tomorrow, overdose management is the big topic".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  /\b(?:pharmacology|toxicology|pharmacy|nursing|medical|first aid|exam|exams|lecture|module|revision|revising|textbook|placement) (?:[a-z]+ ){0,3}?(?:is |are )?(?:on|about|covering|for) (?:toxic|lethal|overdose|overdoses)(?: doses?| levels?| limits?)?\b/g,
  /\b(?:the )?(?:lethal|toxic) doses? of (?:the )?pills (?:is|are) on the (?:exam|test|paper|syllabus)\b/g,
  /\b(?:we|they|i) had an overdose (?:come|came|coming) in\b/g,
  /\b(?:pills )?(?:overdose|overdoses|toxic dose|lethal dose) (?:management|treatment|protocols?|pathway|guidelines|is the big topic)\b/g,
  // Carbon monoxide as safety or a lesson: "the carbon monoxide alarm", "found the flue leaking carbon monoxide".
  /\bcarbon monoxide (?:alarm|alarms|detector|detectors|tester|leak|leaking|poisoning is|in (?:chemistry|science|biology|class|the lesson))\b/g,
  /\b(?:leaking|leaks|leak of|learned about|learnt about|lesson on|tested for|checked for|alarm for|detector for|never take a [a-z]+ into the [a-z]+ ,?) carbon monoxide\b/g,
  // Version 10: the app's own notice after a block ("You won't see each other anywhere on Alongside"),
  // which people quote back; the model had read it as a goodbye.
  /\b(?:you|we|they) will not see each other (?:anywhere )?on alongside\b/g,
];

// ─── Risk rules ────────────────────────────────────────────────────────────
// Longer matches win: when one match lies inside another, only the outer one
// counts, so "tried to kill myself" is read as an attempt, not as intent.

const SUICIDE: RiskRule[] = [
  // "I want to kill myself", "unalive myself" (normalised to kill), "kms"
  rule("kill-self", "suicide", 5, REASON.intent, /\b(?:kill|killing|killed|kills|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|suffocate|suffocating|gas|electrocute|stab|stabbing) (?:myself|yourself|himself|herself|themselves|themself)\b/g),
  rule("i-kys", "suicide", 5, REASON.intent, /\bi (?:should|will|am going to|want to|might|need to|could|may|got to|am about to|wanna) kys\b/g, { about: "self" }),
  rule("want-to-die", "suicide", 5, REASON.intent, /\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|need|needs|ready|deserve|deserves|prepared|longing|hope|hoping|praying) to die\b/g),
  rule("should-die", "suicide", 5, REASON.intent, /\bshould (?:die|be dead|not be alive|not exist)\b/g),
  rule("let-me-die", "suicide", 5, REASON.intent, /\blet me die\b/g, { about: "self" }),
  rule("suicidal", "suicide", 5, REASON.thoughts, /\b(?:am|feel|feeling|felt|been|getting|get|is|are|was|were|becoming|became|went|go) suicidal\b/g),
  rule("suicidal-thoughts", "suicide", 5, REASON.thoughts, /\bsuicidal (?:thoughts?|ideation|feelings?|urges?|again|tonight|right now|lately)\b/g),
  rule("thinking-of-suicide", "suicide", 5, REASON.thoughts, /\b(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsessing|considering|contemplating|picture|picturing|imagine|imagining|visuali[sz]e|visuali[sz]ing) (?:about|of)? ?(?:killing myself|suicide|ending it|ending it all|ending my life|ending things|taking my life|dying|being dead|not being here|not being alive|overdosing|jumping|hanging myself|my funeral|my own funeral|suicidal|my own death|my death)\b/g),
  rule("feel-like-dying", "suicide", 5, REASON.intent, /\bfeel like (?:dying|ending it|ending it all|ending my life|ending things|killing myself|i want to die|i should die|i am better off dead)\b/g),
  rule("keeping-me-alive", "suicide", 3, REASON.thoughts, /\bonly (?:thing|reason|one|person) (?:keeping me|that keeps me|i am still) (?:alive|here|going|around)\b/g, { about: "self" }),
  rule("all-i-think-about", "suicide", 5, REASON.thoughts, /\b(?:suicide|killing myself|dying|ending it|ending my life|death) (?:is all i (?:can )?think about|(?:is|has been|keeps|keeps being|was) (?:on my mind|in my head|going round my head))\b/g, { about: "self" }),
  rule("commit-suicide", "suicide", 5, REASON.intent, /\b(?:commit|committing|plan to commit|going to commit) suicide\b/g),
  rule("end-life", "suicide", 5, REASON.intent, /\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their|your) (?:own )?life\b(?! back| into| seriously| for granted| in (?:my|your) hands)/g),
  rule("end-it-all", "suicide", 5, REASON.intent, /\bend (?:it all|everything)\b/g),
  // "I'm going to end it tonight" — but not "end things with him"
  rule("end-it", "suicide", 5, REASON.intent, /\b(?:going to|want to|will|planning to|plan to|ready to|about to|need to|decided to|gonna|have to|should|time to|time i) (?:end|ended) (?:it|things|this)(?=$| [.,?"]| tonight| today| now| soon| forever| for good| once and for all)/g),
  rule("end-for-good", "suicide", 5, REASON.intent, /\b(?:end|ended|ending) (?:it|things|everything) (?:for good|forever|once and for all)\b/g),
  rule("end-pain", "suicide", 4, REASON.intent, /\b(?:end|stop) (?:my suffering|the pain|this pain|all this pain)(?: for good| forever)?\b/g),
  rule("want-it-to-end", "suicide", 4, REASON.passive, /\bwant (?:it all|everything|it|all of this|this life|my life|the pain|this pain|the hurt) to (?:end|stop|be over)\b/g, { urgent: true }),
  rule("want-dead", "suicide", 5, REASON.passive, /\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|rather) (?:to be|i was|i were|i could be|i had been) dead\b/g),
  rule("wish-not-alive", "suicide", 5, REASON.passive, /\bwish(?:es)? i (?:was not|were not|was no longer|were no longer|was never) (?:alive|here|around|born)\b/g, { about: "self", negatable: false }),
  rule("want-to-be-gone", "suicide", 4, REASON.passive, /\bwant to be gone(?=$| [.,?"]| forever| for good)/g),
  rule("join-them", "suicide", 4, REASON.passive, /\b(?:want to|going to|wish i could|ready to) (?:join|be with) (?:him|her|them|my [a-z]+) (?:in heaven|again|on the other side|up there)\b/g),
  rule("dont-care-if-i-die", "suicide", 5, REASON.passive, /\b(?:do not|no longer|would not) care (?:if|whether) i (?:live|die|wake up|make it|am alive|survive)\b/g, { about: "self", negatable: false }),
  rule("suicide-verb", "suicide", 5, REASON.intent, /\b(?:want to|going to|about to|will|planning to|gonna) suicide\b/g),
  rule("better-off-dead", "suicide", 5, REASON.passive, /\bbetter off dead\b/g),
  rule("happier-if-i-died", "suicide", 5, REASON.burden, /\b(?:happier|better|better off|easier|fine) (?:if|when|once) i (?:died|was dead|were dead|was gone|were gone|was not here|were not here|did not exist|killed myself|ended it)\b/g, { about: "self" }),
  rule("hope-not-wake", "suicide", 5, REASON.passive, /\bhope i (?:die|do not wake up|never wake up|will not wake up|do not make it)\b/g, { about: "self", negatable: false }),
  rule("hope-hit", "suicide", 5, REASON.passive, /\b(?:hope|hoping|pray|praying|wish) (?:i (?:get hit|get run over|crash|do not wake up|never wake up|die)|(?:a car|a bus|a train|something|someone) (?:would |will )?(?:hits?|kills?) me)\b/g, { about: "self", negatable: false }),
  rule("not-make-it", "suicide", 5, REASON.intent, /\b(?:will not|do not think i will|not going to|might not|may not) (?:make it|survive|be alive|last) (?:through |until |till |to )?(?:tonight|the night|this night|the weekend|tomorrow|morning|the week|much longer)\b/g, { about: "self", negatable: false }),
  rule("cannot-be-alive", "suicide", 5, REASON.noReason, /\b(?:cannot|can not|could not) (?:be alive|live|exist|keep living|stay alive|be here) anymore\b/g, { negatable: false }),
  rule("not-deserve-to-live", "suicide", 5, REASON.noReason, /\b(?:do not|no longer) deserve to (?:live|be alive|be here|exist)\b/g, { negatable: false }),
  rule("want-out", "suicide", 5, REASON.noReason, /\bwant out of (?:this life|life|this world|everything|existence)\b/g),
  rule("want-out-bare", "suicide", 3, REASON.noReason, /\b(?:i want out|i need out)(?=$| [.,?"])/g, { urgent: true }),
  rule("last-night-alive", "suicide", 5, REASON.intent, /\b(?:tonight|today) is my last (?:night|day)\b/g, { about: "self" }),
  rule("never-wake", "suicide", 5, REASON.passive, /\b(?:do not|never|no longer) want to wake up\b/g, { negatable: false }),
  rule("sleep-never-wake", "suicide", 5, REASON.passive, /\b(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not) wake up\b/g, { negatable: false }),
  rule("wish-could-die", "suicide", 5, REASON.passive, /\bwish i (?:could|would) (?:die|not wake up|never wake up|stop breathing)\b/g, { about: "self" }),
  rule("sleep-forever", "suicide", 4, REASON.passive, /\b(?:want to|wish i could|wish i would|going to) (?:go to )?sleep forever\b/g),
  rule("not-want-to-live", "suicide", 5, REASON.noReason, /\b(?:do not|no longer|never|not sure i|not sure if i|do not think i|do not know if i|do not know why i|do not know how much longer i) (?:want to|can|even want to) (?:live|be alive|exist|keep living|go on|carry on|keep going|stay alive|be here(?! (?:at|in|with|for|on|when|because|tomorrow|next|this))|be around(?! (?:at|in|with|for|on|when|because|tomorrow|next|this)))\b/g, { negatable: false }),
  rule("method", "plan", 5, REASON.plan, /\b(?:drink|drinking|drank) bleach\b|\b(?:belt|rope|cord|scarf|something) (?:around|round) my neck\b|\b(?:carbon monoxide(?! (?:alarm|alarms|detector|detectors|sensor|monitor|leak|poisoning from|test))|plastic bag over my head)\b/g),
  rule("want-not-to-be", "suicide", 5, REASON.noReason, /\bwant to not (?:be here|be alive|exist|wake up|be around)\b/g),
  rule("done-with-life", "suicide", 5, REASON.noReason, /\b(?:done|finished|over) with (?:life|living|being alive|existing|this life|this world)\b/g),
  rule("tired-of-life", "suicide", 4, REASON.noReason, /\b(?:tired|sick|exhausted|weary) of (?:living|life|being alive|existing|being here|this life|waking up)\b(?! (?:in|with|at|on|here|near|next to|alone in))/g),
  // "no reason to live", "I can't see any reason to live" (the negation is part of the phrase)
  rule("no-reason-to-live", "suicide", 5, REASON.noReason, /\b(?:no|zero|not a single|(?:do not|cannot|could not|can not) (?:see|find|think of|have|get) (?:any|a|one)) (?:reason|reasons|point) (?:to|in|for) (?:me |my )?(?:live|living|keep living|be alive|being alive|stay alive|staying alive|exist|existing|wake up|waking up|life|being here)\b/g, { negatable: false }),
  rule("no-reason-to-go-on", "suicide", 5, REASON.noReason, /\b(?:no|zero|(?:do not|cannot|could not|can not) (?:see|find|think of|have|get) (?:any|a|one)) (?:reason|reasons|point) (?:to|in) (?:keep going|go on|going on|carry on|carrying on|stay|be here|continue|keep trying|try anymore)(?=$| [.,?"]| anymore)/g, { negatable: false }),
  rule("nothing-to-live-for", "suicide", 5, REASON.noReason, /\bnothing (?:left )?(?:to live for|left for me|worth living for)\b/g),
  rule("point-of-living", "suicide", 5, REASON.noReason, /\b(?:what is|what was|where is) the point (?:of|in) (?:me |my )?(?:living|life|being alive|existing|staying alive|waking up|going on|carrying on|me being here)\b/g),
  rule("not-worth-living", "suicide", 5, REASON.noReason, /\b(?:life|my life|living) (?:is not|is no longer|was never|is) (?:not )?worth (?:living|it)\b/g),
  rule("only-way-out", "suicide", 5, REASON.intent, /\bsuicide (?:is|seems|feels) (?:like )?(?:the|my) (?:only )?(?:way|option|answer|choice|way out)\b/g),
  rule("way-out", "suicide", 4, REASON.intent, /\b(?:the|my) only way out\b/g, { urgent: true }),
  rule("better-off-without-me", "suicide", 5, REASON.burden, /\b(?:better off without me|(?:world|everyone|everybody|they|my family|you|people) (?:is|are|would be|will be) better without me)\b/g, { about: "self" }),
  rule("better-if-gone", "suicide", 5, REASON.burden, /\b(?:better|easier|happier) (?:off |for everyone |for them |for my family |for you )?if i (?:was|were|am|was not|were not) (?:gone|dead|not here|not around|never born|here|not alive)\b/g, { about: "self" }),
  rule("better-if-not-exist", "suicide", 5, REASON.burden, /\b(?:better|easier|happier) (?:off |for everyone |for them |for my family |for you )?if i (?:did not exist|had never been born|never existed)\b/g, { about: "self" }),
  rule("happier-without-me", "suicide", 4, REASON.burden, /\b(?:happier|easier) (?:off )?without me\b/g, { about: "self" }),
  rule("if-i-died", "suicide", 4, REASON.absence, /\bif i (?:died|was gone|were gone|am gone|was dead|were dead|do not make it|did not wake up|was not here|were not here|disappeared forever|was not around|were not around)\b/g, { about: "self" }),
  rule("if-i-killed-myself", "suicide", 5, REASON.intent, /\bif i (?:killed|kill|was to kill|were to kill) myself\b/g, { about: "self" }),
  rule("favour", "suicide", 3, REASON.burden, /\b(?:doing|do|be doing) (?:everyone|everybody|them|the world|my family|you all) a favou?r(?=$| [.,?"]| if i| by (?:dying|leaving|disappearing|killing|not being|ending|being gone))/g, { about: "self" }),
  rule("not-exist", "suicide", 4, REASON.notExist, /\b(?:wish i (?:did not|could not|would not|could) (?:exist|stop existing)|want to (?:stop existing|cease to exist|not exist)|wish i (?:was|were|had) never (?:been )?born)\b/g, { about: "self" }),
  rule("thinking-of-death", "suicide", 2, REASON.dark, /\b(?:thinking|think) about death\b/g),
  // "I tried to kill myself last night" counts now; "ten years ago I attempted" is history.
  rule("attempt", "suicide", 5, REASON.attempt, /\b(?:tried|attempted|try|trying) to (?:kill myself|end my life|end it(?! with)|take my life|overdose|hang myself|die)\b/g, { pastForm: true }),
  rule("attempted", "suicide", 5, REASON.attempt, /\b(?:i|i have|have|i had) attempted(?=$| [.,?"]| (?:suicide|once|twice|three times|several times|when|at|in|as|before|last|again|years|months))/g, { about: "self", pastForm: true }),
  rule("suicide-attempt", "suicide", 5, REASON.attempt, /\b(?:attempted suicide|suicide attempts?|(?:my|an|a) attempt on my life)\b/g, { pastForm: true }),
  rule("made-attempt", "suicide", 5, REASON.attempt, /\b(?:made|make|making) (?:an|another|a second|my first) attempt\b/g, { pastForm: true }),
  rule("committed-suicide", "suicide", 5, REASON.attempt, /\b(?:committed|died by|died of) suicide\b/g, { pastForm: true }),
  // A loss is the writer's grief, not a risk to someone else: a concern.
  rule("bereaved", "suicide", 3, REASON.bereaved, /\b(?:lost (?:my |a |our |an )?[a-z]+ to suicide|(?:my|our|a) [a-z]+ (?:committed suicide|died by suicide|killed (?:himself|herself|themselves)|took (?:his|her|their) own life))\b/g, { about: "self" }),
  rule("used-to", "suicide", 5, REASON.thoughts, /\bused to (?:want to die|be suicidal|think about (?:suicide|killing myself|dying)|attempt|overdose)\b/g, { pastForm: true }),
  rule("suicide-mention", "suicide", 1, REASON.mentionsSuicide, /\bsuicid(?:e|al)\b(?! (?:prevention|awareness|hotline|helpline|line|lifeline|squad|training|first aid|crisis|rates?|statistics|research|bereavement|loss|survivors?|doors|sprints|drills|risk))/g),
];

const PLAN: RiskRule[] = [
  // Added after the holdout (docs/safety.md): general families, not single sentences.
  rule("means-on-self", "plan", 5, REASON.plan, /\b(?:use|using|turn|turning|point|pointing) (?:it|them|that|this|the knife|the blade|the gun|the razor|the rope) on myself\b/g, { about: "self" }),
  rule("waiting-to-do-it", "plan", 5, REASON.plan, /\b(?:asleep|alone|gone out|gone to bed|leaves|leave|goes out|out) so (?:that )?i can do it\b/g, { about: "self" }),
  rule("on-high-place", "plan", 4, REASON.place, /\b(?:standing|sitting|i am|up) (?:on|at) (?:the|a) (?:railway |train |motorway |high |tall |old )?(?:bridge|roof|rooftop|ledge|cliff|overpass)(?: looking down| staring down)\b/g, { about: "self", urgent: true }),
  rule("have-plan", "plan", 5, REASON.plan, /\bi (?:have|have got|got|made|have made|came up with|have come up with|worked out|have worked out) (?:a|the|my) plans?(?=$| [.,?"]| to (?:end|kill|die|do it|take|not be)| for (?:how|when|it|tonight|ending|my death)| and (?:i|the)\b| now\b)/g, { about: "self" }),
  rule("know-how", "plan", 5, REASON.plan, /\bi know (?:how|when|where|exactly how) (?:i am going to|i will|i would|i want to|i could|to) (?:do it|end it|die|kill myself)\b/g, { about: "self" }),
  rule("planning-death", "plan", 5, REASON.plan, /\bplanning (?:my|how to|the) (?:death|suicide|funeral|exit|way out|end)\b/g),
  rule("research-method", "plan", 5, REASON.plan, /\b(?:researching|researched|looking up|looked up|googling|googled|searching|searched|searching for|reading about|read about) (?:how to|ways to|painless ways to|the best way to|the easiest way to|quick ways to|methods to|methods of) (?:die|kill myself|end it|end my life|overdose|commit suicide|hang myself)\b/g, { about: "self" }),
  rule("painless-way", "plan", 5, REASON.plan, /\b(?:painless|quickest|easiest|best|quick) (?:way|ways|method|methods) to (?:die|kill myself|end it|end my life|go)\b/g, { about: "self" }),
  rule("how-many-pills", "plan", 5, REASON.plan, /\bhow (?:many|much) (?:sleeping )?(?:pills|insulin) (?:would it take|does it take|would kill|to die|to kill|is lethal|are lethal|before you die|would be enough)\b/g, { about: "self" }),
  rule("lethal-dose", "plan", 4, REASON.plan, /\blethal (?:dose|amount)\b/g, { about: "self", urgent: true }),
  rule("stockpiling", "plan", 5, REASON.plan, /\b(?:stockpiling|stockpiled|stockpile|saving|saved|saving up|saved up|hoarding|hoarded|collecting|collected|stashing|stashed|storing|stored|hiding|hid) (?:my |all my |some |enough )?(?:sleeping )?pills\b/g, { about: "self" }),
  rule("noose", "plan", 5, REASON.plan, /\b(?:(?:tied|tying|made|bought|got|have) (?:a |the |my )?noose|(?:tied|tying|knotted|hung|hanging up) (?:a |the |my )?(?:rope|belt|cord))\b/g, { about: "self" }),
  rule("means-at-hand", "plan", 3, REASON.plan, /\b(?:bought|got|ordered|have|hid|hiding|keeping) (?:a |the |some |my )?(?:rope|blade|gun|pills|sleeping pills)(?= ready| in my (?:room|drawer|bag|car)| for (?:tonight|later|it|when)|$| [.,?"])/g, { about: "self", urgent: true }),
  rule("means-ready", "plan", 5, REASON.plan, /\b(?:pills|rope|blade|gun|bottle)(?: is| are)?(?: on the (?:table|desk|bed|floor|counter|side))? (?:ready|lined up|counted out|in front of me|in my hand|next to me|laid out)\b/g, { about: "self" }),
  rule("pills-and-drink", "plan", 4, REASON.plan, /\b(?:vodka|alcohol|wine|whisky|whiskey|gin|drink|booze) and (?:all )?(?:my |the )?pills\b|\bpills and (?:a bottle of )?(?:vodka|alcohol|wine|whisky|whiskey|gin|booze)\b/g, { about: "self", urgent: true }),
  rule("how-to-do-it", "plan", 3, REASON.plan, /\b(?:thinking|thought|think|planning|figuring|figured|working|worked) (?:about |out )?how (?:to|i would|i will|i could|i am going to) do it\b/g, { urgent: true }),
  rule("medicine-cabinet", "plan", 5, REASON.plan, /\b(?:take|swallow|taking|swallowing|took|swallowed) (?:everything|all of it|the lot|whatever i can find|whatever is) (?:in|from) (?:my|the) (?:pills|medicine|bathroom|first aid|pill) (?:drawer|cabinet|cupboard|box|kit)\b/g),
  rule("do-it", "plan", 4, REASON.plan, /\b(?:going to|gonna|will|about to|ready to|decided to|finally going to) do it\b/g, { urgent: true }),
  rule("pills-taken", "plan", 5, REASON.overdose, /\b(?:took|take|taking|taken|swallowed|swallow|swallowing|downed|necked|overdosed on)(?: all| all of| a bunch of| a lot of| lots of| loads of| a load of| a ton of| tons of| heaps of| my whole| a handful of| handfuls of| too many| way too many| the whole| an entire| a whole| a bottle of| a box of| a pack of| a packet of| every| \d{2,}| twenty| thirty| forty| fifty| a hundred)(?: my| the| these| those| of my| of the)? (?:pills|pill|sleeping pills|insulin|prescription|(?:bottle|box|pack|packet|strip)(?! of (?!(?:my |the |her |his )?(?:sleeping )?(?:pills|insulin))))\b/g),
  rule("take-them-all", "plan", 1, REASON.overdose, /\b(?:take|swallow|taking|swallowing|took|swallowed) (?:all of them|them all|the lot|the whole lot)\b/g, {
    stronger: { context: /\b(?:pills|insulin|sleep|never wake|not wake)\b/, weight: 5 },
  }),
  rule("overdose", "plan", 5, REASON.overdose, /\b(?:overdosed|overdosing|(?:took|take|taken|taking) an overdose|to overdose|overdose tonight|overdose again)\b/g),
  rule("jump", "plan", 5, REASON.plan, /(?<!\b(?:bungee|bungy|zip|base|parachute) )\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|walk|walking|lie down|lying down) (?:off|from|in front of|onto|under) (?:a |the |my |this )?(?:bridge|building|roof|train|cliff|balcony|car|bus|lorry|truck|tower|window|tracks|overpass|motorway|highway|one|traffic|oncoming traffic)\b/g),
  rule("jump-bare", "plan", 5, REASON.plan, /\b(?:going to|want to|about to|gonna|will|ready to|need to) jump(?=$| [.,?"]| tonight| now| soon| today)/g, { urgent: true }),
  rule("walk-into", "plan", 5, REASON.plan, /\b(?:walk|walking|step|stepping|run|running|drive|driving) (?:out )?into (?:the )?(?:traffic|oncoming traffic|sea|river|ocean|lake)\b/g),
  rule("holding-means", "plan", 4, REASON.plan, /\b(?:holding|clutching|staring at|looking at) (?:a |the |my )?(?:blade|pills|rope|noose|bottle of pills)\b/g, { about: "self", urgent: true }),
  rule("crash-car", "plan", 5, REASON.plan, /\b(?:drive|driving|drove|crash|crashing|crashed) (?:my car |the car )?(?:into|off) (?:a tree|a wall|oncoming traffic|the river|a cliff|the cliff|the sea|a bridge|the bridge|a truck|a lorry|the pier|the edge)\b/g),
  rule("crash-on-purpose", "plan", 5, REASON.plan, /\bcrash (?:my|the) car on purpose\b/g),
  // eslint-disable-next-line security/detect-unsafe-regex -- the look-ahead repeats at most ten words
  rule("on-the-edge", "plan", 5, REASON.place, /\b(?:standing|sitting|stood|sat|i am|up|climbed) (?:on|onto|over|at) (?:the|a) (?:ledge|railing|railings|edge of (?:the|a) (?:car park |multi storey )?(?:roof|bridge|cliff|building|platform)|wrong side of the (?:railing|railings|fence|barrier))\b(?!(?: [a-z]+| ,){0,10}? (?:fixing|repairing|harness|gutter|gutters|yellow line|steam train|photo|photos|selfie|painting|scaffolding))/g, { about: "self" }),
  rule("dangerous-place", "plan", 4, REASON.place, /\b(?:standing|sitting|i am|up) (?:on|at) (?:the|a) (?:ledge|roof|rooftop|bridge|railing|railings|tracks|cliff edge|edge of the (?:roof|bridge|cliff|building)|top of the building|top of a building)\b/g, { about: "self", urgent: true }),
];

// Self-harm verbs followed by what counts as an act, not "cutting onions".
const SELF_HARM: RiskRule[] = [
  rule("harm-self", "selfHarm", 5, REASON.selfHarmNow, /\b(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|harmed) (?:myself|yourself|himself|herself|themselves|themself)\b/g),
  rule("hit-self", "selfHarm", 4, REASON.selfHarmNow, /\b(?:hit|hitting|scratch|scratching|scratched|bruise|bruising|punish|punishing|punched|punching) (?:myself|himself|herself|themselves)\b/g),
  rule("until-bleed", "selfHarm", 5, REASON.selfHarmNow, /\b(?:till|until|til) (?:it|they|i|my [a-z]+) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b/g, { about: "self" }),
  rule("do-something-to-myself", "selfHarm", 4, REASON.selfHarmIntent, /\bdo something to myself\b/g, { urgent: true }),
  rule("cut-body", "selfHarm", 5, REASON.selfHarmNow, /\b(?:cut|cutting|slit|slitting|slash|slashing|carve|carving|burn|burning|burned) (?:my|his|her|their|your) (?:wrists?|arms?|legs?|thighs?|skin|stomach|hips?|throat|body)\b/g),
  rule("cutting-now", "selfHarm", 5, REASON.selfHarmNow, /\b(?:am|been|started|start|starting|keep|kept|back to|went back to|gone back to|go back to|resumed|began|begun) (?:self harming|cutting|burning|self harm)(?=$| [.,?"]| again| tonight| a lot| more| deeper| every| daily)/g),
  rule("cutting-time", "selfHarm", 5, REASON.selfHarmNow, /\b(?:cutting|self harming|burning myself|cutting myself|hurting myself) (?:tonight|right now|now|today|again|every night|every day|daily)\b/g),
  rule("again", "selfHarm", 5, REASON.selfHarmNow, /\b(?<!hair )(?:self harming|self harmed|self harm|cutting|cut|burned|burning|hurt myself|hurting myself) again\b/g),
  rule("i-cut", "selfHarm", 5, REASON.selfHarmNow, /\bi (?:just )?cut(?=$| [.,?"]| (?:again|tonight|today|last night|yesterday|deep|deeper|too deep|badly))/g, { about: "self" }),
  rule("did-self-harm", "selfHarm", 5, REASON.selfHarmNow, /\b(?:did|do|doing|done) self harm\b/g),
  rule("relapsed-sh", "selfHarm", 5, REASON.selfHarmNow, /\brelaps(?:ed|ing|e) (?:on |into |with |in )?(?:self harm|self harming|cutting)\b/g),
  rule("bleeding", "selfHarm", 5, REASON.selfHarmNow, /\b(?:wrists?|cuts|arms?|thighs?|legs?) (?:is|are|keep|keeps|will not stop|cannot stop|would not stop|started|have been|has been) bleeding\b/g, { about: "self" }),
  rule("fresh-cuts", "selfHarm", 5, REASON.selfHarmNow, /\bfresh (?:cuts|scars|wounds|burns)\b/g),
  rule("intend-self-harm", "selfHarm", 5, REASON.selfHarmIntent, /\b(?:going to|have to|will|about to|gonna|i am going to) (?:self harm|self harming|hurt myself|hurting myself|harm myself|harming myself|burn myself|cut myself|cutting myself|cut(?=$| [.,?"]| again| tonight| so bad| deep))/g),
  rule("want-self-harm", "selfHarm", 3, REASON.selfHarmUrge, /\b(?:want to|wanna|need to|feel like|tempted to|itching to) (?:self harm|sh|hurt myself|hurting myself|harm myself|harming myself|burn myself|cut myself|cutting myself|cut|scratch|punish myself)(?=$| [.,?"]| again| tonight| right now| now| so bad| deep| but)/g, { urgent: true }),
  rule("self-harm-urge", "selfHarm", 3, REASON.selfHarmUrge, /\b(?:urge|urges|urged|tempted|thinking|thought|thoughts|think|craving|crave|miss|missing) (?:to|about|of)? ?(?:self harm|self harming|hurting myself|hurt myself|harm myself|harming myself|burn myself|burning myself|cut myself|cutting myself|cutting(?! (?:back|down|out|off|class|corners|ties|the|my hair|hair|onions|it|carbs|sugar))|cut(?=$| [.,?"]| again))/g),
  rule("urge-to-cut", "selfHarm", 3, REASON.selfHarmUrge, /\b(?:urge|urges) to (?:cut|burn|hurt|harm|scratch)\b/g),
  rule("used-to-self-harm", "selfHarm", 5, REASON.selfHarmNow, /\bused to (?:cut|self harm|hurt myself|harm myself|burn myself)\b/g, { pastForm: true }),
  rule("self-harm-mention", "selfHarm", 2, REASON.selfHarmMention, /\bself (?:harm|harming|harmed)\b/g),
  rule("relapsed", "selfHarm", 2, REASON.relapse, /\brelaps(?:ed|ing)\b/g, {
    stronger: { context: /\b(?:self harm|cutting|cut myself|suicidal|overdose|pills)\b/, weight: 5 },
  }),
];

const EATING: RiskRule[] = [
  rule("not-eaten", "eating", 2, REASON.eating, /\b(?:have not|not|did not|have barely|barely|cannot|could not) (?:eaten properly|eaten much|eaten|eat|eating|ate|left (?:my|the) (?:bed|room|house|flat)|showered|got out of bed)(?: anything)? (?:in|for) (?:days|a few days|two days|three days|four days|five days|\d+ days|a week|about a week|over a week|weeks|ages|a couple of days)\b/g),
  rule("stopped-eating", "eating", 2, REASON.eating, /\b(?:stopped eating|not been eating|have not been eating|cannot make myself eat|skipped (?:meals|every meal|breakfast and lunch|eating) (?:all week|for days|every day|again|this week)|skipping (?:meals|every meal))\b/g),
  rule("starving-self", "eating", 3, REASON.eating, /\b(?:starve|starving|starved) (?:myself|himself|herself)\b/g),
  rule("purging", "eating", 3, REASON.eating, /\b(?:purging|making myself (?:sick|throw up)|throwing up after (?:meals|eating|every meal))\b/g),
  rule("throwing-up-food", "eating", 2, REASON.eating, /\b(?:throwing up|throw up|threw up|bringing up) (?:what i (?:do )?eat|everything i eat|my food|every meal)\b|\bbarely (?:eaten|eating|ate) (?:this week|all week|for days|in days|since)\b/g),
];

const DISTRESS: RiskRule[] = [
  rule("not-coping", "distress", 2, REASON.cope, /\b(?:i am not|not|am not) coping\b/g, { negatable: false }),
  rule("too-much", "distress", 2, REASON.cope, /\b(?:everything|it all|life|all of it) (?:is|feels) (?:too much|unbearable)\b/g),
  rule("hopeless", "distress", 2, REASON.hopeless, /\b(?:feel|feeling|am|felt|everything is|life is|it is|it is all|all|things are|it all feels|everything feels|i am|this is|my life is|the situation is) hopeless\b(?! at| with| when it comes)/g),
  rule("no-hope", "distress", 2, REASON.hopeless, /\b(?:lost|losing|have no|without|there is no|no) (?:all )?hope\b/g),
  rule("never-better", "distress", 2, REASON.hopeless, /\b(?:nothing|it|things|life) (?:is )?(?:ever )?(?:will|going to|is going to) (?:ever )?(?:never )?(?:get better|change|improve)(?=$| [.,?"]| for me)/g),
  rule("no-way-forward", "distress", 2, REASON.hopeless, /\b(?:(?:cannot|can not|could not|do not) see (?:a way (?:forward|out)|any way (?:forward|out)|a future|any future|the light|an end to (?:this|it))|there is no way out|no way out(?=$| [.,?"]))/g, { negatable: false }),
  rule("trapped", "distress", 2, REASON.hopeless, /\b(?:i feel|i am|feel|feeling) trapped\b/g),
  rule("stopped-caring", "distress", 2, REASON.hopeless, /\b(?:(?:stopped|stop) caring(?=$| [.,?"]| about (?:anything|everything|myself|what happens))|nothing matters(?=$| [.,?"]| anymore| to me)|do not care about anything anymore)/g),
  rule("tired-of-trying", "distress", 2, REASON.hopeless, /\b(?:tired|sick|exhausted|weary) of (?:trying|fighting|being me|feeling like this|pretending)\b/g),
  rule("failing-everyone", "distress", 2, REASON.worthless, /\b(?:failing|letting down|disappointing|let down) (?:everyone|everybody|my family|all of them)\b|\b(?:i am|i feel like) a lost cause\b/g),
  rule("weight-on-everyone", "distress", 3, REASON.burden, /\b(?:a weight (?:on|dragging)|dragging everyone down|drag everyone down|holding everyone back|a drain on (?:everyone|my family|them)|in everyone(?:s)? way)\b/g),
  rule("life-is-over", "distress", 2, REASON.hopeless, /\bmy life is over\b/g),
  rule("feeling-low", "distress", 1, REASON.distress, /\b(?:i am|i feel|feel|feeling|i have been feeling|been) (?:low|depressed|at my lowest|miserable)\b/g),
  rule("bullied", "distress", 2, REASON.harmed, /\b(?:i am|i am being|i get|getting|been|i keep getting) bullied\b/g, { about: "self" }),
  rule("done-with-everything", "distress", 2, REASON.givingUp, /\b(?:i am|i feel) done with (?:everything|it all|all of it|this)(?=$| [.,?"]| anymore)/g),
  rule("see-the-point", "distress", 2, REASON.hopeless, /\b(?:what the point is|(?:do not|cannot|could not|can not) see the point)(?=$| [.,?"]| anymore| of (?:anything|trying|it all|any of this|getting up|me|carrying on))/g, { negatable: false }),
  rule("whats-the-point", "distress", 2, REASON.hopeless, /\b(?:what is|there is no|what was) (?:the )?point\b(?=$| [.,?"]| anymore| of (?:anything|trying|it all|any of this|getting up|me|even trying|carrying on|doing anything))/g),
  rule("cannot-cope", "distress", 2, REASON.cope, /\b(?:cannot|could not|unable to|do not know how to|struggling to|not able to) (?:cope|handle (?:it|this|anything|life|my life)|deal with (?:it|this|anything|life|my life)|manage(?=$| [.,?"]| anymore))/g),
  rule("cannot-take-it", "distress", 3, REASON.breaking, /\b(?:cannot|could not) (?:take|stand|bear|do|handle) (?:it|this|any more|much more|life|this life|living like this|another day)(?=$| [.,?"]| anymore| any longer)/g, { urgent: true }),
  rule("cannot-go-on", "distress", 4, REASON.breaking, /\b(?:cannot|could not|do not think i can|do not know how (?:much )?longer i can) (?:go on|keep going|carry on|keep doing this|do this|hold on|take (?:it|this)|keep living|live like this|keep living like this|live with this|live with myself|do life)(?=$| [.,?"]| anymore| any longer| longer| like this| living)/g, { urgent: true, negatable: false }),
  rule("breaking-point", "distress", 2, REASON.breaking, /\b(?:i am|i feel|feeling|i am feeling|my life is|everything is) (?:falling apart|breaking down|at (?:my )?breaking point|at the end of my (?:rope|tether)|at rock bottom|hitting rock bottom|drowning|spiralling|spiraling|in pieces|broken|a mess|a wreck|losing it)\b/g),
  rule("not-okay", "distress", 1, REASON.distress, /\bi am not (?:ok|okay|alright|all right|fine)\b(?! with)/g, { negatable: false }),
  rule("give-up", "distress", 3, REASON.givingUp, /\b(?:i give up|i gave up|i am giving up|want to give up|feel like giving up|ready to give up|going to give up)(?=$| [.,?"]| on (?:life|everything|myself|living|trying|it all))/g),
  rule("hate-self", "distress", 2, REASON.selfHatred, /\b(?:i|he|she|they) (?:hate|hates|loathe|loathes|despise|despises) (?:myself|himself|herself|themselves|my life|my body|who i am|being alive|my existence|everything about me)\b/g),
  rule("waste-of-space", "distress", 3, REASON.worthless, /\b(?:i am|i feel like|feel like|i am such) (?:a waste of (?:space|oxygen|air|life)|a mistake|unlovable|nothing but trouble)\b/g),
  rule("worthless", "distress", 2, REASON.worthless, /\b(?:i am|i feel|feel|feeling|i feel like|i am such) (?:worthless|useless|pathetic|a failure|a disappointment|nothing|unwanted|dead inside)\b/g),
  rule("empty", "distress", 1, REASON.empty, /\b(?:i am|i feel|feel|feeling) (?:empty|numb|invisible|nothing at all)\b/g),
  rule("lonely", "distress", 1, REASON.lonely, /\b(?:i am|i feel|feeling|i feel so|so) (?:alone|lonely|isolated)\b/g),
  rule("nobody-cares", "distress", 2, REASON.unwanted, /\b(?:nobody|no one) (?:cares|would care|will care|gives a damn|loves me|likes me|wants me|understands me|would notice|would miss me|will miss me|would even notice)(?=$| [.,?"]| about me| anymore| if| when)/g, { about: "self" }),
  rule("wont-miss-me", "distress", 2, REASON.unwanted, /\b(?:will not|would not|never) (?:even )?miss me\b/g, { about: "self", negatable: false }),
  rule("scared-for-them", "distress", 2, REASON.distress, /\b(?:scared|worried|frightened|terrified) (?:for|about) (?:him|her|them|my (?:son|daughter|friend|sister|brother|mom|dad|partner|child|kid))\b/g, { about: "self" }),
  rule("would-anyone-notice", "distress", 2, REASON.unwanted, /\b(?:(?:would|will|if) (?:anyone|anybody) (?:would |will )?(?:even )?(?:notice|care|miss me)(?= if i (?:was gone|were gone|disappeared|died|stopped|left|was not here|vanished|did not)|$| [.,?"])|would anyone even notice)/g, { about: "self" }),
  rule("dont-know-how-to-go-on", "distress", 4, REASON.breaking, /\bdo not know how (?:to|i can|i am going to) (?:keep going|go on|carry on|keep living|get through this|survive this)\b/g, { urgent: true, negatable: false }),
  rule("cannot-anymore", "distress", 3, REASON.breaking, /\bi cannot anymore(?=$| [.,?"])/g, { urgent: true, negatable: false }),
  rule("meaningless", "distress", 2, REASON.hopeless, /\b(?:my life|life) (?:is|feels|has) (?:pointless|meaningless|no meaning|no purpose)\b(?! without)/g),
  rule("everything-pointless", "distress", 2, REASON.hopeless, /\beverything (?:is|feels|seems) (?:pointless|meaningless|hopeless|grey|gray|empty)\b/g),
  rule("cannot-get-up", "distress", 1, REASON.distress, /\b(?:cannot|can not|could not) (?:get out of bed|get up in the morning|face (?:anyone|the day|anything))\b/g, { negatable: false }),
  rule("scared-bare", "distress", 1, REASON.distress, /\bi am (?:scared|terrified|frightened)(?=$| [.,?"]| and alone| of what)/g, { about: "self", urgent: true }),
  rule("everyone-hates-me", "distress", 2, REASON.unwanted, /\b(?:everyone|everybody|the world|they all) (?:hates|hate) me\b/g, { about: "self" }),
  rule("burden", "distress", 3, REASON.burden, /\b(?:a|such a|a huge|a big|being a|nothing but a|been a|the) burden\b(?! of)/g),
  rule("ruin-everything", "distress", 2, REASON.burden, /\bi (?:ruin|make) everything (?:worse)?\b/g, { about: "self" }),
  rule("disappear", "distress", 3, REASON.disappear, /\b(?:want to|wish i could|need to|i could|want me to) (?:disappear|vanish|fade away|not be here|stop existing)(?=$| [.,?"]| forever| completely| and never| for good| anymore| from (?:this|the) (?:world|earth|planet))/g),
  rule("dark-thoughts", "distress", 2, REASON.dark, /\b(?:dark|bad|scary|intrusive) (?:thoughts|place|headspace)\b/g),
  rule("not-worth-it", "distress", 3, REASON.hopeless, /\b(?:not worth it anymore|i am not worth (?:it|anything|saving|the effort|living))\b/g),
  rule("fear-self", "distress", 4, REASON.fearSelf, /\b(?:scared|afraid|worried|terrified) (?:i will|i am going to|i might|of what i might|of what i will|that i will|that i might) (?:do|hurt myself|do something)\b/g, { about: "self", urgent: true }),
  rule("do-something-stupid", "distress", 3, REASON.fearSelf, /\bdo something (?:stupid|drastic|dangerous|i will regret|bad|permanent)\b/g, { urgent: true }),
  rule("dont-trust-self", "distress", 3, REASON.fearSelf, /\b(?:do not trust myself|scared of myself|afraid of myself)\b/g, { about: "self", negatable: false }),
  rule("need-help-now", "distress", 2, REASON.helpNow, /\b(?:i need help|please help me|somebody help me|someone help me|help me please|i need someone)(?=$| [.,?"]| right now| now| please| tonight)/g, { about: "self", urgent: true }),
  rule("crying", "distress", 1, REASON.distress, /\b(?:cannot stop crying|crying (?:all|every) (?:day|night)|have not slept in days)\b/g, { negatable: false }),
];

const GOODBYE: RiskRule[] = [
  rule("when-i-am-gone", "goodbye", 4, REASON.goodbye, /\b(?:when|after|once|now that) i am gone\b/g, { about: "self", negatable: false }),
  rule("do-not-grieve-me", "goodbye", 2, REASON.goodbye, /\bdo not (?:be sad|cry|blame yourself|miss me|feel bad)\b/g, { about: "self", negatable: false }),
  rule("this-is-goodbye", "goodbye", 4, REASON.goodbye, /\bthis is (?:my |our )?(?:goodbye|farewell)\b/g, { about: "self" }),
  rule("goodbye-forever", "goodbye", 5, REASON.goodbye, /\b(?:goodbye|bye|farewell) (?:forever|for good|world|cruel world)\b/g, { about: "self" }),
  rule("goodbye-all", "goodbye", 2, REASON.goodbye, /\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|guys|you all|friends)\b/g, { about: "self" }),
  rule("goodbye", "goodbye", 1, REASON.goodbye, /\bgoodbye\b/g, { about: "self" }),
  rule("said-goodbyes", "goodbye", 3, REASON.goodbye, /\b(?:said|saying|say|made) my goodbyes\b/g, { about: "self" }),
  rule("ready-to-go", "goodbye", 2, REASON.goodbye, /\bi am ready to go(?=$| [.,?"]| now)/g, { about: "self" }),
  rule("last-message", "goodbye", 4, REASON.goodbye, /\b(?:(?:this is|this will be|this is going to be|it is|here is) my (?:last|final) (?:message|post|text|night|day|goodbye|words)|(?:this is|this will be) the (?:last|final) time (?:i|you) (?:message|text|write|talk|speak|post|hear from me))\b(?! (?:before|for|until|of|today|tonight|here for|in a while))/g, { about: "self" }),
  rule("wont-hear-again", "goodbye", 4, REASON.goodbye, /\b(?:you will not|you will never|no one will|nobody will) (?:hear from|see) me (?:again|anymore|after (?:today|tonight))\b/g, { about: "self", negatable: false }),
  rule("thanks-for-trying", "goodbye", 2, REASON.goodbye, /\bthank you for (?:trying|all you tried|trying to help me|always trying)\b/g, { about: "self" }),
  rule("thanks-for-everything", "goodbye", 1, REASON.goodbye, /\bthank you for everything\b/g, { about: "self" }),
  rule("love-you-all", "goodbye", 1, REASON.goodbye, /\b(?:i love you all|i love you guys|tell them i love them|tell my (?:mom|dad|family|parents|sister|brother) i love (?:her|him|them))\b/g, { about: "self" }),
  rule("take-care-all", "goodbye", 1, REASON.goodbye, /\btake care of yourselves\b/g, { about: "self" }),
  rule("tell-them", "goodbye", 3, REASON.goodbye, /\b(?:please )?tell (?:my [a-z]+|them|her|him|everyone|mom|dad) (?:i am sorry|i said goodbye|goodbye|i love (?:them|her|him|you)|that i love (?:them|her|him))\b/g, { about: "self" }),
  rule("this-is-it", "goodbye", 3, REASON.goodbye, /\b(?:this is it for me|this is the end for me|it is over for me|i am done for good|my time is up)\b/g, { about: "self" }),
  rule("affairs", "goodbye", 3, REASON.goodbye, /\b(?:(?:written|wrote|made|sorted|updated) (?:out )?(?:my|a) will|sorted (?:out )?my affairs|(?:got|getting|put|putting) my affairs in order)\b/g, { about: "self" }),
  rule("nobody-will-find", "goodbye", 3, REASON.goodbye, /\b(?:nobody|no one) will (?:find|see|hear from) me\b/g, { about: "self" }),
  rule("sorry-for-everything", "goodbye", 2, REASON.goodbye, /\b(?:i am )?sorry for everything\b/g, { about: "self" }),
  rule("dont-blame-yourself", "goodbye", 4, REASON.goodbye, /\b(?:please )?(?:do not|never) blame your(?:self|selves)\b(?! for)/g, { about: "self", negatable: false }),
  rule("when-im-gone", "goodbye", 4, REASON.goodbye, /\b(?:when|after|once) i am (?:gone|dead|not here anymore)\b/g, { about: "self", negatable: false }),
  rule("look-after", "goodbye", 3, REASON.goodbye, /\b(?:take care of|look after) my (?:cat|dog|cats|dogs|kids|children|pets|family|mom|sister|brother|plants) for me\b/g, { about: "self" }),
  rule("by-the-time", "goodbye", 5, REASON.goodbye, /\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|get|gets|find|finds) this\b/g, { about: "self" }),
  rule("remember-me", "goodbye", 2, REASON.goodbye, /\b(?:please remember me|remember me (?:as|when|fondly|for|how))\b/g, { about: "self" }),
  rule("giving-away", "goodbye", 3, REASON.goodbye, /\b(?:giving|given|gave) away (?:all )?my (?:stuff|things|belongings|possessions|cat|dog|pets)\b/g, { about: "self" }),
  rule("goodbye-letters", "goodbye", 4, REASON.goodbye, /\b(?:written|wrote|writing|left) (?:a |my )?(?:goodbye |farewell |final )?(?:letters?|notes?) (?:to|for) (?:my family|everyone|my parents|my kids|you all|my mom|my dad|my friends)\b/g, { about: "self" }),
  rule("deal-with-me", "goodbye", 4, REASON.goodbye, /\b(?:no one|nobody|you|they|everyone) (?:will|is going to|are going to) (?:have to|need to) (?:deal with|worry about|put up with|look after|see) me (?:again|anymore|after)\b/g, { about: "self", urgent: true, negatable: false }),
  rule("wrote-goodbye", "goodbye", 4, REASON.goodbye, /\b(?:wrote|written|writing|left|recorded) (?:a |my )?goodbye(?: letter| note| message| video)?\b/g, { about: "self" }),
  rule("not-your-fault", "goodbye", 2, REASON.goodbye, /\b(?:please know |remember )?it (?:was not|is not|will not be) your fault\b/g, { about: "self", negatable: false }),
  rule("suicide-note", "goodbye", 5, REASON.plan, /\bsuicide (?:note|letter)\b/g),
  rule("at-peace", "goodbye", 3, REASON.goodbye, /\b(?:at peace with (?:my|the) decision|made peace with (?:dying|it all|my decision)|made my peace)\b/g, { about: "self" }),
  rule("the-end", "goodbye", 2, REASON.goodbye, /\bthis is the end\b/g, { about: "self" }),
  rule("tonight-is-the-night", "goodbye", 2, REASON.goodbye, /\btonight is the night\b/g, { about: "self" }),
  rule("be-over-soon", "goodbye", 5, REASON.goodbye, /\bit will (?:all )?be over (?:soon|tonight|by (?:morning|tomorrow))\b/g, { about: "self" }),
  rule("not-be-here", "goodbye", 5, REASON.goodbye, /\bi will not be (?:here|around|alive|a burden|a problem|one|in your way|in anyone(?:s)? way|your problem|anyone(?:s)? problem) (?:anymore|much longer|longer|for (?:much )?longer|for (?:much )?long|by (?:morning|tomorrow|the weekend)|when you (?:wake up|read this|get this))\b/g, { about: "self", negatable: false }),
  rule("not-be-here-tomorrow", "goodbye", 3, REASON.goodbye, /\bi will not be (?:here|around|alive) tomorrow\b/g, { about: "self", negatable: false }),
  rule("other-side", "goodbye", 4, REASON.goodbye, /\bsee you on the other side\b/g, { about: "self" }),
];

// Harm from other people. "needsOtherSubject": "he hits me" counts, "it hit me" does not.
const DANGER: RiskRule[] = [
  rule("being-hurt-now", "danger", 5, REASON.danger, /\b(?:is|are|keeps|keep|started|starts|been|was|were) (?:hitting|beating|hurting|choking|strangling|kicking|punching|attacking|threatening|slapping|raping|abusing|grabbing|following|stalking|screaming at|smashing things near|throwing things at|throwing stuff at|pinning|dragging|shoving|pushing|cornering|yelling at) me\b/g, { about: "self", needsOtherSubject: true, urgent: true }),
  rule("hits-me", "danger", 5, REASON.danger, /\b(?:hits|beats|chokes|strangles|kicks|punches|slaps|abuses|rapes) me\b/g, { about: "self", needsOtherSubject: true }),
  rule("hurts-me", "danger", 4, REASON.harmed, /\b(?:hurts|threatens|attacks|touches) me\b/g, { about: "self", needsOtherSubject: true, urgent: true }),
  rule("hurt-me", "danger", 3, REASON.harmed, /\b(?:just )?(?:hit|beat|kicked|punched|slapped|hurt|abused|raped|attacked|assaulted|threatened|molested|pushed|shoved|battered|headbutted|strangled|choked) me\b(?! up| hard| like| with (?:the|a) (?:realisation|realization|truth))/g, { about: "self", needsOtherSubject: true, urgent: true }),
  // Strangling is a warning sign of lethal violence, whenever it happened.
  rule("strangled-me", "danger", 5, REASON.danger, /\b(?:(?:choked|strangled|strangles|chokes) me|grabbed me by the (?:throat|neck)|(?:hands|arm) (?:around|round) my (?:throat|neck))\b/g, { about: "self", needsOtherSubject: true }),
  rule("being-abused", "danger", 5, REASON.danger, /\bi am (?:being|getting) (?:abused|beaten|hurt|hit|raped|attacked|threatened)\b/g, { about: "self" }),
  rule("scared-for-life", "danger", 5, REASON.danger, /\b(?:scared|afraid|fearing|terrified) for my (?:life|safety)\b/g, { about: "self" }),
  rule("assaulted", "danger", 3, REASON.harmed, /\bi (?:was|got|have been) (?:raped|sexually assaulted|assaulted|attacked|beaten up|jumped)\b/g, { about: "self", urgent: true }),
  rule("threat-to-kill", "danger", 5, REASON.danger, /\b(?:threatened|threatening|threatens|(?:said|says|saying|screaming|screamed|shouting|shouted|yelling|yelled|texted|telling me) (?:that )?(?:he|she|they) (?:would|will|is going to|are going to)|tried to|trying to|wants to) (?:to )?(?:kill|strangle|stab|shoot) me\b/g, { about: "self" }),
  rule("kill-me-if-i-leave", "danger", 5, REASON.danger, /\b(?:will|would|is going to|going to|said he would|said she would) (?:kill|hurt) me if i (?:leave|tell|go|try|call|report|say|speak|break up)\b/g, { about: "self" }),
  rule("will-kill-me", "danger", 3, REASON.danger, /\b(?:is going to|are going to|will|going to) (?:kill|hurt|beat|strangle|stab) me\b/g, { about: "self", needsOtherSubject: true, urgent: true }),
  rule("afraid-of-them", "danger", 5, REASON.danger, /\b(?:scared|afraid|terrified|frightened) (?:that )?(?:he|she|they|my [a-z]+) (?:will|is going to|might|would|is gonna|are going to) (?:kill|hurt|beat|find|come for|come back for) me\b/g, { about: "self" }),
  rule("afraid-of-person", "danger", 3, REASON.unsafe, /\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my (?:dad|father|stepdad|mom|mother|partner|boyfriend|girlfriend|husband|wife|ex|brother|uncle))\b/g, { about: "self", urgent: true }),
  rule("not-safe-here", "danger", 5, REASON.unsafe, /\b(?:i am not|i do not feel|i never feel|not|do not feel|i am no longer) safe(?=$| [.,?"]| at home| here| with (?:him|her|them|my)| in my (?:home|house|room|flat)| tonight| right now| now| around (?:him|her|them)| going home| to go home)/g, { about: "self", negatable: false }),
  rule("not-safe", "danger", 3, REASON.unsafe, /\b(?:i am not|i do not feel|i never feel|i am no longer) safe\b/g, { about: "self", negatable: false }),
  rule("scared-to-go-home", "danger", 4, REASON.unsafe, /\b(?:scared|afraid|terrified|frightened) to go (?:home|back home|back)\b/g, { about: "self", urgent: true }),
  // Hiding is danger only beside a threat: "hiding in my room from the spider" is not (version 6).
  rule("hiding", "danger", 2, REASON.unsafe, /\b(?:i am hiding (?:at|in|from)|hiding (?:from (?:him|her|them|my (?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|stepfather|stepmother|brother|sister|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|uncle|aunt|family|parents|flatmate|housemate|roommate|landlord|boss|son|daughter))|in (?:the|my) (?:bathroom|room|closet|wardrobe|car))|locked me in|i am locked in (?:the|my) (?:bathroom|room)|locked myself in (?:the|my) (?:bathroom|room))\b/g, { about: "self", urgent: true, stronger: { context: THREAT_NEAR, weight: 4 } }),
  rule("has-weapon", "danger", 5, REASON.danger, /\b(?:he|she|they) (?:has|have|had|is holding|got|grabbed) a (?:knife|gun|weapon)\b(?! licen[cs]e| permit| collection| cabinet| safe| club| for (?:work|hunting|shooting|his job|her job))/g, { about: "self" }),
  rule("with-weapon", "danger", 5, REASON.danger, /\bwith a (?:knife|gun|hammer|bat|baseball bat|axe|machete|weapon|blade)\b/g, { about: "self", needsOtherSubject: true }),
  // Someone at the door is danger beside a threat; a mum waking someone for school is not (version 6).
  rule("at-my-door", "danger", 2, REASON.unsafe, /\b(?:banging on|kicking|trying to (?:break|get) (?:down|in|through)|breaking down|smashing) my (?:door|window|bedroom door)\b/g, { about: "self", needsOtherSubject: true, urgent: true, stronger: { context: THREAT_NEAR, weight: 4 } }),
  rule("came-into-room", "danger", 3, REASON.harmed, /\bcame into my (?:room|bed|bedroom) (?:again|at night|last night|every night|while i (?:was )?(?:asleep|sleeping))\b/g, { about: "self", needsOtherSubject: true, urgent: true }),
  rule("cannot-go-back", "danger", 3, REASON.unsafe, /\b(?:cannot|can not|could not) go back (?:home|to (?:that|his|her|their|my) (?:house|flat|place|home))\b/g, { about: "self", urgent: true, negatable: false }),
  rule("controlled", "danger", 3, REASON.unsafe, /\b(?:will not|does not|do not|never) let me (?:leave|leave the house|call anyone|talk to anyone|have my phone|see anyone|have (?:my own |any )?money|see my (?:friends|family|mates))(?=$| [.,?"]| alone| without)/g, { about: "self", needsOtherSubject: true, urgent: true, negatable: false }),
  rule("nowhere-to-go", "danger", 3, REASON.unsafe, /\b(?:nowhere|no where) (?:to go|to sleep|to stay|safe to go)\b/g, { about: "self", urgent: true }),
];

const HARASSMENT: RiskRule[] = [
  rule("urging", "harassment", 3, REASON.urging, /\b(?:you should|go|go and|why do not you|please go|someone should|you need to|you deserve to) (?:kill yourself|kys|die|hang yourself|jump off a bridge|drink bleach|end yourself)\b/g, { about: "self" }),
  rule("kys", "harassment", 3, REASON.urging, /\bkys\b/g, { about: "self" }),
  rule("told-me-to", "harassment", 3, REASON.urging, /\b(?:told|tell|tells|telling|texted|messaged|wants|want|keep telling|keeps telling) me to (?:kill myself|die|kys|hang myself|go die)\b/g, { about: "self" }),
  // Voices telling someone to hurt themselves are a crisis, not harassment.
  rule("voices", "selfHarm", 5, REASON.selfHarmIntent, /\bvoices? (?:are telling|is telling|tell|tells|told|keep telling|keeps telling) me to (?:kill myself|hurt myself|die|cut|jump|end it)\b/g, { about: "self" }),
];

const HELP: RiskRule[] = [
  rule("someone-to-call", "help", 1, REASON.crisisHelp, /\b(?:someone|somebody|anyone|a number|a person) i can (?:call|ring|text|talk to)(?: at night| tonight| now| if things get bad| when things get bad)\b/g, { about: "self", negatable: false }),
  rule("crisis-help", "help", 1, REASON.crisisHelp, /\b(?:what is|where is|where can i find|where do i find|how do i call|how do i reach|how do i contact|how do i find|can i call|can i text|is there|who do i call|who can i call|do you have|do you know|give me|i need) (?:the |a |an |any )?(?:number|crisis|suicide|hotline|helpline|lifeline|samaritans|emergency number|text line)\b/g, { about: "self", negatable: false }),
  rule("crisis-line-question", "help", 1, REASON.crisisHelp, /\b(?:crisis (?:text )?line|crisis number|hotline|helpline|samaritans|lifeline|988|text line)\b[^.?]*\?/g, { about: "self", negatable: false }),
];

export const RULES: readonly RiskRule[] = [...SUICIDE, ...PLAN, ...SELF_HARM, ...EATING, ...DISTRESS, ...GOODBYE, ...DANGER, ...HARASSMENT, ...HELP];

// ─── Words that read a sentence ────────────────────────────────────────────

/** Negators looked for in the few words before a match. */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "never", "no", "nor", "cannot", "neither", "nothing"]);
/** A negator followed by one of these is not negating the match: "can't stop thinking about…". */
export const NOT_A_NEGATION_BEFORE: ReadonlySet<string> = new Set(["stop", "help", "seem", "wait", "shake", "escape", "get", "only", "sure", "even"]);
/** "I don't think I want to die" — a negation can reach past "i" only through these verbs. */
export const NEGATION_BRIDGES: ReadonlySet<string> = new Set(["think", "saying", "say", "said", "mean", "that", "like", "believe", "because"]);
/** How many words before a match a negator may stand… */
export const NEGATION_WINDOW = 4;
/** …not counting these, which a negation passes through: "not going to want to…". */
export const NEGATION_TRANSPARENT: ReadonlySet<string> = new Set([
  "i", "to", "going", "want", "be", "am", "is", "are", "was", "would", "will", "could", "should", "have", "has", "had",
  "ever", "do", "does", "did", "think", "try", "trying", "ever", "plan", "planning",
]);

export const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me", "my", "myself", "mine", "we", "us", "our"]);
export const SECOND_PERSON: ReadonlySet<string> = new Set(["you", "your", "yourself", "yourselves"]);
export const THIRD_PERSON: ReadonlySet<string> = new Set([
  "he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs", "himself", "herself", "themselves",
  "themself", "friend", "friends", "sister", "brother", "mom", "mother", "dad", "father", "parent", "parents", "son",
  "daughter", "kid", "kids", "child", "children", "partner", "boyfriend", "girlfriend", "husband", "wife", "ex", "cousin",
  "aunt", "uncle", "grandma", "grandmother", "grandpa", "grandfather", "grandad", "nan", "roommate", "flatmate", "housemate",
  "classmate", "coworker", "colleague", "boss", "someone", "somebody", "anyone", "people", "person", "guy", "girl", "man",
  "woman", "mentee", "client", "student", "neighbour", "neighbor", "niece", "nephew", "teen", "teenager", "stepdad",
  "stepmom", "stepfather", "stepmother", "everyone", "everybody", "bestie", "mate", "buddy", "teacher", "celebrity",
  // Version 9: people at work, school and care who may be the ones hurting the writer, or at risk.
  "lad", "lads", "boys", "girls", "manager", "supervisor", "carer", "oga", "landlord", "stranger",
  "men", "guys", "bully", "bullies", "coach", "employer",
]);
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  "book", "books", "novel", "movie", "movies", "film", "films", "show", "shows", "series", "episode", "episodes", "season",
  "song", "songs", "lyrics", "album", "game", "games", "documentary", "article", "news", "podcast", "anime", "manga",
  "character", "characters", "protagonist", "villain", "story", "play", "poem", "tv", "netflix", "actor", "actress",
  "rapper", "singer", "comic", "fiction", "essay", "lecture", "chapter", "plot", "author", "narrator", "studied", "studying",
  "literature", "shakespeare", "textbook", "lesson", "tragedy", "opera", "musical", "thriller", "detective", "whodunnit",
  // Version 12: how people name television ("the finale ended with her on the bridge").
  "finale", "cliffhanger", "sitcom", "soap", "spoiler", "spoilers", "trailer", "sequel", "premiere", "storyline", "kdrama", "telenovela",
  // Version 7: games ("killed myself with my own grenade in cod", "jumped off the tower in minecraft").
  "minecraft", "fortnite", "roblox", "gta", "cod", "warzone", "sims", "valorant", "overwatch", "zelda", "skyrim", "xbox", "playstation", "ps5", "switch",
]);
/** Reflexive words inside a match settle who it is about. */
export const SELF_REFLEXIVE: ReadonlySet<string> = new Set(["myself", "my", "me", "i"]);
export const OTHER_REFLEXIVE: ReadonlySet<string> = new Set(["yourself", "himself", "herself", "themselves", "themself", "his", "her", "their", "your"]);

// ─── Sentence markers ──────────────────────────────────────────────────────

/** The sentence tells of the past at a distance: "ten years ago", "when I was 15", "used to". */
export const DISTANCE_MARKERS: readonly RegExp[] = [
  /\b(?:years?|decades?|months) (?:ago|back|earlier)\b/,
  /\bwhen i was (?:a |an |in |at )?(?:kid|child|teen|teenager|younger|little|young|student|school|high school|college|uni|university|my teens|my twenties|\d+|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/,
  /\b(?:spent|lost) my (?:teens|twenties|childhood|youth|school years|student years)\b/,
  // Version 7: "was suicidal at 14", "during my divorce", "the version of me who wanted to die".
  /\b(?:was|were|i was) [a-z]+ at (?:1\d|[2-9]\d)\b/,
  /\bduring my (?:divorce|breakup|break up|teens|twenties|degree|pregnancy|first year|gcses|a levels|time at)\b/,
  /\b(?:the|a) (?:version of me|old me|younger me|person i was|girl i was|boy i was) (?:who|that)\b/,
  /\b(?:used to|in the past|back then|a long time ago|long ago|last year|as a (?:teen|teenager|kid|child|student)|in (?:my )?(?:teens|twenties|youth|20s|thirties)|in (?:19|20)\d\d|history of|lived experience|old scars|clean (?:from|of|for)|recovered from|in recovery|survived|survivor|years clean|months clean|went through|had a (?:suicidal|dark|rough|bad) (?:period|phase|patch|time))\b/,
];
/** A recent time makes a past-tense phrase current: "I tried last night". */
export const RECENT_MARKER = /\b(?:last night|yesterday|today(?! i am| i have| i work| i help| i got| i passed| i start| i graduat)|tonight|at the weekend|last weekend|this weekend(?! i am getting| we are getting| i get)|last week|the other day|(?:a|one|two|three|four|five|few|couple of|couple) days ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?|recently|next time|try again|trying again|still want|wish it had worked|wish i had not woken|did not work|i will do it|do it (?:properly|again)|going to (?:get more|do it again|try again)|this (?:morning|afternoon|evening|week)|an hour ago|hours ago|minutes ago|just|earlier|right now|again|currently|at the moment)\b/;
/** Urgent timing, added once to an "urgent" rule in the same sentence. */
export const URGENT_MARKER = /\b(?:tonight|right now|now|today|soon|tomorrow|this weekend|again|just|last night|this morning|an hour ago|in an hour|before (?:morning|sunrise)|when (?:everyone|they) (?:is|are) asleep)\b/;
/**
 * A past that still weighs (version 8): said beside a resolved marker, the
 * past is read as past (a concern), not resolved ("survived an attempt a few
 * years back and some days i wonder why i did", "i am doing better but some
 * days remind me", "scared my kids will feel what i did").
 */
export const STILL_WEIGHS = /\b(?:(?:it is|its) the anniversary|(?:round|around|on|at) the anniversary|comes up|never (?:talked|spoken) about it|never told anyone|some days|creeping back|coming back|still figuring out|most days|still feels?|still (?:think|struggle|get|have) (?:about it|urges|the urges|with it|days)|wonder why i|think about it|it is (?:still )?hard|is hard because|remind me|reminds me|scared (?:my|i|that|it)|nobody knows|nobody at (?:school|work|home) knows|want to so badly|the urges? (?:are|is|come|came))\b/;
/** Anywhere in the message: the history is behind them. */
// eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
export const RESOLVED_MARKER = /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?) (?:free|clean)|free of (?:cutting|self harm|harming|it)|recovered|recovery|clean|sober|better now|better these days|doing (?:well|better|good|great|okay|ok|alright)|in a (?:much )?(?:good|better|great|safe) place|survived|survivor|volunteer|volunteering|help (?:others|people)|helping (?:others|people)|support (?:others|people)|supporting (?:others|people)|glad i|grateful|thriving|stable now|healed|healing|not anymore|no longer|lived experience|proud of|happy now|safe now|came through|got through|made it through|the other side of it|(?:today|now|these days|nowadays) i am (?:a|an|married|working|studying|happy|well|okay|ok|fine|good|great|healthy|safe|stable|thriving|doing)|(?:now|today|these days|nowadays) i (?:train|work|volunteer|help|run|mentor|teach|support|coach|lead|have)|(?:been|is|are|am|doing) fine (?:now|for)|it (?:does |really )?gets? better|so glad|i am (?:so )?happy|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) years on|getting married|got married|got into (?:uni|university|college)|final say|met someone|have not (?:[a-z]+ )?(?:in|for) (?:nearly |over |almost |about |more than )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many) (?:years?|months?))\b/;
/** A question about what someone would do, not a statement about now. */
export const HYPOTHETICAL_MARKER = /\b(?:(?:call|text|contact|ring|go|do) if (?:i|you|someone|they) (?:am|are|is|feel|get|ever|was|were)|if (?:i|you|someone|somebody|a friend|they|he|she|my [a-z]+) (?:ever|were to|was to)|what (?:should|do|can|would) (?:i|you|we) (?:do|say) if|how (?:do|can|should|would) (?:i|you|we) (?:help|support|respond|talk to)|in case (?:i|you|someone))\b/;
/** Everyday farewells that take the weight out of "goodbye" and "thank you for everything". */
export const ORDINARY_FAREWELL = /\b(?:good luck|see you (?:all )?(?:soon|next|tomorrow|later|on|around|then|there|in (?:a|two|three|[0-9]+) (?:weeks?|days?|months?))|retreat|doing (?:much |so much |a lot )?better|discharged|(?:midwife|therapist|counsellor|counselor|health visitor|nurse|doctor|gp|teacher) (?:suggested|recommended)|talk (?:soon|later|tomorrow|next)|speak soon|keep in touch|stay in touch|catch up|until next (?:time|week)|next (?:week|session|time|tuesday|month)|new (?:mentor|job|city|chapter|school|role|office|desk|team|phone|number|account)|moving (?:to|away|on)|on holiday|on vacation|for now|after my exams|have a (?:good|great|nice|lovely)|visiting|flight|plane|holiday|trip|festival|conference|charity|donate|donating|decluttering|facebook|new one|since i got|moved(?! (?:my|all my) (?:savings|money))|moving|at my (?:mum|mom|dad|nan|gran)s?|travel[a-z]*|gap year|end of term|class|coworker|colleague|retiring|retirement|baby|born|mortgage|operation|surgery|solicitor|pension|married|new house|exams? end|move|abroad|wedding|party|graduat[a-z]*|op|babys|baby is here|leaflet|advis[eo]r|knee|hip|boxing them up|contract (?:ends|finishes|runs out|is up)|off to (?:uni|university|college)|whos leaving|who is leaving|bought the house|bought a house|grown up|sensible|downsiz[a-z]*|lent|detox|screen time|isa|savings account|better deal|cheaper deal|switch(?:ed|ing)? (?:banks?|providers?|networks?)|(?:allow|allows|allowed) pets|no pets|new place|cruise|power of attorney|morning person|handing (?:in )?my notice|hand in my notice|notice period|being sensible|handed in my notice|something new|time capsule|leaving (?:do|party|drinks|card)|helped me get (?:here|this far)|in the best way|spending (?:it|christmas|the holidays|new year|the summer) (?:with|at|in)|back (?:at|to) (?:work|school|uni|university|college|the office|my job)|back home (?:to|in)|back in [a-z]+ with (?:my )?(?:family|parents|mum|mom|dad)|working (?:on the|on a|abroad|away|nights|overseas)|for work|full time|career|volunteer(?:ing)?|no signal|for (?:the |a |two |three |four |six |a few |[0-9]+ )(?:weeks?|months?) (?:while|i am|at|in|on)|charger|battery|phone is on [0-9]+|remission|on a high|doomscrolling|(?:my|this) [a-z]+ era|goodbye (?:drinks|party|lunch|dinner|meal|card|present|gift|do|cake)|goodbye to the old me|thank you cards?|(?:lovely|great|nice|a pleasure) working with you|feel like (?:myself|me again)|blessing|(?:from|on) this (?:phone|account|number))\b/;
export const ORDINARY_FAREWELL_RELIEF = 3;
/** Goodbye signals alone count only from this total: one "goodbye" is manners. */
export const GOODBYE_ALONE_MIN = 3;
