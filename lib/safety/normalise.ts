/**
 * Step one of the risk detector: turn whatever a person typed into one plain,
 * predictable string that the pattern tables can be written against.
 *
 * The result is lower-case ASCII words separated by single spaces, with four
 * punctuation tokens kept as words of their own:
 *
 *   "."  end of a sentence (also ! ; … new lines, and inserted before "but")
 *   "?"  end of a question
 *   ","  a clause break (commas, colons, dashes, brackets)
 *   '"'  a quotation mark (straight, curly or a single quote used as one)
 *
 * Along the way it expands contractions ("don't" → "do not"), chat spellings
 * ("dont", "wanna", "rn", "u"), the abbreviations and euphemisms people use to
 * talk about self-harm ("kms", "sh", "od", "unalive", "sewerslide"), common
 * typos, letter stretching ("pleaseeee") and digits used as letters ("k1ll"),
 * and drops filler words ("just", "really", "literally") so that the patterns
 * do not need to allow for them.
 *
 * Pure and synchronous; it never throws on a string.
 */

import { anchorsOf } from "./anchors";

/** Contractions written with an apostrophe, applied in this order. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bi'?ma\b/g, "i am going to"],
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "cannot"],
  [/\bain't\b/g, "am not"],
  [/\bshan't\b/g, "shall not"],
  [/n't\b/g, " not"],
  [/'(m|re|ve|ll)\b/g, " $1"], // the words are restored in WORDS: "m" → "am", "re" → "are"…
  // "I'd taken" means "I had taken"; otherwise "'d" is usually "would".
  [/'d (?=(?:been|taken|had|done|gone|made|tried|already|never|just|written|given|cut|thought|planned|hoped|wanted)\b)/g, " had "],
  [/\bo\.?d'(?:d|ed)\b/g, "overdosed"],
  [/\bsh'd\b/g, "self harmed"],
  [/'d\b/g, " would"],
  [/'s been\b/g, " has been"],
  [/\b(it|that|what|he|she|there|here|who|where|how|everything|nothing|life|everyone|nobody|someone)'s\b/g, "$1 is"],
  [/\blet's\b/g, "let us"],
];

/** Spellings with a slash or a dot inside, handled before punctuation goes. */
const SPECIAL_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bs\/h\b/g, " self harm "],
  [/\bk\.m\.s\b\.?/g, " kms "],
  [/\bw\/o\b/g, " without "],
  [/\bw\//g, " with "],
  [/\bo\.d\.?(?=\s|$)/g, " overdose "],
  [/\bod[-']?ing\b/g, " overdosing "],
  [/\bsh[-']?ing\b/g, " self harming "],
];

/**
 * Single words rewritten to their plain form. A value may be several words.
 * Grouped by kind; keys are what remains after punctuation is removed.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Contractions typed without the apostrophe.
  ["dont", "do not"], ["doesnt", "does not"], ["didnt", "did not"], ["cant", "cannot"], ["couldnt", "could not"],
  ["wouldnt", "would not"], ["shouldnt", "should not"], ["wont", "will not"], ["isnt", "is not"], ["arent", "are not"],
  ["wasnt", "was not"], ["werent", "were not"], ["havent", "have not"], ["hasnt", "has not"], ["hadnt", "had not"],
  ["aint", "am not"], ["im", "i am"], ["ive", "i have"], ["youre", "you are"], ["theyre", "they are"], ["hes", "he is"],
  ["shes", "she is"], ["thats", "that is"], ["whats", "what is"], ["wats", "what is"], ["theres", "there is"],
  ["itll", "it will"], ["theyll", "they will"], ["theyd", "they would"], ["youd", "you would"], ["hed", "he would"], ["youll", "you will"], ["dunno", "do not know"], ["idk", "i do not know"], ["idc", "i do not care"],
  ["idgaf", "i do not care"],
  // Chat spellings.
  ["u", "you"], ["ur", "your"], ["r", "are"], ["ppl", "people"], ["pls", "please"], ["plz", "please"], ["abt", "about"],
  ["bout", "about"], ["bc", "because"], ["cuz", "because"], ["cos", "because"], ["coz", "because"], ["bcuz", "because"],
  ["wanna", "want to"], ["wana", "want to"], ["gonna", "going to"], ["gunna", "going to"], ["finna", "going to"],
  ["tryna", "trying to"], ["gotta", "got to"], ["imma", "i am going to"], ["ima", "i am going to"], ["lemme", "let me"],
  ["rn", "right now"], ["tn", "tonight"], ["tonite", "tonight"], ["2nite", "tonight"], ["2night", "tonight"],
  ["tmrw", "tomorrow"], ["tmr", "tomorrow"], ["tmw", "tomorrow"], ["2moro", "tomorrow"], ["thx", "thank you"],
  ["ty", "thank you"], ["tysm", "thank you"], ["thanks", "thank you"], ["ily", "i love you"], ["ilysm", "i love you"],
  ["bf", "boyfriend"], ["gf", "girlfriend"], ["bff", "friend"], ["mum", "mom"], ["mam", "mom"], ["mommy", "mom"],
  ["every1", "everyone"], ["evry1", "everyone"], ["some1", "someone"], ["no1", "no one"], ["any1", "anyone"],
  ["noone", "no one"], ["evryone", "everyone"], ["everyon", "everyone"], ["eveyone", "everyone"], ["anymor", "anymore"],
  ["anymroe", "anymore"], ["nemore", "anymore"], ["goodby", "goodbye"], ["gbye", "goodbye"], ["byee", "bye"],
  ["wat", "what"], ["wht", "what"], ["ded", "dead"], ["alr", "already"],
  // Typos seen in distress (typing fast, on a phone, upset).
  ["wnat", "want"], ["watn", "want"], ["wnt", "want"], ["kil", "kill"], ["kll", "kill"], ["myslef", "myself"],
  ["mysef", "myself"], ["myslf", "myself"], ["mself", "myself"], ["mysel", "myself"], ["mysefl", "myself"],
  ["suicdal", "suicidal"], ["sucidal", "suicidal"], ["suicidial", "suicidal"], ["suicidle", "suicidal"],
  ["suisidal", "suicidal"], ["sucicidal", "suicidal"], ["suicial", "suicidal"], ["suicidel", "suicidal"],
  ["suicde", "suicide"], ["sucide", "suicide"], ["suiside", "suicide"], ["suicid", "suicide"], ["suciide", "suicide"],
  ["burdan", "burden"], ["burdon", "burden"], ["hopless", "hopeless"], ["hopelss", "hopeless"],
  ["tonigt", "tonight"], ["tonihgt", "tonight"], ["diee", "die"], ["mee", "me"], ["soo", "so"], ["noo", "no"],
  // Abbreviations and euphemisms for suicide and self-harm.
  ["kms", "kill myself"], ["kmsl", "lol"], ["ctb", "end my life"], ["sui", "suicidal"], ["suey", "suicide"], ["sewerslide", "suicide"],
  ["sewerslidal", "suicidal"], ["unalived", "killed"], ["unaliving", "killing"], ["killmyself", "kill myself"],
  ["wanttodie", "want to die"], ["endmylife", "end my life"],
  ["selfharm", "self harm"], ["selfharming", "self harming"], ["selfharmed", "self harmed"], ["sh", "self harm"],
  ["od", "overdose"], ["ods", "overdoses"], ["oded", "overdosed"], ["ovedose", "overdose"], ["overdoes", "overdose"],
  ["shd", "should"], ["kys", "kys"],
  // One word for medicines and one for blades, so that the rules need not list every name.
  ["tablets", "pills"], ["meds", "pills"], ["medication", "pills"], ["medications", "pills"], ["medicine", "pills"],
  ["medicines", "pills"], ["capsules", "pills"], ["paracetamol", "pills"], ["tylenol", "pills"], ["acetaminophen", "pills"],
  ["ibuprofen", "pills"], ["aspirin", "pills"], ["painkillers", "pills"], ["antidepressants", "pills"], ["xanax", "pills"],
  ["opioids", "pills"], ["oxy", "pills"], ["oxycodone", "pills"], ["benzos", "pills"], ["lithium", "pills"], ["codeine", "pills"],
  ["cocodamol", "pills"], ["sertraline", "pills"], ["fluoxetine", "pills"], ["prozac", "pills"], ["zoloft", "pills"],
  ["diazepam", "pills"], ["valium", "pills"], ["ambien", "pills"], ["zopiclone", "pills"], ["amitriptyline", "pills"],
  ["citalopram", "pills"], ["quetiapine", "pills"], ["seroquel", "pills"], ["lorazepam", "pills"], ["tramadol", "pills"],
  ["morphine", "pills"], ["pils", "pills"],
  // Version 6: more medicine names (generic and brand, UK and US) and the ways "tablets" is mistyped.
  ...[
    "naproxen", "diclofenac", "dihydrocodeine", "hydrocodone", "vicodin", "percocet", "fentanyl", "methadone", "buprenorphine",
    "gabapentin", "pregabalin", "lyrica", "promethazine", "phenergan", "diphenhydramine", "benadryl", "nytol", "sominex",
    "zolpidem", "temazepam", "clonazepam", "klonopin", "alprazolam", "ativan", "propranolol", "atenolol", "amlodipine",
    "metformin", "warfarin", "digoxin", "levothyroxine", "mirtazapine", "venlafaxine", "effexor", "duloxetine", "cymbalta",
    "escitalopram", "lexapro", "paroxetine", "paxil", "bupropion", "wellbutrin", "trazodone", "olanzapine", "risperidone",
    "aripiprazole", "abilify", "lamotrigine", "carbamazepine", "valproate", "depakote", "adderall", "ritalin",
    "methylphenidate", "vyvanse", "nurofen", "advil", "motrin", "aleve", "excedrin", "anadin", "panadol", "solpadeine",
    "antihistamines", "opiates", "sedatives", "tranquilisers", "tranquilizers", "barbiturates", "paracetamols", "ibuprofens",
    "painkiller", "antidepressant", "sleepers", "tabelts", "tablts", "tablests", "tabets", "tablest", "tabletts", "pilss", "pillz",
  ].map((name): [string, string] => [name, "pills"]),
  ["meself", "myself"], ["mesel", "myself"], ["masel", "myself"], ["tae", "to"], ["heid", "head"], ["handgun", "gun"], ["handguns", "gun"], ["revolver", "gun"], ["perscription", "prescription"], ["prescripton", "prescription"], ["perscriptions", "prescriptions"], ["razor", "blade"], ["razors", "blade"], ["blades", "blade"],
  // What is left of "'m", "'re", "'ve", "'ll" once the apostrophe is split off.
  ["m", "am"], ["re", "are"], ["ve", "have"], ["ll", "will"],
  // Version 7: Scots spellings and shorthand typos seen in the training writers' messages.
  ["gonnae", "going to"], ["dae", "do"], ["wi", "with"], ["aff", "off"], ["morra", "tomorrow"], ["efter", "after"],
  ["maself", "myself"], ["aboot", "about"], ["noo", "now"], ["oot", "out"], ["fae", "from"], ["cannae", "cannot"],
  ["dinnae", "do not"], ["wisnae", "was not"], ["isnae", "is not"], ["hve", "have"], ["urself", "yourself"], ["uself", "yourself"], ["odd", "odd"],
  // Version 9: Caribbean and West African English seen in the retired sets ("kill miself", "wan go sleep an nuh wake up"),
  // a paraquat brand sold to farmers, and more medicine names.
  ["miself", "myself"], ["wan", "want"], ["nuh", "not"], ["abeg", "please"], ["gramoxone", "paraquat"],
  ...[
    "methotrexate", "lisinopril", "omeprazole", "simvastatin", "atorvastatin", "ramipril", "prednisolone", "hydroxyzine",
    "melatonin", "clozapine", "haloperidol", "nitrazepam", "chlorpromazine", "dosulepin", "nortriptyline", "imipramine",
    "clomipramine", "phenobarbital", "oxazepam", "chlordiazepoxide", "promazine", "co-codamol", "naltrexone", "sumatriptan",
  ].map((name): [string, string] => [name, "pills"]),
]);

/** Words that add emphasis or hedging but no meaning the patterns need. */
const FILLERS: ReadonlySet<string> = new Set([
  "really", "rly", "rlly", "realy", "so", "sooo", "literally", "honestly", "seriously", "srsly", "actually", "genuinely",
  "truly", "totally", "basically", "simply", "even", "very", "fucking", "fuckin", "fking", "fkn", "freaking",
  "friggin", "bloody", "damn", "effing", "af", "asf", "absolutely", "kinda", "sorta", "lowkey", "highkey", "ngl", "tbh",
  "tbf", "fr", "frfr", "deadass", "jus", "jst", "maybe", "probably", "still", "also", "always", "sometimes", "often",
  "usually", "constantly", "complete", "completely", "entirely", "utterly", "total", "utter", "um", "uh", "umm", "anyway", "anyways", "smh", "ugh", "oh", "yeah", "yea", "ya", "hey",
  "hi", "hello",
]);

/** "just" is dropped as filler unless it dates an act ("I just took…"). */
const JUST_KEPT_BEFORE: ReadonlySet<string> = new Set([
  "took", "tried", "attempted", "did", "cut", "overdosed", "swallowed", "hurt", "burned", "jumped", "hit", "beat",
  "attacked", "raped", "threatened", "choked", "punched", "kicked", "slapped", "relapsed", "self",
]);

/** "thinkin", "endin": a dropped g is put back on these words (the ones the rules use). */
const DROPPED_G: ReadonlySet<string> = new Set([
  "topping", "offing", "kidding", "coping", "hanging", "stabbing",
  "thinking", "ending", "killing", "cutting", "feeling", "living", "dying", "going", "trying", "nothing", "something",
  "hurting", "burning", "harming", "planning", "saving", "hitting", "beating", "following", "hiding", "starving",
  "crying", "drowning", "falling", "breaking", "losing", "giving", "overdosing", "jumping", "taking", "swallowing",
  "doing", "screaming", "choking", "waking", "existing", "carrying", "keeping", "wanting", "hoping", "struggling",
  "looking", "searching", "googling", "staying", "getting", "coming",
]);

/** Words a stretched spelling may stand for: "kmsss" → "kms", "diieee" → "die". */
const STRETCHED: ReadonlySet<string> = new Set(["die", "me", "so", "no", "bye", "sad", "help", "dead", "please", "kms", "kys"]);

/** "about 40", "nearly twenty": hedges before a number are dropped. */
const HEDGES: ReadonlySet<string> = new Set(["about", "around", "roughly", "approximately", "nearly", "almost", "like", "over", "maybe", "least"]);
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)$/;

/** "ill" means "I'll" only before one of these. */
const ILL_BEFORE: ReadonlySet<string> = new Set([
  "be", "kill", "end", "do", "take", "jump", "never", "die", "hurt", "cut", "go", "try", "miss", "see", "not", "just",
]);

/** Words people mask with * or # ("k*ll", "s**cide", "d!e"); a masked word is read as the one it fits. */
const MASKABLE: readonly string[] = ["kill", "killing", "myself", "die", "dying", "dead", "suicide", "suicidal", "unalive", "harm", "cut", "cutting", "overdose", "self"];

function unmask(word: string): string {
  for (const candidate of MASKABLE) {
    if (candidate.length !== word.length) continue;
    let fits = true;
    for (let i = 0; i < word.length && fits; i++) {
      const c = word[i] as string;
      fits = c === candidate[i] || c === "*" || c === "#" || c === "!";
    }
    if (fits) return candidate;
  }
  return word;
}

/** Phrases rewritten after the words are plain, in this order. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:kind|sort) of\b/g, ""],
  [/\bcan not\b/g, "cannot"],
  [/\bany more\b/g, "anymore"],
  [/\bno body\b/g, "nobody"],
  // Version 7: "swallowed every one of them pain pills" is "all the pills"; Scots "aw ma tablets", "end it aw".
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  [/\bevery (?:single |last )?one of (?:them|the|those)(?= (?:[a-z]+ )?pills\b)/g, "all the"],
  [/\bevery (?:single |last )?one of my\b/g, "all my"],
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repeats of whole words, each ending at a space: no backtracking blow-up
  [/\b(?:all|aw) them (?=(?:[a-z]+ )?pills\b)/g, "all the "],
  [/\baw (?=(?:ma|my|the|them)\b)/g, "all "],
  [/\bit aw\b/g, "it all"],
  [/\bma (?=(?:pills|head|life|wrists?|arms?|legs?|shift|room|bed|phone|family|flat|car|note|notes|stuff|things|self|heart|step|mind)\b)/g, "my "],
  // Scots "ah" and a bare "am" at the start of a clause are "I" and "I am": "ah just want to end it", "am going to do it".
  [/(?<=^|[.,?] |\b(?:aye|and|an|but|so) )ah (?=(?:just|want|wanna|am|will|have|need|think|feel|keep|cannot|do|dont|canny)\b)/g, "i "],
  [/(?<=^|[.,?] |\b(?:aye|and|an|but|so) )am (?=(?:going|no|not|done|feeling|just|pure|that|sick|tired|scared|gonna|wanting)\b)/g, "i am "],
  [/\bi am no (?=(?:[a-z]+ing|coping|kidding|joking|okay|ok|fine|safe)\b)/g, "i am not "],
  [/\b(?:topping|offing) myself\b/g, "killing myself"],
  // Version 9: a clause-initial "mi" before a verb is "I" (Jamaican English: "mi feel fi kill miself");
  // "i don drink" is a completed act in Nigerian Pidgin ("I have drunk").
  [/(?<=^|[.,?] |\b(?:and|an|but|so) )mi (?=(?:feel|want|wan|tek|give|gave|cyaan|cannot|not|nah|done|dun|ready|tired|did|don|have|a go|go|just|write|wrote|know|think|cut|tried)\b)/g, "i "],
  [/\b(i|we|he|she|they) don (?=[a-z]+)(?!(?:t|e)\b)/g, "$1 have "],
  // Ways of saying "kill myself" that name the means or the end: "drink myself to death", "finishing myself",
  // "put myself in the ground", "make myself stop existing".
  [/\b(?:drink|drinking|drank) myself to death\b/g, "kill myself"],
  [/\bfinish(?:ing)? myself\b(?! off\b)/g, "kill myself"],
  [/\b(?:put|putting) myself in the ground\b/g, "kill myself"],
  [/\bmake myself stop existing\b/g, "kill myself"],
  [/\boverdoes\b(?! it\b)/g, "overdose"],
  [/\bthe tomorrow\b/g, "tomorrow"],
  [/\bevery one\b/g, "everyone"],
  [/\bmy self\b/g, "myself"],
  [/\bsewer slide\b/g, "suicide"],
  [/\bcommit(?:ted|ting)? sudoku\b/g, "commit suicide"],
  [/\bbe unalive\b/g, "be dead"],
  // "unalive myself" → "kill myself"; used on its own, "I want to unalive" means the same.
  [/\bunalive(?= (?:myself|yourself|himself|herself|themselves|themself|me|him|her|them|you|us|everyone|everybody)\b)/g, "kill"],
  [/\bunalive\b/g, "kill myself"],
  [/\btoaster bath\b/g, "kill myself"],
  [/\b(?:self delete|delete myself|off myself|top myself|neck myself|end myself)\b(?! from)/g, "kill myself"],
  [/\b(want|going|need|have|try|trying|wanted|about) 2\b/g, "$1 to"],
  [/\bgood bye\b/g, "goodbye"],
  [/\bblade blade\b/g, "blade"],
  [/\bco (?:codamol|proxamol|dydramol)\b/g, "pills"],
  [/\bpills pm\b/g, "pills"],
  // "took al my pills": a dropped l before a determiner.
  [/\bal (?=(?:my|the|of|them)\b)/g, "all "],
  // A contrast starts a new thought: "I'm not suicidal but I feel hopeless".
  [/ (?=(?:but|however|although|except) )/g, " . "],
];

/** Each phrase's anchors (anchors.ts: strings of which every match holds one), or null; derived on first use. */
let builtPhraseAnchors: readonly (readonly string[] | null)[] | null = null;
function phraseAnchors(): readonly (readonly string[] | null)[] {
  if (builtPhraseAnchors === null) builtPhraseAnchors = PHRASES.map(([pattern]) => anchorsOf(pattern));
  return builtPhraseAnchors;
}

const LAUGHTER = /\b(?:lo+l+|l+m+f*a+o+|(?:ha){2,}h?|(?:he){2,}|rofl|xd|kmsl)\b/g;
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F480}\u{1F606}\u{1F639}\u{1F605}]/gu;
const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", $: "s", "@": "a" };

function rewriteTokens(text: string): string[] {
  const raw = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let word = raw[i] ?? "";
    if (word === "") continue;
    if (word.endsWith("in") && DROPPED_G.has(`${word}g`)) word = `${word}g`;
    const next = raw[i + 1] ?? "";
    if (word === "just") {
      if (JUST_KEPT_BEFORE.has(next)) out.push("just");
      continue;
    }
    if (word === "ill" && ILL_BEFORE.has(next)) word = "i will";
    if (FILLERS.has(word)) continue;
    if (HEDGES.has(word) && NUMBER.test(next)) continue;
    if (word === "at" && next === "least") continue;
    let mapped = WORDS.get(word);
    if (mapped === undefined && hasDoubledLetter(word)) {
      const single = word.replace(/([a-z])\1+/g, "$1");
      mapped = WORDS.get(single) ?? (STRETCHED.has(single) ? single : undefined);
    }
    out.push(mapped ?? word);
  }
  return out;
}

/** Does the word have the same letter twice in a row (what /([a-z])\1/ finds)? */
function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A token's rank as punctuation ("?" over "." over ","), or undefined for a word. Before version
 * 11 this was a lookup in an object literal, which also found "constructor" (inherited from
 * Object.prototype) and dropped that word in some places; compared by value, every word is a word.
 */
function punctuationRank(token: string): number | undefined {
  if (token.length !== 1) return undefined;
  return token === "," ? 1 : token === "." ? 2 : token === "?" ? 3 : undefined;
}

/** Keep one punctuation token where several follow each other; "?" wins over ".", "." over ",". */
function tidyPunctuation(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const r = punctuationRank(token);
    if (r === undefined) {
      out.push(token);
      continue;
    }
    const last = out[out.length - 1];
    if (last === undefined) continue; // nothing before it: drop
    const lastRank = punctuationRank(last);
    if (lastRank === undefined) out.push(token);
    else if (r > lastRank) out[out.length - 1] = token;
  }
  return out;
}

/** Characters outside ASCII: a text without them needs no Unicode normalisation (issue 11, speed). */
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** Is one of the strings in the text? */
function includesOne(text: string, strings: readonly string[]): boolean {
  for (let k = 0; k < strings.length; k++) if (text.includes(strings[k] as string)) return true;
  return false;
}

export function normalise(input: string): string {
  let s = typeof input === "string" ? input : "";
  if (NON_ASCII.test(s)) {
    // Compatibility forms (full-width letters, ligatures) and accents off.
    s = s.normalize("NFKD").replace(MARKS, "");
    s = s.replace(LAUGH_EMOJI, " lol ");
    s = s.toLowerCase();
    s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "");
    s = s.replace(/[\u2018\u2019\u201a\u201b\u02bc\u02b9`\u00b4\u2032]/g, "'");
    s = s.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"');
  } else {
    // ASCII only: NFKD leaves it as it is, and of the characters above only the backtick can be in it.
    s = s.toLowerCase();
    if (s.includes("`")) s = s.replace(/`/g, "'");
  }
  // Digits and signs standing for letters inside a word: "k1ll", "su1c1de", "$uicide".
  if (/[013457$@]/.test(s)) s = s.replace(/(?<=[a-z])[013457$@](?=[a-z])/g, (c) => LEET[c] ?? c);
  if (s.includes("$")) s = s.replace(/(?<![a-z0-9])\$(?=[a-z])/g, "s");
  if (/[/.'-]/.test(s)) for (const [pattern, replacement] of SPECIAL_FORMS) s = s.replace(pattern, replacement);
  if (/[a-z][*#!]/.test(s)) s = s.replace(/[a-z*#!]+/g, (word) => (/[a-z][*#!]/.test(word) ? unmask(word) : word));
  if (s.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // A single quote standing alone is a quotation mark; inside a word it goes ("mom's" → "moms").
  s = s.replace(/(^|[\s(])'/g, '$1"').replace(/'(?=$|[\s.,!?;:)])/g, '"').replace(/'/g, "");
  // Punctuation becomes tokens; anything else that is not a letter or digit becomes a space.
  s = s
    .replace(/\?+/g, " ? ")
    .replace(/[.!;\u2026\n\r]+/g, " . ")
    .replace(/[,:()[\]{}\u2013\u2014]/g, " , ")
    .replace(/\s-+\s/g, " , ")
    .replace(/"/g, ' " ')
    .replace(/[^a-z0-9 .,?"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (s === "") return "";
  // Stretched letters: "pleaseeee" → "pleasee", "killl" → "kill"; laughter becomes "lol".
  s = s.replace(/([a-z])\1{2,}/g, "$1$1").replace(LAUGHTER, "lol");
  s = rewriteTokens(s).join(" ");
  const anchors = phraseAnchors();
  for (let k = 0; k < PHRASES.length; k++) {
    // Version 10 (speed): a phrase none of whose anchors is in the text cannot match; skip its regex.
    const required = anchors[k];
    if (required && !includesOne(s, required)) continue;
    const [pattern, replacement] = PHRASES[k] as readonly [RegExp, string];
    s = s.replace(pattern, replacement);
  }
  return tidyPunctuation(s.split(" ").filter((t) => t !== "")).join(" ");
}
