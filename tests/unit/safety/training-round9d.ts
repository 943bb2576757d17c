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
  // ---- crisis: method ----
  ...group("method", "crisis", [
    "keep thinking about the train line behind our school. how fast they go. it would be quick",
    "been googling how many of my meds would be enough. the number isn't that high",
    "i look at the belt on my door every night and think about it",
    "the roof of the uni library is open to students. i think about stepping off it every time i study up there",
    "ngl the kitchen knives have been looking really tempting. not for cutting. for the other thing",
    "if i crashed the car on the motorway on the way to practice no one would know it was on purpose",
    "Sometimes I stand at the edge of the platform and imagine just leaning forward. Mumbai local is always full speed",
    "i keep thinking about my grandad's insulin in the fridge. how much it would take",
    "my dad keeps a gun in the safe and i know the code. thats all i think about lately",
    "the pesticide in the shed. ive been thinking about drinking it since my results",
    "every time im on the balcony of our flat (11th floor) i lean over and think this is how",
    "kept wondering today if the cord from my hoodie would be strong enough",
    "unalive thoughts again but this time it's pills. we have loads in the cabinet",
    "idk i just keep picturing the river under the bridge on my walk home. cold water, current, done",
  ]),

  // ---- crisis: self-harm now or about to ----
  ...group("self-harm-now", "crisis", [
    "cutting rn. can't stop. it's deeper than usual",
    "i've got the sharpener blade out and im sitting on the bathroom floor. gonna do it",
    "relapsed tonight. still bleeding thru the tissue, blood on my jeans. help idk",
    "burning my arm with the lighter rn bc i deserve it",
    "im about to cut. the blade is right here. talk me out of it or dont idc",
    "banging my head against the wall again, can't stop, my forehead is bleeding",
    "sh rn 🩸🩸 sorry",
    "just scratched my thighs until they bled with my compass in maths, still doing it under the desk",
    "locked in the uni toilets with a razor. i said i wouldn't but here we are",
    "clean streak is over tonight. blade's in my hand and i'm shaking",
    "I am cutting now. I promised I would message first so this is me messaging.",
    "punching the brick wall outside my house over and over, my knuckles are split open and i'm not stopping",
    "pulled my hair out in chunks again tonight and now i've started on my skin with my nails, it's raw and bleeding",
    "got the ice and salt thing going on my arm like the trend but i'm holding it way longer on purpose",
  ]),

  // ---- crisis: intent ----
  ...group("intent", "crisis", [
    "i'm actually going to do it this time. not being dramatic. i've decided",
    "no more tries after this one, i'm gonna make sure it works",
    "I have made up my mind. I am going to kill myself. I just don't know exactly when yet",
    "this isn't a cry for help. i'm going to unalive myself and nothing anyone says changes it",
    "kys? yeah honestly i'm gonna, not even joking anymore",
    "i'm done. like actually done. i'm ending it soon",
    "tried to find reasons to stay. couldn't. so i'm going",
    "gonna ctb. sorry mentor you were nice",
    "i'm not going to be here by christmas. i've accepted it",
    "no i mean it, i'm going to kill myself. stop sending me breathing exercises",
    "this is the last week. i'm going to do it and i'm weirdly calm",
    "ngl i'm gonna end myself before my parents find out about the grades. for real",
    "I WILL DO IT. everyone keeps saying i wont. watch",
  ]),

  // ---- crisis: active thoughts ----
  ...group("active-thoughts", "crisis", [
    "i want to kill myself. that's it that's the message",
    "ngl i think about killing myself every day now, it's like a background app that won't close",
    "every night i lie there thinking about how i'd unalive myself",
    "i want to die and i'm thinking about doing something about it",
    "been having proper suicidal thoughts since the breakup, not the vague kind",
    "i keep thinking about ending my life, it's getting louder",
    "kms thoughts but not the joke ones. the real ones. all day",
    "want to kill myself so bad rn 😭😭😭 not a meme",
    "the sewerslide thoughts are back and they're really loud this week",
    "I think about suicide a lot. Like I'm planning it in my head without meaning to.",
    "lowkey want to end it all and it's scaring me how normal that feels",
    "i think i want to die by my own hand. is that normal to think about in class",
    // long: risk buried in the middle of school and family news
    "hiii ok long one sorry. so the netball tournament was amazing, we came second and coach said i might captain next year which is insane. then mum and dad had another screaming match in the car on the way home about money, same as always. honestly i've started thinking properly about killing myself, like most nights, it's not just a passing thing anymore. anyway tomorrow is my friend priya's birthday and we're doing a picnic in the park if it doesn't rain, i'm making brownies. also did you watch the new episode??",
    "update from the week: physics mock went ok i think, got a B in the chem one, our form tutor is leaving (sad), and the canteen finally brought back the pasta pots. the thoughts about ending my life have been constant since sunday, i keep imagining how it'd go and i can't switch it off. oh and i got my provisional licence through so dad's taking me out in the car saturday. sorry for the random order lol",
    "Hey mentor, long message. Uni is alright, my flatmates are messy but kind, and I joined the Indian society which has been nice for food lol. Mum calls every day about marks. Honestly I've been wanting to kill myself pretty much since midterms and it's getting worse at night when I'm alone. Anyway we have a Diwali night next week and I'm doing rangoli with the society. Hope you're doing well, how was your trip?",
  ]),

  // ---- none: hard negatives, second batch (danger words, long ordinary messages) ----
  ...hardNegatives([
    "my dad's gonna kill me when he sees the dent in his car 😭 (he won't, he'll just sigh for a week)",
    "someone followed me home from school today!!! it was my neighbour's cat lol she walked all the way to my door",
    "a guy on discord said he'd 'find me' after i beat him in valorant 💀 he's 12 and lives in ohio",
    "my bf threatened to leave me on read if i didn't watch the new episode with him 🙄 we did, it was good",
    "my stepdad is teaching me to drive and he screams every time i brake lol. he's sweet tho",
    "mum went through my phone and found my crush's contact saved as 'do not text'. i will never recover",
    "PSA for the space: if someone dms you asking for pics and threatens you, it's called sextortion and you can report it, we did a whole assembly on it",
    "our school had a police officer in to talk about being followed home, the tips were actually useful, like walking toward shops",
    "my sister locked me out of the bathroom for an hour doing her skincare. the real danger in this house",
    "got my first tattoo today, the needle hurt less than i thought",
    "blocked a creepy account that kept liking my old posts. reported it too. feeling fine, just sharing what to do",
    "nan's on 2 paracetamol and a cuppa after her hip op, doing well, she says hi",
    "i had a really bad year in year 9 and used to hurt myself, but that's years ago now. i'm 19 and honestly doing well, just wanted to share for anyone younger",
    "friend was having a rough night so we called her sister and sat with her, she's okay this morning and seeing her gp",
    "ugh my dad's so strict he took my phone for a week bc i was up at 3am. fair enough tbh",
    "the way my little brother jumps off the sofa screaming 'i'm gonna die' every time he loses at fifa",
    "gonna hang my fairy lights above my bed finally, need a rope or some string and hooks",
    "my mate at uni is doing her dissertation on suicide prevention in young men and she's asked me to share her survey",
    "our drama piece is about a girl who overdoses, we had the school counsellor come in to advise, really well done i think",
    "lmao the boss in elden ring one shot me with a sword i'm done for tonight",
    "bought a pocket knife for scouts camp, we're doing whittling 🪵",
    "i'm ending things with my situationship tonight. wish me luck, it's overdue",
    "Long one. So I finally finished my dissertation draft, 11,000 words on gun control policy in the US. The chapter on firearm suicide stats was brutal to write but my supervisor loved it. Then I went home for the weekend and my little cousin kept 'killing' me in Fortnite, I'm so bad. Mum made biryani. Also my bank finally sorted the card they blocked. Anyway, feeling pretty good, just tired. What's new with you?",
    "quick catch up: we did a trip to the cliffs for geography (the drop at the edge is mad, they had fences everywhere), my friend cut her hair really short and it looks amazing, i burnt my hand on the grill at work but it's only a small one and i ran it under water, and our prom theme got voted as 'hollywood'. overall a good week tbh!!",
    "ok story time. my housemate came running in screaming 'he's going to kill me' and i panicked until i realised it was her boyfriend, and he meant because she'd eaten his leftover pizza. we all laughed so hard. then we watched a film about a bridge collapse which was mid. then i revised for my pharmacology exam, lots of overdose thresholds to memorise, so if anyone needs acetaminophen facts i'm ur girl 😂",
    "Wahala no too much today. My oga for office shouting like he wan kill person but na only because the printer spoil. I go home, chop rice, sleep. Tomorrow na church. All is well, thank God",
    "bro the new season of the show where the guy is getting blackmailed with his pics is so tense, i was yelling at the screen",
    "literally dying of cringe bc i waved at someone who was waving at the person behind me 🫠🫠🫠",
    "my mum's a nurse and she's doing a night shift in A&E, she says it's all overdoses and broken bones on a saturday",
    "that era of my life is over. i used to self harm in high school but i'm 22 and have been clean 4 years. today someone at work asked about my scars and i just told them, felt good",
    "i am so dead tired, 3 shifts in a row at maccies",
    "finally quit my job at the cinema. handed my notice in, done done done 🎉",
    "im jumping off the high board at the pool tomorrow for the first time, terrified lol",
    "my whole class has the flu. we're dropping like flies 🤧",
    "tried the 'smoke out the window' trick with my friend's vape and got caught. my mum is gonna end me",
    "i hate myself for eating the whole pizza lmao no regrets though",
    "sat my driving test. failed on a roundabout. it's fine, i will simply live as a pedestrian forever",
    "it happened again!!! the bus was late AGAIN and i missed first period, same as last time but worse, the teacher had a whole speech ready",
    "i did it!!!! i got into my first choice uni 😭😭😭🎉",
    "i have them here now, the concert tickets!! pinching myself",
    "im so done with this heat 🥵 aussie summer is not it",
    "yeah nah i'm cooked, stayed up all night for the footy and now i've got a uni exam in 2 hours",
    "the teacher said my essay was 'killer' and i didn't know if that was good or bad lmao",
    "someone keyed 'die' on my locker as a prank but it turns out it was a hangman game someone didn't finish lol, the teacher cleared it up",
  ]),
];
