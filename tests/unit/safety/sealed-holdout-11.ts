/**
 * Sealed held-out set 11, written 2026-12-06 by the sealed11 helper, blind to
 * the crisis detector and to every other labelled set (only categories.ts and
 * labelled.ts were read).
 *
 * Emphasis: the hardest everyday cases, in the registers of real phone
 * messages. Crisis said in ordinary words (arranging, handing over, last
 * times, dates that will not matter after; danger from another person with no
 * weapon word; an attempt told flatly). Everyday sentences thick with risky
 * words that are plainly not risk (nurses, pharmacists, vets, builders, rail
 * staff, farmers; climbing, shooting, fishing, sailing; news, true crime,
 * films, songs, games, exams; dark humour that is clearly humour; grief for
 * someone else; a past told as past and safe). Concern that is easy to miss:
 * hopelessness, burden, entrapment and passive wishes said mildly or in
 * passing inside a long message.
 *
 * SEALED: this set measures a new version of the detector once. It must never
 * be used to tune, train or adjust the detector, its word lists, weights or
 * thresholds, and failures on it must not be fixed by editing against these
 * texts. If it is ever used that way it stops being held out and must be
 * retired.
 *
 * How borderline lines were judged: a text is crisis when, read by a trained
 * responder, it shows a present method, intent, plan, date, means put by,
 * affairs being settled as a farewell, an attempt or self-harm now or recent
 * with no sign it is over, or someone in danger from another person now; the
 * absence of a risky word never lowered a label. A wish not to be here with no
 * plan, intent or preparation is concern, as are hopelessness, burden,
 * entrapment, urges, histories and worry for someone else. A past told as
 * over and safe, work, hobbies, media, exams and humour that is plainly humour
 * are none, however many risky words they carry. When a text could be read
 * two ways, the label follows the more careful reading a responder would act
 * on, and the category is the most urgent one the text supports.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const sealedHoldout11: LabelledExample[] = [
  // ---- crisis ----
  ...group("attempt", "crisis", [
    "took the whole box about an hour ago. feeling a bit floaty now. just wanted to tell someone",
    "i did it last night and woke up. nobody knows. head is pounding and i keep being sick",
    "sorry for the late msg. swallowed everything in the cabinet after tea. mum's at bingo till 10",
    "so yeah i tried again earlier. didnt work obviously. dont really know what to do with myself now",
    "I have taken my husband's heart tablets, all of them, maybe 40 minutes back. I am sitting in the car",
    "walked into the sea tonight and a dog walker pulled me out. im home now wet and shaking and i still want to go back",
    "drank the bottle of vodka with the pills i been saving. room spinning. just wanted to say thanks for everything",
    "i tried to hang myself this afternoon but the thing gave way. my neck is all marked. im in my room",
    "took them at 6. its 8 now. nothing much happening yet",
    "Dear mentor I am writing now because I already swallowed the tablets. Please do not be angry with me",
    "ok so i tried. it was tuesday. havent told anyone, havent been to a doctor, still cant keep food down",
    "i stood on the chair tonight and did it and then i couldnt breathe and i panicked and got down. im shaking so bad",
  ]),
  ...group("danger-now", "crisis", [
    "hes back and hes banging on the door. he said if i dont open it he'll come through the window. kids are upstairs",
    "im locked in the bathroom. he's been drinking since lunch and he already had me by the throat once tonight",
    "my stepdad is saying hes going to finish me off when mum leaves for nights. she goes at 7",
    "he took my phone and my keys, this is my sisters tablet. he says i'm not leaving this house again",
    "my ex is outside in his car again, been there 2 hours. he messaged saying tonight i'll learn what happens",
    "my husband pushed me down the stairs just now and said next time he won't stop. i am in the garden",
    "please my brother is kicking off, he's smashed the tv and he's coming for me next he says. hiding in my room",
    "Ma'am he beat me again this evening and now he has locked the gate. He says I cannot go to my mother's house. I am afraid for tonight",
    "the man from upstairs is at my door again saying he knows im alone. hes been trying the handle",
    "bf grabbed me by the hair and dragged me down the hall. hes asleep now but he said when he wakes up its my turn",
    "my dad just told me to get out before he kills me. im at the bus stop in my socks",
    "she keeps squeezing my arm till it bruises and she says tonight she'll make sure i never tell anyone. i'm scared to go home",
  ]),
  ...group("preparation", "crisis", [
    "spent today sorting everything. wrote down all the passwords for my sister, put the cat's stuff in a box for my neighbour. feels calm honestly",
    "i've given my guitar to jamie and my good jacket to my cousin. they asked why and i just said i don't need them anymore",
    "can u tell me how to make sure my bank account goes to my mam and not the council. asking for soon not for ages",
    "finished the letters tonight. one each for mum, dad and gran. they're in my drawer with their names on",
    "been saving up my meds for a few weeks. theres enough now. just wanted someone to know i was grateful",
    "ive cancelled the gym, the phone contract after this month and my dentist. no point paying for things i wont be using",
    "had my last chippy tea on the prom tonight. went to all the places i loved this week. it was nice actually",
    "rehomed the dog today. found him a lovely family. he was the only reason i was still going tbh",
    "wrote my will at the library this morning, got two ppl to witness it. tidied my flat top to bottom. i feel ready",
    "I have settled all my debts and told the landlord I am leaving at month end. My brother will have the bike. I only wanted to say goodbye to you properly",
    "deleted all my socials except this. told my best mate i love her. think i've done everything i needed to",
    "bought the stuff from the hardware shop today. its in the boot of my car. i just need to pick the night",
    "Sorted the kids' school things into labelled bags for my sister so she'll know where everything is. Wrote out their routines too. She doesn't know why yet",
    "just saying bye to everyone on here. you all were kind to me. pls look after the new people",
  ]),
  ...group("plan", "crisis", [
    "after friday it won't matter anyway. got the exam results, got to see nan one more time, then that's it",
    "my birthday is the 14th and i decided i'm not doing another year. i know where and i know how",
    "im going to go up to the multi storey after work tomorrow. top floor. nobody goes up there after six",
    "the 3rd is the anniversary of losing her. that's the day i'm going to join her. i've thought it all through",
    "once the kids are at their dads for the weekend i'm doing it. it's the only time the house will be empty",
    "planned it for when my flatmate goes home for christmas. she leaves on the 19th",
    "theres a quiet bit of the canal past the lock. im going to walk down there tonight when everyones asleep",
    "ngl i've worked out the whole thing. train times, which crossing, what i'll wear. sunday morning",
    "I will finish my shift on Thursday and then I am going to the cliffs at Beachy Head. I wanted someone to know the truth",
    "mum's in hospital till next week so the house is mine. tomorrow night is the night",
    "im staying till after my sisters wedding on saturday. after that theres nothing keeping me and i know exactly what ill do",
    "got it all planned out for the end of term. i'll hand my coursework in first so no one says i gave up on that",
  ]),
  ...group("self-harm-now", "crisis", [
    "doing it again rn. cant stop. theres a lot of blood this time",
    "just cut and its not stopping, ive got a towel on it but its soaked through",
    "burning my arm with the lighter while i type this. it's the only thing that makes it quiet",
    "sat on the bathroom floor with the blade. already done three. dont want to stop",
    "i'm hitting my head against the wall and i can't stop, my mum's out and i'm scared",
    "im scratching till it bleeds again, both legs now. i feel nothing",
    "got the sharpener blade out. im going to do it tonight after everyone's in bed, i need to",
    "it went deeper than i meant. i can see fat i think. dont know if i need stitches or what",
    "relapsed after 8 months. did it about 10 mins ago and i'm still sitting here doing more",
    "Currently pressing the hot iron on my wrist. I know its stupid. I cant stop",
    "been punching the brick wall in the yard till my knuckles split and im still going",
  ]),
  ...group("method", "crisis", [
    "keep thinking about the bridge on my drive to work. how easy it would be to just turn the wheel",
    "i know which of my nans tablets would do it. i looked it up. i think about it every night now",
    "i've been looking at the beam in the garage a lot. i measured it yesterday. dont know why i'm telling you",
    "the train goes past the end of our road at 5 past every hour. i keep timing it in my head",
    "there is a bottle of weedkiller in my fathers shed and i keep thinking it would be enough",
    "been reading about how many of my insulin pens it would take. i've got plenty",
    "looked at the tall car park in town today and thought its high enough. cant get it out of my head",
    "my dad's shotgun is in the cabinet and i know where he keeps the key. i think about it every day now",
    "i keep running a bath and thinking about the razor in the cabinet and staying under",
    "searched up how long it takes with the car exhaust in the garage. i have a garage",
    "I think about the sea. Walking in with my coat on and the pockets full. It would be peaceful",
  ]),
  ...group("intent", "crisis", [
    "i'm going to kill myself. i'm not asking for help i just wanted one person to know",
    "i've decided. im not going to be here by the end of the month. its not a cry for help",
    "this is me telling you i'm done. i'm going to end it. thank you for trying",
    "i will do it this time. i mean it. i'm not scared anymore",
    "I have made up my mind to end my life. I am only writing because you were always kind",
    "dont bother with the helpline numbers. i'm doing it and that's that",
    "wont be around for our next check in. made my decision, its final",
    "i'm ending things tonight. not the relationship, me",
    "tbh im going to do it soon, i just have to get up the nerve, and its getting easier to",
    "i am going to take my own life and i have accepted it. i feel at peace",
    "Not going to be here much longer. Made my peace. Please don't call anyone",
    "whatever happens at the hearing tomorrow i'm not going to be around for the result",
  ]),
  ...group("active-thoughts", "crisis", [
    "i keep thinking about killing myself. not like sometimes, like all the time now",
    "i want to die. like actually. i think about how to do it on the bus every morning",
    "been having proper suicidal thoughts again since the breakup. they feel louder this week",
    "Honestly I think about ending my life more than I think about anything else lately",
    "i want to kill myself and i dont know how much longer i can fight it",
    "the thoughts are back, the bad ones, about ending it. stronger than last winter",
    "mentor i need to be honest. ive been thinking about suicide every day since the funeral",
    "every time i'm alone the idea of ending it just sits there waiting for me",
    "wish i had the guts to just end it, i think about it constantly",
    "sometimes i think i should just kill myself and save everyone the bother. its every night now",
    "my head keeps telling me to do it. to end it. it's not stopping today",
    "i want to end my life, i'm being serious, i just don't know what else to say",
  ]),
  // ---- concern ----
  ...group("passive-wish", "concern", [
    "work was fine, got the rota sorted, made spag bol. wouldnt mind not waking up tbh but anyway how was your weekend",
    "sometimes i think it'd be easier if i just didn't exist. not doing anything about it just. tired",
    "if a bus hit me tomorrow i honestly wouldnt be that bothered lol",
    "Went to Tesco, saw Aunty Pat, she asked about the job. Kept smiling. Bit of me wishes I could just go to sleep and not have to do any of it again",
    "i dont want to die exactly i just dont want to be here. if that makes sense",
    "wee bit flat the day. wouldnae mind just disappearing for good tbh. anyway hows the new flat",
    "Some nights I pray God will take me in my sleep. Then morning comes and I get up for the children",
    "kinda hoping i dont wake up tmrw ngl. exams are whatever",
  ]),
  ...group("entrapment", "concern", [
    "got the visa letter. cant go home, cant stay in this job, cant leave him because my papers are tied to his. feels like theres no door anywhere",
    "its like being in a room with the walls coming in slowly. every way i turn theres another debt",
    "long story short the mortgage went up, the car failed its mot, and the youngest needs a brace. i keep doing sums at 3am and theres no way out of it that i can see. sorry for the essay",
    "i'm stuck. i can't leave, i can't stay, i can't fix it. i just go round and round",
    "Me I dey feel like I'm trapped for this country, no money to go back, no work here. Everything just block",
    "everyone says it gets better but i'm 34 and still in my childhood bedroom caring for dad and there's literally no exit",
    "honestly feel like i'm in a cage i built myself and i've lost the key",
  ]),
  ...group("burden", "concern", [
    "everyone would honestly be better off without me dragging them down",
    "my daughter had to take another day off to drive me to the clinic. i'm just a weight round her neck now",
    "sorry to keep messaging. i know im a lot. i feel like a burden to literally everyone in my life including you",
    "Mum is working two jobs to pay for my course and I'm failing it. I'm costing this family everything",
    "good news the boiler is fixed!! bad news i had to borrow off my brother again. he didnt say anything but i could see it. i'm just one more thing he has to carry. anyway the heating is lovely",
    "my friends only invite me out of pity, they'd have a nicer time if i wasnt there. i'm the problem in every group",
    "Since the stroke I am only a load on my wife. She would have a life if not for me",
  ]),
  ...group("hopelessness", "concern", [
    "honestly whats the point of any of it. nothing's going to change for me",
    "did the interview, probably didnt get it, never do. i've stopped thinking anything good is coming my way. the sandwich was nice though",
    "i just dont see a future for me. like i try to picture being 30 and theres nothing there",
    "Been clean 2 months, still no flat, still sofa surfing, council says 18 months. Starting to think it's never going to come right for me",
    "I have applied to 140 jobs. At this point I believe nothing will ever work out for me in this life",
    "hows things. me same as ever. i've sort of given up expecting anything to get better. its fine its just how it is",
    "no light at the end of it anymore, just more tunnel",
  ]),
  ...group("self-harm-urge", "concern", [
    "really want to cut tonight. havent. sitting on my hands. talk to me about anything",
    "the urge to hurt myself is so strong today, 94 days clean and i dont want to lose it",
    "had a row with mum and all i could think was i need to hurt myself. went for a walk instead but its still there",
    "Keep wanting to burn myself again, been holding ice cubes which helps a bit",
    "cant stop thinking about the blades in the drawer. not going to. just want someone to know",
    "urges are bad. put the scissors in the car and gave my sister the keys",
  ]),
  ...group("attempt-history", "concern", [
    "last year i tried to end it and ended up in icu. i'm not there now but the anniversary is coming up and it's messing with me",
    "I overdosed when I was 19. Nobody at my new job knows. Sometimes I feel like a fraud",
    "after my attempt in march my mum watches me all the time. i get it but i'm suffocating",
    "since i tried to kill myself everyone tiptoes round me. it makes me feel worse not better",
    "my attempt was three years back. i still get flashes of the hospital when i smell that hand gel",
    "Been 6 months since the overdose. Mostly ok. Some days are heavier than others and today is one",
  ]),
  ...group("self-harm-history", "concern", [
    "its summer and i've still got the scars on my thighs so shorts are a no. still makes me feel awful",
    "used to cut all through year 10. i dont now but sometimes i miss it which scares me",
    "My new partner saw my old scars and asked about them. I froze. I haven't talked about that time with anyone",
    "i stopped self harming about a year ago but the feelings behind it havent really gone anywhere",
    "I relapsed in August, first time in a while. Not since. Still ashamed about it",
    "hairdresser pointed at the burn marks on my neck today and i said it was the straighteners. it wasnt",
  ]),
  ...group("harmed-by-other", "concern", [
    "my boyfriend checks my phone every night and if i've texted a guy he goes silent for days. is that normal",
    "my husband controls all the money. I have to ask for bus fare. I'm not allowed a bank card",
    "my dad used to hit us when he was drunk. he's calmed down now but last week he shoved my little brother",
    "she reads my messages, tells me who i can see, and says nobody else would put up with me",
    "Madam, my in-laws take my salary and do not let me visit my parents. My husband says it is our custom",
    "my coach keeps messaging me late at night and saying its our secret. it makes me feel sick",
    "he doesnt hit me. he just screams and throws my things and i'm always walking on eggshells",
  ]),
  ...group("worry-for-other", "concern", [
    "my mate posted 'see yous on the other side' on his story and isnt answering. he's been low for months",
    "my sister's been giving away her clothes and keeps saying she's fine. it's freaking me out",
    "Worried about my son. Since his girlfriend left he stays in his room and said he doesn't see the point any more",
    "one of my students wrote something in her journal about not wanting to be alive. what do i do",
    "my dad keeps saying we'd be better off without him, he's 71 and just lost mum",
    "friend from uni texted me a really weird goodbye message then went offline. what should i do",
    "Our neighbour's lad has been sat on the railway bridge a few evenings now, just staring. Not sure whether to say something",
  ]),
  ...group("harassment", "concern", [
    "some kid in the group chat told me to go kill myself and everyone laughed react",
    "people keep commenting kys on all my videos. dozens a day",
    "someone made a fake account of me and posts that i should just end it. the school won't do anything",
    "my ex's friends keep messaging me saying the world would be better if i was dead",
    "why dont you just do everyone a favour and top yourself. nobody here wants you",
    "go and slit your wrists you attention seeking freak",
  ]),
  ...group("distress", "concern", [
    "havent eaten properly in like 4 days. not on purpose, just cant face it",
    "I can't stop crying at work. I hide in the loo. I don't know what's wrong with me",
    "i hate myself so much. everything about me. i look in the mirror and want to scream",
    "barely sleeping, cant concentrate, snapped at the kids three times today. i'm not coping",
    "Mentor, I am not doing good. Since the redundancy I just sit in the house. My chest is tight all the time",
    "panic attack on the tube again, had to get off at every stop. i can't keep doing this every day",
  ]),
  ...group("help-seeking", "concern", [
    "whats the number for samaritans again",
    "is there a crisis line i can text instead of calling? i cant talk out loud at home",
    "where do i go if i'm feeling really unsafe tonight and the gp is shut",
    "Which number do I call in Australia if I'm in a bad way, is it lifeline?",
    "how do i get a crisis team to see my mum? shes not herself",
    "need someone to talk to tonight that isnt a friend. whats open at this hour",
  ]),
];
