/**
 * TRAINING set, written on 2026-12-06 by the writer9d helper.
 *
 * Emphasis: young people (about 13 to 25) writing the way they do at school,
 * at uni, on Discord and in game chat: irony and memes, TikTok-era euphemisms
 * (unalive, sewerslide, kms, ctb, "i'm so done"), emoji strings, all caps,
 * stretched letters, heavy abbreviation, and British, American, Australian,
 * Indian and Nigerian English. Also long messages (300 to 700 characters)
 * where the risk is one clause buried among school and family news, long
 * ordinary messages full of risky words used harmlessly, messages that lean
 * on earlier context in a thread, and danger from other people now (a parent,
 * a partner, a sextortion blackmailer, being followed home) with hard
 * negatives beside them.
 *
 * Rules followed: written blind to the detector (only categories.ts and
 * labelled.ts were opened); every text is in my own words, no template
 * reused with nouns swapped.
 *
 * How jokes were judged: as a trained responder would. "kms" or "unalive"
 * tied to a trivial trigger (an exam, a cringe clip, a lost ranked game),
 * with laughing markers and no means, no time, no earlier pain, is a dark
 * joke and labelled none (hard). The same words become risk the moment a
 * means, a time, "fr this time", "not joking" or real despair shows up, even
 * when the tone stays light ("lol gonna kms fr this time, got the pills out"
 * is crisis). Self-directed "kys" is read like "kms"; "kys" aimed at someone
 * else is harassment.
 *
 * How thread-leaning messages were judged: each is labelled as a responder
 * would read it alone, with no earlier message. Where the text by itself
 * shows an act or means ("i did it, took all of them", "i have them here
 * now, the whole strip") it is crisis; where it only shows pain with the
 * event unnamed ("it happened again and i can't stop shaking") it is
 * concern; where nothing in it points at harm ("same as last time but worse,
 * the wifi i mean") it is none. When unsure between two levels I took the
 * higher one only if a responder would want to ask now.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const trainingRound9d: LabelledExample[] = [
  // ---- crisis: attempt, now or recent ----
  ...group("attempt", "crisis", [
    "i did it. took all of them like an hour ago. im so sleepy now sorry",
    "lol so i actually swallowed the whole packet of my mums sleeping tablets. dont tell anyone ok",
    "ok update i drank the bleach from under the sink, it burns. idk why im telling u",
    "took like 30 of the paracetamol after school, feel sick, dont want ambulance",
    "ngl i already cut really deep this time and it wont stop and i think that was the point",
    "jumped in front of the car on purpose but it braked. im on the kerb now shaking",
    "i tried to hang myself in the wardrobe tonight and the rail broke. i'm on the floor",
    "mentor sorry for the late msg. i took my brothers pills around 2am. its 4 now and my heart is doing weird stuff",
    "already done it. swallowed everything in the drawer. just wanted someone to know goodbye",
    "Omo I don take the whole sniper bottle. I no fit again. tell my sister sorry",
    "finished the bottle of vodka AND the tablets. room spinning. this was the plan all along tbh",
    "so i did the sewerslide thing rn, took the pills, i'm lying in the bath waiting",
    "hey its me. i overdosed on my antidepressants this evening. dad's asleep. idk what happens now",
    "been in my car with the engine running in the garage for 20 mins. wanted to say bye to u first",
  ]),

  // ---- crisis: danger from someone now ----
  ...group("danger-now", "crisis", [
    "my dad is kicking the door rn he said he's gonna kill me when he gets in. i'm in the bathroom",
    "theres a guy been following me since the bus stop, it's dark and he's still behind me, i'm 15 what do i do",
    "some account has my nudes and says he'll send them to my whole school in 1 hour unless i pay £200. i don't have it. i'm shaking",
    "bf just threw my phone at the wall and he's got the kitchen knife out. typing on my ipad under the bed",
    "HELP my stepdad is drunk and hitting mum again and now he's coming upstairs",
    "this man on discord knows my address and he just messaged 'look outside'. there's a car parked there",
    "the guy from insta says if i dont send more pics by midnight he posts the old ones and tags my parents. its 11:20",
    "my ex is outside my uni halls banging on the window and screaming he'll make me pay. security isn't answering",
    "mum locked me out and my uncle is in the garden with a belt. i'm hiding behind the bins",
    "he's got my hands pinned and says i'm not leaving till i do what he wants. in the toilet now sending this",
    "walking home from tuition and 3 boys have been following me for two streets calling my name. i'm scared to go in coz they'll see where i live",
    "my brother said he will burn me with the iron tonight if i tell anyone. he's heating it up",
    "someone hacked my snap and they're threatening to leak my pics unless i send them a video tonight. they keep counting down. please",
    "Pls my husband has locked the door and he took my phone, I'm using my cousins old one. He said today he will finish me.",
    "bro the guy i met off the game is at the door downstairs, i never gave him my address, my parents are away",
    "he keeps saying he'll smash my head in if i sleep. he's pacing outside my room rn",
  ]),

  // ---- crisis: preparation ----
  ...group("preparation", "crisis", [
    "i have them here now. the whole strip plus the ones i saved from last month",
    "wrote letters for mum, my best friend and my cat lol. they're in my desk drawer. it's fine, it's sorted",
    "gave away my switch and all my plushies today. people think im just decluttering",
    "been saving my tablets for weeks instead of taking them, there's like 60 in a sock now",
    "posted my last tiktok. deleted my drafts. made my discord private. ok",
    "scheduled a message to send my best mate tomorrow morning explaining everything",
    "bought the rope today with my birthday money. its in my wardrobe under my hoodies",
    "told my little sis she can have my room. changed my passwords so mum can get in after. kinda peaceful now",
    "Saving up the pills my psychiatrist gives me. Not taking them. I have enough now I think",
    "lol gonna kms fr this time, got the pills out on my desk, just finishing my playlist first",
    "made a google doc of who gets what and sent the link to myself so they'll find it",
    "returned all my library books and paid my friend back. just wanted things even before",
    "cleaned my room properly for the first time in a year so no one has to do it after me",
    "ok so i've got the blades, the note is on my pillow and i sent my mum a long 'i love you'. ig this is it",
  ]),

  // ---- crisis: plan ----
  ...group("plan", "crisis", [
    "after my last exam on friday i'm going to the multistorey and that's it",
    "tonight when everyone's asleep. already picked the bridge by the station",
    "planning to ctb on my 18th. seems fitting",
    "gonna do it after the match on sunday so my brother gets to see his team play first",
    "i know where and i know when. the quarry near my nan's, saturday morning before anyone's up",
    "when my parents go to the wedding next weekend i'll have the house to myself. that's when",
    "Going to end it once results come out on the 14th. If I fail like I know I will, I walk to the railway line that night",
    "the plan is simple: skip school tmrw, take the train to the coast, walk into the sea",
    "hostel roof at 3am. no one checks the door. i'm done",
    "new year's eve. everyone will be too drunk to notice i'm gone",
    "i've worked out the times of the fast trains that don't stop at our station",
    "when my mum's night shift starts on thursday i'm going to unalive myself, i've thought it through",
    "Thinking of the cliff at the headland, the one from the school trip. Going Monday",
    "after I post my last video tonight im going to the bridge. its 20 mins walk",
  ]),

  // ---- none: hard negatives, first batch (jokes, games, uni, everyday risky words) ----
  ...hardNegatives([
    "this calc exam is gonna make me kms lol 💀💀",
    "NOOOOO the wifi died right before the boss fight i'm actually going to unalive myself 😭😭 (jk)",
    "if mr harris gives us another pop quiz i'm jumping out the window of room 12 fr 💀",
    "bro i just sent 'love u' to my teacher instead of my mum. kms. dig me a hole",
    "my group chat watched me trip on stage at assembly. i am deceased. rip me",
    "the way my mum just liked my thirst trap on insta 💀💀💀 i want to disappear",
    "lost ranked 6 times in a row i'm done with this game, uninstalling, bye",
    "kill me the lecture is 3 hours long and he hasn't even started the slides",
    "lmaooo we killed it at the debate comp today 🔥🔥",
    "im so done with group projects. never again. i'm working alone forever",
    "that fit is killing me omg where is it from",
    "sewerslide is such a cursed word honestly, why did tiktok make us talk like this",
    "went climbing at the wall with the uni club, finally trusted the rope on the overhang 🧗",
    "took two paracetamol for my period cramps and now im fine, thx for asking",
    "ending my spotify premium bc im broke. student life innit",
    "the bridge scene in that anime wrecked me. i cried for like 20 min",
    "omg i'm dead 😂😂😂 that video of the goat screaming",
    "my phone's at 1% and i'm literally dying, someone lend me a charger in the library",
    "i could kill my little brother he spilt juice on my ps5 controller",
    "tired of existing in this group chat where no one answers my memes 😤 (lol)",
    "dead inside after that 9am seminar but we move",
    "exam season has me like 🧟‍♀️💀😵 pls let me sleep for a week",
    "the teacher said the essay deadline is today and i felt my soul leave my body",
    "'i'm going to end it all' - me, about to delete my entire minecraft world and start again",
    "Abeg this NEPA light don finish me today. no light since morning",
    "yaar this viva is going to be the death of me 😩",
    "I'm literally so done 😂 my mum has started using 'slay' unironically",
    "my character died 14 times on the same jump, i'm throwing my controller into the sea",
    "that song has me in a chokehold fr",
    "watched a doc about the golden gate bridge for my geography project, so many facts about the engineering",
    "first aid course today at scouts, we did overdose recovery position and how to use the defib",
    "our psych lecture was on self-harm in adolescents today, heavy but interesting, wrote 6 pages",
    "anyone else's school do the 'cut the cord' speech for year 13 leaving? cringe but cute",
    "i would rather die than let my dad see my search history lmaooo",
    "my english teacher gave us Hamlet's 'to be or not to be' to memorise, lowkey a banger",
    "ok who let me stay up till 4am again. future me is gonna hate current me",
    "hanging out at the shops after school, anyone wanna come",
    "got my nose pierced and it bled a bit but it's healing fine 💅",
    "i shot my shot with my crush and he left me on read. dead. buried. ghost now",
    "the jump scare in that horror game nearly gave me a heart attack 😭",
    "mate the footy final had me screaming, my heart can't take it",
    "wanna kms every time my little cousin says 'skibidi' but i still love him",
  ]),
];
