/**
 * Features for the detector's second opinion (second-opinion.ts): what a
 * small linear model reads in a normalised, idiom-free text.
 *
 * The point is to carry beyond the sentences the rules were written for, so
 * words are read at three levels of generality:
 *   - the crude lemma of each word ("swallowed" → "swallow", "pills" → "pill")
 *     and pairs of neighbouring lemmas ("take pill", "end it");
 *   - the lexical class of each word (a means, a time, finality, possession,
 *     an attempt verb, death words, self-harm words, the writer, someone
 *     else, negation, fiction, recovery…) and neighbouring pairs mixing class
 *     and lemma ("take <means>", "<self> <death>"), so that a means or a time
 *     never seen in training still reads like the ones that were;
 *   - which classes meet in one sentence ("means+time", "self+means+possess"),
 *     the composition a responder reads, learned rather than hand-weighted;
 *   - character 4-grams of longer words, for typos and odd spellings.
 * Every feature is a string hashed into a fixed number of buckets (FNV-1a),
 * so the model is a pair of arrays with no vocabulary to ship.
 *
 * Pure and synchronous; shared by the detector and `npm run risk:train`.
 */

/** log2 of the number of hash buckets: 2^16 buckets. */
export const FEATURE_BITS = 16;
const MASK = (1 << FEATURE_BITS) - 1;

/** Crude lemmas: words the suffix rules below would get wrong. */
const LEMMA_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["took", "take"], ["taken", "take"], ["taking", "take"], ["swallowed", "swallow"], ["hung", "hang"], ["hanged", "hang"],
  ["tried", "try"], ["tries", "try"], ["died", "die"], ["dying", "die"], ["dies", "die"], ["lying", "lie"], ["lied", "lie"],
  ["bought", "buy"], ["got", "get"], ["gotten", "get"], ["getting", "get"], ["wrote", "write"], ["written", "write"],
  ["writing", "write"], ["left", "leave"], ["leaving", "leave"], ["gave", "give"], ["given", "give"], ["giving", "give"],
  ["gone", "go"], ["went", "go"], ["going", "go"], ["goes", "go"], ["done", "do"], ["did", "do"], ["does", "do"],
  ["doing", "do"], ["made", "make"], ["making", "make"], ["had", "have"], ["has", "have"], ["having", "have"],
  ["was", "be"], ["were", "be"], ["is", "be"], ["am", "be"], ["are", "be"], ["been", "be"], ["being", "be"],
  ["cut", "cut"], ["cutting", "cut"], ["cuts", "cut"], ["said", "say"], ["saw", "see"], ["seen", "see"], ["felt", "feel"],
  ["kept", "keep"], ["stood", "stand"], ["sat", "sit"], ["drank", "drink"], ["drunk", "drink"], ["ate", "eat"],
  ["eaten", "eat"], ["found", "find"], ["thought", "think"], ["knew", "know"], ["known", "know"], ["hid", "hide"],
  ["hidden", "hide"], ["stole", "steal"], ["stolen", "steal"], ["ran", "run"], ["running", "run"], ["jumped", "jump"],
  ["lives", "live"], ["living", "live"], ["lived", "live"], ["dead", "dead"], ["this", "this"], ["his", "his"],
  ["us", "us"], ["yes", "yes"], ["less", "less"], ["pass", "pass"], ["glass", "glass"], ["gas", "gas"], ["bus", "bus"],
  ["kids", "kid"], ["knives", "knife"], ["lives", "life"], ["wives", "wife"], ["nothing", "nothing"], ["everything", "everything"],
  ["something", "something"], ["anything", "anything"], ["morning", "morning"], ["evening", "evening"], ["ceiling", "ceiling"],
  ["railing", "railing"], ["railings", "railing"], ["building", "building"], ["wedding", "wedding"], ["need", "need"],
  ["bed", "bed"], ["shed", "shed"], ["red", "red"], ["hundred", "hundred"], ["tired", "tired"], ["scared", "scared"],
  ["ready", "ready"], ["always", "always"], ["perhaps", "perhaps"], ["lots", "lot"], ["tonight", "tonight"],
  ["overdosed", "overdose"], ["overdosing", "overdose"], ["sorted", "sort"], ["stockpiled", "stockpile"], ["saved", "save"],
  ["saving", "save"], ["hoarded", "hoard"], ["hoarding", "hoard"], ["planned", "plan"], ["planning", "plan"],
  ["stopped", "stop"], ["stopping", "stop"], ["gotta", "got to"], ["wanna", "want to"],
  ["threw", "throw"], ["thrown", "throw"], ["rehomed", "rehome"], ["settled", "settle"], ["battered", "batter"], ["slapped", "slap"],
]);

function lemma(word: string): string {
  const known = LEMMA_EXCEPTIONS.get(word);
  if (known !== undefined) return known;
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith("ed") && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "plann" → "plan"; keeps "fall", "kill", "press". */
function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1] as string)) return stem.slice(0, -1);
  return stem;
}

/**
 * Lexical classes, written as lemmas. A word may be in one class only; the
 * first list that holds it wins, so the order runs from specific to general.
 */
const CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["MEANS", [
    "pill", "tablet", "overdose", "paracetamol", "tylenol", "ibuprofen", "codeine", "cocodamol", "sertraline", "prescription",
    "medication", "medicine", "meds", "insulin", "sleeping", "painkiller", "antidepressant", "bottle", "packet", "pack", "strip",
    "box", "stash", "supply", "rope", "noose", "ligature", "belt", "cord", "cable", "scarf", "tie", "beam", "rail", "hook",
    "gun", "firearm", "rifle", "shotgun", "pistol", "bullet", "ammo", "trigger", "knife", "blade", "razor", "scissor", "glass",
    "bridge", "roof", "rooftop", "cliff", "ledge", "edge", "balcony", "window", "height", "tower", "carpark", "storey",
    "train", "track", "railway", "platform", "traffic", "motorway", "road", "lorry", "truck", "bus", "car", "exhaust",
    "engine", "garage", "hose", "bleach", "poison", "antifreeze", "weedkiller", "chemical", "gas", "helium", "charcoal",
    "river", "sea", "lake", "drown", "water", "vodka", "alcohol", "booze", "lethal", "dose",
    // Version 9: poisons sold for farms and homes, a sharpener's blade, a dose device.
    "paraquat", "pesticide", "insecticide", "sharpener", "pen",
  ]],
  ["ATTEMPT", [
    "swallow", "overdosed", "attempt", "necked", "downed", "down", "neck", "inject", "jump", "hang", "strangle",
    "suffocate", "stepped", "climb", "tried", "try", "took",
  ]],
  ["DEATH", [
    "die", "dead", "death", "kill", "suicide", "suicidal", "unalive", "kms", "end", "ending", "exist", "existing", "alive",
    "live", "life", "gone", "grave", "funeral", "wake", "sleep", "forever", "disappear", "vanish", "over",
  ]],
  ["THREAT", [
    "outside", "door", "broke", "break", "follow", "following", "wait", "waiting", "parked", "park", "turned", "bang",
    "banging", "lock", "locked", "threaten", "threatened", "hit", "hitting", "beat", "punch", "strangle", "choke",
    "grab", "grabbed", "scream", "shout", "kick", "smash", "stalk", "address", "scared", "unsafe", "hiding", "drunk",
    "angry", "weapon",
    // Version 9: violence said in everyday words.
    "slap", "throw", "batter", "acid", "shove", "push", "bully",
  ]],
  ["RESEARCH", [
    "look", "looking", "google", "googling", "search", "searching", "research", "check", "checking", "work", "worked",
    "quick", "quickest", "quicker", "painless", "enough", "how", "many", "much", "high", "which", "definitely", "lethal",
    "fastest",
  ]],
  ["HARM", ["harm", "hurt", "cut", "burn", "scratch", "bleed", "blood", "wound", "scar", "bruise", "punish", "relapse", "raw", "rake", "damage"]],
  ["FINAL", [
    "goodbye", "bye", "farewell", "last", "final", "letter", "note", "will", "affair", "order", "sorry", "forgive", "miss",
    "remember", "away", "belonging", "stuff", "thing", "need", "anymore", "longer", "after", "without", "ready", "done",
    "decided", "decide", "date", "peace", "finally", "look", "care", "pet", "cat", "dog",
    // Version 9: affairs settled in ordinary words.
    "rehome", "settle", "insurance", "savings", "tidy", "keeps", "policy", "debt",
  ]],
  ["TIME", [
    "tonight", "tomorrow", "today", "now", "soon", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "midnight", "morning", "night", "hour", "minute", "week", "month", "birthday", "christmas", "when",
    "once", "asleep", "later", "until", "till", "before", "ago", "earlier", "yesterday", "already",
  ]],
  ["POSSESS", [
    "have", "get", "buy", "order", "save", "stockpile", "hoard", "collect", "hide", "keep", "stash", "gather", "research",
    "google", "search", "find", "bring", "carry", "steal", "sort", "plan", "prepare", "write", "give", "set",
  ]],
  ["WISH", ["want", "wish", "wanna", "hope", "rather", "tempt", "urge", "thinking", "think", "thought", "fantasise", "imagine", "keep"]],
  ["HOPELESS", [
    "point", "pointless", "hopeless", "trap", "trapped", "stuck", "burden", "useless", "worthless", "hate", "nobody",
    "alone", "empty", "numb", "cope", "coping", "exhausted", "tired", "cannot", "escape", "better", "off", "fault", "failure",
    // Version 9: hope given up and weight on others, in everyday words.
    "drain", "grey", "hoping", "carry", "pieces", "apart",
  ]],
  ["SELF", ["i", "me", "my", "myself", "mine", "im"]],
  ["YOU", ["you", "your", "yourself", "u"]],
  ["OTHER", [
    "he", "she", "they", "him", "her", "them", "his", "their", "himself", "herself", "themselves", "friend", "sister",
    "brother", "mum", "mom", "mother", "dad", "father", "parent", "son", "daughter", "kid", "child", "partner", "boyfriend",
    "girlfriend", "husband", "wife", "ex", "cousin", "aunt", "uncle", "nan", "gran", "grandma", "grandad", "roommate",
    "flatmate", "housemate", "classmate", "colleague", "coworker", "boss", "someone", "somebody", "mate", "bestie",
    "client", "mentee", "student", "patient", "neighbour", "neighbor", "teacher", "people", "person", "guy", "girl", "man",
    "woman",
  ]],
  ["NEG", ["not", "never", "no", "nor", "neither", "nothing", "nope", "nah", "without"]],
  ["MEDIA", [
    "book", "novel", "movie", "film", "show", "series", "episode", "season", "song", "lyric", "album", "game", "documentary",
    "article", "news", "podcast", "anime", "character", "story", "play", "poem", "tv", "netflix", "actor", "fiction",
    "chapter", "plot", "author", "essay", "lesson", "class", "exam", "homework", "course", "training", "quote",
  ]],
  ["RECOVER", [
    "recovered", "recovery", "recover", "clean", "survived", "survivor", "volunteer", "grateful", "proud", "healed", "heal",
    "stable", "ago", "used", "year", "teen", "teenager", "school", "uni", "since", "back", "past", "history", "therapy",
  ]],
  ["EVERYDAY", [
    "work", "job", "phone", "battery", "laptop", "wifi", "meeting", "deadline", "football", "match", "team", "recipe",
    "cook", "dinner", "lunch", "shop", "shopping", "holiday", "trip", "party", "gym", "climbing", "hiking", "fishing",
    "garden", "plant", "subscription", "account", "contract", "lease", "project", "essay", "joke", "lol", "haha", "lmao",
  ]],
];

const CLASS_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, words] of CLASSES) for (const w of words) if (!map.has(w)) map.set(w, name);
  return map;
})();

/** Classes whose meeting in one sentence is read as a composition feature. */
const COMPOSED = new Set(["MEANS", "ATTEMPT", "DEATH", "HARM", "FINAL", "TIME", "POSSESS", "WISH", "HOPELESS", "SELF", "OTHER", "NEG", "MEDIA", "RECOVER", "YOU"]);

/** The kinds of word (class names above) in a normalised text: the detector names a category from them. */
export function kindsIn(text: string): Set<string> {
  const kinds = new Set<string>();
  const words = text.split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // Version 10: "will" names finality here only as a noun ("my will", "a will"); as the verb of
    // every "will", "'ll" and "won't" it kept plain lines such as the app's own "You won't see each
    // other anywhere on Alongside" from reading as quiet (second-opinion.ts, isQuiet). The model's
    // features are unchanged: leave-one-source-out found the same change there no help.
    if (word === "will" && !TESTAMENT_BEFORE.has(words[i - 1] ?? "")) continue;
    const kind = wordInfo(word).className;
    if (kind !== "") kinds.add(kind);
  }
  return kinds;
}

/** Words before which "will" is a testament, not the verb of "I will" or "won't". */
const TESTAMENT_BEFORE: ReadonlySet<string> = new Set(["my", "a", "the", "his", "her", "their", "our", "your", "living", "new"]);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after reading `part`: hashing a string piece by piece gives the same hash as hashing it whole. */
function fnv(h: number, part: string): number {
  for (let i = 0; i < part.length; i++) {
    h ^= part.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** FNV-1a, 32-bit, masked to the bucket count. */
export function bucketOf(feature: string): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) & MASK;
}

/**
 * Receives each feature as up to six pieces to be read one after another
 * ("b:", lemma, " ", next lemma): the same walk over the text then either
 * builds the feature strings (for training and tests) or hashes the pieces
 * straight into buckets (for the detector, with no string built per feature).
 */
type Emit = (a: string, b?: string, c?: string, d?: string, e?: string, f?: string) => void;

/** Walks the features of a normalised, idiom-free text, in order; featureStrings says what they are. */
function walkFeatures(text: string, emit: Emit): void {
  const sentences = text.split(/ [.?] | [.?]$|^[.?] /);
  const messageKinds = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.split(" ").filter((w) => w !== "" && w !== "," && w !== '"' && w !== "." && w !== "?");
    if (words.length === 0) continue;
    const lemmas = words.map(lemma);
    const classes = lemmas.map((l, i) => CLASS_OF.get(l) ?? CLASS_OF.get(words[i] as string) ?? "");
    const present = new Set<string>();
    for (let i = 0; i < lemmas.length; i++) {
      const l = lemmas[i] as string;
      const c = classes[i] as string;
      emit("w:", l);
      if (c !== "") {
        emit("c:", c);
        if (COMPOSED.has(c)) present.add(c);
      }
      const next = lemmas[i + 1];
      if (next !== undefined) {
        const cn = classes[i + 1] as string;
        emit("b:", l, " ", next);
        if (c !== "") emit("b:<", c, "> ", next);
        if (cn !== "") emit("b:", l, " <", cn, ">");
        if (c !== "" && cn !== "") emit("b:<", c, "> <", cn, ">");
      }
      const after = lemmas[i + 2];
      if (after !== undefined) emit("s:", l, " _ ", after);
      // Kinds of word a few words apart, in order: "<SELF> … <MEANS>", "<POSSESS> … <MEANS>".
      if (c !== "") {
        for (let j = i + 2; j < Math.min(lemmas.length, i + 5); j++) {
          const cj = classes[j] as string;
          if (cj !== "") emit("n:", c, " ", cj);
        }
      }
      const word = words[i] as string;
      if (word.length >= 6) emit("f:", word.slice(0, 5));
      if (word.length >= 5) {
        const padded = `<${word}>`;
        for (let k = 0; k + 4 <= padded.length; k++) emit("g:", padded.slice(k, k + 4));
      }
    }
    // Which kinds of word meet in this sentence: pairs and a few triples.
    const kinds = [...present].sort();
    for (let a = 0; a < kinds.length; a++) {
      for (let b = a + 1; b < kinds.length; b++) {
        emit("p:", kinds[a], "+", kinds[b]);
        for (let c = b + 1; c < kinds.length; c++) emit("t:", kinds[a], "+", kinds[b], "+", kinds[c]);
      }
    }
    for (const k of present) messageKinds.add(k);
    if (!present.has("SELF") && present.has("OTHER")) emit("x:other-only");
    if (!present.has("SELF") && !present.has("OTHER") && !present.has("YOU")) emit("x:no-subject");
  }
  // Kinds of word that meet anywhere in the message, for risk told across sentences.
  const everywhere = [...messageKinds].sort();
  for (let a = 0; a < everywhere.length; a++) {
    for (let b = a + 1; b < everywhere.length; b++) emit("m:", everywhere[a], "+", everywhere[b]);
  }
  emit(`x:len${Math.min(6, Math.floor(Math.log2(1 + text.length / 10)))}`);
}

/** The feature strings of a normalised, idiom-free text (before hashing; for the training script and tests). */
export function featureStrings(text: string): string[] {
  const out: string[] = [];
  walkFeatures(text, (a, b = "", c = "", d = "", e = "", f = "") => out.push(a + b + c + d + e + f));
  return out;
}

/** When each bucket was last seen (by call number), so that featuresOf needs no Set per call. */
const seenAt = new Uint32Array(1 << FEATURE_BITS);
let call = 0;

/*
 * Speed (issue 11): featuresOf walks the text as walkFeatures does, feature by
 * feature in the same order, but reads what depends on one word alone from a
 * cache (its lemma, its kind, the buckets of its "w:", "c:", "f:" and "g:"
 * features, and the hash states after "b:<lemma> ", "b:<lemma> <" and
 * "s:<lemma> _ ", which a neighbour's lemma then continues), and what depends
 * on kinds alone from tables. FNV-1a reads a string a character at a time, so
 * continuing a stored state gives the same hash as hashing the whole feature
 * string (bucketOf(featureStrings)); the tests check that, and the buckets
 * come out in the same order.
 */

/** The lexical class names, sorted (so that sorting their indices sorts their names); a class's index in a bitmask of kinds is its index here. */
const CLASS_NAMES: readonly string[] = [...new Set(CLASSES.map(([name]) => name))].sort();
const CLASS_INDEX: ReadonlyMap<string, number> = new Map(CLASS_NAMES.map((name, k) => [name, k]));
const K = CLASS_NAMES.length;

interface WordInfo {
  lemma: string;
  /** The word's class name, or "" when it has none. */
  className: string;
  /** Index in CLASS_NAMES, or -1. */
  cls: number;
  /** Is the class one whose meeting in a sentence is a feature (COMPOSED)? */
  composed: boolean;
  /** Bucket of "w:" + lemma. */
  w: number;
  /** Bucket of "c:" + class, or -1. */
  c: number;
  /** FNV states after "b:" + lemma + " ", "b:" + lemma + " <" and "s:" + lemma + " _ ". */
  afterB: number;
  afterBClass: number;
  afterS: number;
  /** Buckets of the word's "f:" and "g:" features, in order. */
  own: readonly number[];
}

/** Words seen, with what depends on them alone; emptied when it grows large (a browser tab may live long). */
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_MAX = 20000;

const bucket = (h: number): number => (h >>> 0) & MASK;

function wordInfo(word: string): WordInfo {
  let info = WORD_CACHE.get(word);
  if (info !== undefined) return info;
  const l = lemma(word);
  const className = CLASS_OF.get(l) ?? CLASS_OF.get(word) ?? "";
  const own: number[] = [];
  if (word.length >= 6) own.push(bucket(fnv(fnv(FNV_OFFSET, "f:"), word.slice(0, 5))));
  if (word.length >= 5) {
    const padded = `<${word}>`;
    const g = fnv(FNV_OFFSET, "g:");
    for (let k = 0; k + 4 <= padded.length; k++) {
      let h = g;
      for (let i = k; i < k + 4; i++) {
        h ^= padded.charCodeAt(i);
        h = Math.imul(h, FNV_PRIME);
      }
      own.push(bucket(h));
    }
  }
  const b = fnv(fnv(FNV_OFFSET, "b:"), l);
  info = {
    lemma: l,
    className,
    cls: className === "" ? -1 : (CLASS_INDEX.get(className) as number),
    composed: COMPOSED.has(className),
    w: bucket(fnv(fnv(FNV_OFFSET, "w:"), l)),
    c: className === "" ? -1 : bucket(fnv(fnv(FNV_OFFSET, "c:"), className)),
    afterB: fnv(b, " "),
    afterBClass: fnv(b, " <"),
    afterS: fnv(fnv(fnv(FNV_OFFSET, "s:"), l), " _ "),
    own,
  };
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(word, info);
  return info;
}

/** Hash states and buckets that depend on kinds alone, by class index. */
const KIND_TABLES = (() => {
  const afterClassB: number[] = []; // state after "b:<" + c + "> "
  const classClose: number[][] = []; // for "b:" + l + " <" + cn + ">": the string cn + ">" is hashed from afterBClass
  const pairB: number[] = []; // bucket of "b:<" + c + "> <" + cn + ">"
  const near: number[] = []; // bucket of "n:" + c + " " + cj
  const pairP: number[] = []; // bucket of "p:" + a + "+" + b
  const pairM: number[] = []; // bucket of "m:" + a + "+" + b
  const afterT: number[] = []; // state after "t:" + a + "+" + b + "+"
  for (let a = 0; a < K; a++) {
    const na = CLASS_NAMES[a] as string;
    afterClassB.push(fnv(FNV_OFFSET, `b:<${na}> `));
    classClose.push([]);
    for (let b = 0; b < K; b++) {
      const nb = CLASS_NAMES[b] as string;
      pairB.push(bucket(fnv(FNV_OFFSET, `b:<${na}> <${nb}>`)));
      near.push(bucket(fnv(FNV_OFFSET, `n:${na} ${nb}`)));
      pairP.push(bucket(fnv(FNV_OFFSET, `p:${na}+${nb}`)));
      pairM.push(bucket(fnv(FNV_OFFSET, `m:${na}+${nb}`)));
      afterT.push(fnv(FNV_OFFSET, `t:${na}+${nb}+`));
    }
  }
  return { afterClassB, pairB, near, pairP, pairM, afterT };
})();

const CLASS_CLOSE: readonly string[] = CLASS_NAMES.map((name) => `${name}>`);
const SELF_BIT = 1 << (CLASS_INDEX.get("SELF") as number);
const OTHER_BIT = 1 << (CLASS_INDEX.get("OTHER") as number);
const YOU_BIT = 1 << (CLASS_INDEX.get("YOU") as number);
const OTHER_ONLY = bucketOf("x:other-only");
const NO_SUBJECT = bucketOf("x:no-subject");
const LENGTH_BUCKETS: readonly number[] = [0, 1, 2, 3, 4, 5, 6].map((n) => bucketOf(`x:len${n}`));
const READING_BUCKETS = new Map<string, number>();

/** Adds a bucket to out the first time it is seen in this call. */
function keep(out: number[], b: number): void {
  if (seenAt[b] !== call) {
    seenAt[b] = call;
    out.push(b);
  }
}

/** The words of one sentence, reused from call to call. */
const sentenceWords: WordInfo[] = [];

/**
 * The hashed, de-duplicated features of a normalised, idiom-free text, with
 * how the rules read it ("negated", "someoneElse", "counts"…) as features
 * too: the buckets of featureStrings and the readings, each kept the first
 * time it is seen. No feature string is built (the same answer as hashing
 * featureStrings one by one, which the tests check).
 */
export function featuresOf(text: string, ruleReadings: Iterable<string> = []): number[] {
  call = (call + 1) >>> 0;
  if (call === 0) {
    seenAt.fill(0);
    call = 1;
  }
  const out: number[] = [];
  const { afterClassB, pairB, near, pairP, pairM, afterT } = KIND_TABLES;
  const sentences = text.split(/ [.?] | [.?]$|^[.?] /);
  let messageKinds = 0;
  for (const sentence of sentences) {
    const raw = sentence.split(" ");
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i] as string;
      if (w === "" || w === "," || w === '"' || w === "." || w === "?") continue;
      sentenceWords[n++] = wordInfo(w);
    }
    if (n === 0) continue;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const word = sentenceWords[i] as WordInfo;
      const c = word.cls;
      keep(out, word.w);
      if (c >= 0) {
        keep(out, word.c);
        if (word.composed) present |= 1 << c;
      }
      if (i + 1 < n) {
        const next = sentenceWords[i + 1] as WordInfo;
        const cn = next.cls;
        keep(out, bucket(fnv(word.afterB, next.lemma)));
        if (c >= 0) keep(out, bucket(fnv(afterClassB[c] as number, next.lemma)));
        if (cn >= 0) keep(out, bucket(fnv(word.afterBClass, CLASS_CLOSE[cn] as string)));
        if (c >= 0 && cn >= 0) keep(out, pairB[c * K + cn] as number);
      }
      if (i + 2 < n) keep(out, bucket(fnv(word.afterS, (sentenceWords[i + 2] as WordInfo).lemma)));
      if (c >= 0) {
        const last = Math.min(n, i + 5);
        for (let j = i + 2; j < last; j++) {
          const cj = (sentenceWords[j] as WordInfo).cls;
          if (cj >= 0) keep(out, near[c * K + cj] as number);
        }
      }
      const own = word.own;
      for (let k = 0; k < own.length; k++) keep(out, own[k] as number);
    }
    // Which kinds of word meet in this sentence: pairs and a few triples (in sorted order: class indices follow the sorted names).
    for (let a = 0; a < K; a++) {
      if ((present & (1 << a)) === 0) continue;
      for (let b = a + 1; b < K; b++) {
        if ((present & (1 << b)) === 0) continue;
        keep(out, pairP[a * K + b] as number);
        const t = afterT[a * K + b] as number;
        for (let c = b + 1; c < K; c++) if ((present & (1 << c)) !== 0) keep(out, bucket(fnv(t, CLASS_NAMES[c] as string)));
      }
    }
    messageKinds |= present;
    if ((present & SELF_BIT) === 0 && (present & OTHER_BIT) !== 0) keep(out, OTHER_ONLY);
    if ((present & (SELF_BIT | OTHER_BIT | YOU_BIT)) === 0) keep(out, NO_SUBJECT);
  }
  // Kinds of word that meet anywhere in the message, for risk told across sentences.
  for (let a = 0; a < K; a++) {
    if ((messageKinds & (1 << a)) === 0) continue;
    for (let b = a + 1; b < K; b++) if ((messageKinds & (1 << b)) !== 0) keep(out, pairM[a * K + b] as number);
  }
  keep(out, LENGTH_BUCKETS[Math.min(6, Math.floor(Math.log2(1 + text.length / 10)))] as number);
  for (const r of ruleReadings) {
    let b = READING_BUCKETS.get(r);
    if (b === undefined) {
      b = bucketOf(`r:${r}`);
      if (READING_BUCKETS.size < 1000) READING_BUCKETS.set(r, b);
    }
    keep(out, b);
  }
  return out;
}
