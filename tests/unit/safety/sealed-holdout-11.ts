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
];
