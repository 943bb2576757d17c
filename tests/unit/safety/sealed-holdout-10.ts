/**
 * Sealed held-out set 10, written 2026-12-06 by the sealed10 helper, blind to
 * the detector and to every other labelled set (only categories.ts and
 * labelled.ts were open while writing).
 *
 * Emphasis: what an outside reviewer would try first. Plain, everyday
 * messages as real people send them to a peer-support site: seekers writing
 * to a mentor who knows them, posts to a topic space, short fragments and long
 * messages with the risk buried in the middle. Writers vary (teenagers,
 * parents, older people, workers, students, carers, people writing in a
 * second language) and so does the register (lower case, no punctuation,
 * texting shorthand, typos, emoji, British and American spelling). Every
 * crisis and concern category has at least eight examples, and every risky
 * word family used here (medication, ropes and ligatures, heights and
 * bridges, trains and traffic, blades, guns, poisons, car exhaust, notes and
 * goodbyes, giving things away, plans and dates, "ending", attempts in the
 * sense of trying) has hard negatives.
 *
 * SEALED: this set measures a new version of the crisis detector once. It
 * must never be used to tune, train or adjust the detector, its word lists or
 * its thresholds. If it is ever used that way it stops being held out and a
 * new sealed set has to be written.
 *
 * How borderline lines were judged (C-SSRS backbone):
 * - Thoughts of suicide with a named means the writer has or can reach are
 *   "method"; with a day, place or occasion they are "plan"; means gathered,
 *   things given away, goodbyes or affairs put in order are "preparation".
 * - An overdose or other act taken with no sign it is over (no hospital, still
 *   unwell, still in the place) is "attempt"; one told as past and over is
 *   "attempt-history".
 * - Self-harm going on or promised for the next minutes is "self-harm-now";
 *   wanting to is "self-harm-urge"; told as past is "self-harm-history".
 * - Wishing not to wake up, with no thought of acting, is "passive-wish".
 * - A parent or friend asking about someone else's risk is "worry-for-other"
 *   unless the other person is acting now (then the crisis category of the act).
 * - Dark jokes, film lines, recovered history told as settled and everyday
 *   uses of risky words are none and marked hard.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

// ---------------------------------------------------------------- crisis

const attempt = group("attempt", "crisis", [
  "i took all my tablets about an hour ago and now im scared and dizzy",
  "swallowed the whole packet of my mums sleeping pills. dont tell anyone pls i just wanted someone to know",
  "I've cut deep, deeper than I meant to, and it won't stop bleeding. I did it to end things, not like the other times",
  "just drank from the bottle of bleach under the sink its burning my throat",
  "took 30 paracetamol last night thinking i wouldnt wake up. i did. feel really sick today and my side aches",
  "I am sorry for bad english. Tonight I took many of my husband heart pills because I want to die. Now I feel very strange and my heart is slow",
  "tried to hang myself in the garage earlier and the beam gave way. im still sat out here",
  "ok so i did it. took everything in the cupboard with vodka. typing this so someone knows",
  "My son (15) has just told me he swallowed a load of his antidepressants an hour ago to kill himself, what do I do first",
  "Took an overdose on Thursday. Didn't tell anyone, didn't go to A&E. Still being sick and my skin looks yellowish",
  "sat in the car with the engine running in the shut garage, got out coughing after 10 mins. dont know if im going back in",
  "jumped off the balcony on the second floor tonight and my leg is wrong, i meant to die. hiding in my room so mum doesnt see",
  "Jo I need to tell you I took pills before our check-in. I'm not okay. honestly getting sleepy fast 😶",
]);

const dangerNow = group("danger-now", "crisis", [
  "hes downstairs smashing things and said hell kill me when he comes up. im locked in the bathroom",
  "my stepdad is drunk and hitting my mum right now and i'm hiding with my little brother what do i do",
  "Someone followed me from the station and is standing outside my flat door, he's been knocking for 20 minutes",
  "my ex just turned up with a knife, i'm in the car with the doors locked and he's right outside",
  "He took my phone and keys and won't let me leave the house. Writing this on my laptop while he's in the shower",
  "theres a guy in my halls who keeps trying my door handle and saying he'll get in. its 2am and hes still there",
  "My husband has got his gun out again and is saying tonight is the night for all of us. The kids are asleep",
  "please help, my partner has kept me pinned in the kitchen all evening, hit me twice, i got away to the loo",
  "dad choked me earlier and said if i tell anyone ill be dead. hes still home and im scared to come out my room",
  "There's lads outside the shop saying they'll stab me when I leave, I'm hiding in the back, shift ends in 5",
  "I live with the family I work for and the man comes to my room at night. He is trying the door now. I have no where to go",
  "boyfriend threatening to throw acid on me, hes on his way over now he said 10 min",
  "my flatmate is screaming and threw a chair at me, she's blocking the front door and i can't get out",
]);

const preparation = group("preparation", "crisis", [
  "been saving up my prescriptions for a few months now. got enough i think. just need the right night",
  "wrote letters to my kids and my sister and put them in the drawer with the will",
  "gave my dog to my neighbour today, told her it was for work. he was the only reason i stayed this long",
  "Bought a length of rope and hid it in the shed. nobody goes in there but me",
  "I've cancelled my phone contract, paid off the credit card and left my passwords for my brother. Everything's tidy for after.",
  "sorted out who gets my games and my ps5, made a list for my little brother. i wont need them",
  "Went through the bank stuff and made sure my wife can get at everything. Wrote down the funeral I want. Feels strange to be this calm",
  "ordered the stuff online that people use. it arrives thursday. felt relief when i clicked buy",
  "said my goodbyes to everyone at work today without them knowing it was goodbye",
  "deleted all my socials and wrote a long message to my best friend, its scheduled to send tomorrow morning when ill be gone",
  "I've been collecting my mum's oxycodone from the chemist and keeping back half each time. it's in a sock in my drawer for when I need it",
  "tbh ive already given most of my clothes to charity and my plants to my mate. so i dont leave a mess for mum",
  "Paid my rent to the end of the month and left the landlord a note saying sorry for the trouble. After Sunday I won't be here",
]);

const plan = group("plan", "crisis", [
  "im going to do it on friday when my parents are at my aunts",
  "I know which bridge. I've been there twice to look. I'm going back on my birthday",
  "after my last exam next week i'm going to walk in front of the train at the crossing near school",
  "Tonight once the kids are in bed. I've decided where and how.",
  "planning to drive up to the cliffs at the weekend and not come back, thats the plan",
  "new years eve. everyone will be out and nobody will notice till morning that im gone",
  "worked out when my flatmate is away (14th-18th) and that's when i'll take them all",
  "On Monday after I drop my daughter at school I'm going to the multi storey and going off the top floor",
  "plan is hotel room, pills, do not disturb sign. booked it for saturday",
  "im going to kill myself after the funeral on tuesday. i just have to get through that first",
  "There's a quiet spot in the woods behind the reservoir. I'll go there Sunday night and that'll be it.",
  "Work was the usual, new manager wants the Christmas rota done and I swapped so Kemi can see her kids. Gonna do it when my last payslip comes in at the end of the month so mum gets the money, then I dont have to do any of this anymore. Sorry, long day.",
  "Sorry my English, I am from Poland. I have decided to end my life this weekend when my roommate goes home to her parents",
]);

const method = group("method", "crisis", [
  "keep thinking about the train line behind my house and how quick it would be",
  "i've been looking up how many of my pills would be enough to die",
  "If I did it it'd be the car and a hosepipe. I've thought it through more times than I can count",
  "been googling how long it takes to drown. the river is 5 mins from my flat",
  "my dads shotgun is in the cabinet and i know where the key is. i keep thinking about using it on myself",
  "i stand on my balcony on the 12th floor and think about just climbing over",
  "every time I drive on the highway I think about swerving into a truck and ending it",
  "the belt on the back of my door keeps giving me ideas tbh. i want to die",
  "so school was ok, got a B on the chem test and im doing lights for the play in march. but ive been looking up which household chemicals would kill me and bleach keeps coming up. mums making lasagne so theres that",
  "Thinking about suicide a lot. The insulin I use for my diabetes would do it, I know how much",
  "when I walk the dog on the cliff path I think how easy it would be to step off and be done",
  "wanna die. been thinking a razor and a hot bath",
  "ngl ive been stood at the platform edge thinking about the fast trains that dont stop",
]);

const intent = group("intent", "crisis", [
  "i'm going to kill myself. i'm not asking for help just telling someone",
  "I don't want to be talked out of it this time. I'm done and I'm going to do it",
  "i will end my life. ive made my mind up and i feel calm about it",
  "this is my last message on here. im going to make it stop for good",
  "I mean it this time, I'm going to take my own life. Sorry to put this on you",
  "not gonna be around much longer, ive decided to die and nothing anyone says will change that",
  "I'm 74 and I've had enough. I intend to end my life soon, I just wanted one person to know",
  "every night i promise myself i'll kill myself soon and tonight i actually believe it",
  "gonna kms tonight fr",
  "Im decided to suicide. My family will be better. I only write to say thank you for the talks",
  "going to end it. not a cry for help. just done",
  "Dear mentor, I won't be at Thursday's check-in. I am going to end my life before then.",
  "I'm ready to die and I'm going to act on it this time, I'm not scared anymore",
]);

const activeThoughts = group("active-thoughts", "crisis", [
  "i keep thinking about killing myself",
  "Suicidal again tonight. Not going to do anything but the thoughts are so loud",
  "i want to die and i think about suicide every single day now",
  "thinking about ending my life more and more lately and it scares me",
  "Does anyone else think about suicide constantly while doing normal stuff? Like making toast and thinking about killing myself",
  "i want to kill myself 😭",
  "Having thoughts of taking my own life since my husband passed. I don't know who else to tell",
  "kms thoughts are back rn. i want it to be over for real",
  "Quick update before Thursday: the new boiler is in, my daughter got into the college she wanted, and I finally rang the bank about the overdraft. Honestly though, I have been thinking about suicide most days since the layoff and the thoughts won't go away. Anyway the dog has learned to open the fridge, which is a whole new problem.",
  "my brain keeps saying just kill yourself and honestly im starting to agree with it",
  "I've been a carer for my mum for 9 years and now I think about killing myself most nights",
  "second year of uni, failing everything, and thinking about suicide way too much tbh",
  "wanting to end my life again. first time in ages and i hate it",
]);

const selfHarmNow = group("self-harm-now", "crisis", [
  "i'm cutting right now and i cant stop",
  "just burned myself with a lighter, going to do it again",
  "I've got the blade out and I'm going to cut tonight, I can't hold it off anymore",
  "sitting on the bathroom floor with a razor, already done a few, want to do more",
  "banging my head against the wall again, mums at work, cant stop",
  "ive cut and its a lot of blood this time, more than usual",
  "about to go do it. the pencil sharpener blade is in my hand",
  "scratching my arms till they bleed rn, its the only thing that helps",
  "Relapsed tonight after 200 days clean. still doing it while i type this with the other hand",
  "I'm going to cut as soon as this call ends, I know I am",
  "punching the wall till my knuckles split, cant feel it yet",
  "im burning my wrist under the hot tap. idk why im telling u",
  "Took a knife to my thigh just now and I'm going again. Not suicidal, I just need it to stop.",
]);

// ---------------------------------------------------------------- concern

const passiveWish = group("passive-wish", "concern", [
  "i wish i just wouldnt wake up tomorrow",
  "Some days I think it would be easier if I just didn't exist. I'd never do anything, I just wish it",
  "honestly wouldnt mind if a bus hit me on the way to work",
  "I'm 81 and I pray each night that the Lord takes me in my sleep",
  "wish i could disappear and stop existing for a while. or forever idk",
  "Hi, sorry it's been a while. Christmas shopping is done, my sister is coming down from Leeds and the cat is fine after the vet. Sometimes I hope I just get really ill and die so I don't have to decide anything about the divorce. How was your week? Did you get to the coast in the end?",
  "Going to sleep and not waking up sounds really nice right now tbh",
  "I don't want to kill myself, I just don't want to be alive either, if that makes sense",
]);

const entrapment = group("entrapment", "concern", [
  "theres no way out of this, im stuck in this house with him and the debt and i cant see any exit",
  "I feel trapped in my own life. Job, mortgage, marriage, all of it, and no door anywhere",
  "stuck stuck stuck. cant leave cant stay. nowhere to go",
  "Im in this country on a visa tied to my job and my boss treats me badly, I feel like in a cage with no way out",
  "caring for dad 24/7 and there is no escape, no respite, no end to it that i can see",
  "feel like im in a hole with no way to climb out and the walls keep getting higher",
  "every option i have is worse than the last. i'm cornered",
  "cant get out of this debt, cant tell my wife, cant see any way through. trapped",
]);

const burden = group("burden", "concern", [
  "everyone would be better off without me tbh",
  "I'm just a burden to my kids now. They have their own lives and I'm a weight round their necks",
  "i cost my parents so much money and stress, theyd be happier if i wasnt around",
  "My illness has made me a burden on my husband. He deserves better than looking after me",
  "feel like i ruin every group chat im in. people would be relieved if i just left",
  "Since the accident I can't do anything for myself. I'm just dead weight to my family",
  "my friends only put up with me out of pity, im exhausting to be around",
  "I'm a drain on everyone around me, at work and at home, it'd be kinder to them if I weren't here",
]);

const hopelessness = group("hopelessness", "concern", [
  "nothing is ever going to get better, whats the point",
  "I've tried therapy, meds, exercise, everything. Nothing works. I've given up hoping",
  "no future for me. cant see myself anywhere in 5 years",
  "Lost the job, lost the flat, lost her. I don't see how any of this turns round",
  "whats even the point in trying anymore 🙃",
  "It's been 3 years since my diagnosis and every month is worse. There's no hope left in me",
  "i feel like its never going to change and ill be like this forever",
  "Honestly I don't see a future worth having. Everything ahead looks grey",
]);

const selfHarmUrge = group("self-harm-urge", "concern", [
  "really want to cut tonight. holding off but its hard",
  "the urge to hurt myself is so strong today, 40 days clean and i dont want to break it",
  "ok so the party was fun until it wasnt, sam was weird with me all night and then everyone went to the chippy without me. got home and i keep looking at the razors in the bathroom and wanting to. not doing it, just needed to tell someone. anyway did u watch the final",
  "Anyone got tips for getting through self harm urges? mine are really bad this week",
  "want to burn myself so bad rn, sitting on my hands",
  "I get urges to scratch until it bleeds when I'm anxious, and they're getting stronger",
  "really need to hurt myself and i dont know why. not going to yet",
  "feeling the pull to self harm again after the argument with mum",
]);

const attemptHistory = group("attempt-history", "concern", [
  "I tried to kill myself two years ago and lately I've been scared of ending up back there",
  "last year i overdosed and was in hospital for a week. my mum still watches me take my meds",
  "Survived an attempt in 2019. Some days I'm glad, some days I'm not sure",
  "i attempted when i was 16. nobody at uni knows and it feels like a secret im carrying",
  "After my suicide attempt in March people treat me like glass. It's isolating",
  "When I tried to end my life last spring my brother found me. We still don't talk about it",
  "Had a overdose few months ago, now I am back at work but I feel not the same person",
  "its the anniversary of my attempt next week and im dreading it",
]);

const selfHarmHistory = group("self-harm-history", "concern", [
  "stopped self harming 6 months ago but i still think about it a lot",
  "My self-harm scars came up at the doctor's today and I just froze",
  "i self harmed for years as a teen. how do i tell my new gf about the scars",
  "I relapsed last week after a long time clean. I haven't since, but I feel so ashamed",
  "used to burn myself at uni, its been a while but the stress is bringing it back into my head",
  "Counting days since I last hurt myself. 12 today. It's hard",
  "had a bad patch of cutting over the summer. stopped now but my arms are still healing and i keep hiding them",
  "I used to cut in secondary school and summer still makes me anxious because of short sleeves",
]);

const harmedByOther = group("harmed-by-other", "concern", [
  "my boyfriend checks my phone every night and doesnt let me see my friends",
  "My husband controls all the money and I have to ask him for bus fare",
  "dad hits me when hes drunk. not tonight, hes away, but it happens most weekends",
  "My manager touched me at the Christmas do and now I have to see him every day",
  "mum calls me worthless every day and last week she slapped me",
  "He doesn't hit me. He just decides who I see, what I wear and when I eat",
  "an older guy online keeps asking me for pics and says hell share our chats if i stop",
  "My carer takes money from my purse and shouts at me when I ask about it",
]);

const worryForOther = group("worry-for-other", "concern", [
  "My daughter has stopped eating and keeps saying she wants to disappear. How do I talk to her?",
  "my best friend posted goodbye everyone on her story and isnt answering, what do i do",
  "I'm worried about my dad since mum died, he said there's no point in him being around",
  "found cuts on my son's arm, he's 13, how should I bring it up",
  "One of my students wrote about wanting to die in his journal. What should I do as his teacher?",
  "mate keeps joking about killing himself but i dont think its really a joke anymore",
  "My wife has been giving her jewellery to our daughters and saying strange things about after she's gone. I'm frightened",
  "my sister's talking about taking all her pills and i'm 300 miles away",
]);

const harassment = group("harassment", "concern", [
  "kys nobody would miss you",
  "Honestly you should just go cut yourself again since you love the attention so much",
  "people at school keep sending me messages telling me to kill myself",
  "do everyone a favour and end it already",
  "someone replied to my post in the space saying go jump off a bridge then",
  "if you were serious youd have done it by now. go on then",
  "Some account keeps DMing me pictures of nooses and saying I should use one",
  "ur so pathetic just drink bleach lol",
]);

const distress = group("distress", "concern", [
  "I haven't eaten properly in four days and I can't stop crying",
  "i hate myself so much. everything i do is wrong",
  "Can't cope. Can't sleep. Work is crushing me and I keep shouting at the kids",
  "not coping at all since the miscarriage, I just lie in bed",
  "panic attacks every day this week, i can barely leave my room",
  "I feel so disgusting and worthless I can't look in the mirror",
  "falling apart. lost my job today and my landlord wants me out. idk what to do",
  "I'm a new mum and I'm not okay. I cry all day and feel nothing for the baby",
]);

const helpSeeking = group("help-seeking", "concern", [
  "is there a number i can call right now if i feel unsafe with myself",
  "What's the crisis line in the UK? asking for me",
  "where can I get help tonight? I don't trust myself",
  "does anyone know a suicide hotline in canada that does text",
  "Which number is it in the US now, 988? I need to talk to someone tonight",
  "Where do I go if I'm in crisis and it's 3am, A&E?",
  "Is there any help line in Spanish? My mother need somebody to talk tonight",
  "how do i get emergency mental health help as a student, the uni counselling is closed",
]);

// ---------------------------------------------------------------- none: hard negatives, one block per risky word family

const medicationEveryday = hardNegatives([
  "took two paracetamol for my headache and going to bed early, check-in tomorrow still ok?",
  "my GP upped my sertraline to 100mg and honestly I feel steadier than I have in years",
  "Long week. Mum's hip operation went well, she's home now and I've sorted her tablets into the little morning and night boxes, with the painkillers up in the kitchen so she can't double up by mistake. Work gave me Friday off, which was kind. Going to sleep for a year.",
  "Dad's on so many pills now I've bought one of those weekly pill organisers, total game changer",
  "forgot my meds this morning so im a bit all over the place, sorry if i ramble lol",
  "The pharmacy ran out of my inhaler again. Third time this year, honestly",
  "accidentally took my evening tablets in the morning, rang 111 and they said its fine just skip tonights",
  "coming off my antidepressants slowly with my doctor, week 3 of tapering and so far ok",
]);

const ropesEveryday = hardNegatives([
  "bought a new rope for the climbing wall on saturday, 60m dynamic, so excited",
  "teaching my cub scouts to tie a bowline and a clove hitch tonight, wish me luck",
  "my daughter wants a skipping rope for christmas, any recs",
  "Finally put up the washing line in the garden, only took three years",
  "Update from the new house: the removal men were brilliant, the kids have picked their rooms, the cord on the blinds snapped on day one (of course) and the landlord says he'll sort it. Next job is finding a dentist. Thanks for all the tips about settling in, they really helped.",
  "Lost my lanyard and my work pass with it, great start to the week",
  "does anyone else hang their fairy lights from the curtain rail or is that a fire hazard",
  "tied the christmas tree to the car roof with a bit of rope and drove home at 20mph, very festive",
]);

const heightsEveryday = hardNegatives([
  "Gran has joined the bridge club at the village hall and she's thriving",
  "went up the Shard for my birthday today, the view was unreal",
  "we walked across the golden gate bridge on vacation and my kid was scared of the wind lol",
  "im scared of heights but i did the climbing wall anyway 💪",
  "our new flat is on the 14th floor and the lift is always broken, my legs are dead",
  "Cleaning the gutters off the ladder today, my wife held it and shouted advice the whole time",
  "we'll cross that bridge when we come to it, right now I just need to get through the interview",
  "jumped off the high board at the pool for the first time at 42!! felt like a kid again",
]);

const trainsEveryday = hardNegatives([
  "train was cancelled again so i missed the start of circle, sorry!",
  "someone jumped the queue at the bus stop and I said nothing, very British of me",
  "Stuck in traffic on the M25 for two hours, podcast recommendations welcome",
  "my son is obsessed with trains, we spent all saturday at the railway museum",
  "nearly got hit by a car on my bike this morning, shaken but fine, the driver apologised",
  "I work on the platforms at the station, nights are long but the staff are lovely",
  "the level crossing near us was shut for repairs so the school run took forever",
  "learning to drive at 35, did the motorway for the first time today and didn't cry",
]);

const bladesEveryday = hardNegatives([
  "cut my finger chopping onions lol, plaster on, dinner still happened",
  "need a new razor, which ones dont give you a rash",
  "My husband got a knife sharpening set for his birthday and now sharpens everything we own",
  "Started woodcarving with a little whittling knife and made a spoon! It's wonky",
  "had my hair cut really short, feels weird but good",
  "box cutter slipped at work and i nicked my thumb, first aider sorted it",
  "the cat knocked my craft scalpel off the desk, no harm done but i nearly had a heart attack",
  "cut all contact with my ex three months ago and I feel so much lighter",
]);

const gunsEveryday = hardNegatives([
  "dads taking me clay pigeon shooting for my 18th",
  "my nephew has a nerf gun and ambushes me every visit",
  "I'm a hunter and the season opens next week, taking my son out for the first time",
  "starting gun went and i just ran, first 5k done!",
  "watching a western marathon with grandpa, lots of shooting and very little plot",
  "she's been going great guns at her new job, so proud of her",
  "the glue gun burnt my finger making the school costume, still worth it",
]);

const poisonsEveryday = hardNegatives([
  "the ivy in our yard gave me a rash, apparently poison ivy is a real thing here",
  "My toddler got into the cupboard with the bleach. Nothing happened, thank god, but there are locks on everything now",
  "bought rat poison for the shed, is it safe to use with a dog around?",
  "food poisoning from a dodgy kebab, off work for two days",
  "put weedkiller on the patio today, the smell is awful",
  "reading agatha christie and everyone keeps getting poisoned, love it",
  "that office is so toxic, im keeping my head down and my cv updated",
  "Had a few too many drinks at the works do, head is pounding, lesson learned",
]);

const exhaustEveryday = hardNegatives([
  "car failed its MOT on the exhaust, £200 I didn't have",
  "the garage door wont shut properly and the old car's engine is rattling, landlord says not his problem",
  "exhausted after the double shift, going straight to bed",
  "we had a carbon monoxide alarm fitted today, the fire service did it for free",
  "sitting in the car in the supermarket car park eating crisps is my self care",
  "the hosepipe sprung a leak so washing the car turned into a water fight with the kids",
  "got the car back from the garage with a new exhaust, its so quiet now",
]);

const notesEveryday = hardNegatives([
  "wrote a thank you note to my mentor for the last year, hope that's allowed",
  "Saying goodbye to my old school today, last day before we move",
  "left a note on my flatmates door about the dishes, passive aggressive or fine?",
  "my daughter leaves for uni tomorrow, goodbyes are brutal",
  "Writing our wills with a solicitor because we just had a baby, feels very grown up",
  "Wrote a letter to my late mum like my grief counsellor suggested. It helped more than I expected",
  "so long and thanks for all the fish, logging off for two weeks of holiday!",
  "this is my last message before exams, wish me luck and see you all after",
]);

const givingAwayEveryday = hardNegatives([
  "decluttering the whole house, gave three bags of clothes to the charity shop",
  "giving away my old textbooks to the year below since i passed",
  "We're moving abroad so we've given our piano to the church",
  "gave my spare bike to the neighbour's kid, he was so happy",
  "my mum has started giving us her jewellery because she's downsizing to a flat",
  "anyone want free baby clothes, 0-6m, collection only",
  "Donated blood for the first time today! they gave me a biscuit",
  "sold my guitar finally, i never played it anyway",
]);

const plansEveryday = hardNegatives([
  "planning my sisters surprise party for friday, nobody tell her",
  "I've decided: I'm going to quit my job at the end of the month and go back to college",
  "Sunday is my last day at the warehouse, then a fresh start",
  "we've booked a hotel for our anniversary on saturday 🥂",
  "i know exactly when im doing it: 9am tuesday, my driving test. terrified",
  "I'm going to tell my parents I'm gay this weekend when we're all at grandma's",
  "new years eve plan is sofa, pyjamas and the fireworks on tv",
  "deadline is the 14th, after that im taking a week off and sleeping",
]);

const endingEveryday = hardNegatives([
  "how do I end my gym membership, they make it impossible",
  "Our mentoring relationship is ending next month as we planned, I'm sad but grateful",
  "i ended things with my boyfriend and im actually relieved",
  "did anyone else cry at the ending of that show, im a mess",
  "want to end the day on a good note so here's a pic of my cat",
  "ending my Netflix subscription because money's tight this winter",
  "Our circle is ending for the summer, see you all in September",
  "finally ended the group project, never working with those three again",
]);

const tryingEveryday = hardNegatives([
  "third attempt at my driving test next week, fingers crossed",
  "attempted sourdough again, still a brick",
  "I tried to call you earlier, no worries, talk Thursday",
  "failed attempt at getting the baby to nap, she's winning",
  "my attempt at a marathon ended at mile 18 but I'm proud of myself",
  "tried to do my tax return tonight and nearly lost the will to live lol",
  "attempted to speak spanish at the market and they answered me in english 😂",
  "took me four tries to pass the bar exam and I'm finally a lawyer",
]);

// Dark jokes, sayings and recovered history told as over.
const jokesAndPastEveryday = hardNegatives([
  "if I have to sit through one more staff meeting I'll throw myself out the window lol jk",
  "this heat is killing me, send ice",
  "Years ago I went through a really dark time and tried to take my life. That was ten years back; I'm married, happy, and I volunteer here now to give something back",
  "my friend was in a bad way last month but she got help and shes doing really well now, thank you all",
  "I could murder a curry right now",
  "dying of laughter at my kid's nativity, he was the donkey and he refused to move",
]);

// ---------------------------------------------------------------- none: plain

const plain = quiet([
  "had a really nice check-in today, thanks for listening about the wedding stuff",
  "first time posting in this space, I'm new to the city and looking for people to walk with at weekends",
  "my son started nursery today and i cried more than he did",
  "does anyone have a good lentil soup recipe, cheap and filling",
  "Bit of a rough week at work but the weekend's looking up",
  "Thank you for the book recommendation, I'm halfway through already",
  "my grandad turned 90 today and still beat me at chess",
  "Can we move Thursday to 7pm? My shift changed",
  "new to this, not sure what to write, just wanted to say hi",
  "How do other carers find time for themselves? I've started reading for ten minutes in the car before I go in",
  "the kids made pancakes and the kitchen looks like a bomb site",
  "passed my probation at work!!! 🎉",
  "Miss my mum a lot this time of year. Lit a candle for her and told the kids stories about her",
  "I'm a bit lonely since moving here but the circle has helped a lot",
  "I am new here. My English is not perfect but I want to practise and meet people",
  "sry for late reply, phone was broken",
  "Went for a swim in the sea this morning, freezing but worth it",
  "is it normal to feel nervous before meeting my mentor for the first time",
  "rly tired today but good tired, walked 10k steps",
  "my teenager rolled her eyes at me 14 times at dinner, i counted",
  "Retired last month and I'm not sure what to do with my mornings. Any ideas?",
  "exam results tomorrow, nervous but ok",
  "gonna try the breathing thing u suggested tonight",
  "Our rhythm of fortnightly check-ins works well for me, can we keep it through January?",
]);

export const sealedHoldout10: LabelledExample[] = [
  ...attempt,
  ...dangerNow,
  ...preparation,
  ...plan,
  ...method,
  ...intent,
  ...activeThoughts,
  ...selfHarmNow,
  ...passiveWish,
  ...entrapment,
  ...burden,
  ...hopelessness,
  ...selfHarmUrge,
  ...attemptHistory,
  ...selfHarmHistory,
  ...harmedByOther,
  ...worryForOther,
  ...harassment,
  ...distress,
  ...helpSeeking,
  ...medicationEveryday,
  ...ropesEveryday,
  ...heightsEveryday,
  ...trainsEveryday,
  ...bladesEveryday,
  ...gunsEveryday,
  ...poisonsEveryday,
  ...exhaustEveryday,
  ...notesEveryday,
  ...givingAwayEveryday,
  ...plansEveryday,
  ...endingEveryday,
  ...tryingEveryday,
  ...jokesAndPastEveryday,
  ...plain,
];
