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
    "ok random dump bc i can't sleep: we got our mock results back and i did better in english than i thought, my friend jess is finally talking to me again after the whole party drama, and i took a load of my mum's tablets about twenty minutes ago and i'm starting to feel really floaty and weird. also the dog keeps sitting on my feet which is cute. idk why i'm typing all this. i think i wanted someone to have it written down",
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
    "sorry this is long and messy. school was fine today, we had a sub in history who let us watch a film, and i got picked for the relay. but some guy i was talking to on snap last week has screenshots of the pics i sent and he's just messaged saying i have until 9 tonight to send him £300 or he sends them to everyone on my follower list including my mum. it's 8:15. i've got £40. i can't think straight. my sister is downstairs watching bake off like nothing is happening",
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
    "Hey, hope your week was good! Mine was busy: the Ankara fabric for my cousin's wedding finally came, I finished my project defence slides, and my roommate and I cooked egusi for the whole floor. Also I've been collecting my sleeping tablets for a while and I have enough now, I put them in an envelope in my bag with a letter for my mum. Anyway the wedding is on the 20th and I'm supposed to be a bridesmaid, the aso-ebi is really pretty, I'll send pics.",
    "i have them here now. the whole strip plus the ones i saved from last month",
    "wrote letters for mum, my best friend and my cat lol. they're in my desk drawer. it's fine, it's sorted",
    "gave away my switch and all my plushies today. people think im just decluttering",
    "been saving my tablets for weeks instead of taking them, there's like 60 in a sock now",
    "posted my last tiktok. deleted my drafts. made my discord private. ok",
    "scheduled a message to send my best mate tomorrow morning explaining everything",
    "bought the rope today with my birthday money. its in my wardrobe under my hoodies",
    "told my little sis she can have my room. changed my passwords so mum can get in after. kinda peaceful now",
    "Saving up the pills my psychiatrist gives me. Not taking them. I have enough now I think",
    "lmao ok kms for real now, no cap. pills are lined up on my desk, just letting my playlist finish first",
    "made a google doc of who gets what and sent the link to myself so they'll find it",
    "returned all my library books and paid my friend back. just wanted things even before",
    "cleaned my room properly for the first time in a year so no one has to do it after me",
    "ok so i've got the blades, the note is on my pillow and i sent my mum a long 'i love you'. ig this is it",
  ]),

  // ---- crisis: plan ----
  ...group("plan", "crisis", [
    "long update incoming lol. footy season's over, we came third in the comp which is decent for a team of muppets. i'm working at the servo on weekends now and the manager is alright. mum's new boyfriend is around heaps and it's awkward. i've decided i'm going to do it on boxing day when everyone's at aunty kerry's, i'll say i'm sick and stay home and drive out to the gorge. anyway schoolies is coming up and the boys are all going to byron, i said i'd think about it",
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
    "if this calc paper has integration by parts on it i will simply kms 💀💀 see u on the other side (the cafe after)",
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
    "someone wrote 'die' on my whiteboard at halls and it turned out my flatmate was halfway through writing 'diet coke run?' 💀",
  ]),
  // ---- concern: passive wish ----
  ...group("passive-wish", "concern", [
    "pls let me not wake up tmrw 🙏",
    "tired of existing. not in a joke way this time",
    "wish i could just stop being. not do anything, just not be here",
    "if a bus hit me on the way to school i wouldn't even be mad tbh",
    "lowkey hope i don't wake up. every night. been like this for months",
    "I just want to go to sleep and not come back. Nothing dramatic. Just quiet",
    "sometimes i wish i'd never been born ngl, everyone would have it easier",
    "wouldn't mind if the plane went down on the way to my cousin's wedding. is that weird",
    "honestly if i died in my sleep that'd be fine with me",
    "long msg sorry. so college has been ok, got my internship interview next week (pray for me), my roommate adopted a kitten which is the cutest thing, and my mom finally stopped asking about marriage lol. but real talk i've been wishing i could just not exist anymore, like disappear and not wake up, it's kind of constant. anyway the kitten is called samosa and she bites everything. how are you?",
  ]),

  // ---- concern: entrapment ----
  ...group("entrapment", "concern", [
    "i'm so done. there's no way out of this house till i'm 18 and that's 3 years",
    "feel trapped in this course, my parents paid for everything, i can't drop out and i can't keep going",
    "it's like being stuck in a room with no doors. every option is worse than the last",
    "can't leave, can't stay, can't breathe. stuck",
    "I'm trapped in this visa and this job. Can't go home, can't quit. It's a cage",
    "there's literally no escape from this. the debt, the exams, my dad. it all closes in",
    "nowhere to go and no way out. i just keep going round in circles in my head",
    "stuck in a loop of school, shouting at home, crying in bed, repeat. no exit",
  ]),

  // ---- concern: burden ----
  ...group("burden", "concern", [
    "ok so catching you up: my placement at the primary school is going well, the kids call me 'miss' which is hilarious since i'm 20. bro's GCSEs start next month so the house is tense. mum's back is bad again and she's still paying my rent on top of everything, and honestly i think they'd all be better off if they didn't have to carry me, i'm just another bill. anyway i'm going to a gig on friday, some band my flatmate loves, should be fun!",
    "everyone would be better off without me ngl",
    "i'm such a burden to my mum, she works 2 jobs and i just cost money",
    "my friends only hang out with me out of pity. i'm dead weight in the group chat",
    "my parents would have an easier life without me. they'd never say it but it's true",
    "Sorry for always dumping on you. I'm just a drain on everyone",
    "i feel like a weight everyone carries. they'd be lighter if i wasn't around",
    "i ruin everything i touch. my family would be happier if i'd never come along",
    "my sister had to skip uni to look after me when i was ill. i'm just a problem for people",
  ]),

  // ---- concern: hopelessness ----
  ...group("hopelessness", "concern", [
    "Sorry for disappearing, the week got away from me. JEE coaching is 8 to 8 now, my little brother got his first bicycle, and we had a power cut for two days which was chaos. Honestly, I don't see how any of this ends well for me. Even if I crack the exam I'll just be miserable somewhere else, nothing is going to change. Ma keeps making halwa to cheer me up, it's very good halwa. Shall we talk Saturday?",
    "what's even the point anymore. nothing's ever gonna get better",
    "ngl i can't see a future for me. like at all",
    "everyone says it gets better after school. it won't. not for me",
    "Nothing changes. It's been the same every single year and it will be the same forever",
    "idk why i bother trying, i'm always going to be like this",
    "there's no version of my life that turns out ok 🫠",
    "what's the point of applying for uni when i'll just mess it up anyway. nothing ever works out",
    "im 17 and already feel like my life is over. nothing to look forward to",
  ]),

  // ---- concern: self-harm urges ----
  ...group("self-harm-urge", "concern", [
    "really want to cut tonight. haven't yet",
    "the urge to sh is so strong today, i keep looking at the sharpener",
    "been 40 days clean but i want to so bad rn, what do i do instead",
    "my skin is itching to be hurt, does that make sense. i'm trying the ice cube thing instead",
    "urges back after seeing my ex. holding on",
    "I keep wanting to burn myself like I used to. I hid the lighter at my friend's",
    "sh urges 📈📈📈 need a distraction, anyone wanna talk about anything",
    "it happened again, the urge to hurt myself came back in class out of nowhere and i had to leave. i didn't do anything but i wanted to",
    "want to hit myself so bad rn, i keep digging my nails in but i stopped before it broke skin",
  ]),

  // ---- concern: attempt history ----
  ...group("attempt-history", "concern", [
    "i tried to kill myself in year 10. it still comes up in my head around this time of year",
    "last year i overdosed and ended up in hospital for 3 days. my friends don't know",
    "first time telling anyone: i attempted when i was 14. i'm 16 now and it still scares me how close it was",
    "after my attempt in first year my parents watch me all the time. i get why but it's suffocating",
    "I survived a suicide attempt two years ago and I'm still figuring out what to do with that",
    "the anniversary of my attempt is next week and i feel weird and heavy about it",
    "since i tried to hang myself in march i can't walk past that tree in the park",
  ]),

  // ---- concern: self-harm history ----
  ...group("self-harm-history", "concern", [
    "i used to cut in year 8 and summer makes it hard bc everyone asks why i wear long sleeves",
    "stopped sh 3 months ago. my scars are still pink and i'm scared of PE",
    "used to burn myself with a lighter. i'm trying not to go back there but it's been on my mind",
    "i've self harmed on and off since i was 13. it's been a month since the last time",
    "Doctor saw my old cuts at my check-up and now mum knows. It was last year but she's acting like it's now",
    "my old scars itch when i'm stressed and it makes me think about it again",
    "i relapsed a couple of weeks ago after being clean since new year, it's healed now but i feel so ashamed",
  ]),

  // ---- concern: harmed or controlled by someone ----
  ...group("harmed-by-other", "concern", [
    "my bf checks my location every 5 mins and goes off if i'm not where i said. is that normal",
    "my dad hit me last week over my grades. he says sorry after every time",
    "someone shared my pics in the year group chat last month. i've not been back to school since",
    "my mum calls me useless and fat every day, it's been like this for years",
    "The man I was messaging online sent me threats last week and made me send pics. He's gone quiet now but I'm scared he'll come back",
    "my gf won't let me see my friends and reads all my messages, says it's because she loves me",
    "uncle touched me at the family party at diwali and everyone pretends it didn't happen",
    "my older brother used to beat me up when our parents were out. he moved out but i still flinch",
    "my coach makes me weigh in in front of the team and screams at me if i'm over. i feel sick before every session",
  ]),

  // ---- concern: worry for someone else ----
  ...group("worry-for-other", "concern", [
    "quick catch up before our check-in: started my new job at the cafe (love it, free croissants), finished season 2 of the show you recommended, and went to my nan's 80th. my mate kai has been acting off though, he gave me his xbox and said he won't need it where he's going and now he's not replying in the group. the party was lovely, nan danced to abba. can we talk about kai first thing?",
    "my best friend keeps saying she wants to unalive herself and posting sad stuff at 3am. i don't know if she's joking",
    "friend on discord said goodbye to the server and went offline. idk his real name or where he lives",
    "my roommate hasn't left her bed in 4 days and gave me her favourite jumper out of nowhere. i'm worried",
    "my little brother has cuts on his arms, he's 13. what do i even say to him",
    "My cousin in Lagos keeps sending me messages like 'I'm tired of this life'. What can I do from here",
    "someone in my class said 'kms' but it didn't sound like a joke this time, she looked really empty",
    "my gf told me she's been thinking about killing herself and made me promise not to tell. i'm scared",
    "my mate's been drinking every night since his dad died and said 'doesn't matter if i wake up'",
    "one of the girls in my year posted a tiktok saying 'last one 🤍' and now she's not answering anyone",
  ]),

  // ---- concern: urging someone else to self-harm ----
  ...group("harassment", "concern", [
    "kys you absolute bot, uninstall the game and your life",
    "people in my year keep telling me to kill myself in the comments. every post",
    "someone made a fake account just to send me 'go unalive urself' every day",
    "you should just off yourself honestly nobody would miss you",
    "nobody would care if you drank bleach lol do it",
    "they keep messaging me 'rope' emojis and the word 'when?' 🪢",
    "the group chat voted on how i should kill myself as a 'joke'. i'm not laughing",
  ]),

  // ---- concern: distress ----
  ...group("distress", "concern", [
    "i can't stop crying and i don't even know why. third day in a row",
    "haven't eaten since tuesday. not on purpose, i just can't",
    "it happened again and i can't stop shaking. i hate this",
    "same as last time but worse. couldn't get out of bed, missed all my lectures, didn't answer mum. i hate myself",
    "I HATE MYSELF SO MUCH. ugh. everything i do is wrong",
    "ngl i'm not coping. at all. school, home, everything",
    "panic attack in the exam hall and i walked out. now i'll fail and i can't stop hyperventilating",
    "long one sorry. so it's half term and everyone's gone to see family, i stayed at halls bc flights home to india are too much. i've been watching the same show on repeat, eating cereal for dinner, and not really talking to anyone. i cried in tesco yesterday bc the cashier was nice to me. i think i'm not ok, like more not ok than usual. anyway the show is good, it's about a bakery. do you have half term plans?",
  ]),

  // ---- concern: asking where to find help ----
  ...group("help-seeking", "concern", [
    "what's the number to text if you're not ok at night? i'm in australia",
    "is there a helpline for teens in the uk that isn't a phone call? i can't talk out loud at home",
    "how do i get help for suicidal thoughts without my parents finding out? i'm 16",
    "Any crisis helpline in India that answers in Hindi? asking for me",
    "where do you go if you feel like you might hurt yourself but you don't want an ambulance",
  ]),
  // ---- none: hard negatives, third batch (others as danger told harmlessly, threads, long ordinary) ----
  ...hardNegatives([
    "my mum said she'll murder me if i'm late for dinner again 😂 it's lasagne so fair",
    "the guy who kept messaging me for pics got banned and the police rang to say it's sorted. feel so much lighter",
    "update: the account that was blackmailing me last month is gone, i told my dad and we reported it, nothing got posted. just wanted to say thank you",
    "my ex keeps liking my stories which is annoying but harmless, just muted him",
    "someone was walking behind me from the station but turns out he lives on my road and he said hi. i overthink everything lol",
    "my dad shouted at me for the parking ticket but we're good now, he bought me a kebab",
    "brother pinned me down and tickled me till i cried laughing, i will have my revenge",
    "the teacher took my phone off me in class, she's a menace 😤",
    "i got jumped in rocket league by a whole squad, absolutely destroyed lmao",
    "my partner said he'd 'kill for a burger' so we're getting maccas at midnight",
    "i did it. i told my parents i'm switching from medicine to design. they took it better than i thought 😭",
    "i have them here now, the results! a*aa!!! i'm screaming",
    "same as last time but worse: the printer at uni ate my dissertation again",
    "it happened again lol, fell asleep on the train and ended up at the last stop",
    "took the whole box to school today, the cupcakes i mean, everyone loved them",
    "wrote goodbye letters to my year 6 class, i'm a TA and my contract ended. the kids made me cards 🥹",
    "gave away all my old clothes to the charity shop bc i'm moving to melbourne for uni!!",
    "planning to jump on the first train to london after my last exam, going to see my gf 🚆",
    "my counsellor and i made a safety plan back in year 11, i don't need it now but i kept it in my notes app as a reminder of how far i've come",
    "my friend was really low last term and we got her to talk to student services, she's doing loads better now and we went bowling",
    "watching the film about the kid who gets kidnapped on the way home from school and my heart is racing 😰",
    "Yaar my dad said 'I will kill you' when I broke the new TV remote but he was laughing while saying it",
    "Omo this exam wan kill me but we go pass am by God's grace 🙏",
    "ngl the pills they give u for hayfever knock me out so hard, i slept 14 hours",
    "the plan for saturday: park, ice cream, pretend revision, sleep 😌",
    "need to buy a new blade for my craft knife, the cardboard model for design tech is due thursday",
    "lmao my friend said 'unalive' in our english essay by accident and the teacher wrote 'please just say die' in the margin",
    "bro i'm gonna end this whole man's career in the debate tomorrow 😤🔥",
    "our school did a 'say goodbye to year 13' day and everyone signed each other's shirts, i'm sobbing",
    "had to hold my little sister's hand while she got stitches at A&E, she fell off the trampoline. she's fine and already bragging about the scar",
    "got called a 'threat' on the pitch today by the other team's coach. best compliment ever",
    "Long msg but it's good news I promise. So the cliff walk with the hiking club was stunning, we did the coast path by the lighthouse and someone's dog nearly jumped off the edge chasing a seagull (he's fine, his owner grabbed his harness). Then we had chips and I got home and found out I passed my bio resit. Mum cried. Dad pretended not to. Tomorrow I sleep until noon. Hope your week is going ok too!",
    "ok so this week in no particular order: my flatmate's smoke alarm went off at 3am because she tried to toast bread on the hob, our anatomy lab had a real heart in it (wild), i watched a doc about a guy who survived jumping from the golden gate and now does suicide prevention talks, very moving, and i finally went to the gym. overall vibes: tired but happy. how's ur dog??",
    "Long one from me. Exams are done!! The last paper was toxicology so I spent the whole week memorising lethal doses of random things, I now know way too much about rat poison and paracetamol lol. Then our group went to the beach in Goa for 3 days, I got sunburnt like a tomato. Dad wants me to start the internship Monday. I'm nervous but excited. Also my cousin's wedding is in Jan so shopping is starting, pray for my wallet.",
    "my nigerian mum when i said i was tired: 'tired of what? you don't pay bills' 😭😭 she's right tho",
    "im actually dead 💀 the vice principal slipped on the stage and just kept talking like nothing happened",
    "this cold has me dying but i still showed up to my shift. mvp",
    "stretching my legs after a 6 hour gaming sesh, my back is killing me",
    "i cut my fringe myself at 1am and now i look like a lego man. never again",
    "wanted to disappear when my voice cracked during the presentation but everyone clapped anyway 🥲",
    "got a 'kys' from a random in fortnite, reported him, went back to winning. byeee",
    "my cousin told me about his friend who died by suicide and how they raised money for a mental health charity, we're doing the fun run together in march",
    "lol my brother bought a pellet gun for the fair and shot a balloon and won a massive teddy",
    "someone at school was telling everyone to 'kys' and the head of year did a whole assembly on it. it's actually stopped now",
    "NOOOOO my tamagotchi died again 😭😭😭",
    "sat by the river with my friends after the last exam, we just threw stones and ate haribo. perfect day",
  ]),

  // ---- none: quiet everyday texts ----
  ...quiet([
    "hey! just checking in, had a good week, got a new part-time job at the bakery 🥐",
    "what time is our circle on thursday? i have football till 6",
    "omg did u see the new taylor swift announcement 😭😭😭",
    "ngl the dining hall food today was actually good?? shocked",
    "my nan taught me to knit over half term and i've made a very wonky scarf",
    "can we move our check-in to sunday pls, i've got a family thing on saturday",
    "thanks for listening last week, i talked to my tutor like you said and she was lovely",
    "anyone in this space doing a levels next year? which subjects did you pick",
    "i passed my grade 5 piano!!! 🎹🎹",
    "ugh it's raining again, brisbane what is this",
    "Good morning sir, I finished my assignment early today, feeling proud",
    "just got back from my cousin's naming ceremony, so much jollof i can't move",
    "is it normal to be nervous about starting uni? i'm excited but also 😬",
    "my dog learnt to high five!! took 3 weeks",
    "mentor i made the pasta recipe you told me about, 10/10",
    "ok honestly this week has been fine. boring but fine. which is nice",
    "how do you ask a teacher for an extension without sounding lazy",
    "we won our first netball match of the season!!! 21-9",
    "got my first paycheck and bought my mum flowers 🌷",
    "does anyone have tips for falling asleep earlier? my sleep schedule is a mess",
    "hiiii sorry i missed our call, i was at my sister's recital",
    "started learning korean on duolingo, 12 day streak 😤",
    "yo anyone wanna squad up for minecraft tonight, building a castle",
    "finished my first marathon of studying, 4 hours in the library, treated myself to bubble tea",
    "i'm gonna try a new club at uni, either climbing or chess idk",
    "my mom and i went thrifting and i found a vintage denim jacket for $8",
    "the sunset over the footy oval tonight was unreal 🌅",
    "wanted to say i'm doing better. exams are nearly over and i've been sleeping more",
    "Bhai the cricket match yesterday was insane, last ball six!!",
    "what's everyone reading at the moment? i need a new book for the train",
  ]),
  // ---- none: hard negatives, last few ----
  ...hardNegatives([
    "kms 😭 i just called my lecturer 'mum' in front of 200 people",
    "mate i'm so done, the aircon at uni is broken and it's 38 degrees, send help (an icy pole)",
    "pls let me not wake up before 11 tomorrow, first lie-in in weeks 😴",
    "the sextortion talk at school was so awkward but tbh good to know you can just block, report and tell an adult and they can't actually do much",
    "my bf walked me home after the party so no one followed me, he's a sweetheart",
    "my dad's voice when he says 'we need to talk' has me fearing for my life but it was just about the electricity bill",
    "Honestly the new Naira notes wahala almost killed me but it's sorted now, I got cash from my aunty",
    "my counsellor asked if i ever think about killing myself and i said no, and for once it was true. just a check-in at uni wellbeing, all good",
    "blade runner 2049 is so long i nearly died but the visuals 😍",
    "gonna cut my losses and drop the module, not worth the stress, doing a different one next term",
  ]),
  // ---- none: long ordinary messages with several risky words used harmlessly ----
  ...hardNegatives([
    "OK week recap!! Monday I went bouldering with the climbing soc and learnt how to tie in properly with a rope (figure of eight knot, very proud). Wednesday our psych lecture was on suicide risk factors in teenagers and the lecturer was brilliant, really careful about it. Thursday I had a migraine so I took two ibuprofen and napped. Friday my housemate's boyfriend came round and 'threatened' to kill us all at Mario Kart. He did. Weekend = laundry and sleep.",
    "long one bc my week was mad. my little brother got his hand stuck in the railings and the fire brigade had to come (he's fine, he's milking it), i finished my coursework on the bridge disaster from the 1800s, my dad finally cancelled the gym membership he never used, and my form tutor said my presentation 'killed'. also i tried that gun-shaped water pistol thing at the fair and soaked my mate. 10/10 week",
    "Ok so Nollywood marathon with my sisters this weekend and every single film had someone being poisoned or pushed off a balcony 😂 Mummy kept shouting at the screen 'I said don't drink it!!' Then on Sunday I did my first shift at the pharmacy, lots of counting pills and labelling bottles, and a man threatened to report me because the queue was long lol. All in all, good weekend, tired but happy.",
    "new house update: it's got a proper loft so i finally hung the hammock with the rope from my camping kit, my cat fell off the top of the wardrobe (landed fine, pride hurt), and i started a first aid course at work where we practised what to do if someone overdoses or is bleeding badly. i feel really prepared now tbh. oh and i finished the book about the girl who was followed home from school — tense but it ends well",
  ]),
];
