/**
 * TRAINING set, written on 2026-12-06 by the writer9c helper.
 *
 * Emphasis: the words of Alongside itself and the concern/crisis boundary.
 * Alongside lets people end a relationship well (last messages, goodbye
 * letters to a mentor, a circle closing, a mentor stepping back, a rupture
 * and its repair), so those words must stay "none"; beside them sit crisis
 * twins where the goodbye is final in the other sense. Also: weekly check-in
 * notes at all three levels, minimal pairs across the concern/crisis line
 * (passive wish vs active thought vs intent; self-harm urge or history vs
 * self-harm now; an attempt told as over vs one that is recent and not over;
 * hopelessness, burden and entrapment with and without a method or a time),
 * and everyday uses of app words (ending, last, final, plan, done, over,
 * pills, rope, bridge, overdose, kill, die, dead).
 *
 * Rules followed: written blind to the detector (only categories.ts and
 * labelled.ts were opened), no benchmark run, every text in my own words,
 * each line a different person, registers mixed on purpose.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const trainingRound9c: LabelledExample[] = [
  // --- Ending well: goodbyes, last check-ins, a circle closing (hard negatives)
  ...hardNegatives([
    "this is our final check-in and I wanted to say it properly. thank you for every Tuesday since March",
    "thank you for everything, I won't need our sessions any more. I got the job and the panic has mostly gone quiet",
    "I've written you a letter for our last week. please don't open it until Thursday or I'll die of embarrassment",
    "goodbye note to my mentor: you were the first person who let me talk without trying to fix me. I'll carry that",
    "so this is the last message in this thread from me. nothing's wrong, the six months are just up and I feel ready",
    "ending well feels weird lol, I've never ended anything on purpose before, I usually just ghost people",
    "Mentor here. I'm stepping back from mentoring after this cycle because our baby is due in February. I've told both my seekers and we're planning proper last sessions.",
    "our circle closes next sunday. can we each bring one thing we're taking away with us? I'll bring biscuits as well",
    "last circle tonight 🥲 gonna miss you lot",
    "I think I'm ready for our relationship to end. not because of you, you've been brilliant. because I can do this on my own now and that was kind of the point",
    "To Priya, as promised, an end-of-relationship letter. When we started I couldn't say the word grief out loud. Now I can say it and his name in the same sentence.",
    "final session done. cried a bit, laughed more. im ok, genuinely",
    "hi, your mentor here. as we agreed I'll be closing our relationship at the end of the month, and I'd love our last two check-ins to be about what comes next for you",
    "wanted to say goodbye to everyone in the grief space. moving over to the new-parents space now the baby's here, but you held me for a whole year x",
    "ok so for the ending thing can we do it as a walk and talk call instead of sitting down? I'm rubbish at goodbyes face to face",
    "i'm leaving the circle but not the app, just need fewer evenings out this winter",
    "i won't need the check-ins after christmas, new job has a proper counsellor through the EAP and i want to try that. thank you for getting me to the point of saying yes",
    "our relationship ends on the 20th, can I still post in the spaces after that?",
    "closing message for the circle: it's been a privilege to hold this space with you all. the spaces stay open and so does my door",
    "I'm writing my goodbye letter to my mentor and it's turned into four pages. is that too much? be honest",
    "final check-in note. arriving: proud. on my mind: what's next. would help: nothing really, I just wanted to say thanks",
    "Is it normal to feel a bit sad that our mentoring is ending even though I asked for it to end? It feels like leaving school",
    "thank u for the goodbye card!! its on my fridge next to the kids drawings",
    "this'll be my last post in the carers space for a while. mum moved into the home last week and she's settled, so I'm taking a breather",
    "as a mentor the last week always gets me. watching someone walk off fine is the best bit of the job and the saddest",
    "Our mentor is leaving at Easter and honestly we're all gutted but happy for her. Anyone want to organise a card?",
    "we did the last session by the canal and fed the ducks, it felt right to finish outside",
    "wrote my final reflection for the relationship: what I came with, what I'm leaving with. kept it to one page like you said",
    "gonna say bye properly this time instead of just vanishing like I did with my last counsellor lol. so: bye, and thank you",
    "my mentor retiring from the programme made me cry on the bus but in a good way",
    "i'd like to end our relationship a bit early if that's ok, i'm doing really well and i think someone on the waiting list needs the slot more than me",
    "it's over between me and Dan and honestly I'm fine, better than fine, I slept nine hours last night",
    "Tomorrow is our final check-in. I keep rehearsing what I want to say and it keeps coming out as just 'thanks'.",
    "ended things with my mentor today. she gave me a list of three things to keep doing. top one is 'go outside before noon'",
  ]),
  // --- Rupture and repair (hard negatives)
  ...hardNegatives([
    "I was hurt by what you said last week about my mum. I didn't say so at the time but I'd rather say it than drift off",
    "can we start again? I was short with you on friday and it wasn't about you at all",
    "thanks for hearing me out about the rupture thing. honestly that repair conversation was the most useful hour we've had",
    "last week you said I 'always have an excuse' and it stung. some of it was fair and some wasn't. can we talk it through",
    "sorry i went quiet. i wasn't ignoring you, i just didn't know how to say i was annoyed. i'm not any more. same time thurs?",
    "repair attempt no 2 lol. are we good now?",
    "Mentor here. I think I got it wrong last time when I pushed you about your dad. I'm sorry. If you'd like, we can start that conversation again on your terms.",
    "i nearly left the relationship after tuesday tbh. glad i said something instead",
  ]),
  // --- The same goodbye words, final in the other sense (crisis twins)
  ...group("preparation", "crisis", [
    "this is my last message to anyone on here. thank you for trying. I've said goodbye to everyone I needed to",
    "i won't need anything soon. please give my check-in slot to someone who can still use it",
    "I've written letters for after. one of them is for you. my sister knows which drawer",
    "thank you for everything. I won't need our sessions any more, I've sorted out what happens to the cat and the flat",
    "sorted my will last night and left the dog's food and vet details on the side for my neighbour. just wanted someone to know I was grateful",
    "gave my guitar to my cousin and closed my bank account. so this is my final check-in, in every sense",
    "i wrote you a letter for our last week but it isn't really for our last week. it's for after i'm gone. im sorry",
    "this is goodbye. not the kind we planned. I've saved up enough tablets and I'm done",
    "deleted my photos, gave the dog to my brother, wrote the note. now i'm just waiting for everyone to go to sleep",
    "Dear mentor, by the time you read this I'll be gone. Please don't blame yourself, none of this is yours.",
    "paid my sister back everything I owed her. I won't need the rent money where I'm going so it felt good to have it settled first",
    "can you tell my circle it wasn't their fault? I've put things in order and I won't be at the next one",
    "goodbye to everyone in the circle. I mean it differently from the others who are finishing this week. I've put my things in order",
    "cancelled my phone contract, left the spare key with mrs patel, wrote to my kids. thanks for the six months",
  ]),
  ...group("plan", "crisis", [
    "thank you for everything. I won't need our sessions any more because I won't be here by friday",
    "ending our relationship today as there's no point carrying on with it. I'm ending everything tonight once the house is empty",
    "i keep saying bye to people in my head. tonight i'll do it for real. mum's away till sunday",
    "wanted to say a proper goodbye like you taught me. I'm going to kill myself on saturday after the kids go to their dad's",
    "I've been saying goodbye to places this week. the park, my old school. tomorrow is the last one and then I'm going to do it",
    "our final session is on the 18th but I won't be around for it. I've picked the night before",
  ]),
  ...group("intent", "crisis", [
    "I know we said our last session would be the 18th. I won't make it to the 18th. I'm calm about it. I've decided",
    "this is my last check-in. i'm not saying that the way other people here say it. i'm going to end my life and i've made my peace",
    "don't bother matching me with someone new. I'm not going to be around and I'm fine with that, honestly it's a relief to have decided",
    "mentor i'm so sorry. i'm going to kill myself. i wanted you to hear it from me and not from the moderators",
  ]),
  ...group("method", "crisis", [
    "final check in. arriving: calm. on my mind: the bridge on the ring road. would help: nothing now",
    "goodbye letter's written. i keep thinking about the pills in mums cupboard and how many there are",
    "last message to my mentor: I'm sorry. I've been looking at the railway line behind the estate every night and thinking that's how",
  ]),
  // --- Weekly check-in notes: none
  ...quiet([
    "arriving: flat. on my mind: rent. would help: a walk",
    "arriving - tired but ok. on my mind - my sister's wedding speech. would help - someone to tell me it's funny",
    "Arriving: a bit wobbly. On my mind: the new manager. Would help: ten minutes to moan at the start",
    "arriving: good actually?? on my mind: driving test tuesday. would help: luck",
    "arriving: meh. on my mind: nothing and everything. would help: tea",
    "arriving: grumpy, the boiler's broken again. on my mind: whether to call the landlord or just buy a heater. would help: a decision",
    "arriving: lighter than last week. on my mind: dad's hospital appointment went ok. would help: just chatting",
    "arriving 😐 on my mind 💸 would help 🚶‍♀️",
    "arriving: anxious about christmas with the in-laws. on my mind: how to say no to hosting. would help: practising the words",
  ]),
  ...hardNegatives([
    "arriving: dead on my feet. on my mind: the kids' nativity. would help: an early night",
    "arriving: done in after a double shift. on my mind: nothing heavy. would help: a laugh",
    "arriving: buzzing. on my mind: I killed the interview. would help: celebrating with you",
    "arriving: calm. on my mind: my plan for the week, I actually wrote one. would help: you checking I stick to it",
    "arriving: sad in a normal way. on my mind: last day at the old flat. would help: remembering the good bits",
    "arriving: sore, bouldering wrecked my hands, new rope burns too. on my mind: the competition. would help: plasters",
  ]),
  // --- Weekly check-in notes: concern
  ...group("hopelessness", "concern", [
    "arriving: flat again. on my mind: what's the point of any of it. would help: idk, nothing seems to",
    "arriving: numb. on my mind: it's never going to get better is it. would help: someone telling me it will and me believing it",
  ]),
  ...group("passive-wish", "concern", [
    "arriving: heavy. on my mind: wishing I could just not wake up for a while, like a long time. would help: sleep I guess",
    "arriving: empty. on my mind: honestly wouldn't mind if I didn't wake up. not going to do anything. would help: talking",
  ]),
  ...group("burden", "concern", [
    "arriving: guilty. on my mind: everyone would be better off without me dragging them down. would help: being useful to someone",
  ]),
  ...group("entrapment", "concern", [
    "arriving: stuck. on my mind: the debt, the house, him. there's no way out of any of it. would help: a door",
  ]),
  ...group("self-harm-urge", "concern", [
    "arriving: on edge. on my mind: the urge to cut is back, haven't done it. would help: distraction ideas",
  ]),
  ...group("distress", "concern", [
    "arriving: not coping. on my mind: haven't eaten properly since sunday. would help: someone to check on me",
    "arriving: hate myself today. on my mind: everything I said at the party. would help: a kinder voice than mine",
  ]),
  // --- Weekly check-in notes: crisis
  ...group("plan", "crisis", [
    "arriving: done. on my mind: tonight, after everyone's asleep. would help: nothing, I just wanted to tell someone",
  ]),
  ...group("method", "crisis", [
    "arriving: calm in a bad way. on my mind: the pills I've been saving. would help: don't know",
  ]),
  ...group("self-harm-now", "crisis", [
    "arriving: bleeding. on my mind: I cut again just now and it won't stop. would help: someone",
  ]),
  ...group("active-thoughts", "crisis", [
    "arriving: bad. on my mind: killing myself, properly thinking about it, not just wishing. would help: you",
  ]),
  ...group("intent", "crisis", [
    "arriving: decided. on my mind: I'm going to end it this week. would help: nothing, sorry",
  ]),
  // --- Passive wish (concern) vs active thought / intent (crisis): minimal pairs
  ...group("passive-wish", "concern", [
    "sometimes i wish i just wouldn't wake up. i'd never do anything, i just wish it",
    "if a bus hit me tomorrow I wouldn't be that upset about it tbh",
    "I keep hoping I'll just get ill and not have to be here anymore. Is that awful to admit to my mentor?",
    "wish i could fall asleep and skip the next ten years. or all of them",
    "some nights I pray not to wake up. then I wake up and make the packed lunches",
    "not suicidal, just… tired of existing? like I wouldn't mind if it all stopped",
    "i wish i'd never been born ngl",
    "being dead sounds peaceful some days. I'm not going to do anything, it's more like a daydream",
  ]),
  ...group("active-thoughts", "crisis", [
    "it's not just not wanting to wake up anymore. I'm thinking about killing myself, actually thinking about how",
    "ngl been thinking abt kms a lot this week, like properly not as a joke",
    "I've started thinking about suicide every day. it used to be a wish to disappear, now it's thoughts of doing it",
    "i want to end my life. there, i typed it",
    "Thoughts of taking my own life keep coming back all evening and they feel more real than before.",
    "been thinking about ending it. not passive anymore, i think about doing it",
    "i keep imagining killing myself and it doesn't scare me like it used to",
  ]),
  ...group("intent", "crisis", [
    "I'm going to kill myself. I'm not asking for anything, I've made up my mind",
    "this time i actually mean it, i'm going to do it",
    "I'm not wishing any more. I'm going to act on it, soon",
    "i'm gonna end it. i'm telling you so someone knows",
  ]),
  // --- Self-harm urge or history (concern) vs self-harm now (crisis)
  ...group("self-harm-urge", "concern", [
    "really want to hurt myself tonight but I'm sitting on my hands and texting you instead",
    "the urge to burn myself is loud today. 47 days clean and I don't want to lose that",
    "i keep looking at the blades in the bathroom and wanting to. havent. just telling u",
    "I want to punch walls until my knuckles split. I haven't, I'm just on the floor breathing",
    "sh urges v bad after the phone call with my dad, trying the ice cube thing",
  ]),
  ...group("self-harm-history", "concern", [
    "I used to self harm in my teens. I've got scars on my arms and summer is hard because people stare",
    "hit a year free from cutting today. didn't tell anyone at home so I'm telling you",
    "my old scars itched today and it brought the memories back. not going to do anything, just sad about that girl",
    "I self-harmed for years at uni. stopped when I met my partner. sometimes I miss it which scares me",
  ]),
  ...group("self-harm-now", "crisis", [
    "i just cut and its deeper than usual and i cant get it to stop bleeding",
    "I'm burning myself right now with a lighter and I can't stop",
    "cutting rn. don't tell me to stop just stay with me",
    "I've got the blade out and I'm going to do it now, I can't hold it off any more",
    "hit my head against the wall till it bled, still doing it, can't stop",
    "i've relapsed, it's happening now, there's a lot of blood",
    "I'm scratching my arms open with my nails right now and I can't make myself stop",
  ]),
  // --- Attempt told as over (concern or none) vs recent and not over (crisis)
  ...group("attempt-history", "concern", [
    "I tried to kill myself when I was 19. I'm 34 now. The anniversary is next week and it always knocks me sideways",
    "my mentor knows i attempted two years ago but i never told her how close it was. still think about it more than i let on",
    "after my overdose in 2021 I spent a week on a ward. I'm ok now but the smell of hospital hand gel still makes me shake",
    "i survived an attempt last spring. some days i'm grateful, some days i'm not sure yet",
    "Had a suicide attempt in my 20s. Bringing it up here because my daughter is now the age I was and I'm frightened for her",
    "tried once before, years back. the feelings from then are creeping around again lately, not as bad, but i recognise them",
  ]),
  ...hardNegatives([
    "ten years since my attempt today. I'm married, I've got a dog and a terrible allotment. I wanted someone to know I made it",
    "I talk about my suicide attempt on the mental health panel at work now. it was a long time ago and I'm really well",
    "My mentor asked if the overdose was still something I think about. Honestly no, it feels like it happened to someone else. Therapy did a lot.",
    "I once tried to end my life and my best mate found me. We're godparents to each other's kids now. Life's weird and good",
  ]),
  ...group("attempt", "crisis", [
    "i took a load of my mum's tablets about an hour ago and now i feel really weird and sick",
    "I've just swallowed everything in the cabinet. I don't know why I'm telling you",
    "tried to hang myself last night and it didn't work. I'm still here and I still want to. nobody knows",
    "I overdosed this morning. nobody's home. I'm getting sleepy",
    "i tried to kill myself on sunday. i didn't go to hospital. i'm not ok and it hasn't stopped",
    "i cut my wrists properly this time, not like before, im in the bath",
    "Took 30 paracetamol at lunch. I feel fine so I guess it didn't work? Should I try again",
    "i drank a bottle of bleach. it burns",
  ]),
  // --- Hopelessness / burden / entrapment (concern)
  ...group("hopelessness", "concern", [
    "I honestly can't see things ever getting better. I've tried the meds, the counselling, the walks. Nothing moves",
    "what's the point in making plans when nothing ever changes",
    "everyone keeps saying it'll get easier. it's been four years since he died and it hasn't",
    "i dont see a future for me. like i cant picture myself at 30 at all",
    "no hope left tbh, I just go through the motions",
    "I don't think I'll ever be happy again and I've sort of accepted it",
  ]),
  ...group("burden", "concern", [
    "my family would be better off without me. I cost them money and worry and I give nothing back",
    "i'm just a weight on everyone. my mentor must dread our check-ins",
    "I feel like such a burden on my husband since the diagnosis. He deserves someone who isn't broken",
    "everyone would have an easier life if i wasnt in it. not saying i'll do anything, its just true",
    "i feel like i take up space other people could use",
  ]),
  ...group("entrapment", "concern", [
    "I feel completely trapped. the job, the mortgage, the marriage. there's no way out that doesn't wreck everyone",
    "stuck in this flat with him and nowhere to go. can't afford to leave, can't bear to stay",
    "it's like being in a room where all the doors are painted on",
    "there's no escape from the debt. every month it gets bigger and I can't see a way out of it",
    "i feel trapped in my own head and i can't get out",
  ]),
  // --- The same, plus a method or a time (crisis)
  ...group("method", "crisis", [
    "nothing's going to get better, so I've been looking up how many of my antidepressants it would take",
    "my family would be better off without me. I keep thinking about the train line at the bottom of our road",
    "there's no way out of this debt except the motorway bridge. I've driven past it three times today thinking that",
    "i'm a burden and i know how i'd do it. there's a rope in the garage",
    "I can't see a future. I've been googling lethal doses of my insulin",
    "everyone would be better off. i keep sitting in the car in the garage with the engine running and the door shut, just to see",
  ]),
  ...group("plan", "crisis", [
    "I'm trapped and there's only one way out. I've picked the date, it's the 23rd, after payday so the funeral's covered",
    "no point going on. i'll do it when my flatmate goes home for christmas on thursday",
    "I'm a burden on all of them. Once the kids are back at school on Monday I'll go to the cliffs",
    "Hopeless. Tonight's the night. I've worked out when the house will be empty",
    "I'm going to jump from the multi-storey car park on Friday. I've been up there to check",
  ]),
  ...group("preparation", "crisis", [
    "there's no way out so I've started getting ready. bought the rope today, it's in my wardrobe",
    "i've been stockpiling my tablets for a month now. i've got enough",
    "I've made a list of who gets what and I've written to my kids. everyone will be better off",
    "bought a hosepipe and tape. no way out of this one",
  ]),
  // --- Worry for someone else (concern) and danger now (crisis)
  ...group("worry-for-other", "concern", [
    "my son keeps saying he wants to die and I don't know if he means it or if he's just fifteen",
    "worried about my mate, she's been giving her clothes away and saying she's 'tired of everything'. what do i do",
    "one of the girls in my circle hasn't checked in for two weeks and her last post was really dark. as a mentor what should I do",
    "my dad has stopped eating since mum passed and keeps saying he'll be with her soon. I'm scared",
    "my flatmate's been self harming again, i saw the plasters. how do i bring it up without making it worse",
  ]),
  ...group("help-seeking", "concern", [
    "what number do I call if I'm not safe tonight? I'm in Scotland",
    "is there a crisis line that does text not calls? I can't talk out loud in this house",
    "where do I go if I need help right now and this isn't a crisis service",
  ]),
  ...group("harmed-by-other", "concern", [
    "my partner checks my phone every night and tells me who I'm allowed to see. he's never hit me but I'm scared of him",
    "my stepdad used to hit me when I was little and I still flinch when someone raises their voice",
  ]),
  ...group("danger-now", "crisis", [
    "he's outside the door shouting that he'll kill me. i'm locked in the bathroom",
    "my ex just turned up and he's got a knife, I'm hiding in the bedroom with the kids",
    "he's hitting me right now, I'm typing this under the table",
  ]),
  // --- App words in everyday use (hard negatives)
  ...hardNegatives([
    "my plan for the week: mon laundry, tue ring nan, wed swim, thu our check-in, fri absolutely nothing",
    "bought a new rope for the climbing wall, the old one was fraying and my belay partner refused to touch it",
    "we walked across the bridge at sunset and I felt something like peace. first time in ages",
    "had a total overdose of Bake Off this weekend, three series back to back, zero regrets",
    "just killing time before the train so thought I'd finally answer your question about my brother",
    "killed it at work today!! the presentation I was dreading went fine and my manager said so in front of everyone",
    "dying to see you all at the circle meetup, I've made the lemon drizzle I promised",
    "started on vitamin D pills, the GP reckons half the country is low by December",
    "I'm done with the course!! final assessment submitted and I never have to open that portal again",
    "annual leave starts friday, two weeks at my sister's so I'll miss one check-in, is that ok?",
    "he's gone off to uni and the house is so quiet. I keep laying four places at dinner",
    "giving away my old textbooks now the course is over, anyone in the study space want them?",
    "my nan's funeral is on friday. last goodbye at the crematorium then sandwiches at the bowls club. I'm sad but ok, she was 96",
    "it's my final day at the warehouse after 11 years. they made me a cake shaped like a forklift",
    "gave up fighting the landlord and moved out. best decision I've made, the new place has a garden",
    "I'll be gone for a week, no signal at my dad's farm. back on the 14th",
    "deadline's killing me but I'll live 😅",
    "that's the end of the couch to 5k plan, ran the whole thing without stopping!!",
    "the bridge club Christmas drinks clash with our call, could we move it to wednesday?",
    "my phone died halfway through your voice note, can you send it again",
    "the plant you told me to get is dead. I killed a cactus. a CACTUS",
    "I'd literally kill for a bacon sandwich right now",
    "if I have to sit through one more team-building day I'll jump off a bridge lol. anyway how was your weekend",
    "the last episode of the series ended with everyone dying and I'm actually furious about it",
    "in the film he says 'I'm going to make him an offer he can't refuse' and my dad does it every christmas",
    "over the moon, the scan was clear",
    "mum's taking so many pills now, statins, blood pressure, the lot. I've made her one of those weekly boxes",
    "i'm so done with this heatwave lol",
    "two paracetamol and an early night for this cold, I'll be fine for thursday",
    "we're knotting rope for the scout camp and I've forgotten every knot I ever knew",
    "my gran used to say 'I'll be dead and buried before the council fixes that road'. she was right",
    "I nearly died laughing at my kid's nativity, he was a sheep who refused to baa",
    "Final notice from the energy company came, sorted it with a payment plan, feeling weirdly proud of being an adult",
    "ending my gym membership, I only went twice. the walking group suits me better",
    "the garden is dead for winter so I'm planning next year's veg instead",
    "time to kill the old blog, it's full of poetry from when I was 17 and I cringe",
    "overdosed on caffeine before the exam and now I'm vibrating",
    "a friend drove over when I was panicking last night and just sat with me. I'm alright now, it passed",
    "so tired I could die lol. night shift number five",
    "my plan: stop checking his instagram. day 3 and I'm winning",
    "we said goodbye to our old dog today, the vet was so gentle. she was 15 and ready",
    "I'm leaving my job! handed my notice in and walked out into the sunshine",
    "over it. over him. over the whole situation. onto better things",
    "the bridge on the walk you suggested was closed so I did the long loop, 8 miles, legs are dead",
    "kids are finally asleep and I'm dead on my feet, but wanted to say the breathing thing worked at bath time",
    "last one out turns off the lights! closing the office for the holidays today",
    "no more exams, I'm finished, free, done, gone, see you never",
    "I'm dying for a holiday honestly. anyone in the space been to Madeira?",
    "this cough will be the death of me",
    "just finished the last page of my journal from this year. starting a new one tomorrow",
    "my brother says he'll kill me if I tell mum about the engagement before he does 😂",
    "the plan is to sleep until noon and eat cold pizza. self care",
    "hung up the climbing rope for the winter. back on the crags in march",
    "saw the Bridge of Sighs in Venice, it's smaller than you'd think",
    "my sponsor and I ended our formal arrangement, I'm five years sober and we're just friends now",
    "My pharmacist sorted my repeat prescription in 2 minutes. Pills collected, no fuss. Small win.",
    "the relationship with my mentor ends next week and then I'm doing the peer friend training myself!",
    "I used to think I'd never get past the break up. it's over and I actually feel free",
    "sorry, dead battery all weekend. everything's fine, I was at a festival in a field",
    "dunno why im telling u this but the kids finally drew a family picture with me in it again after the divorce. made my year",
  ]),
  // --- Plain everyday notes (quiet)
  ...quiet([
    "can we move our check-in to 7 instead of 6? the bus timetable changed",
    "made soup from scratch for the first time, it was mostly carrots but still",
    "my daughter learned to ride her bike today and I screamed louder than she did",
    "anyone else in the new-to-the-city space fancy a coffee on saturday near the station?",
    "Had my first proper conversation with my neighbour. She's called Margaret and she has opinions about bins.",
    "i finally rang the GP about the thyroid thing like you said. appointment on the 9th",
    "thank you for the book recommendation, I'm halfway through and I keep underlining things",
    "is it weird to miss office small talk? working from home is lonelier than I expected",
    "got my first wage slip from the new job and cried in the car, happy tears",
    "I told my mum about my girlfriend and she just said 'about time' and put the kettle on",
  ]),
  // --- Long messages with the risk buried in ordinary news
  ...group("plan", "crisis", [
    "hiya, sorry it's been a while. work's been mad, we had the audit and then the christmas party which was actually fun for once. mum's hip is healing. anyway I've decided I'm going to end it on new year's eve when everyone's out. the cat's going to my neighbour. how's your week been?",
    "quick update: passed my theory test!! also got the new glasses, they're massive. i think i'll do it tuesday night when my housemate's on nights. thanks for everything these months",
    "So the kids' school play was lovely, Ellie was a star (an actual star, with tinsel). Work is quieter. I've set Sunday as the day, I'm going to take the car up to the reservoir. I didn't want to just disappear without telling someone.",
  ]),
  ...group("preparation", "crisis", [
    "Busy week! Finished the decorating, sold the bike on marketplace, wrote letters to each of the kids and put them with the will. Went to the big Tesco and got everything I need, including the pills. I feel more organised than I have in years",
    "ok so life update lol. quit the job, gave my plants to jess, cleared out my room. got the rope sorted too. anyway how was your holiday, you said you were going to portugal?",
    "dad's birthday was good, we had a curry. I've been putting my passwords in a notebook for my brother and cancelled the gym and the netflix. saved up all my sleeping tablets too. I want it all tidy for them",
  ]),
  ...group("method", "crisis", [
    "football was rained off, so I went to the pub instead with the lads, had a laugh. Walked home over the viaduct and stood there for ages thinking about how easy it would be to go over. Anyway, going to my sister's sunday",
    "uni is ok i guess, handed in two essays. keep thinking about the paracetamol in my drawer and how many i'd need. got a new haircut tho, pics below",
  ]),
  ...group("active-thoughts", "crisis", [
    "the new flat is nice, the radiators actually work. I've been having thoughts of killing myself most nights though, they're stronger than they were in the summer. the landlord seems ok",
    "ate well this week, walked every day like we agreed. but the suicidal thoughts came back hard on wednesday and haven't gone. not sure what to do with that. sister visits saturday",
    "I'm from Lagos, moved here in September for my masters. The cold is something else. Lately I think about ending my life, not a wish, actual thoughts of doing it. My course mates are kind but they don't know",
  ]),
  ...group("self-harm-now", "crisis", [
    "had a row with my sister at lunch and then the bus was late and now I'm in the work toilets cutting my leg, I can't stop, sorry to message during your day",
  ]),
  ...group("attempt", "crisis", [
    "went to the shops, came back, had tea, then took all my tablets about twenty minutes ago. i don't know why i'm telling you this like it's normal",
  ]),
  ...group("passive-wish", "concern", [
    "Good week mostly, my lad got into the football team and I fixed the leaky tap myself. Some nights I still lie there wishing I just wouldn't wake up, but the mornings are better. Anyway, see you Thursday",
    "work's fine, boyfriend's fine, my cat ate a sock. i sort of wish i could vanish and not exist sometimes, not in a doing-anything way. how was your week",
  ]),
  ...group("hopelessness", "concern", [
    "Had the appointment with the consultant, more tests in January. Christmas shopping done. I can't really see the point of any of it anymore, like I'm just waiting for it to go wrong again. Kids are excited though.",
  ]),
  ...group("burden", "concern", [
    "nan's doing better after the fall and I've been going round every day. honestly though I feel like I'm a drain on everyone, even her, like they'd cope better without me. anyway the christmas lights went up on our street",
  ]),
  ...group("self-harm-urge", "concern", [
    "new job's going ok, I'm learning the till system. the urges to cut have been really strong since the anniversary but I've held off, ice and the red pen like you suggested. meeting the girls on friday",
  ]),
  ...group("worry-for-other", "concern", [
    "the wedding was beautiful, the weather held. but my cousin pulled me aside and said she's been thinking about killing herself and made me promise not to tell. I don't know what to do with that",
  ]),
  // --- More voices on the boundary: concern
  ...group("passive-wish", "concern", [
    "im so tired of life. i wont do anything but i get why people want to",
    "Honestly? Some days I'd be relieved if I had a heart attack in my sleep.",
    "wish i could just stop existing for a bit. or for good. i dont know",
  ]),
  ...group("entrapment", "concern", [
    "I can't leave him, I can't leave the kids, I can't stay as I am. every road just loops back",
    "trapped in this body, this diagnosis, this town. nowhere to go",
  ]),
  ...group("hopelessness", "concern", [
    "ik everyone says its temporary but ive felt like this since i was 12 so",
    "i dont think therapy, meds or this app can help me tbh. nothing will",
  ]),
  ...group("self-harm-history", "concern", [
    "Trigger warning, sorry. I used to burn myself when I was at school. Seeing a candle at the circle last night brought it all back. I'm safe, just shaken",
    "my mentor asked about the scars on my wrists. they're from years ago. i didn't know how to answer",
  ]),
  ...group("self-harm-urge", "concern", [
    "i want to hurt myself so bad rn. not going to. talk to me about anything",
  ]),
  ...group("attempt-history", "concern", [
    "I was in hospital in August after trying to end things. I'm out and on new meds, the wish hasn't gone but it's quieter",
    "last year's attempt still feels close. i don't feel like doing it again right now but i'm scared of the new year",
  ]),
  ...group("distress", "concern", [
    "I can't stop crying at work and I haven't slept more than three hours in a week. I'm not coping",
    "everything is too much. i cant eat, cant sleep, cant answer my mum's calls",
    "i hate myself so much. every mirror. every photo",
  ]),
  ...group("harassment", "concern", [
    "someone in the space DM'd me saying I should just kill myself and do everyone a favour. is that allowed here??",
    "a lad at school keeps messaging my daughter telling her to cut herself. she showed me tonight",
  ]),
  ...group("harmed-by-other", "concern", [
    "my husband takes my bank card and gives me an allowance. if I argue he goes silent for days. is that normal?",
  ]),
  ...group("help-seeking", "concern", [
    "is there anyone i can talk to at 3am? my mentor's asleep and i dont want to wake anyone at home",
  ]),
  // --- More voices on the boundary: crisis
  ...group("intent", "crisis", [
    "I have decided to die. I wanted to tell a person before I do it",
    "imma do it this time. not a cry for help",
    "Je vais le faire ce soir. sorry, writing in French, I'm going to kill myself tonight",
  ]),
  ...group("active-thoughts", "crisis", [
    "ive been thinking about suicide constantly since the results came in",
    "can't stop thinking about killing myself. it's all I think about at work",
  ]),
  ...group("method", "crisis", [
    "I know exactly how I'd do it. my dad's shotgun is in the cabinet and I know where the key is",
    "been thinking about driving into a wall on the motorway, i think about the exact spot every commute",
    "looked up which height is enough. theres a tower block near me",
  ]),
  ...group("preparation", "crisis", [
    "wrote the note, it's in an envelope on my desk. i've got everything",
    "I've saved up two months of my meds and I've made sure the dog will go to my mum's",
  ]),
  ...group("plan", "crisis", [
    "when my shift ends at 2 i'm going to the bridge. i've thought it all through",
    "doing it this weekend while the family's at the caravan",
  ]),
  ...group("danger-now", "crisis", [
    "my boyfriend's strangled me tonight and he's still in the house, he says if I call anyone he'll finish it",
    "dad's drunk and smashing things and he's coming up the stairs. i'm 14",
  ]),
  ...group("attempt", "crisis", [
    "i tried to hang myself an hour ago. the rope snapped. i'm on the floor and i don't know what to do",
  ]),
  ...group("self-harm-now", "crisis", [
    "burning my arm with the iron right now. it's bad",
  ]),
  // --- More endings and spaces in other voices (hard negatives)
  ...hardNegatives([
    "Mentor side: I always write my seekers a short goodbye note for the last week. This one was hard to write because she's come so far.",
    "last thread msg from me!! u were the best mentor ever, sorry for all the 11pm essays about my ex",
    "Closing our circle after 12 weeks. The last prompt was 'what would you tell the you of week one' and everyone was in bits, happy bits",
    "i'm ending things with my mentor next month and i feel like i'm breaking up with someone lol",
    "Our relationship is ending on good terms. We've agreed I can post in the spaces if I'm struggling and a new mentor's an option down the line.",
    "I'm going away for good — well, to Canada, for the new job. So this is goodbye to the circle. I'll miss your faces.",
    "when our check-ins end I'm going to keep the Sunday evening slot for myself, a walk and a notebook",
    "my mentor and I had a rupture over me cancelling three times. we talked it out and agreed a new rhythm, fortnightly. feels better",
    "I'm sorry I snapped at you in the circle. you didn't deserve that. can we have a reset next week?",
    "not gonna lie I was angry when you moved our call without asking. but thanks for apologising, that meant a lot",
    "We had the repair chat and I said the thing I was scared to say. The world didn't end. Who knew.",
    "i was going to just quietly leave the relationship but you said endings matter so here's me ending it properly. thank u",
    "The last check-in felt like the end of a book you love. Sad to close it, glad you read it.",
    "my final week with my seeker. she wants to mark it by baking together over video. I am a terrible baker. this will be carnage",
    "so glad we're ending with a letter instead of just a last call. I think I'll reread yours a lot",
    "goodbye letter for after our last session is in your inbox. it's mostly thank yous and one bad joke",
    "After this week I won't need our sessions. I've got my own rhythm now: walk, journal, call my brother on Sundays.",
    "I'm stepping back as a mentor for a bit. burnout, the ordinary kind. taking a month off and then I'll see",
    "it felt final in a good way, like locking the door of a flat you were happy in",
    "i'm done. with the app, i mean, in the best way. i don't need it any more. you helped me get here",
  ]),
  ...hardNegatives([
    "my dark joke of the week: the tax return nearly killed me but unfortunately I survived to file it",
    "went bungee jumping off a bridge for my 30th!! terrifying. would do again",
    "In the grief space: I read the note my dad left for us in his will. He told us to sell the caravan and go somewhere warm. We're going to Crete.",
    "my overdose story: 14 episodes of Grey's in one sitting. send help",
    "I'm over the worst of the flu. Back at the circle next week",
    "mentor asked how the last attempt at the driving test went. failed on the roundabout. again. fourth time lucky",
    "there's a climbing rope on my christmas list and my mum thinks it's a cry for help 😂 it's for the wall, mum",
    "my housemate was in a bad place last month and we got her to her GP. she's doing loads better now and laughed at my cooking tonight",
    "we finished the jigsaw, 1000 pieces, the last piece was under the dog",
    "the goodbye party for my colleague ended in karaoke and I have no voice left",
  ]),
  ...quiet([
    "arriving: ok. on my mind: the school run and a parents evening. would help: a quick chat, nothing deep",
    "does anyone in the carers space have tips for getting a parent to accept help with washing?",
    "I went to the library and just sat there for an hour. It was lovely.",
    "my mentor suggested I write three good things each night. tonight: hot chocolate, my cat, a kind text",
    "first week in the new space and everyone's been so welcoming, thank you",
    "We got the allotment! Plot 14, full of brambles, I'm thrilled",
    "quick one, is our call still on for 8? my train's running late",
    "my son said I was the best mum in the world and then asked for a tablet. nice try",
    "Just back from the choir. I can't sing but nobody minds.",
    "made it to the gym three times this week, that's a record",
  ]),
  // --- Ending words that carry concern (not crisis)
  ...group("burden", "concern", [
    "i think i should end our relationship. you've got better people to spend your time on than me, I'm just dead weight",
    "please give my place to someone who deserves it. I'm a waste of your evenings",
  ]),
  ...group("hopelessness", "concern", [
    "when our check-ins end I don't think there'll be anyone. I can't see it ever being different",
    "the circle's closing and it feels like everything good ends and I'll never find it again",
  ]),
  ...group("passive-wish", "concern", [
    "last session tomorrow. honestly part of me wishes I could just go to sleep after and not wake up. I'm not going to do anything, I just feel that way",
  ]),
  ...group("distress", "concern", [
    "I know it's our last week but I'm falling apart. I'm not sleeping and I've barely eaten since you told me",
  ]),
  ...group("worry-for-other", "concern", [
    "Mentor here. My seeker's goodbye note felt off, she wrote 'thanks for everything, I won't be needing anyone now'. Probably nothing but I'm worried",
    "my friend in the circle said her goodbye was 'for good' and then went offline. worried about her, what do i do",
  ]),
  ...group("self-harm-urge", "concern", [
    "our ending is bringing back the urge to cut, like when my counsellor left. I haven't, I wanted you to know",
  ]),
  ...group("attempt-history", "concern", [
    "The last time a support relationship ended I tried to kill myself. That was 2019. I'm not there now but I wanted us to plan the ending carefully because of it",
  ]),
  ...group("entrapment", "concern", [
    "the app ending, the job ending, the lease ending, and nowhere to go after any of it. I feel cornered",
  ]),
  ...group("self-harm-history", "concern", [
    "I used to cut after every goodbye, as a teen. I don't now but endings still feel dangerous to me",
  ]),
  // --- Ending words that carry crisis
  ...group("preparation", "crisis", [
    "i'm saying goodbye to you and to my family this week. the letters are done and i've got what i need",
    "give my mentor slot away. I've already given my things away and told my kids I love them one last time",
  ]),
  ...group("intent", "crisis", [
    "this is goodbye for real. i'm going to kill myself after our final check-in. thank you for trying",
  ]),
  ...group("plan", "crisis", [
    "won't need anything soon. the 31st is the night, I've had it in my head for weeks",
    "our relationship ends friday and so do I. I've got it worked out for after the call",
  ]),
  ...group("method", "crisis", [
    "after our last session I'm going to take the whole bottle of my mum's morphine. I just wanted to tell someone who was kind to me",
  ]),
  ...group("active-thoughts", "crisis", [
    "since you said you're stepping back I've been thinking about killing myself again. really thinking, not just wishing",
  ]),
  ...group("attempt", "crisis", [
    "sorry about the last message. i took the pills after i sent it. i feel really drowsy",
  ]),
  ...group("self-harm-now", "crisis", [
    "our last call ended and i went straight to the bathroom and i'm cutting now",
  ]),
];
