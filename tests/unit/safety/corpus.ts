/**
 * Labelled examples for assessRisk, written for this project in the voice of
 * people in a peer-support chat (messages, check-in entries, profile texts).
 *
 * Labels follow the choices in docs/safety.md:
 *  - crisis: suicidal intent, thoughts or plans now; self-harm happening or
 *    about to; a goodbye; danger from someone else now.
 *  - concern: distress that deserves gentle resources; self-harm urges or
 *    thoughts without intent; someone else at risk (a friend, a relative);
 *    a past attempt or self-harm with nothing said about recovery; asking
 *    where to find crisis help.
 *  - none: negations, idioms, fiction and news, everyday uses of
 *    kill/die/dead/cut/overdose, history the writer says is behind them.
 *
 * `corpus` is what the detector was tuned on. `holdout` was written after
 * the thresholds were met and was not tuned on (see the test).
 */
export type Level = "none" | "concern" | "crisis";

export interface Example {
  text: string;
  level: Level;
}

const explicitCrisis: Example[] = [
  { text: "i feel like ending it", level: "crisis" },
  { text: "my wrists won't stop bleeding", level: "crisis" },
  { text: "Sometimes I think about dying and it feels like relief", level: "crisis" },
  { text: "I took 30 of my antidepressants", level: "crisis" },
  { text: "I want to kill myself", level: "crisis" },
  { text: "i just want to die", level: "crisis" },
  { text: "Honestly I'm going to end it tonight. I'm done.", level: "crisis" },
  { text: "I'm suicidal and I don't know what to do", level: "crisis" },
  { text: "I've been having suicidal thoughts every day this week", level: "crisis" },
  { text: "I keep thinking about killing myself", level: "crisis" },
  { text: "I want to end my life", level: "crisis" },
  { text: "I'm going to take my own life", level: "crisis" },
  { text: "I really want to hurt myself right now", level: "crisis" },
  { text: "I'm cutting again. I couldn't stop.", level: "crisis" },
  { text: "I cut myself last night and it was deeper than usual", level: "crisis" },
  { text: "I hurt myself again tonight", level: "crisis" },
  { text: "I don't want to live anymore", level: "crisis" },
  { text: "I don't want to be here anymore", level: "crisis" },
  { text: "I wish I was dead", level: "crisis" },
  { text: "I want to die, I mean it this time", level: "crisis" },
  { text: "Feeling suicidal again tonight", level: "crisis" },
  { text: "I tried to kill myself yesterday", level: "crisis" },
  { text: "I've started self harming again", level: "crisis" },
  { text: "Should I just kill myself? Nobody would care.", level: "crisis" },
  { text: "I'm thinking of ending it all", level: "crisis" },
  { text: "I'm going to hang myself", level: "crisis" },
  { text: "I want to stop existing and I'm thinking about how to do it", level: "crisis" },
];

const indirectCrisis: Example[] = [
  { text: "Everyone would be better off without me", level: "crisis" },
  { text: "my family would be better off without me around", level: "crisis" },
  { text: "There's no reason to keep going", level: "crisis" },
  { text: "I have nothing left to live for", level: "crisis" },
  { text: "What's the point of living anymore?", level: "crisis" },
  { text: "I hope I don't wake up tomorrow", level: "crisis" },
  { text: "I want to go to sleep and never wake up", level: "crisis" },
  { text: "I'm done with life", level: "crisis" },
  { text: "Life isn't worth living", level: "crisis" },
  { text: "Nobody would even notice if I was gone. I think I'm a burden to everyone", level: "crisis" },
  { text: "It will all be over soon, I promise I won't bother anyone again", level: "crisis" },
  { text: "I won't be here much longer", level: "crisis" },
  { text: "I can't do this anymore. I'm going to do it tonight.", level: "crisis" },
  { text: "Suicide feels like the only way out", level: "crisis" },
  { text: "I'm not sure I want to be alive anymore", level: "crisis" },
  { text: "I wish I could just die in my sleep", level: "crisis" },
  { text: "I'd be better off dead honestly", level: "crisis" },
  { text: "I don't see any reason to live", level: "crisis" },
  { text: "I feel like a burden and I wish I could disappear forever", level: "crisis" },
  { text: "Things would be easier for everyone if I wasn't here", level: "crisis" },
];

const abbreviations: Example[] = [
  { text: "kms", level: "crisis" },
  { text: "honestly i might kms tonight", level: "crisis" },
  { text: "i want to unalive myself", level: "crisis" },
  { text: "thinking about sewerslide again", level: "crisis" },
  { text: "i'm gonna ctb this weekend", level: "crisis" },
  { text: "relapsed on sh last night", level: "crisis" },
  { text: "did sh again, 3 months clean gone", level: "crisis" },
  { text: "i od'd an hour ago", level: "crisis" },
  { text: "gonna od tonight", level: "crisis" },
  { text: "i should kys", level: "crisis" },
  { text: "relapsed on cutting, it's bad", level: "crisis" },
  { text: "feeling sui rn", level: "crisis" },
  { text: "ngl i wanna die", level: "crisis" },
  { text: "i want to self-delete", level: "crisis" },
  { text: "wnat to kil myslef", level: "crisis" },
];

const plansAndMeans: Example[] = [
  { text: "I have a plan", level: "crisis" },
  { text: "I've made a plan for how I'm going to do it", level: "crisis" },
  { text: "I've taken all my pills", level: "crisis" },
  { text: "i just took a whole bottle of paracetamol", level: "crisis" },
  { text: "I swallowed a handful of my sleeping pills", level: "crisis" },
  { text: "I've been saving up my meds for a few weeks now", level: "crisis" },
  { text: "I've been researching painless ways to die", level: "crisis" },
  { text: "How many tablets would it take to not wake up? asking for me", level: "crisis" },
  { text: "I'm standing on the bridge right now", level: "crisis" },
  { text: "the rope is ready in my room", level: "crisis" },
  { text: "I know exactly how I'm going to do it", level: "crisis" },
  { text: "I'm going to jump off the roof of my building", level: "crisis" },
  { text: "I keep thinking about driving my car into a tree", level: "crisis" },
  { text: "I wrote my suicide note today", level: "crisis" },
];

const goodbyes: Example[] = [
  { text: "This is my last message, thank you for everything", level: "crisis" },
  { text: "goodbye everyone. thank you for trying. i love you all", level: "crisis" },
  { text: "By the time you read this I'll be gone", level: "crisis" },
  { text: "Please take care of my cat for me. I'm sorry for everything.", level: "crisis" },
  { text: "I just wanted to say thank you for everything and please don't blame yourself", level: "crisis" },
  { text: "This is goodbye. You won't hear from me again.", level: "crisis" },
  { text: "I've written letters to my family. I'm at peace with my decision.", level: "crisis" },
  { text: "goodbye forever", level: "crisis" },
  { text: "I won't be around when you wake up. Thank you for being kind to me.", level: "crisis" },
  { text: "I've been giving away all my stuff. I'm sorry for everything. goodbye", level: "crisis" },
];

const dangerFromOthers: Example[] = [
  { text: "He came at me with a knife", level: "crisis" },
  { text: "the voices keep telling me to hurt myself", level: "crisis" },
  { text: "i'm being abused at home", level: "crisis" },
  { text: "he says he'll kill me if i leave", level: "crisis" },
  { text: "my husband beats me", level: "crisis" },
  { text: "i dont feel safe with my dad tonight", level: "crisis" },
  { text: "he's hitting me right now", level: "crisis" },
  { text: "I'm not safe at home tonight", level: "crisis" },
  { text: "my dad is drunk and he's been hitting me again", level: "crisis" },
  { text: "My boyfriend threatened to kill me", level: "crisis" },
  { text: "I'm hiding in the bathroom, he's screaming and I'm scared he's going to hurt me", level: "crisis" },
  { text: "I don't feel safe at home", level: "crisis" },
  { text: "she has a knife and she's coming upstairs", level: "crisis" },
  { text: "I'm scared to go home, he just hit me again", level: "crisis" },
  { text: "someone is following me and I don't feel safe right now", level: "crisis" },
  { text: "My stepdad keeps hurting me when mum is at work", level: "crisis" },
  { text: "he hit me last week and I'm scared of him", level: "crisis" },
  { text: "My ex pushed me a few months ago and I still flinch", level: "concern" },
];

const concern: Example[] = [
  { text: "I can't see a way forward anymore", level: "concern" },
  { text: "i just feel like giving up on everything", level: "concern" },
  { text: "I don't know how much longer I can do this", level: "concern" },
  { text: "I feel trapped and there's no way out", level: "concern" },
  { text: "people at school keep telling me to kill myself", level: "concern" },
  { text: "she texted me \"i'm going to kill myself\" and now she's not answering", level: "concern" },
  { text: "I'm not suicidal but I feel really low", level: "concern" },
  { text: "honestly the only thing keeping me alive is my cat", level: "concern" },
  { text: "I'm being bullied at school every day", level: "concern" },
  { text: "I feel hopeless", level: "concern" },
  { text: "what's the point", level: "concern" },
  { text: "I can't cope anymore", level: "concern" },
  { text: "I've been thinking about self-harm", level: "concern" },
  { text: "I haven't eaten in days", level: "concern" },
  { text: "I feel like a burden", level: "concern" },
  { text: "I wish I could just disappear", level: "concern" },
  { text: "I hate myself so much", level: "concern" },
  { text: "I feel so alone, nobody cares about me", level: "concern" },
  { text: "I'm falling apart and I don't know how to fix it", level: "concern" },
  { text: "I can't take it anymore", level: "concern" },
  { text: "Everything feels hopeless lately", level: "concern" },
  { text: "I'm having urges to cut but I haven't", level: "concern" },
  { text: "I feel worthless", level: "concern" },
  { text: "I give up", level: "concern" },
  { text: "I'm in a really dark place right now", level: "concern" },
  { text: "I am not okay", level: "concern" },
  { text: "i'm so tired of life", level: "concern" },
  { text: "I feel empty all the time", level: "concern" },
  { text: "I've stopped eating properly and I'm scared", level: "concern" },
  { text: "sometimes i think everyone hates me", level: "concern" },
  { text: "My friend said she wanted to kill herself", level: "concern" },
  { text: "My little brother told me he's been cutting himself", level: "concern" },
  { text: "I think my mum is suicidal, what do I do?", level: "concern" },
  { text: "what's the number for the crisis line?", level: "concern" },
  { text: "Is there a helpline I can text instead of calling?", level: "concern" },
  { text: "I attempted suicide when I was 19", level: "concern" },
  { text: "I used to cut myself in school", level: "concern" },
  { text: "I've lost all hope that things will change", level: "concern" },
  { text: "I'm drowning and no one notices", level: "concern" },
  { text: "I miss cutting and that scares me", level: "concern" },
  { text: "I'm afraid I might do something stupid", level: "concern" },
  { text: "i relapsed", level: "concern" },
  { text: "I'm such a failure, I ruin everything", level: "concern" },
  { text: "nothing will ever get better", level: "concern" },
  { text: "If someone ever told me they wanted to die, what should I say?", level: "concern" },
  { text: "Do you ever feel like you want to kill yourself?", level: "concern" },
  { text: "I've been having dark thoughts again", level: "concern" },
  { text: "I can't handle this anymore, everything is too much", level: "concern" },
  { text: "I feel numb and I can't stop crying", level: "concern" },
  { text: "I lost my brother to suicide last spring", level: "concern" },
  { text: "I'm tempted to hurt myself but I'm trying to wait it out", level: "concern" },
];

const negations: Example[] = [
  { text: "You matter, and I don't want you to hurt yourself.", level: "none" },
  { text: "I'm really glad you told me. You're not a burden to me.", level: "none" },
  { text: "I'm not going to hurt myself tonight, I promise", level: "none" },
  { text: "I'm not suicidal", level: "none" },
  { text: "I would never hurt myself", level: "none" },
  { text: "I don't want to die", level: "none" },
  { text: "Don't worry, I'm not going to kill myself", level: "none" },
  { text: "I'm not thinking about suicide, I'm just stressed about exams", level: "none" },
  { text: "I no longer want to die and that feels huge", level: "none" },
  { text: "I have never self harmed", level: "none" },
  { text: "I don't feel like a burden anymore", level: "none" },
  { text: "Am I suicidal? No. Just really tired of my job.", level: "none" },
  { text: "I'm not hopeless, just frustrated", level: "none" },
  { text: "I haven't had thoughts of ending my life in years", level: "none" },
  { text: "No, I don't want to hurt myself, I promise", level: "none" },
  { text: "I would never take my own life, my kids need me", level: "none" },
  { text: "im not gonna do anything stupid dont worry", level: "none" },
  { text: "I don't think I want to die, I just want things to be different", level: "none" },
];

const idioms: Example[] = [
  { text: "I'm hopeless at cooking haha", level: "none" },
  { text: "That would be career suicide", level: "none" },
  { text: "I'm sick of living in this tiny flat", level: "none" },
  { text: "honestly i would rather die than go back to that job lol", level: "none" },
  { text: "I want to be dead to the world all weekend", level: "none" },
  { text: "this traffic is killing me", level: "none" },
  { text: "I could kill for a coffee right now", level: "none" },
  { text: "my feet are killing me after that walk", level: "none" },
  { text: "I'm dying to see that film", level: "none" },
  { text: "that joke killed, everyone was crying laughing", level: "none" },
  { text: "dead tired after the night shift", level: "none" },
  { text: "you're killing it at work!", level: "none" },
  { text: "I'd rather die than sing karaoke", level: "none" },
  { text: "Mum is going to kill me when she sees my grades lol", level: "none" },
  { text: "I nearly died laughing at your message", level: "none" },
  { text: "I could die of embarrassment", level: "none" },
  { text: "This exam makes me want to die lol", level: "none" },
  { text: "I'm killing myself trying to finish this project", level: "none" },
  { text: "I'll kill myself laughing if he wears that hat again", level: "none" },
  { text: "you'll be the death of me", level: "none" },
  { text: "cross my heart and hope to die", level: "none" },
  { text: "I'd rather be dead than caught wearing socks with sandals", level: "none" },
  { text: "Don't kill yourself over this, it's only a quiz", level: "none" },
  { text: "She's dead serious about running the marathon", level: "none" },
  { text: "I really shot myself in the foot with that email", level: "none" },
  { text: "it kills me that I missed your birthday", level: "none" },
  { text: "this heat is killing me", level: "none" },
  { text: "My phone is dying, talk later", level: "none" },
  { text: "I'm dying for a cup of tea", level: "none" },
  { text: "You slayed that presentation, honestly killed it", level: "none" },
];

const otherPeopleAndMedia: Example[] = [
  { text: "The character in the book kills himself at the end", level: "none" },
  { text: "I watched a documentary about suicide prevention", level: "none" },
  { text: "In the film, she takes her own life and it wrecked me", level: "none" },
  { text: "The song is about a guy who wants to die and it's weirdly beautiful", level: "none" },
  { text: "We read a novel in class where the narrator tries to kill himself", level: "none" },
  { text: "The news said a man jumped off the bridge", level: "none" },
  { text: "I did suicide prevention training at work today", level: "none" },
  { text: "My mentor said suicide awareness week is next month", level: "none" },
  { text: "In the game your character can die and respawn", level: "none" },
  { text: "Her poem 'I want to die' won the prize", level: "none" },
];

const pastAndResolved: Example[] = [
  { text: "Ten years ago I attempted, now I volunteer to help others", level: "none" },
  { text: "I self-harmed as a teenager, I've been clean for eight years and I'm doing well", level: "none" },
  { text: "I used to want to die. Not anymore, I'm in a much better place", level: "none" },
  { text: "I survived a suicide attempt in 2012 and now I mentor other survivors", level: "none" },
  { text: "I have lived experience of self-harm and I'm happy to listen without judgement", level: "none" },
  { text: "Back when I was in uni I was suicidal, therapy helped and I'm stable now", level: "none" },
  { text: "I used to cut but I've been in recovery for years", level: "none" },
  { text: "Years ago I struggled with self harm; now I run a support group", level: "none" },
];

const everydayWords: Example[] = [
  { text: "We had a lovely walk, he's outside my house now picking me up for dinner", level: "none" },
  { text: "My brother came into my room and borrowed my charger", level: "none" },
  { text: "My parents won't let me go out on school nights", level: "none" },
  { text: "My life is pointless without coffee haha", level: "none" },
  { text: "Would anyone care if I changed the meeting time?", level: "none" },
  { text: "I'm doing everyone a favour by bringing cake", level: "none" },
  { text: "I don't think I'll make it to the party tonight, sorry!", level: "none" },
  { text: "I burned myself with the kettle making tea", level: "none" },
  { text: "It's not your fault, you did everything you could", level: "none" },
  { text: "I jumped off the diving board for the first time!", level: "none" },
  { text: "Took a handful of vitamins this morning", level: "none" },
  { text: "My plan is to call the GP tomorrow", level: "none" },
  { text: "I give up on this crossword", level: "none" },
  { text: "He hit me up last night about coffee", level: "none" },
  { text: "I think I'll end it with him tonight", level: "none" },
  { text: "Bye! Thanks for everything today, talk tuesday", level: "none" },
  { text: "Please don't blame yourself for the breakup.", level: "none" },
  { text: "Looking for someone to talk to about grief after losing my dad to cancer.", level: "none" },
  { text: "I cut my finger chopping onions", level: "none" },
  { text: "The battery died halfway through the call", level: "none" },
  { text: "overdosed on coffee lol", level: "none" },
  { text: "I accidentally burned myself on the oven tray", level: "none" },
  { text: "We killed time at the airport playing cards", level: "none" },
  { text: "My plants all died while I was away", level: "none" },
  { text: "I'm cutting back on sugar this month", level: "none" },
  { text: "I hurt myself at the gym yesterday, my knee is swollen", level: "none" },
  { text: "the wifi is dead again", level: "none" },
  { text: "got my hair cut, feeling good", level: "none" },
  { text: "I took all my meds this morning like I'm supposed to", level: "none" },
  { text: "I have a plan for the weekend: hiking and pancakes", level: "none" },
  { text: "That party was dead, we left early", level: "none" },
  { text: "I cut ties with my old job and I feel free", level: "none" },
  { text: "I od'd on chocolate over christmas", level: "none" },
  { text: "My grandad died peacefully last year, I think about him a lot", level: "none" },
  { text: "The engine died on the motorway", level: "none" },
  { text: "I'm going to end things with my boyfriend, it's not working", level: "none" },
  { text: "Thank you for everything, Maya! Good luck with the new job, see you next week", level: "none" },
  { text: "I want to disappear to a cabin for a week with no phone", level: "none" },
  { text: "it hit me today how much I've grown", level: "none" },
  { text: "my back is hurting me after moving house", level: "none" },
  { text: "I'm so tired, I could sleep for a week", level: "none" },
  { text: "Had a really good check-in today, feeling hopeful", level: "none" },
  { text: "I'm afraid of spiders, does that count as a phobia?", level: "none" },
  { text: "The deadline is killing my weekend plans", level: "none" },
];

const messyTyping: Example[] = [
  { text: "I WANT TO DIE", level: "crisis" },
  { text: "i dont want to be alive anymore", level: "crisis" },
  { text: "im gonna kill my self", level: "crisis" },
  { text: "everyone wud be better off without me tbh", level: "crisis" },
  { text: "i have a plan and i'm doing it tonite", level: "crisis" },
  { text: "i cant do this anymore i want it all to end now", level: "crisis" },
  { text: "im not ok i want to die", level: "crisis" },
  { text: "i wanna diee", level: "crisis" },
  { text: "Im NoT sUiCiDaL", level: "none" },
  { text: "dead tired lol gonna sleep", level: "none" },
  { text: "i feel like a burdan to evryone", level: "concern" },
  { text: "idk what the point is anymore", level: "concern" },
  { text: "i want to k1ll mys3lf", level: "crisis" },
  { text: "thinkin about endin it all", level: "crisis" },
];

const longMessages: Example[] = [
  {
    text: "Hi! Sorry it took me a while to reply. Work has been hectic and my sister is staying with us, so the flat is chaos. I did try the breathing thing you suggested. Honestly though I don't want to be here anymore and I keep looking at the pills in the cupboard. Anyway how was your weekend? Did you get to the coast?",
    level: "crisis",
  },
  {
    text: "Check-in for Tuesday: slept badly, ate breakfast, went to the shop. My manager was on my case again about the rota. I've been thinking about how everyone would be better off without me. I watched two episodes of the baking show and went to bed early.",
    level: "crisis",
  },
  {
    text: "Long day. The bus was late, I spilled coffee on my shirt, and the meeting ran over by an hour. This traffic is killing me, seriously. But I got home, made pasta, called my mum, and I'm actually feeling okay. Looking forward to our chat next week!",
    level: "none",
  },
  {
    text: "About me: I'm 34, I love hiking and bad puns. I went through a rough patch in my twenties and attempted suicide once; I'm in a good place now and I volunteer with a listening service. I'd like to be the steady person I needed back then.",
    level: "none",
  },
  {
    text: "Thanks for listening last week. Things at home are tense, dad keeps shouting, and I haven't eaten in days because my stomach is in knots. I'm not in danger, just really worn down. School is fine I guess.",
    level: "concern",
  },
  {
    text: "ok so the exam went badly and i fought with my gf and then my phone died on the way home so i couldn't even call anyone and i'm sitting here thinking i can't keep going like this and maybe i should just take everything in my medicine drawer",
    level: "crisis",
  },
  {
    text: "Update on the new job: it's going well! I've been cooking more, and I finally fixed the bike. One thing — I cut my thumb on a tin can, so typing is slow. See you Thursday.",
    level: "none",
  },
  {
    text: "I know I said I'd be fine. I went to the party, smiled at everyone, came home. Then I sat in the car for an hour. I'm so tired of pretending. I started cutting again last week and tonight it's worse than ever.",
    level: "crisis",
  },
];


/**
 * The first holdout. Written after the main corpus passed and run once:
 * it scored crisis recall 0.50 (7 of 14), concern recall 0.55, none
 * precision 0.48. The detector was then widened (whole families of phrasing,
 * not just these sentences), so these now count as tuned-on examples, and a
 * new holdout below measures what the detector does on text it has not seen.
 */
const firstHoldout: Example[] = [
  // crisis
  { text: "I can't keep living like this, tonight I'm going to finish it", level: "crisis" },
  { text: "I've got the tablets counted out on the desk", level: "crisis" },
  { text: "please tell my sister i'm sorry. i love her. this is it for me", level: "crisis" },
  { text: "i want to die so badly it hurts", level: "crisis" },
  { text: "Ive been self harming every night this week", level: "crisis" },
  { text: "there's no point in me being alive", level: "crisis" },
  { text: "my dad is throwing things at me and I locked myself in my room", level: "crisis" },
  { text: "im gonna unalive tonight i think", level: "crisis" },
  { text: "I just swallowed everything in the bathroom cabinet", level: "crisis" },
  { text: "Nobody would care if I died tomorrow, so why not", level: "crisis" },
  { text: "I keep picturing my own funeral and honestly it feels peaceful. I think I'm ready", level: "crisis" },
  { text: "I'm sitting on the edge of the bridge. Just wanted someone to know.", level: "crisis" },
  { text: "hurting myself is the only thing that helps and I did it again an hour ago", level: "crisis" },
  { text: "I don't want to exist anymore, I've made up my mind", level: "crisis" },
  // concern
  { text: "Everything is grey and I've stopped caring about anything", level: "concern" },
  { text: "My roommate keeps talking about killing himself and I'm scared for him", level: "concern" },
  { text: "I'm so exhausted of trying, I feel like I'm failing everyone", level: "concern" },
  { text: "Lately I've been getting urges to hurt myself again", level: "concern" },
  { text: "I feel like I'm just a weight dragging everyone down", level: "concern" },
  { text: "Who do I call if I'm having a really bad night? Is there a number?", level: "concern" },
  { text: "I haven't left my bed in four days", level: "concern" },
  { text: "I cut myself a lot in my teens and I still think about it", level: "concern" },
  { text: "nobody would notice if i vanished", level: "concern" },
  { text: "I hate who I am and I can't see it changing", level: "concern" },
  // none
  { text: "My sister's band absolutely killed it last night", level: "none" },
  { text: "this spreadsheet is going to be the end of me haha", level: "none" },
  { text: "I'm not going to hurt myself, I just need to rant about my landlord", level: "none" },
  { text: "We watched a thriller where the detective shoots himself, bit grim", level: "none" },
  { text: "I was suicidal fifteen years ago; today I'm a nurse and a dad", level: "none" },
  { text: "I nicked my hand on the broken glass while tidying up", level: "none" },
  { text: "my laptop died right before the deadline lol", level: "none" },
  { text: "Dying to hear how the interview went!", level: "none" },
  { text: "I would never do anything to end my life, but I do feel stuck at work", level: "concern" },
  { text: "I'm going to kill my brother for eating my leftovers", level: "none" },
  { text: "Gonna end this call now, thanks for listening, talk Thursday", level: "none" },
  { text: "I've been clean from self-harm for three years and proud of it", level: "none" },
];


/**
 * The second holdout, written the same way after the first was folded in. Run
 * once, it scored crisis recall 0.36 (5 of 14), concern recall 0.40, none
 * precision 0.41: new indirect phrasings are where a phrase list is weakest.
 * The detector was widened again and these joined the tuned corpus.
 */
const secondHoldout: Example[] = [
  // crisis
  { text: "i'm so tired. i'm going to take all of them and just sleep", level: "crisis" },
  { text: "I don't think I'll make it through tonight", level: "crisis" },
  { text: "Wrote a goodbye to my mum and left it on the kitchen table", level: "crisis" },
  { text: "i want to die. thats it. thats the message", level: "crisis" },
  { text: "cant stop thinking about jumping in front of the train on my way home", level: "crisis" },
  { text: "I relapsed on self-harm tonight, there's a lot of blood", level: "crisis" },
  { text: "He's outside my door with a hammer, I'm so scared", level: "crisis" },
  { text: "Everyone's asleep. I've got the pills. I'm sorry.", level: "crisis" },
  { text: "If I'm gone tomorrow, please know it wasn't your fault", level: "crisis" },
  { text: "honestly i'd be doing everyone a favour if i killed myself", level: "crisis" },
  { text: "its hopeless, ive decided to end my life this weekend", level: "crisis" },
  { text: "I keep cutting deeper each time", level: "crisis" },
  { text: "I'm done. I can't be alive anymore.", level: "crisis" },
  { text: "my stepdad came into my room again last night and i can't go back there", level: "crisis" },
  // concern
  { text: "Some days I wonder if anyone would notice if I stopped showing up", level: "concern" },
  { text: "I feel like a ghost in my own house", level: "concern" },
  { text: "I think my best friend is hurting herself, she wears long sleeves all summer", level: "concern" },
  { text: "I'm struggling so much, I don't know how to keep going", level: "concern" },
  { text: "The urge to cut came back today but I held off", level: "concern" },
  { text: "What does the crisis text line actually do when you message them?", level: "concern" },
  { text: "I'm worthless and everyone knows it", level: "concern" },
  { text: "I've barely eaten this week and I keep throwing up what I do eat", level: "concern" },
  { text: "I tried to overdose when I was 17", level: "concern" },
  { text: "I feel so hopeless about the future", level: "concern" },
  // none
  { text: "That comedian absolutely murdered on stage last night", level: "none" },
  { text: "I'm dying of boredom in this waiting room", level: "none" },
  { text: "I don't want to kill myself, I want to learn how to handle stress better", level: "none" },
  { text: "My favourite character dies in book three and I'm still not over it", level: "none" },
  { text: "I cut the cord on that friendship and feel lighter", level: "none" },
  { text: "Our dog had to be put down yesterday, we're all heartbroken", level: "none" },
  { text: "Ugh, I overdosed on caffeine before the exam, so shaky", level: "none" },
  { text: "I'm not in a dark place anymore, therapy really helped", level: "none" },
  { text: "I went through a suicidal period at uni; I'm doing great now and want to give back", level: "none" },
  { text: "Bye for now, thanks for everything this week!", level: "none" },
];


/**
 * The third holdout. Run once it scored crisis recall 0.50 (7 of 14), crisis
 * precision 0.88, concern recall 0.64, none precision 0.44. Most misses were
 * small variations (a medicine name not in a list, "kmsssss", "about 40",
 * "wishing"), so the detector gained general fixes: one word for every
 * medicine and blade, stretched spellings, hedges before numbers, more verb
 * forms. These then joined the tuned corpus.
 */
const thirdHoldout: Example[] = [
  // crisis
  { text: "tbh i'm planning to kill myself after my exams finish", level: "crisis" },
  { text: "i really dont want to wake up tomorrow morning", level: "crisis" },
  { text: "Mum would honestly be happier if I wasn't around anymore", level: "crisis" },
  { text: "I've been stockpiling my sleeping tablets", level: "crisis" },
  { text: "cutting tonight, I can't hold it off anymore", level: "crisis" },
  { text: "I'm going to walk into the sea tonight", level: "crisis" },
  { text: "Thanks for always listening. I won't need a mentor anymore after tonight. Goodbye", level: "crisis" },
  { text: "my boyfriend just punched me and he's still in the flat", level: "crisis" },
  { text: "kmsssss for real this time", level: "crisis" },
  { text: "I swallowed about 40 paracetamol an hour ago", level: "crisis" },
  { text: "I keep wishing I was dead", level: "crisis" },
  { text: "I'm ready to go, I've said my goodbyes", level: "crisis" },
  { text: "I hate my life so much I want to end it", level: "crisis" },
  { text: "I'm scared of my husband, he said tonight he'll finish me off", level: "crisis" },
  // concern
  { text: "I'm so lonely it physically hurts", level: "concern" },
  { text: "I think I'm a burden on my mentor and my family", level: "concern" },
  { text: "My daughter told me she wants to die, how do I help her?", level: "concern" },
  { text: "I keep thinking about hurting myself but I won't act on it", level: "concern" },
  { text: "Everything feels pointless and I can't get out of bed", level: "concern" },
  { text: "I haven't eaten properly in about a week", level: "concern" },
  { text: "Is it normal to feel like nothing will ever get better?", level: "concern" },
  { text: "what number do I call if I'm not safe?", level: "concern" },
  { text: "I made an attempt two years ago and I'm scared I'm heading back there", level: "concern" },
  { text: "I just feel like giving up", level: "concern" },
  // none
  { text: "This lecture is killing me, three hours on tax law", level: "none" },
  { text: "I'd kill for a nap right now", level: "none" },
  { text: "I'm not suicidal, I'm just lonely since the move", level: "concern" },
  { text: "I would never kill myself, but I do want to talk about my anxiety", level: "none" },
  { text: "The main character overdoses in the last episode and I cried", level: "none" },
  { text: "I cut myself shaving this morning, ouch", level: "none" },
  { text: "Had a breakdown... of my car on the M4, what a day", level: "none" },
  { text: "I attempted suicide in my twenties and now I train volunteers at a crisis line", level: "none" },
  { text: "my phone's dead, will text you later", level: "none" },
  { text: "I nailed the interview, absolutely killed it", level: "none" },
];


/**
 * The fourth holdout. Run once it scored crisis recall 0.57 (8 of 14), crisis
 * precision 0.73, concern recall 0.60, none precision 0.58. Misses: a tied
 * rope, "won't be one for much longer", a threat reported as "screaming that
 * he'll kill me", "every pill", past history of other people and of one's own
 * teens, Shakespeare. Fixed in general form; these joined the tuned corpus.
 */
const fourthHoldout: Example[] = [
  // crisis
  { text: "I want to end everything tonight", level: "crisis" },
  { text: "life's not worth it anymore and I have the means to end it", level: "crisis" },
  { text: "i'm going to overdose on my antidepressants when my flatmate leaves", level: "crisis" },
  { text: "i've tied the rope already", level: "crisis" },
  { text: "Been self-harming again since Friday, it's getting worse", level: "crisis" },
  { text: "I'm on the platform and I want to jump", level: "crisis" },
  { text: "Sorry for being such a burden. I won't be one for much longer.", level: "crisis" },
  { text: "My partner is screaming that he'll kill me, I'm locked in the bathroom", level: "crisis" },
  { text: "i honestly wanna die rn", level: "crisis" },
  { text: "unaliving myself seems like the only option left", level: "crisis" },
  { text: "I'm thinking about taking every pill in the house", level: "crisis" },
  { text: "No one will have to deal with me after tonight", level: "crisis" },
  { text: "I cut really deep this time and I can't stop the bleeding", level: "crisis" },
  { text: "i genuinely don't want to live through another day of this", level: "crisis" },
  // concern
  { text: "I feel like I'm drowning and nobody can see it", level: "concern" },
  { text: "Been having thoughts about cutting again, haven't done it", level: "concern" },
  { text: "My cousin posted that she's going to end it all, I don't know what to do", level: "concern" },
  { text: "I'm exhausted, I can't cope with work and home anymore", level: "concern" },
  { text: "I hate myself for everything I've done", level: "concern" },
  { text: "where do I find a suicide hotline in Canada?", level: "concern" },
  { text: "I've not eaten anything for three days", level: "concern" },
  { text: "I'm a complete failure and I always will be", level: "concern" },
  { text: "I overdosed when I was sixteen, I still think about it sometimes", level: "concern" },
  { text: "Nothing is ever going to change for me", level: "concern" },
  // none
  { text: "Ha, that meme killed me", level: "none" },
  { text: "I'm not going to do anything to myself, I'm just venting about my boss", level: "none" },
  { text: "We studied Romeo and Juliet, both of them kill themselves at the end", level: "none" },
  { text: "My friend told me she used to self-harm but she's been fine for years", level: "none" },
  { text: "I'd literally die for a holiday right now", level: "none" },
  { text: "Accidentally cut my thumb opening a parcel", level: "none" },
  { text: "I'm dead on my feet after the double shift", level: "none" },
  { text: "I spent my teens wanting to die. Today I have a family and a garden and I'm grateful every day", level: "none" },
  { text: "The car battery is dead again, typical", level: "none" },
  { text: "Thank you for everything, this mentorship really helped. Good luck to your next mentee!", level: "none" },
];


/**
 * The fifth holdout. Run once it scored crisis recall 0.43 (6 of 14), crisis
 * precision 1.00, concern recall 0.60, none precision 0.48. Misses: pills "on
 * the table in front of me", "grabbed me by the throat", "drive off the cliff",
 * "the last time I message anyone", "ended things for good", worry about a
 * son, a negation that did not govern "when I'm dead". Fixed in general form;
 * these joined the tuned corpus.
 */
const fifthHoldout: Example[] = [
  // crisis
  { text: "I've decided I'm going to kill myself on Sunday", level: "crisis" },
  { text: "i cant stop crying and i want to die", level: "crisis" },
  { text: "Check-in: bad. Thought about suicide most of the day. Didn't eat.", level: "crisis" },
  { text: "There's a bottle of vodka and all my pills on the table in front of me", level: "crisis" },
  { text: "I self harmed this morning and I'm scared I'll do it again tonight", level: "crisis" },
  { text: "my family won't even miss me when i'm dead", level: "crisis" },
  { text: "I don't want to be alive tomorrow", level: "crisis" },
  { text: "He's drunk and he grabbed me by the throat, I'm hiding at a neighbour's", level: "crisis" },
  { text: "Going to drive off the cliff road later", level: "crisis" },
  { text: "suicidal af tonight ngl", level: "crisis" },
  { text: "this will be the last time I message anyone here. take care of yourselves", level: "crisis" },
  { text: "i keep burning my arm with a lighter", level: "crisis" },
  { text: "I think it's time I ended things for good", level: "crisis" },
  { text: "I'm so tired of existing, I just want to go to sleep forever", level: "crisis" },
  // concern
  { text: "I feel like I'm disappearing and no one cares", level: "concern" },
  { text: "Can you send me the crisis line number again?", level: "concern" },
  { text: "My son has stopped eating and says he hates himself, I'm scared for him", level: "concern" },
  { text: "I'm at breaking point with everything", level: "concern" },
  { text: "I keep getting these urges to self harm", level: "concern" },
  { text: "I hate my body and I've skipped meals all week", level: "concern" },
  { text: "it's all so hopeless", level: "concern" },
  { text: "I feel completely alone in this", level: "concern" },
  { text: "I tried to end it once, a couple of years back", level: "concern" },
  { text: "I can't handle life right now", level: "concern" },
  // none
  { text: "My knees are killing me after that hike", level: "none" },
  { text: "I'm not going to kill myself, you don't need to report me", level: "none" },
  { text: "Have you seen the documentary where the musician takes his own life? So sad", level: "none" },
  { text: "I'm a recovered self-harmer and I'm here to support young people going through it", level: "none" },
  { text: "My computer died and I lost my essay", level: "none" },
  { text: "We're cutting the budget for the school trip", level: "none" },
  { text: "That roller coaster nearly killed me, best day ever", level: "none" },
  { text: "I don't feel hopeless anymore, thanks to our chats", level: "none" },
  { text: "I'd rather die than run another marathon lol", level: "none" },
  { text: "Last message before my holiday: thanks for everything, see you in two weeks!", level: "none" },
];

export const corpus: Example[] = [
  ...explicitCrisis,
  ...indirectCrisis,
  ...abbreviations,
  ...plansAndMeans,
  ...goodbyes,
  ...dangerFromOthers,
  ...concern,
  ...negations,
  ...idioms,
  ...otherPeopleAndMedia,
  ...pastAndResolved,
  ...everydayWords,
  ...messyTyping,
  ...longMessages,
  ...firstHoldout,
  ...secondHoldout,
  ...thirdHoldout,
  ...fourthHoldout,
  ...fifthHoldout,
];

/**
 * The sixth holdout: written after the detector passed on everything above,
 * in one sitting, and run once; the detector was not adjusted to these. Their
 * misses are reported (by the test and in docs/safety.md), not fixed, so the
 * figures stay an honest estimate of how it does on text it has not seen.
 */
export const holdout: Example[] = [
  // crisis
  { text: "I want to kill myself tonight", level: "crisis" },
  { text: "honestly everyone would be happier if I just died", level: "crisis" },
  { text: "I've got a knife and I'm going to use it on myself", level: "crisis" },
  { text: "i took a load of pills about half an hour ago", level: "crisis" },
  { text: "please don't be sad when I'm gone. you were the only one who listened", level: "crisis" },
  { text: "I relapsed and cut my arm open tonight", level: "crisis" },
  { text: "cant do this anymore. im going to end it", level: "crisis" },
  { text: "my ex broke in and he's threatening me with a bat", level: "crisis" },
  { text: "idk how to say this but i've been planning my suicide", level: "crisis" },
  { text: "kms fr", level: "crisis" },
  { text: "I have no reason to live anymore", level: "crisis" },
  { text: "Waiting for everyone to fall asleep so I can do it", level: "crisis" },
  { text: "I wish I'd never woken up this morning, I don't want to be here", level: "crisis" },
  { text: "i'm standing on the railway bridge looking down", level: "crisis" },
  // concern
  { text: "I'm not coping at all, everything is too much", level: "concern" },
  { text: "I feel like such a burden to my parents", level: "concern" },
  { text: "My girlfriend keeps saying she wants to die and I don't know how to help", level: "concern" },
  { text: "I've been thinking about hurting myself again", level: "concern" },
  { text: "What's the point of trying anymore", level: "concern" },
  { text: "I'm so lonely I can barely function", level: "concern" },
  { text: "I've hardly eaten anything in days", level: "concern" },
  { text: "Is there someone I can call at night if things get bad?", level: "concern" },
  { text: "I used to cut and lately the urge is back", level: "concern" },
  { text: "I feel empty and numb all the time", level: "concern" },
  // none
  { text: "These new shoes are killing my feet", level: "none" },
  { text: "I'm not suicidal, just burnt out from uni", level: "none" },
  { text: "In the novel the father kills himself and the son finds him", level: "none" },
  { text: "I'd die for a day off work", level: "none" },
  { text: "I survived an overdose ten years ago and now I run a peer group", level: "none" },
  { text: "Cut my hand on a tin lid, it's fine", level: "none" },
  { text: "My sister told me her goldfish died", level: "none" },
  { text: "We absolutely killed it at the quiz tonight", level: "none" },
  { text: "I would never hurt myself, I promise, I'm just sad about the breakup", level: "concern" },
  { text: "Dead tired but happy, great session today", level: "none" },
  { text: "That exam was brutal, I nearly died", level: "none" },
  { text: "Goodbye for now, talk next Tuesday!", level: "none" },
];
