/**
 * TRAINING set, round 9a, written on 2026-12-06 by the writer9a helper.
 *
 * Emphasis: the categories a detector tends to miss on writers it has not
 * seen before —
 *   - danger from another person right now (partner, ex, parent, flatmate,
 *     stalker; a child at risk now), against arguments that ended fine, abuse
 *     told as past and safe, thriller plots and noisy neighbours;
 *   - self-harm happening now or just done, against kitchen cuts, tattoos,
 *     nosebleeds and self-harm history told as long over;
 *   - preparation said sideways (means gathered, notes, giving things away,
 *     closing accounts, a pet rehomed for good, a last visit), against moving
 *     house, a will after a diagnosis, decluttering, rehoming for allergies;
 *   - attempts now or recent with no sign they are over, against "took the
 *     lot of the biscuits" and "tried the new gym";
 *   - concern: hopelessness, burden, entrapment, passive wishes, worry for a
 *     friend, self-harm urges.
 *
 * Rules followed: written blind to the detector (only categories.ts and
 * labelled.ts were opened; no detector code, benchmark or other set was read
 * or run); every text is in the writer's own words; registers are mixed on
 * purpose — short phone fragments with no punctuation and shorthand, and long
 * messages where the risk is one clause buried in ordinary news — across
 * British, American and other Englishes. Labels follow the C-SSRS backbone
 * set out in the writer brief.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const trainingRound9a: LabelledExample[] = [
  // ───────────────────────────── crisis ─────────────────────────────

  ...group("danger-now", "crisis", [
    "hes outside again. banging on the door. i can see his car",
    "she took my phone and locked the door, using my sisters tablet rn pls",
    "he said tonight he'll finish it and i believe him this time",
    "my ex is in the car park downstairs, hes been sat there an hour watching my window",
    "dad's drunk and he's got the belt out, im in the bathroom with my little brother",
    "he's got a knife and he's in the kitchen saying nobody leaves",
    "i hid in the wardrobe he doesnt know im texting. he broke the bedroom door",
    "can someone help my flatmate keeps kicking my door and screaming hes going to kill me, its 2am",
    "he just pushed me down the stairs and now he's standing at the top",
    "my stepdad is hitting my mum right now and I'm upstairs with the baby, what do i do",
    "so the guy from the bus has found where i live. hes on the doorstep now ringing and ringing",
    "he's taken the car keys and my purse and says i'm not going anywhere tonight",
    "she keeps saying she'll do it while i sleep. i'm scared to close my eyes",
    "he wrapped his hands round my neck an hour ago and he's still here shouting",
    "im locked in the shed. he locked it from outside",
    "Sorry to write this in the parenting space but my partner is shaking our toddler and screaming and I can't get her off him",
    "he texted 'enjoy your last night' and now theres someone at the back gate",
    "my brother has a gun in his lap and says if i call anyone he'll use it on me",
    "the ex has the kids in his car and he's not answering, he said i'd never see them again and he's been drinking",
    "he just threw the kettle at me, water everywhere, he's between me and the front door",
    "Hi Sam, I know it's late and not a check-in night. Work was fine and the course is going ok, but he's back, he got in through the balcony and he's in the living room now, I'm in the bathroom with the lock on. I don't know what to do",
    "mums boyfriend is trying to get into my room and he's saying things, door wont hold long",
    "stalker guy is literally outside my work rn and my shift ends in 10 min and i have to walk past him",
    "he's saying if i try to leave he will burn the house down with us in it and he's got the petrol can by the door",
    "landlord let himself in again and wont leave and hes grabbing my arm",
    "cant talk he's in the next room. he broke my phone and took the baby monitor. pls someone",
    "my partner is standing over me with a hammer telling me to say sorry",
  ]),

  ...group("self-harm-now", "crisis", [
    "i just did it again and its bleeding more than usual and wont stop",
    "cut too deep this time, towel's soaked through",
    "sitting on the bathroom floor with the blade, already started",
    "im burning myself with the lighter rn and i cant stop",
    "been hitting my head against the wall for ten minutes and now i feel sick and dizzy",
    "there's blood all over the sink i think it needs stitches but i can't go to a&e",
    "doing it now. dont try to talk me out of it just stay",
    "opened up the old ones again tonight, its dripping on the floor",
    "Sorry I missed our check-in, things got bad. I'm in the bathroom and I've cut my arm, it's quite deep and I can't get it to stop, I've pressed on it for ages",
    "got the razor out of the sharpener, first line done",
    "scratching till it bleeds again rn, my legs are a mess",
    "i think i hit something, it's coming out fast",
    "just finished, hands shaking, still bleeding through the plaster",
    "i've got the scissors and i'm going to do it in the next few minutes, i've already decided",
    "cut myself in the work toilets just now and its soaking through my sleeve",
    "holding ice to my wrist but theres a lot more blood than before",
    "Update from the circle earlier: I said I was fine but I wasn't. I've been cutting since about ten and it's gone wrong, it's deep and gaping",
    "burned my arm on the hob on purpose just now and the skin is coming off",
  ]),

  ...group("preparation", "crisis", [
    "found good homes for all my plants. and the cat's going to my aunt for good now",
    "i've written letters for mum and for jess, theyre in the drawer by my bed",
    "closed my bank accounts and cancelled my phone contract for after the 14th",
    "been saving my tablets up for weeks, theres enough now",
    "gave my guitar to my nephew today. he was so happy. he doesnt need to know why",
    "Rehomed Biscuit today. Not because of anything wrong with him, I just won't be here to look after him and I wanted him settled first",
    "I went to see grandad one last time today. told him I loved him. that's everything sorted now",
    "deleted all my socials and wrote the passwords down for my sister so she can close things after",
    "bought the rope today. its in the boot",
    "put my savings in an envelope with my brothers name on it and left instructions for the funeral",
    "So this week I paid off the credit card, cancelled the gym, gave the dog to Kate for good and wrote down who gets what. Feels calm. Anyway how was your holiday?",
    "i've been collecting the pills the gp gives me, not taking them, just keeping them in a sock",
    "made a list of who gets my stuff and taped it to the fridge",
    "said bye to everyone at work today like normal but i meant it properly",
    "my notes are written, one for each of them. I feel weirdly peaceful",
    "bought a second box from a different chemist so they wouldn't ask",
    "Hey, I won't be at circle next week or after. I've made arrangements for the rabbits and left the spare key with next door. Thank you for everything you've done, honestly",
    "cleaned the whole flat top to bottom so nobody has to deal with a mess after",
    "sorted out my will online tonight. im 23 and not ill lol. just tying things up",
    "gave away all my games and my switch to my cousin. wont be needing them",
  ]),

  ...group("attempt", "crisis", [
    "took the lot an hour ago",
    "i tried last night and it didnt work. i'm going to try again",
    "i'm on the bridge",
    "swallowed everything in the cabinet with vodka about 40 mins ago, starting to feel heavy",
    "im standing on the wrong side of the railing on the car park roof",
    "Took all my sertraline and the co-codamol at about 9. I'm not going to call anyone I just didn't want to be alone",
    "the rope's up and i'm standing on the chair",
    "on the train tracks near the station now, waiting",
    "i did it. took 30 paracetamol. dont tell anyone",
    "tried to hang myself this morning but the thing snapped. neck hurts. still want to",
    "ive taken them all, my vision is going funny",
    "Long week. Got the results back from the uni and they're not good, and I had a big fight with Dad about it. Anyway last night I took a load of my pills and woke up this afternoon and I haven't told anyone. I'm still really drowsy and sick",
    "sat in the car in the garage with the engine running",
    "drank the bleach. it burns",
    "i'm at the edge of the cliff path, the one we talked about",
    "overdosed tonight. i thought it'd be quicker",
    "walked into the sea up to my chest, phone in a bag, cant feel my legs",
    "took double my insulin on purpose about half an hour ago",
    "tried again on sunday, nobody knows, threw up most of it. i'll do it properly next time",
    "ledge of my balcony. 9th floor. just wanted someone to know",
  ]),

  ...group("plan", "crisis", [
    "friday when everyones out i'm going to do it at the woods behind school",
    "i've picked the date, it's after my sisters wedding so i don't ruin it",
    "going to the bridge on the way home from work tomorrow, im decided",
    "the plan is the hotel room on the 3rd, booked it already",
    "New year's eve. Everyone will be too drunk to notice I've gone",
    "once mum goes on her trip next week theres nobody to stop me",
    "got it worked out. tuesday night, the garage, after the kids are at their dads",
    "Just so someone knows: I'm going to do it on my birthday. It seems fitting",
  ]),

  ...group("method", "crisis", [
    "ive been looking up how many of my meds it would take",
    "keep thinking about the motorway bridge near me and how high it is",
    "how long does it take to die from hanging, asking seriously",
    "i know which tablets would do it, theyre in the kitchen cupboard",
    "thought about stepping in front of the 7.15, it doesnt slow down at our station",
    "been reading about carbon monoxide and cars for hours",
    "my dads got a shotgun in the loft and i cant stop thinking about it",
    "would jumping from 6 floors be enough? genuinely asking",
  ]),

  ...group("intent", "crisis", [
    "i'm going to kill myself. not a cry for help, just telling someone",
    "im done. this is happening tonight",
    "not going to be here by the weekend. I've made my mind up",
    "i'm actually going to do it this time, not like before",
    "tonights the night. thanks for trying sam x",
    "I know you'll say call someone but I'm not going to. I'm going to end it",
    "ill be gone before morning, its decided",
    "I've decided. I'm ending my life",
  ]),

  ...group("active-thoughts", "crisis", [
    "i want to kill myself. every day its getting louder",
    "keep thinking about suicide all day at work, it's all i think about",
    "ngl i want to die and i mean actually do it",
    "I've been having thoughts about ending my life again. Real ones, not the vague ones",
    "all i can think is i want to be dead and make it happen",
    "suicidal again tonight, properly",
    "the thought of killing myself keeps coming back and its starting to feel like an option",
    "had a decent day at the market with the kids, bought a new rug, and then on the drive back i was thinking about killing myself the whole way. its every day now",
  ]),

  // ───────────────────────────── concern ─────────────────────────────

  ...group("hopelessness", "concern", [
    "nothing is ever going to get better is it",
    "whats the point of the new meds, ive tried everything and i'm still like this",
    "I can't see a future where I'm ok. I just can't picture it",
    "been job hunting 8 months, no replies. i dont think anything will ever change for me",
    "Thanks for the leaflet about the group. I'll go I suppose but honestly I've stopped believing anything helps",
    "every year i tell myself next year and every year its the same or worse",
    "theres no light at the end of this, just more tunnel",
    "i used to have plans. now i dont see the point in making any",
    "the flat's damp again, the council won't answer, the kids are ill, and honestly I've given up hoping it'll ever be different",
    "idk why i keep going to therapy its hopeless",
    "I feel like I'm just waiting for nothing",
    "no matter what i do it ends up the same. whats the point trying",
  ]),

  ...group("burden", "concern", [
    "everyone would be better off without me having to be looked after",
    "im just a weight round my mums neck",
    "my partner has to do everything since the accident. i'm a drain on him",
    "I cost my family so much, money and time and worry. they'd have an easier life if I wasn't in it",
    "sorry for always dumping on you, i'm just a burden on everyone",
    "my kids deserve a mum who isnt a mess. they'd do better with someone else",
    "feel like i ruin every room i walk into tbh",
    "Mum had to take time off again because of me. I'm so tired of being the problem in this house",
    "my friends only keep me around out of pity i think. i'm just hard work",
    "i take and take from people and give nothing back",
    "Had the review at work, they were kind about it but I could see it, I'm the one dragging the team down. Same at home",
    "they'd be relieved if i wasnt around, they just wont say it",
  ]),

  ...group("entrapment", "concern", [
    "i feel trapped. no way out of this",
    "stuck in this house with him and theres nowhere to go, no money, nothing",
    "It's like I'm in a room with no doors",
    "cant leave the job cant afford to stay. cant win",
    "feel like the walls are closing in and theres no exit",
    "I can't get out of this debt, ever. It just grows",
    "every way out i look at is shut",
    "I'm 17 and I can't leave home for another year and I don't think I can survive another year in it",
    "its a cage and i'm just pacing",
    "There is no escape from my own head, honestly, I've tried everything",
    "Visa tied to this employer and he knows it. I'm stuck with whatever he does",
    "no way forward no way back",
  ]),

  ...group("passive-wish", "concern", [
    "i wish i just wouldnt wake up tomorrow",
    "sometimes i hope the plane crashes tbh",
    "wouldnt mind if a bus hit me ngl",
    "I don't want to kill myself but I wouldn't be sad if I just stopped existing",
    "go to sleep hoping i don't wake up. every night",
    "wish i'd never been born honestly",
    "if i got ill and died i dont think id fight it",
    "Good news, the move went through and the new flat is nice, bit cold. Bad news is I still go to bed wishing I could just not be here anymore. But yeah, new flat!",
    "i'd just like to disappear. not die exactly, just stop",
    "part of me hoped the scan would show something bad",
    "id be fine if i didnt exist",
    "kinda wish the crash last month had finished me off",
  ]),

  ...group("worry-for-other", "concern", [
    "my best mate has been posting stuff like goodbye and im scared, what do i do",
    "worried about my sister, she keeps saying she wants to die and she's stopped eating",
    "My son (15) has cuts on his arms he tries to hide. How do I bring it up?",
    "friend said 'wont be a problem much longer' and then went offline. is that bad",
    "my flatmate hasnt left her room in days and i saw a bunch of pill packets in the bin",
    "I think my dad might be thinking about suicide. He's been giving things away since mum died",
    "girl in my class told me she self harms and made me promise not to tell",
    "my boyfriend keeps talking about how nobody would miss him and it scares me",
    "Posting for a friend, she won't post herself. Her husband checks her phone and she's got bruises she says are from the gym",
    "my nan keeps saying she's ready to go and has stopped taking her heart meds",
    "one of the lads at work has gone really quiet and said he's 'sorted his affairs', how do i even ask",
    "worried abt my cousin, she's been drinking every night and said she wants to sleep forever",
  ]),

  ...group("self-harm-urge", "concern", [
    "really want to cut tonight, fighting it",
    "the urge to hurt myself is so loud today",
    "5 months clean and i want to so badly right now",
    "I keep looking at the knives in the drawer. I haven't done anything, I just want to",
    "itching to burn myself, sitting on my hands",
    "want to scratch my arms raw, holding an ice cube instead like you said",
    "craving the pain honestly. havent given in yet",
    "Had a rough call with my dad and the old pull to hurt myself is back. I'm ok, just telling you so I don't do it",
    "i want to punch the wall till my hand breaks",
    "every time i shower i think about the razor",
    "close to relapsing w sh. not yet",
    "the want to cut is there all day at school now",
  ]),

  ...group("harmed-by-other", "concern", [
    "he checks my phone every night and tells me who i can see",
    "my mum hits me when she's drunk, not today but it happens a lot",
    "partner controls all the money, i have to ask for bus fare",
    "He says nobody else would put up with me and that I'm lucky he stays. He hasn't hit me but I'm scared of him most days",
    "my ex keeps turning up at my work and messaging from new numbers",
    "dad grabbed me by the arm so hard yesterday theres a bruise. hes fine today",
    "she threatens to tell everyone my secrets if i go out without her",
    "my uncle does stuff when he visits that i don't like and i don't know who to tell",
  ]),

  ...group("self-harm-history", "concern", [
    "i used to cut, stopped in the summer, still think about it sometimes",
    "My scars are showing more now it's warm and people ask. I only stopped a couple of months ago",
    "relapsed last week, ok now but shaken",
    "burned myself a few times in october. not since then",
    "I have a history of self harm and it's been creeping back into my head lately",
  ]),

  ...group("attempt-history", "concern", [
    "I tried to end it last spring. Still here, still not sure how I feel about that",
    "after my overdose in march everyone treats me like glass",
    "i attempted when i was 19 and the anniversary is next week and its hitting hard",
    "Survived an attempt two years ago, and lately the same feelings are creeping back",
  ]),

  ...group("distress", "concern", [
    "i hate myself so much it makes me feel sick",
    "haven't eaten properly in four days, cant face it",
    "cant stop crying at work, barely keeping it together",
    "I'm not coping. At all. Everything is falling apart",
    "havent slept in three nights and i feel like im losing my mind",
  ]),

  ...group("help-seeking", "concern", [
    "is there a number i can call in the middle of the night if it gets bad",
    "where do i go if i need someone to talk to right now, not a mentor, like a crisis line",
    "Does anyone know a crisis text line in Ireland?",
  ]),
