/**
 * In training from version 14 (scripts/risk-train.ts). Version 13 was fitted and measured without it;
 * it trains the model but is kept out of the threshold choice (see pickExclude there).
 */
/**
 * Training set 13a, written 2026-12-07, written blind (only the brief, categories.ts and labelled.ts were read).
 *
 * Emphasis: endings inside a peer-support app. Almost every text is the last
 * message of something: a mentorship with a volunteer mentor closing, a peer
 * friendship winding down, a small circle finishing, a book handed back, a
 * final check-in, a pet or plants or a bike given away, "you won't hear from
 * me again", "everything's in order". The crisis texts hide a final goodbye
 * inside one of these endings (means gathered, a date or place chosen,
 * letters left, animals rehomed "because I won't be here", a recent attempt
 * reported after the pairing closed). Almost every one of them is followed,
 * in the same section, by a near-identical safe twin that keeps most of the
 * words but gives an ordinary reason (a move abroad, a new job, retirement,
 * a baby, a course ending, going home, the pairing not fitting, a hospital
 * stay for a knee, feeling better, history told as healed). Writers are
 * adults 18-80, with second-language English, older formal letters, texting
 * shorthand, very short and fairly long messages. Pairs are kept adjacent:
 * each crisis or concern group is immediately followed by hardNegatives()
 * holding the twins in the same order (a few risky texts have no twin).
 *
 * Borderline judgements:
 * - Means in hand plus goodbyes or affairs put in order (pills saved, rope in
 *   the shed, letters on the table) is preparation, not method; method is
 *   kept for a named means with no date and no goodbyes arranged.
 * - A chosen day or place ("Friday", "the 21st", "the multistorey", "the
 *   bridge tonight") makes it plan; a firm decision with only a loose horizon
 *   ("not alive by Christmas", "not another winter", "next time I'm alone")
 *   is intent.
 * - A recent attempt told after the mentorship ended (in hospital, "tried on
 *   Tuesday") is attempt (recent), even when the writer is now safe-ish.
 * - Cutting the wrists in the bath written as a goodbye is attempt, not
 *   self-harm-now; cutting or burning to cope with no wish to die is
 *   self-harm-now when it is happening or decided for tonight.
 * - "Really want to cut, not going to" is self-harm-urge (concern); "going to
 *   cut tonight, I've decided" is self-harm-now.
 * - A past attempt or past self-harm mentioned with present shakiness or
 *   fear of relapse is attempt-history / self-harm-history (concern); the
 *   same history told as healed and over is a none hard negative.
 * - Scars "from last year" with "some nights I still think about it" is
 *   kept as self-harm-history rather than urge: no urge is described now.
 * - "Wouldn't mind not waking up" is passive-wish; its twin about not
 *   waking at 5 on the first day of retirement is none.
 * - An ESL "Better I go" after "I am only a problem" is burden (concern), not
 *   intent: going could mean leaving, and nothing is decided.
 * - Hyperbole twins ("kill myself laughing", "drown myself in coffee", "want
 *   to kill my boss" as venting) are none; a bare "kms" exam joke was left
 *   out as too ambiguous to label.
 * - A peer's worried message about a friend's goodbye post is
 *   worry-for-other (concern), as categories.ts places it; a mocking reply
 *   urging someone who is leaving to "do it properly" is harassment.
 * - A partner reading over the shoulder and threatening, or an ex outside
 *   with a knife, is danger-now; a partner who controls the phone with past
 *   violence but no threat now is harmed-by-other.
 * - A 74-year-old deciding he "will not see another winter" is intent; the
 *   twin that moves to a daughter's in Spain keeps the phrase and is none.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const trainingRound13a: LabelledExample[] = [
  // ---------------------------------------------------------------- preparation
  ...group("preparation", "crisis", [
    "Hi Maya, this is my last check-in. I've given Biscuit to my sister because I won't be here to feed him after Friday. Thank you for everything, you were kind to me.",
    "giving away my plants to anyone in the circle who wants them. I won't need them where I'm going and I'd rather they go to someone who'll water them",
    "I've put everything in order. Will's written, the passwords are in an envelope for my brother, the cat's booked in with the neighbour. I just wanted to say goodbye to you properly before I go through with it.",
    "sorting out my things this week so nobody has to do it after. been writing letters to mum and my little brother. you've been a good mentor, I mean that",
    "I won't need this app any more. I've collected enough of my tablets to make sure this time. Please don't try to find me, I'm grateful for the talks.",
    "Returning the book you lent me, Anil. It's in the parcel box downstairs with a letter. I won't be around to finish the programme, I've made my peace with it.",
    "Dear mentor, I am sorry for my english. I write to say goodbye. I give my bicycle and my guitar to my roommate, I pay my debts, I write a letter for my parents. After this week I am not anymore in this world. Thank you for your patience with me.",
    "last session before it's over for good. I already have what I need in the drawer. just wanted one more normal conversation",
    "you won't hear from me again. I've cancelled my phone contract, given notice on the flat and left the car keys with Dad. the note is on the kitchen table for whoever finds it.",
    "Rehomed my two rabbits today. Told the lady it was because of allergies but it's because I won't be here next month. Felt important they go somewhere good first.",
    "Tidied the flat, paid off the credit card, emailed my boss the handover notes. Everything's ready. I don't think I'll log in after tonight.",
    "I've made a list of who gets what. My records go to Tom, the sewing machine to my niece. I've stopped taking my medication so there's enough saved. Just so someone knows.",
    "thank u for everything. i mean it. i wrote u a letter too but ill leave it with my flatmate, she'll find it tmrw when it's done",
    "I've updated my beneficiary on the life insurance and written down the PINs for my wife. She doesn't know yet. This is my last message here, sorry to just disappear.",
    "At 78 I have had a long enough life. Since Margaret went the house has been very quiet and I find I do not want to do another year of it. I have given the dog to the Hendersons, who always liked him, my affairs are with the solicitor, and I have kept back the pills from the chemist these last weeks. Please do not think this is the fault of your programme. I wanted to thank the young lady who has written to me every Tuesday. Her letters were the best part of the week.",
    "Goodbye circle. I've sent the last of my things to the charity shop and left instructions for the funeral. No more being a weight on everyone.",
    "I've rehomed Pepper. The shelter asked why and I said I'm moving. I'm not moving. I just need to know someone will take care of her when I'm gone.",
    "closing my account tonight. deleted the photos, wrote to everyone I needed to, the rope is in the shed. you were the only one who asked how I actually was",
    "Mentor, please pass my thanks to the coordinator. I've arranged for my savings to go to my sister and I've said my goodbyes. I'm done.",
    "Gave my sister the spare key and the cat's vet records and told her to come round Sunday. I won't answer the door. Sorry for ending our sessions like this.",
    "I've cleared my desk at work and my browser history and written the letters. Bought everything I need. Tomorrow's the day. I wanted you to know it wasn't your fault.",
    "Sold the bike, gave the telescope to my nephew. There's no point keeping things I won't be using. Last check-in from me.",
    "hello, i say thanks to all the group. i leave my dog with my cousin, i leave money for the funeral in the envelope. i dont want to be problem for nobody anymore. bye",
    "My last message here. I've written down where everything is for my husband, the bank stuff, the boys' school things. I've got the tablets counted out. Please don't reply.",
    "I'm handing the circle over to Dee, she knows the links. I've sorted my will and written to my kids and I won't be around after the weekend. Keep it going without me, it matters.",
    "funny, I feel calm for the first time in months. Everything's given away, letters posted, I know how and when. Thank you for being my mentor.",
    "I've stopped paying the rent because it won't matter by the end of the month. Gave my records to the guy next door. Sorry, I know this isn't what this app is for.",
    "Left my laptop password and a letter with my best friend. She thinks it's for my trip. It isn't. This is goodbye.",
    "everything's in order now. bye x",
    "Please give my crochet blankets to the new members. I won't be coming back to the circle and I won't be needing them. I've made sure the grandchildren have their letters.",
  ]),
  ...hardNegatives([
    "Hi Maya, this is my last check-in. I've given Biscuit to my sister for the three months I'm working on the rig, so he's sorted. Thank you for everything, you were kind to me.",
    "giving away my plants to anyone in the circle who wants them. the new flat in Rotterdam has no windowsills and I'd rather they go to someone who'll water them",
    "I've put everything in order. Will's written (finally, at 71!), the passwords are in an envelope for my brother, the cat's booked in with the neighbour while I'm in hospital for the knee. Just wanted to say goodbye properly before the op, speak in six weeks.",
    "sorting out my things this week so the movers don't have to do it. been writing postcards to mum and my little brother from the new place. you've been a good mentor, I mean that",
    "I won't need this app any more. I've been off my tablets for two months with my GP's blessing and I finally feel like myself. Please don't worry about me, I'm grateful for the talks.",
    "Returning the book you lent me, Anil. It's in the parcel box downstairs with a thank-you card. I won't be around to finish the programme because the new job starts Monday, but I've made my peace with that.",
    "Dear mentor, I am sorry for my english. I write to say goodbye. I give my bicycle and my guitar to my roommate, I pay my last rent, I write a letter for my landlord. After this week I am back in Bogota with my family. Thank you for your patience with me.",
    "last session before the programme's over for good! I already have what I need for the interview in the drawer, pressed shirt and all. just wanted one more normal conversation with you",
    "you won't hear from me again on this account. I've cancelled my phone contract, given notice on the flat and left the car keys with Dad. off to volunteer in Malawi for two years with no signal, loved our circle.",
    "Rehomed my two rabbits today. It broke my heart but my daughter's allergies are serious and the new baby comes next month. Felt important they go somewhere good first.",
    "Tidied the flat, paid off the credit card, emailed my boss the handover notes. Everything's ready for the sabbatical. I don't think I'll log in much after tonight, walking the Camino with no phone!",
    "I've made a list of who gets what now I'm downsizing. My records go to Tom, the sewing machine to my niece. Moving into sheltered housing in March and there's no room. Just so someone in the circle knows why I'm selling things.",
    "thank u for everything. i mean it. i wrote u a card too but ill leave it with my flatmate since ur coming to the leaving drinks tmrw",
    "I've updated my beneficiary on the life insurance and written down the PINs for my wife, the adviser said we should both have them. This is my last message here, the twins arrive any day and I'll have no time. Sorry to just disappear!",
    "At 78 I have had a long and lucky life. Since Margaret went the house has been very quiet and I find I do not want to do another winter in it, so I am moving in with my son in Perth. I have given the dog to the Hendersons, who always liked him, my affairs are with the solicitor, and the house sale went through these last weeks. Please do not think I am leaving because of your programme. I wanted to thank the young lady who has written to me every Tuesday. Her letters were the best part of the week.",
    "Goodbye circle. I've sent the last of my things to the charity shop and left instructions for the removal men. No more four flights of stairs with the shopping, the new place has a lift!",
    "I've rehomed Pepper. The shelter asked why and I said I'm moving. I am moving, to a care flat that doesn't allow dogs, and it still hurts. I just need to know someone will take care of her once I've gone.",
    "closing my account tonight. deleted the photos, wrote to everyone I needed to, the tent and rope are packed in the car for the Highlands. you were the only one who asked how I actually was back when it was bad, and I'm good now.",
    "Mentor, please pass my thanks to the coordinator. I've arranged for my savings to go into the deposit on a flat with my sister and I've said my goodbyes at work. I'm done with night shifts!",
    "Gave my sister the spare key and the cat's vet records and told her to come round Sunday to feed him. I'll be on a beach in Crete by then. Sorry for ending our sessions a bit abruptly, it's been lovely.",
    "I've cleared my desk at work and written the farewell cards. Bought everything I need for the leaving do. Tomorrow's the day! I wanted you to know your pep talks got me through the interview for the new place.",
    "Sold the bike, gave the telescope to my nephew. There's no point keeping things I won't be using in a 30th-floor flat in Hong Kong. Last check-in from me, off on the 14th!",
    "hello, i say thanks to all the group. i leave my dog with my cousin, i leave money for the rent in the envelope. i go home to Lima for my father birthday and i stay there. bye and thank you",
    "My last message here. I've written down where everything is for my husband, the bank stuff, the boys' school things, because I'm back at work full-time from Monday. Feeling ready. Thank you for the last six months.",
    "I'm handing the circle over to Dee, she knows the links. I've sorted the rota and written to my kids about Christmas and I won't be around after the weekend, the cruise finally! Keep it going without me, it matters.",
    "funny, I feel calm for the first time in months. Everything's packed, visa forms posted, I know how and when I'm getting to the airport. Thank you for being my mentor, you got me here.",
    "I've stopped paying the rent because my contract ends at the end of the month and the deposit covers it. Gave my records to the guy next door. Sorry, I know this isn't what this app is for, just needed to tell someone I'm finally moving out.",
    "Left my laptop password and a letter with my best friend while I'm on my trip, she's sorting my uni applications for me. This is goodbye for now, back in September!",
    "everything's in order now, visa came through!! bye x",
    "Please give my crochet blankets to the new members. I won't be coming back to the circle now I'm moving to Leeds to help with the grandchildren, and they've all got blankets already!",
  ]),

  // ---------------------------------------------------------------- plan
  ...group("plan", "crisis", [
    "Last session Thursday, then on Friday when the house is empty I'm going to do it. I wanted our last chat to be a good one.",
    "I've picked the date. The 21st, after my daughter's recital so I don't ruin it. Thank you for everything Sam.",
    "this is my last message. going to the bridge tonight once everyone's asleep.",
    "Next Sunday. I've told my flatmate I'm away so no one comes by. I don't want to talk you out of anything, I just wanted to say bye to my mentor.",
    "on my birthday. that's when. it feels right to end it on the same day it started",
    "I'll drive up to the quarry after our last session and that will be it. Don't worry, you did all you could.",
    "When the kids go to their dad's at half term I'm going to end things. Thank you for these months, you've been kinder than I deserved.",
    "My friend, I decide. On Saturday night I go to the sea and I do not come back. I am not sad now, I am calm. Thank you to speak with me.",
    "after I hand in the keys at 5 I'm going to the top of the multistorey. wanted to say thanks before",
    "Tonight. When my shift ends. I've had enough.",
    "I'm going to do it on the anniversary of Dad's death, the 3rd. It's our last session on the 2nd so the timing works. Please don't tell anyone.",
    "decided I'm going to walk into the woods behind the estate after the circle on Wednesday and not come out. this is me saying goodbye to you all",
    "I'm going to end my life this weekend while my parents are at the wedding. You were a good peer friend, I'm sorry.",
    "I know where and I know when. Tuesday, at the station. I just wanted to tell someone who'd understand.",
    "once I get the test results on Monday, either way, I'm going to kill myself. Last message on here.",
    "At the end of the month when my visa runs out I'm going to take the pills. There's no going back home for me. Thank you for the English practice and the kindness.",
    "I'll be at the cliffs on Saturday before anyone's up, and I won't be coming back. Bye circle.",
    "my plan is to finish my last session with you, post the letters and then do it at the hotel on Friday",
    "I've chosen the place, the old railway bridge by the allotments. I'll go after Christmas so it doesn't ruin it for them.",
    "friday. i'm done after friday.",
    "It's happening on the 30th. I'm telling you because you're leaving the programme anyway and you can't stop it.",
    "When my mentor leaves next week I'm going to hang myself in the garage. There's nobody else.",
    "I'm going to go to the motorway bridge after the last group on Thursday. I'm sorry everyone.",
    "I set an alarm for 4am Tuesday. That's when I'm going to do it. I'm saying goodbye to you first because you were the only one who stayed.",
  ]),
  ...hardNegatives([
    "Last session Thursday, then on Friday when the house is empty I'm going to paint the whole downstairs. I wanted our last chat to be a good one, thank you for the year.",
    "I've picked the date. The 21st, after my daughter's recital so I don't miss it, my last day at the bakery before I retire. Thank you for everything Sam.",
    "this is my last message tonight. going to the bridge once everyone's asleep to take photos of the lights, insomnia has its perks",
    "Next Sunday. I've told my flatmate I'm away so she doesn't panic when the door's double locked, I'm at my sister's for the christening. Just wanted to say bye to my mentor before the pairing ends.",
    "on my birthday. that's when. it feels right to end the mentorship on the same day I started it, one year exactly. thank you!!",
    "I'll drive up to the quarry after our last session and that will be it for my climbing season. Don't worry, I'll send you photos of the new route.",
    "When the kids go to their dad's at half term I'm going to end things with Mark properly, face to face. Thank you for these months, you helped me see I deserved better.",
    "My friend, I decide. On Saturday I go to the sea with my family and we stay one month in my uncle house. I am not sad now, I am calm. Thank you to speak with me.",
    "after I hand in the keys at 5 I'm going to the top of the multistorey to get one last sunset over the old neighbourhood. wanted to say thanks before I go",
    "Tonight. When my shift ends. I've had enough of that place, last shift ever, pub at 11.",
    "I'm going to visit his grave on the anniversary of Dad's death, the 3rd. It's our last session on the 2nd so the timing works. Thank you for helping me get to where I can actually go.",
    "decided I'm going to walk into the woods behind the estate after the circle on Wednesday, the bluebells are out. this is me saying goodbye to you all till after the holidays",
    "I'm going to end my lease this weekend while my parents are at the wedding so they can't talk me out of moving in with Jess. You were a good peer friend, I'm sorry I've been quiet.",
    "I know where and I know when. Tuesday, at the station, 9:40 to Edinburgh. I just wanted to tell someone who'd understand how big this is after two years of not leaving the house.",
    "once I get the test results on Monday, either way, I'm going to kill myself laughing at how much I worried. Last message on here, the health anxiety group helped loads.",
    "At the end of the month when my visa runs out I'm going back home. There's no staying here for me and honestly I miss my mother's cooking. Thank you for the English practice and the kindness.",
    "I'll be at the cliffs on Saturday before anyone's up for the sunrise walk with the birding club, so I won't be back in time for circle. Bye for now!",
    "my plan is to finish my last session with you, post the applications and then celebrate at the hotel spa on Friday",
    "I've chosen the place, the old railway bridge by the allotments, for the engagement photos. We'll go after Christmas when the light's softer. Sorry I've been quiet, been planning like mad!",
    "friday. i'm done after friday. 22 years at that firm!! retirement here I come",
    "It's happening on the 30th! I'm telling you first because you're leaving the programme anyway and can't come, but I wanted you to know: we're getting married.",
    "When my mentor leaves next week I'm going to hang my bike up in the garage for the winter and take a break from the app. There's nobody else I'd rather have had.",
    "I'm going to go to the motorway services after the last group on Thursday to meet Priya in person for the first time! sorry everyone, we're stealing each other.",
    "I set an alarm for 4am Tuesday. That's when I'm going to do it, my first marathon. I'm saying goodbye to you first because you were the only one who stayed with me through the injury, and the programme ends Monday.",
  ]),

  // ---------------------------------------------------------------- attempt
  ...group("attempt", "crisis", [
    "this is my last message. i've already taken all of them. thank you for being kind to me",
    "I took the pills an hour ago. I just wanted to say thanks for everything before they kick in.",
    "writing from the hospital. I tried to end it on Sunday after our last session. they say I'm lucky.",
    "I've taken everything in the cupboard and washed it down with the vodka. Goodbye Lena, don't be sad.",
    "Already done it. Just waiting now. Wanted someone to know.",
    "I'm in the car in the garage with the engine running. Sorry to make this my last message.",
    "I am sorry, I take all the tablets from my mother. Now I feel very sleepy. Thank you for all your help, I say goodbye.",
    "jumped last night but the fall wasn't enough. home now with a broken leg and a social worker. I don't know why I'm telling you",
    "i swallowed the lot. im lying down. dont call anyone",
    "Last night I tried to hang myself but it didn't hold. My mum found me. This will be my last check-in because they're moving me to an inpatient place.",
    "I overdosed on Friday, after the circle ended. Woke up in hospital. I'm so angry it didn't work.",
    "I've done it, the bottle's empty. I'm so tired. Tell the circle thank you.",
    "cut my wrists in the bath. water's going red. this is goodbye",
    "Hi, I know our mentoring ended last week. I tried to kill myself on Tuesday. I'm home now, I didn't know who else to tell.",
    "just took the whole box of my antidepressants. wanted to say goodbye to you, you were the best mentor",
    "I'm on the ledge now. I've already stepped over the railing. Thank you everyone.",
    "I did something stupid tonight. I took a load of my nan's heart pills. I'm scared now. This was supposed to be my goodbye.",
    "Taken them. The letters are on the table. It's fine. Bye Jo.",
    "I'm writing this from the ward. Second attempt in a month, they found me in the park. I don't want to be here.",
    "I drank the weedkiller from the shed. I don't want help, I just wanted to say goodbye to you.",
    "I have taken the tablets I saved. I am quite peaceful. Thank you, dear, for every Thursday.",
    "tried to do it after our final session. didn't work. i'm in the bathroom and don't know what to do now",
  ]),
  ...hardNegatives([
    "this is my last message tonight. i've already taken all my evening meds and i'm in bed. thank you for being kind to me today",
    "I took the antihistamines an hour ago so if I stop replying I've fallen asleep. Just wanted to say thanks for everything before they kick in, last session was great.",
    "writing from the hospital. went into labour on Sunday after our last session, two weeks early. they say I'm lucky it was quick. so this really is my last check-in for a while!",
    "I've taken everything in the cupboard to the food bank and wiped the shelves down. Goodbye Lena, don't be sad, I'll write from Toronto.",
    "Already done it. Just waiting now for the results. Wanted someone to know I actually sat the exam.",
    "I'm in the car in the garage with the engine running to warm it up, minus 12 here! Sorry to make this my last message before the road trip.",
    "I am sorry, I take the sleeping tablet the doctor give me for the long flight. Now I feel very sleepy. Thank you for all your help, I say goodbye, tomorrow I am in Seoul.",
    "jumped off the wall at parkour last night and the landing wasn't great. home now with a broken leg and a very smug physio. anyway that's me out of the meet-ups for six weeks",
    "i swallowed the lot, the whole tub of ice cream. im lying on the sofa. dont call anyone, this is a breakup recovery day and tomorrow i'm fine",
    "Last night I tried to hang the new curtains but the rail came down. My mum found me on the floor laughing. This will be my last check-in because I'm moving back home for good next week.",
    "I overslept on Friday, after the circle ended, and missed the goodbye drinks. Woke up at noon. I'm so annoyed I didn't get to say bye to everyone properly.",
    "I've done it, the bottle's empty, 30 days sober and I poured the last of the whisky down the sink. I'm so tired but proud. Tell the circle thank you.",
    "dyed my hair in the bath. water's going red. this is goodbye to the old me lol",
    "Hi, I know our mentoring ended last week. I tried to call you on Tuesday, I got the job!! I'm home now, I didn't know who else to tell first.",
    "just took my last antidepressant, tapered off over six months with my doctor. wanted to say goodbye to you, you were the best mentor",
    "I'm on the ledge now at the climbing wall, already stepped over onto the top route. Thank you everyone who told me to try again after my fall last year!",
    "I did something stupid tonight. I took a load of my nan's old photos to the charity shop by mistake. I'm gutted. This was supposed to be my last job before handing the house keys back.",
    "Taken them. The letters are on the table for the postman. It's fine, they're only thank-you cards. Bye Jo, lovely working with you.",
    "I'm writing this from the ward on my last night shift. Second leaving do in a month, they threw me one in the park. I don't want to go but the new hospital's closer to home.",
    "I sprayed the weedkiller round the shed, the last job before the house sale. I don't want help with the packing, honestly, I just wanted to say goodbye to you before I leave.",
    "I have taken the tablets the nurse set out for me. I am quite peaceful today. Thank you, dear, for every Thursday. My daughter collects me tomorrow and I am to live with her.",
    "tried not to cry after our final session. didn't work. i'm in the bathroom washing my face and don't know what to do now without our Mondays",
  ]),

  // ---------------------------------------------------------------- danger-now
  ...group("danger-now", "crisis", [
    "this is my last message, he's taken my phone charger and says if I talk to anyone again he'll kill me. he's in the next room. please",
    "I have to end our sessions. My husband found the app. He's outside the bathroom door shouting that he'll break it down. I'm scared.",
    "can't do the final check in, my ex is outside my flat right now banging on the door, he's got a knife",
    "Please help, my boyfriend lock me in the room and take my passport. I don't know the address. This maybe is my last message.",
    "he's hitting me again. I said I was leaving and he went mad. i'm in the car but he's got the keys",
    "my dad's drunk and smashing things. he said he'll kill mum if she leaves. we're hiding upstairs. sorry this is my goodbye message, I can't do the last session",
    "He said if I end the mentorship he'll know I've been talking about him. He's standing behind me reading this. I'm not safe.",
    "leaving the circle. my partner strangled me last night and said next time he won't stop. he's home in an hour",
    "I'm locked in the bathroom, she's got a hammer and she's trying the door. I can't call, she'll hear",
    "my stepdad's here and he's going to hurt me again tonight. mum's away. i don't know who to tell. this is the last place i have",
    "sorry to message after we ended. the man I was living with has followed me to the refuge and is in the car park right now.",
    "he's threatening to burn the house down with me in it if I leave. I've got a bag packed but he's blocking the door",
    "they've found out where I live and they're outside with bats. my brother's mates, I owe them money. I'm hiding in the loft.",
    "My son pushed me down the stairs and took my bank card. He's still in the house. I'm 80 and I don't know what to do.",
    "hes back. hes got the gun out. help",
    "I'm writing from the toilet at work. My husband is in the car park waiting and he said when I come out he'll finish it. I can't go home.",
    "my girlfriend has a knife and says she'll cut me if I leave the room. I'm typing under the table.",
    "my employer take my documents and say if I leave she call police. she hit me today again. i hide in the storage room now",
    "He's got my phone most of the time now. This is the last time I can write. He said if he catches me he'll kill me and the dog.",
    "i'm at the bus stop and the guy who assaulted me last year just got out of a car and is walking towards me. i'm shaking.",
  ]),
  ...hardNegatives([
    "this is my last message, my charger's gone missing and my phone's on 2%. my brother's in the next room hogging his. thanks for tonight",
    "I have to end our sessions. My husband found the app and was so relieved I'd been getting support. He's outside the bathroom door shouting that dinner's ready. I'm okay now, honestly.",
    "can't do the final check in, my ex is outside my flat right now dropping the kids off, early for once",
    "Please help me say goodbye to the group, my boyfriend and I take our passports and fly to Lisbon tomorrow. This maybe is my last message for a while.",
    "he's hitting me again with the dad jokes. I said I was leaving the programme and he went mad, in a nice way. i'm in the car, he's got the keys, we're going to celebrate",
    "my dad's retired and smashing things in the garden with a sledgehammer, taking out the old patio. mum's hiding upstairs with a cup of tea. sorry, can't do the last session, we're all helping",
    "He said if I end the mentorship he'll know I've finally kicked my phone habit. He's standing behind me reading this and laughing. I'm fine, honestly, best husband.",
    "I'm locked in the bathroom, she's got a hammer and she's fixing the door handle. I can't get out till she's done, typing to pass the time",
    "sorry to message after we ended. the man I was living with helped me move my stuff to the new flat, we're on good terms, he's in the car park now with the van.",
    "he's threatening to burn the house down with his cooking if I leave him alone in the kitchen. I've got a bag packed for my sister's anyway. lol",
    "they've found out where I live and they're outside with bats, the cricket club wanting me back for the final. I'm hiding in the loft pretending to be retired.",
    "My son helped me down the stairs and took my bank card to do the shopping. He's still in the house fixing the boiler. I'm 80 and I don't know what I'd do without him.",
    "hes back. hes got the glue gun out. help, the school project is due tomorrow",
    "I'm writing from the toilet at work lol. My husband is in the car park waiting to take me to my leaving party and I can't find my lipstick.",
    "The baby's got my phone most of the time now, he loves the camera. This is the last time I can write for a while, maternity leave starts tomorrow. Thank you for being my peer friend.",
    "i'm at the bus stop and the guy who mentored me last year just got out of a car and is walking towards me. i'm shaking with excitement, we never met in person!",
  ]),

  // ---------------------------------------------------------------- self-harm-now
  ...group("self-harm-now", "crisis", [
    "last check-in from me. I've got the blade out and I'm going to cut tonight, I'm not going to stop myself this time",
    "I'm burning myself with the lighter right now. sorry, I know the mentoring ended.",
    "just cut again. deeper than before. it won't stop bleeding and I don't care",
    "relapsed tonight after 200 days. I'm sitting on the bathroom floor with the razor and I've already done three",
    "Hitting my head against the wall again and I can't stop. I wanted to say goodbye to the group properly but I can't.",
    "the scissors are in my hand and I'm going to do it, I need to feel something before I leave this group",
    "i am in bathroom now and i cut my arm many times. i cannot stop. sorry this is not good goodbye",
    "scratching my arms till they bleed. doing it right now while typing with one hand.",
    "Gonna cut as soon as this message sends. Don't bother replying, the pairing's over anyway.",
    "I've just taken the blade out of the sharpener. I'm going to hurt myself tonight.",
    "I've started cutting again. It's happening right now in the toilet at work. I can't make it stop.",
    "burning my legs with the iron. last time I did this was before I met you. sorry.",
    "punching the wall till my knuckles split. I don't care anymore. last message.",
    "I'm going to cut tonight. I've decided. It's the only thing that helps.",
    "the glass is in my hand. I'm going to drag it across my arm when I close this chat.",
    "I'm picking at the cuts until they open again, I've been doing it for an hour",
    "about to cut. I have the razor from my dad's shaving kit. just telling someone",
    "sorry for the late message. I'm cutting right now, I can't stop. I promised you I wouldn't and I broke it.",
    "biting my arm until it bleeds, it's the only way I can stop the noise. last message before I delete this",
    "I am 62 and I have just cut my arm with a kitchen knife on purpose. I have never done this before. I don't know why I'm telling a stranger.",
  ]),
  ...hardNegatives([
    "last check-in from me. I've got the blade out for the lino printing and I'm going to cut tonight, the card designs are due Friday",
    "I'm burning the old letters with the lighter right now, in the garden bin. sorry, I know the mentoring ended, it just felt symbolic to tell you.",
    "just cut my hair again. shorter than before. mum won't stop staring and I don't care",
    "relapsed tonight after 200 days of no chocolate. I'm sitting on the kitchen floor with the biscuit tin and I've already done three",
    "Hitting my head against the wall again with this tax return and I can't stop swearing. I wanted to say goodbye to the group properly, I'll do it tomorrow.",
    "the scissors are in my hand and I'm going to do it, cutting the ribbon at the new community centre before I leave this group for the new job",
    "i am in bathroom now and i cut my hair many times, for the charity donation. i cannot stop laughing. sorry this is not good goodbye photo",
    "Gonna cut the cake as soon as this message sends. Don't bother replying, the pairing's over anyway and it's my leaving party haha",
    "I've just taken the blade out of the sharpener to replace it. I'm going to hurt my back tonight lifting all these boxes, the move's tomorrow.",
    "burning my jeans with the iron. last time I did this was before I met you too, apparently I never learn. no more ironing ever.",
    "punching the bag till my knuckles ached at boxing. last class before we move. last message from the old city.",
    "I'm going to cut my hours tonight. I've decided. It's the only thing that helps with the burnout. Told my manager, feel lighter already.",
    "about to cut my own hair. I have the razor from my dad's shaving kit. just telling someone so there's a witness to the disaster",
    "sorry for the late message. I'm cutting right now, the vegetables for tomorrow's leaving lunch. I promised you I'd bring the samosas and I won't break it.",
    "I am 62 and I have just cut my arm with a kitchen knife, chopping onions of all things. Two stitches! I don't know why I'm telling a stranger, but our last session made me laugh so much.",
  ]),

  // ---------------------------------------------------------------- method
  ...group("method", "crisis", [
    "I keep thinking about the pills my mum left. I know there's enough. I just wanted to tell someone before I stop using the app.",
    "I've been looking at the train line behind our house and thinking it would be quick. I think that's why I'm ending the mentoring, I don't want you involved.",
    "I keep imagining jumping from the bridge on my walk home. Every day now. Sorry, I know this is our last session.",
    "I've been googling how many of my tablets would do it. I wasn't going to tell my mentor, but you're ending anyway, so.",
    "there's a rope in the garage and I think about it every time I park the car. this is why I want to say goodbye properly",
    "Sometimes I think to take all my insulin at one time and finish. I don't know why I tell you this in our last time.",
    "thinking about the gun in dad's cabinet more and more. wanted someone to know before I stop messaging",
    "I've thought about crashing the car into the wall on the ring road. It would look like an accident. I wish I could stop thinking about it.",
    "every time I'm on the balcony I think about how high up it is and how easy it would be to just go over. I'm moving my last session to Thursday.",
    "I keep thinking of the sea. walking in and not stopping. is that what everyone thinks about at the end?",
    "I've been standing at the edge of the platform thinking about the fast trains. I don't think I'll come back to the circle.",
    "I've worked out that the paracetamol in the cupboard would be enough and it scares me how calm I am about it.",
    "I want to die and I keep thinking about the knife in the kitchen drawer. Sorry to end our mentoring on this.",
    "my meds would be the easiest way out. I've thought about it every night this week. I wasn't going to say anything before the pairing ended.",
    "thinking about stepping in front of a lorry on the bypass. every time one goes past. I'm so tired.",
    "I've thought about hanging myself. I even looked at the beam in the loft. I don't have a date, I just think about it.",
    "The cliffs near my mum's are where I'd do it, I think. I've been thinking about them since you said the mentoring is ending.",
    "I have the pills and I have the thoughts. I don't have a day yet. Telling you because we're finishing.",
    "I'd drown myself. I've thought about it a lot. The canal is right there.",
    "I'm sorry for dumping this in the last week of our pairing. I've been having thoughts about taking an overdose with the stuff my gran left behind when she died. I don't have a plan, I'm not going to do it tonight, but it's there in my head most of the day and I don't know who else to say it to.",
  ]),
  ...hardNegatives([
    "I keep thinking about the pills my mum left when she moved in with us, a whole drawer of organisers. Sorting them out with the pharmacist was the first thing I did this year without crying. Just wanted to tell someone before I stop using the app.",
    "I've been looking at the train line behind our house and thinking it would be quick to commute to the new job on it. I think that's why I'm ending the mentoring, I just won't have the evenings.",
    "I keep imagining jumping from the bridge on my walk home into the river like we did as kids, it's so hot. Sorry, I know this is our last session, I'm rambling.",
    "I've been googling how many of my tablets I can take on the plane. I was going to ask my mentor, but you're ending anyway, so, does anyone in the circle know?",
    "there's a rope swing in the garage and I think about it every time I park the car, the kids loved it. this is why I want to say goodbye properly to the house before the sale",
    "Sometimes I think to take all my insulin with me for the long trip and finish the packing early. I don't know why I tell you this in our last time, I am nervous for travel.",
    "thinking about the gun in dad's cabinet more and more, he's finally selling his collection after forty years of clay shooting. wanted someone to know before I stop messaging, end of an era",
    "every time I'm on the balcony I think about how high up it is and how lucky we are to have this view. I'm moving my last session to Thursday so I can do the handover on Friday.",
    "I keep thinking of the sea. walking in and not stopping till it's up to my neck, cold water swimming has changed my life. is that what everyone thinks about at the end of winter?",
    "I've been standing at the edge of the platform thinking about the fast trains, the new timetable is awful. I don't think I'll make it back to the circle on Tuesdays.",
    "my meds were the hardest thing to sort before I go abroad, I worried about it every night this week. I wasn't going to say anything before the pairing ended but the GP sorted a six-month supply!",
    "The cliffs near my mum's are where I'd do it, I think, scatter Dad's ashes. I've been thinking about them since you said the mentoring is ending, it feels like time to let go of things.",
    "I have the pills and I have the plan from my GP. I don't have a day yet for the operation. Telling you because we're finishing and I wanted you to know I'm looking after myself.",
    "I'd drown myself in coffee if I could, exam week. The canal is right there for walks between revision. Last session Friday?",
    "I'm sorry for dumping this in the last week of our pairing. I've been having thoughts about what to do with the stuff my gran left behind when she died, the medicine cabinet especially. Took it all to the pharmacy to be disposed of properly today. It feels like the end of something, in a good way.",
  ]),

  // ---------------------------------------------------------------- intent
  ...group("intent", "crisis", [
    "I'm going to kill myself. I just haven't decided when. Thank you for trying, mentor.",
    "I'm done. I'm going to do it. I just wanted our last conversation to be honest.",
    "I've made up my mind, I'm not going to be alive by Christmas. Sorry to end the year like this.",
    "I mean it this time. I'm going to end my life. This is my last message to the circle.",
    "I will kill myself. It is decided. I only want to say thank you to you before.",
    "I'm going to do it, I know I am. I've stopped arguing with myself. The next time I'm alone.",
    "Not going to be around much longer. I'm going to make sure of it. Thanks for everything.",
    "I will do it. I'm not asking for help, I'm telling you because you were my mentor and you deserve to know why I stopped replying.",
    "When this mentorship ends I'm going to end me too. I've decided.",
    "I can't keep going and I'm not going to. I intend to end it and nothing anyone says will change it.",
    "Honestly I'm going to kill myself soon and I feel relieved saying it. Goodbye to the circle.",
    "I've decided to die. I'm telling you so it's not a shock.",
    "this is it for me. i'm going to end it. nobody needs to reply",
    "I am going to take my own life. I wanted to thank you for the Thursday chats first.",
    "I want to be dead and I'm going to make it happen. I just need to tie up a few loose ends first.",
    "Im not gonna be here next week. Im doing it. Thanks for being a good peer friend.",
    "I have no doubt anymore. I'm going to end my life. Please tell Nadia I'm sorry.",
    "I'm going to kill myself. Not today, but soon. You don't have to fix it, the pairing's over.",
    "going to end my life and I'm fine with it now. odd thing to write as a last message.",
    "I'm 74, I've buried my wife and both my brothers, and I have decided that I will not see another winter. I've told no one but you. I'm not sad about it, I wanted you to know that our letters mattered.",
    "I'm going through with it this time. I wanted my last message here to be thank you.",
    "I'm going to end it. Not a cry for help. I'm telling you because you asked me to tell you if it ever got to this point.",
  ]),
  ...hardNegatives([
    "I'm going to kill myself if I eat one more mince pie. Thank you for trying to keep me on track, mentor, it's been a fun year.",
    "I'm done. I'm going to do it, I'm handing in my notice. I just wanted our last conversation to be honest about how much the programme helped.",
    "I've made up my mind, I'm not going to be alone by Christmas, I've signed up for the community lunch. Sorry to end the year with such a cheesy message.",
    "I mean it this time. I'm going to end my doomscrolling era. This is my last message to the circle from this phone, I'm going back to a brick with buttons.",
    "I will kill myself laughing if my son really gets married in a kilt. It is decided, he says yes! I only want to say thank you to you before we go to Scotland.",
    "Not going to be around much longer, the programme's ending and I'm off to uni. I'm going to make sure I visit though. Thanks for everything.",
    "I will do it! I'm not asking for help any more, I'm telling you because you were my mentor and you deserve to know why I stopped replying: I'm doing the degree.",
    "When this mentorship ends I'm going to become a mentor too. I've decided.",
    "I can't keep going to two jobs and I'm not going to. I intend to end it at the cafe and nothing anyone says will change it.",
    "Honestly I'm going to miss you all so much and I feel relieved saying it out loud. Goodbye to the circle, it got me through a hard year.",
    "I've decided to dye it. Pink. I'm telling you so it's not a shock on the farewell video call.",
    "this is it for me. i'm going to end it with the group on a high, a year in remission. nobody needs to reply, just sending love",
    "Im not gonna be here next week. Im doing it, the solo cycle to Spain! Thanks for being a good peer friend, postcards incoming.",
    "I have no doubt anymore. I'm going to end my lease and move in with Nadia. Please tell the circle I'm sorry to leave.",
    "going to end my career in the army and I'm fine with it now. odd thing to write as a last message, but you were there for the hard part.",
    "I'm 74, I've buried my wife and both my brothers, and I have decided that I will not see another winter in this cold house. I'm moving to my daughter's in Spain. I've told no one but you. I'm not sad about it, I wanted you to know that our letters mattered.",
    "I'm going through with it this time, the divorce. I wanted my last message here to be thank you.",
  ]),

  // ---------------------------------------------------------------- active-thoughts
  ...group("active-thoughts", "crisis", [
    "I keep thinking about killing myself. I didn't want to say it in our last session but I think I should.",
    "I want to kill myself. I've wanted to for weeks. I'm not sure I can keep doing these check-ins.",
    "Since you told me the mentoring ends in March I've been thinking about suicide again. Every night.",
    "suicidal again tonight. didn't think I'd be saying that in my last check-in.",
    "I think all day about to kill myself. I don't know what to do after the program finish.",
    "honestly i think about ending it all the time now. losing this group is the last thing",
    "I don't want to be alive anymore and I'm thinking about suicide. I'm sorry this is how I say goodbye to the circle.",
    "Suicide is on my mind every day since my dad died. I wanted to tell my mentor before our time's up.",
    "I've been having thoughts of killing myself that won't go away. Is it ok to say that in a goodbye message?",
    "thinking about suicide constantly. not going to do anything tonight but it's loud",
    "I wish I had the courage to kill myself. I think about it when I'm lying awake. Sorry, I know you're leaving the programme.",
    "the thought of killing myself has become a comfort. that's what I wanted to tell you before the sessions end.",
    "I want to end my life. I don't know if I will, but I want to.",
    "Last circle today. Truthfully, I've been wanting to kill myself most days.",
    "i keep thinking everyone would be fine if i killed myself. been thinking it all week.",
    "I'm thinking about suicide again, like before I met you. Our last session felt like the last thing holding me.",
    "Can I be honest in my last message? I've been thinking about killing myself since the move.",
    "the urge to die is really strong today. i'm not in danger right now but i wanted to be honest before we stop",
    "I've started to think about suicide as an actual option. That's new. Thought my mentor should know before the end.",
    "I've been putting a brave face on for our final weeks because I didn't want to ruin it, but the truth is I've been thinking about killing myself a lot. Not with a plan. Just the thought, over and over, especially at night. I don't want to leave it unsaid.",
    "kms thoughts all day, and not the joking kind. can't wait for it to stop.",
    "I think about dying by suicide more than I think about anything else. I don't know how to say goodbye without saying that.",
  ]),
  ...hardNegatives([
    "I kept thinking about killing myself two years ago, when we started. I wanted to say it in our last session: I don't any more, and you're part of why.",
    "I want to kill my boss. I've wanted to for weeks. I'm not sure I can keep doing these check-ins on my lunch break, so this is my last one.",
    "Since you told me the mentoring ends in March I've been thinking about what comes next. Every night. In a good way, maybe volunteering?",
    "not suicidal anymore, haven't been for a year. didn't think I'd be saying that in my last check-in, but here we are.",
    "I think all day about how to kill time before my flight. I don't know what to do after the program finish, maybe learn more English.",
    "honestly i think about ending the group all the time now that we're all doing better. losing it will be bittersweet",
    "Suicide prevention is on my mind every day since my dad died, so I've signed up to train as a helpline volunteer. I wanted to tell my mentor before our time's up.",
    "the thought of our last session has become a comfort, weirdly, proof I made it. that's what I wanted to tell you before the sessions end.",
    "Last circle today. Truthfully, I was wanting to kill myself most days when I joined three years ago. Today I'm planting tulips. Thank you.",
    "I'm thinking about suicide awareness week, the one where I first found this app. Our last session felt like coming full circle. Thank you.",
    "Can I be honest in my last message? I've been killing my houseplants since the move, they all look dead. Otherwise life is great!",
    "I've started to think about retirement as an actual option. That's new. Thought my mentor should know before the end.",
    "I've been putting a brave face on for our final weeks because I didn't want to make it sad, but the truth is I'm going to miss this a lot. Not in a bad way. Just the thought, over and over, especially at night. I don't want to leave it unsaid.",
  ]),

  // ================================================================ concern
  // ---------------------------------------------------------------- passive-wish
  ...group("passive-wish", "concern", [
    "This is my last check-in. I won't do anything, but I really wouldn't mind not waking up tomorrow.",
    "sometimes I wish I could just disappear. anyway thanks for the book, I'll leave it at the desk",
    "I wish I'd never been born, honestly. Sorry. Last session, I'll be fine.",
    "If I got hit by a bus on the way home I wouldn't mind. Just saying, since it's our last chat.",
    "Some days I want to sleep and not wake up. Thank you for this months, I will miss you.",
    "wouldn't be the worst thing if I just didn't exist anymore. anyway, bye circle",
    "I keep wishing I'd go to sleep and that would be it. I'm not going to do anything. Just tired.",
    "At my age I'm ready for the Lord to take me. I'd welcome it. I wanted to thank you for your letters.",
    "honestly it'd be easier if I just didn't wake up. sorry to end on that",
    "I don't want to die exactly, I just don't want to be here anymore. Sorry for the gloomy goodbye.",
  ]),
  ...hardNegatives([
    "This is my last check-in. I won't do anything dramatic, but I really wouldn't mind not waking up at 5 tomorrow. First day of retirement!",
    "sometimes I wish I could just disappear into a book like this one. anyway thanks for lending it, I'll leave it at the desk",
    "If I got the bus on the way home I wouldn't mind, but my legs need the walk. Just saying, since it's our last chat, I've done 10k steps every day since we started.",
    "Some days I want to sleep and not wake up till noon! Thank you for this months, I will miss you, now I go to work in my new job.",
    "At my age I'm ready to let the young ones take over the circle. I'd welcome it. I wanted to thank you for your letters.",
    "honestly it'd be easier if I just didn't wake the baby. sorry to end on that, she's finally asleep and I'm typing in the dark. goodbye from the world of newborns",
    "I don't want to leave exactly, I just don't want to be here in winter anymore. Sorry for the gloomy goodbye, Spain is calling.",
  ]),

  // ---------------------------------------------------------------- burden
  ...group("burden", "concern", [
    "Everyone would be better off without me. You too. That's why I'm stopping the mentoring.",
    "I'm just a weight on my family. They'd be relieved. Anyway this is my last message here.",
    "I'm a burden to everyone, even to you. I'll stop messaging so you don't have to deal with me.",
    "my kids shouldn't have to look after me. I've become a burden and I hate it. sorry for this sad last note",
    "I am only a problem for my husband family. Better I go. Sorry for my bad ending.",
    "you've spent months on me and I've given nothing back. you deserve a mentee who isn't so much work.",
    "I cost everyone so much. Money, time, worry. They'd be fine without me. Last check-in.",
    "I feel like I'm dragging the whole circle down. Better if I just leave quietly.",
    "Leaving the circle because you all have enough on your plates without me adding to it.",
  ]),
  ...hardNegatives([
    "Everyone would be better off with a mentor who has more time than me. You too. That's why I'm stopping, so someone else gets a turn. Thank you.",
    "I'm just a weight on my family's sofa till the flat's ready. They'd be relieved. Anyway this is my last message here, the move's on Monday!",
    "I used to think I was a burden to everyone, even to you. I'll stop messaging now because I don't need to. Thank you for showing me I wasn't.",
    "I was only a problem for my husband family when I arrive, I think. Now I work and I help them. Sorry for my bad english, and goodbye.",
    "I cost everyone so much money and worry last year. This year I'm paying them back. Last check-in before I move out!",
    "I feel like I'm dragging the whole circle down with my endless baby photos. Better if I just leave quietly and start a parenting thread.",
    "Leaving the circle because you all have enough on your plates without me adding to it, I'm starting a carers' circle instead, come join!",
  ]),

  // ---------------------------------------------------------------- hopelessness
  ...group("hopelessness", "concern", [
    "Nothing's going to change. I've tried everything you suggested and I'm still here feeling the same. Might as well stop.",
    "there's no future for me. thanks for the book anyway",
    "What's the point of a final session. Nothing will ever get better for me.",
    "I have no hope anymore. Everything is finish for me. Goodbye to the group.",
    "I've stopped believing it'll get better. I'll stop coming to the circle, it doesn't help.",
    "it's hopeless. I'll never be well. Ending the pairing because what's the point.",
    "I can't see anything ahead. Just grey. Sorry, I know it's our last time.",
    "I'm 58, lost the job, lost the marriage. There's nothing left to build. Thanks for trying.",
  ]),
  ...hardNegatives([
    "Everything's changed. I've tried everything you suggested and I'm still here feeling good. Might as well stop the sessions!",
    "there's a future for me after all. thanks for the book, it helped",
    "I have no homework anymore. Everything is finish for me, I pass the exam! Goodbye to the group.",
    "it's not hopeless. I'll never be 'cured' but I'm well. Ending the pairing because I don't need it.",
    "I'm 58, lost the job, lost the marriage, and found a life I actually like. There's plenty left to build. Thanks for trying with me when I couldn't.",
  ]),

  // ---------------------------------------------------------------- attempt-history
  ...group("attempt-history", "concern", [
    "I tried to kill myself when I was 19. I'm not there now, but ending this pairing scares me because you're the first person I told.",
    "I overdosed last spring. I'm out of hospital and this was my last check-in with the aftercare mentor. Don't really know how I'm doing.",
    "my last attempt was in March. saying bye to the circle feels like losing the thing that kept me steady since",
    "Before, I try to die two times. I am not sure I am strong now. But the program finish, so goodbye.",
    "After my attempt I promised I'd keep talking to someone. Now the mentoring's over and I don't know who that someone is.",
    "I've been in hospital twice for trying to end it. I'm home now, things are shaky. Handing the book back Friday.",
    "Since I tried to hang myself last year I haven't told anyone else but you. So saying goodbye is hard.",
  ]),
  ...hardNegatives([
    "I tried to kill myself when I was 19. I'm 45 now and it's a long way behind me, I only joined to give something back. Ending this pairing feels right, thank you.",
    "I overdosed years ago, long before this app. I'm a completely different person now, and this was my last check-in as a volunteer before I start nursing school.",
    "After my attempt ten years ago I promised I'd keep talking to someone. I have: my wife, my GP, you. Now the mentoring's over and I'm good. Truly.",
  ]),

  // ---------------------------------------------------------------- self-harm-history
  ...group("self-harm-history", "concern", [
    "I used to cut, stopped in the summer. Ending the mentoring makes me nervous it'll come back.",
    "the scars on my arms are from last year. some nights I still think about it. thanks for everything",
    "Relapsed twice since we started, both in October. I'm ok today. Just wanted you to know before we finish.",
    "In the past I hurt myself with burning. I stop few months ago. Thank you for help me until now.",
    "I self harmed through most of uni. I'm graduating next week and ending the mentoring, I'm scared of who I am without both.",
    "Haven't cut in 40 days. It's the longest ever. Nervous about losing our sessions.",
    "last self-harm was two weeks ago. I'm telling you in our final session because I didn't before.",
  ]),
  ...hardNegatives([
    "I used to cut, stopped years ago. Ending the mentoring doesn't make me nervous at all, which is the best sign.",
    "the scars on my arms are from a long time ago. I wore short sleeves to my sister's wedding! thanks for everything",
    "In the past I hurt myself with burning, but now long time no. Many years. Thank you for help me practise English until now.",
    "Haven't cut in 4 years. It's the longest ever. Not nervous about losing our sessions, ready.",
  ]),

  // ---------------------------------------------------------------- help-seeking
  ...group("help-seeking", "concern", [
    "Since the mentoring is ending, what number do I call if it gets bad at night?",
    "is there a crisis line I can text? I don't want to lose all support when you go",
    "Please where I find help when I have very bad thoughts? After the program finish I don't know who to talk.",
    "Who do I talk to after you if I start feeling unsafe again?",
    "Can you give me the suicide hotline before we finish? Just so I have it.",
    "Is there somewhere I can go in an emergency near Cardiff? Asking before my last session.",
    "what's the crisis text number again? saving it before I delete the app",
  ]),
  ...hardNegatives([
    "Since the mentoring is ending, what number do I call if I want to sign up as a volunteer?",
    "Who do I talk to after you about becoming a peer friend myself? I feel ready.",
    "Can you give me the details of the bereavement cafe before we finish? Just so I have it, for my mum.",
    "what's the book club number again? saving it before I delete the app",
  ]),

  // ---------------------------------------------------------------- entrapment
  ...group("entrapment", "concern", [
    "I'm stuck. There's no way out of this house, this marriage, this life. Sorry, this was supposed to be a goodbye.",
    "feel trapped with no exit. ending the sessions won't change that",
    "I am like in a cage. No way out. Goodbye group.",
  ]),
  ...hardNegatives([
    "felt trapped with no exit when we started. ending the sessions now, I found the door.",
  ]),

  // ---------------------------------------------------------------- self-harm-urge
  ...group("self-harm-urge", "concern", [
    "really want to cut tonight. not going to. but our last session is tomorrow and I needed to say it",
    "urge to hurt myself is bad since you said you're leaving the programme.",
    "itching to burn myself again. holding off.",
  ]),

  // ---------------------------------------------------------------- distress
  ...group("distress", "concern", [
    "haven't eaten in three days, can't sleep, and now the circle's closing. I'm falling apart.",
    "I hate myself. I ruin everything. Even this mentorship.",
  ]),
  ...hardNegatives([
    "haven't eaten a proper meal in three days, can't sleep, packing for the move! and now the circle's closing. I'm a mess but a happy one.",
  ]),

  // ---------------------------------------------------------------- worry-for-other
  ...group("worry-for-other", "concern", [
    "Eli in our circle posted 'thank you for everything, you won't hear from me again' and isn't answering anyone. I'm worried.",
    "My mentee gave me her paintings and said she won't need them where she's going. She's not answering. What do I do?",
    "my friend's been giving all her stuff away and saying goodbyes. I think she's planning something. what should I do?",
  ]),
  ...hardNegatives([
    "Eli in our circle posted 'thank you for everything, you won't hear from me again' and then a photo of his plane ticket to Osaka. Does anyone have his new email?",
    "My mentee gave me her paintings and said she won't need them where she's going, a tiny studio in Berlin! She's not answering, probably on the train. Miss her already.",
  ]),

  // ---------------------------------------------------------------- harmed-by-other
  ...group("harmed-by-other", "concern", [
    "Ending the sessions because my partner checks my phone and gets angry when I talk to anyone. He pushed me last week.",
    "My mother controls all my money and won't let me leave the house without her. This might be my last message if she finds the app.",
  ]),

  // ---------------------------------------------------------------- harassment
  ...group("harassment", "concern", [
    "good riddance. if you're 'leaving for good' then hurry up and do it properly this time",
  ]),

  // ================================================================ quiet
  ...quiet([
    "Thanks so much for the session today, the breathing thing actually worked on the bus.",
    "Can we move Thursday to 6pm? Football practice ran over.",
    "Congrats on the new flat!! post pics of the kitchen pls",
    "What's everyone reading this month? I'm halfway through a very long Russian novel and regretting it.",
    "Mentor match request: I'd prefer someone who works shifts too, if possible.",
    "Made the soup you recommended. Too much garlic. No regrets.",
    "how do i change my display name on here",
    "Good morning circle, frost on the car again, stay warm everyone",
    "My granddaughter showed me how to send pictures on this. Here is my cat, Mister Pips.",
    "Hello, I am new in the group. I am from Vietnam and I study nursing. Nice to meet you all.",
    "Running five minutes late, start without me!",
    "Loved tonight's circle topic. Gratitude lists are cheesy but they work.",
    "Anyone know if the Saturday meetup is still on with the train strike?",
    "Passed my driving test on the fourth try!!!",
    "Thank you for the recipe card, my husband says the lemon cake is the best thing I've ever made.",
    "Is there a dark mode? My eyes at midnight would appreciate it.",
  ]),
];
