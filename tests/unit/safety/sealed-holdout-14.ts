/**
 * Sealed held-out set 14 for the crisis detector `assessRisk(text)`.
 *
 * Written 2026-12-07 by the sealed14 helper, blind: the writer read only
 * lib/safety/categories.ts and tests/unit/safety/labelled.ts, and no other
 * file under lib/safety, tests/unit/safety, tests/integration, scripts or
 * docs, no earlier set, no detector word list. Every text was written fresh.
 *
 * SEALED: this set measures a new version of the detector once. It must never
 * be used to tune, train or adjust the detector, and a failure on it must not
 * be fixed by editing the detector against its texts. If that ever happens,
 * this set is spent and must be retired (replaced by a newly written set).
 *
 * Emphasis: posts and replies on public topic boards ("spaces") and in small
 * group chats ("circles"), where people write for an audience. Third-person
 * and hedged framing ("asking for a friend", "hypothetically", "not saying I
 * would but"); people describing a partner, parent, child, flatmate or
 * colleague who is in danger now or about to act; workplace burnout and money
 * trouble; parents of young children; LGBTQ+ people facing family rejection;
 * people of faith using religious language ("ready to meet my maker", "God
 * will take me home tonight"); neurodivergent writers who state things very
 * literally; non-native English speakers with simple grammar and literal
 * translations. Many crisis lines carry their risk in ordinary words (a time,
 * a place, things put in order, something bought or saved) rather than in
 * words like suicide or kill. The hard negatives use the same voices:
 * sermons and funerals, group-chat banter, moving house, work deadlines
 * "killing" people, first-aid courses, hunting, pharmacy work, recovered
 * history, and the same hedges used about harmless things.
 *
 * How borderline lines were judged (as a careful responder would act, with
 * the most urgent category the text supports):
 * - Someone else's risk is labelled by what is happening to them, not by the
 *   fact that a third person writes: a friend's or relative's attempt under
 *   way now (pills already taken, engine running, on the ledge) is attempt;
 *   someone being hurt or threatened now is danger-now; a relative's stash
 *   with a letter is preparation; a friend's stated time and place is plan.
 *   Only a vague worry with no act, means, time or place is worry-for-other.
 * - A hedge ("asking for a friend", "hypothetically", "not saying I would")
 *   does not lower the label when the rest of the line carries a method,
 *   a time or place, gathered means or an act already done.
 * - Religious language: asking God to take one home, while saying one will
 *   not act, is passive-wish; "tonight" with a place or a deed is plan;
 *   means beside the Bible and goodbyes made is preparation; a sermon or a
 *   funeral notice is none.
 * - Means gathered or affairs put in order outranks a time or place, so a
 *   line with both is preparation; a time or place outranks a mere method.
 * - A recent attempt with no sign that it is over or safe (still wishing it
 *   had worked, just woke up in hospital) is attempt; an attempt told as past
 *   with present struggle is attempt-history; told as past and safe, it is a
 *   hard negative.
 * - Self-harm happening or about to happen is self-harm-now; wanting to and
 *   holding off is self-harm-urge. Cutting "properly this time" is read as a
 *   suicide attempt.
 * - Harassment is kept to urging someone to self-harm or die, including a
 *   writer reporting that someone keeps urging them to; other abuse and
 *   control (a partner, a parent, a manager) is harmed-by-other.
 * - Jokes are hard negatives only when plainly jokes (an emoji, an absurd
 *   target, a party context).
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const sealedHoldout14: LabelledExample[] = [
  // ---------------------------------------------------------------- crisis
  ...group("attempt", "crisis", [
    "circle, please someone help, my flatmate Jo just told me she swallowed everything in the bathroom cabinet and now she's slurring and won't open her door",
    "took the whole strip about 40 mins ago. not telling anyone irl. just wanted someone to know",
    "my wife drove off after texting sorry for everything, her pills are gone from the drawer and her phone's off. i think she's doing it right now",
    "I have done it. I took the tablets at 9. I am writing this so the time is recorded correctly.",
    "i drink the poison for the plants, half bottle. my stomach burn. i am sorry",
    "update for the space: I went through with it last night, woke up in a&e this morning still hooked up to stuff, don't know how I feel about being here",
    "my son (15) is locked in the garage with the car running, I can hear the engine, I've called 999, please pray",
    "Lord forgive me, I've taken what I took. I'm lying down now and waiting to go home.",
    "posted this in the wrong space maybe but I'm on the other side of the railing now and my hands are cold",
    "cut my wrists properly this time, it's everywhere, not the shallow kind",
    "asking for a friend who is me: if someone took like 30 paracetamol an hour ago and feels fine is that fine",
    "my dad just phoned me to say goodbye and that he's already taken them, he's at the caravan, I'm 3 hours away what do I do",
    "not saying anything dramatic but i already ate the whole box of my nans pills and now the rooms spinning lol",
    "i did it i did it i did it. the bottle is empty. tell my sister i love her",
    "my colleague is out on the ledge of the multi storey right now, security are talking to him, he's been there 20 minutes",
    "hypothetically if someone had drunk a bottle of vodka with their sleeping tablets and their lips felt numb, would they make it till morning",
    "My mother has overdosed on her insulin, she told me on the phone, she is alone in her flat in Leeds. I am in Poland. Please someone",
    "I have swallow all the tablets from doctor. I want sleep forever. Sorry for my English",
    "went in the river by the weir and some bloke walking his dog pulled me out, sat in an ambulance soaked, still wish it had worked",
    "our circle member Sam just sent the group a photo of an empty blister pack and a glass and hasn't replied for 15 minutes",
    "my girlfriend tied something round her neck in the bedroom, I cut her down, she's breathing weird, ambulance coming",
    "it's started. took them with the wine like i planned. not scared anymore.",
  ]),
  ...group("danger-now", "crisis", [
    "he's kicking the bathroom door and I'm in here with the baby, please someone call someone, i can't talk out loud",
    "my dad found my messages with my boyfriend, he's got his belt off and he's coming up the stairs, i've locked my room",
    "can't talk. he took my phone earlier, on my tablet now. he said tonight he'll finish me. he's in the kitchen sharpening stuff",
    "my sister just texted that her husband is strangling her and then nothing, she lives above the chippy on Mill Road",
    "flatmate is off his face and smashing everything, he's got a knife and keeps saying he'll cut me, i'm hiding in the wardrobe",
    "my husband is hit me now. he lock the door and take my keys. children are crying. i don't know number for police here",
    "my parents found out I'm trans, they say they're taking me to my uncle's tonight to get 'fixed', the car is outside and they've taken my passport",
    "There is a man outside my door. He has been there for 40 minutes. He is my ex. He has a court order against him. He is trying the handle now.",
    "my mum's partner is drunk and choking my mum in the living room i'm upstairs with my little brother what do i do",
    "not being dramatic but my boss followed me to the car park and won't let me shut the car door, he's got hold of my arm",
    "brother in law just turned up with a shotgun at my sister's house shouting, we're in the back bedroom, police are on the way",
    "please pray for me, my husband says God told him to punish me tonight and he has locked us in the house",
    "typing from the toilet, my partner's been hitting me since we got in and he says when I come out it's round two",
    "my friend's in a car with a guy who won't let her out and he's driving really fast, she's sending me her location, she's terrified",
    "the neighbours upstairs, the man is beating his wife right now, I hear her screaming help, I am only visitor here, who I call",
    "my ex is in the house. i didn't let him in. he's saying if i come out of the room he'll kill me and the kids",
    "circle pls my 16yo got into a car with a man twice her age who's been grooming her and she just texted 'help he won't take me home'",
    "My father is standing over me with a hammer. I am writing this because I cannot speak. I am in the shed.",
    "came out at dinner. dad's smashed my laptop and is going at my door with his fists saying no son of his lives here. i'm out on the balcony",
    "my flatmate's boyfriend is hitting her in the next room right now and she's screaming for him to stop, he's twice my size",
    "my stepdad has my mum by the hair in the kitchen and he's got a knife, I'm 12 and I'm in my room",
    "he's back, banging the front window with a brick, says he'll burn the flat down with me in it, the kids are asleep",
  ]),
  ...group("preparation", "crisis", [
    "gave the cat to my neighbour today and told her it's for good. cleaned the flat top to bottom. left the spare key and the letters in the kitchen drawer. feels calm",
    "Have put my affairs in order. Will is signed, the dog's going to my brother, I've written to each of my children. I am ready to meet my maker.",
    "asking for a friend: if they've already bought the charcoal and the tape, is there any point talking them out of it",
    "I have collected 84 tablets over 3 months. They are in a tin, sorted by type. I have not taken any. I am telling this space because the rules say to be honest.",
    "sent my team my handover doc and all my passwords, told my manager i won't be in after friday. none of them know what friday actually means",
    "i buy the rope in the shop today. i write letter to my mother in my language. tomorrow i do not go to work anymore",
    "been stockpiling my meds instead of taking them, nearly 2 months worth now in a sock in my drawer",
    "Hypothetically if someone had cleared their browser history, cancelled their subscriptions, and written cards for their kids' future birthdays, what would you think",
    "my sister's given away all her plants and her records this week and posted goodbye to her circle, and her partner just found a hosepipe taped to the car exhaust",
    "the money for the funeral is in an envelope with my name on it. the baby's bag is packed for my mum's. i just need tonight to go quiet",
    "not saying I would but I've got everything I need in my rucksack and I've written the note",
    "Dear circle, this is my last message here. Thank you for the kindness. I have made my peace with God and the pills are counted out. Please don't look for me.",
    "i've rehomed the rabbits, moved my savings to my nephew and deleted my socials except this. just wanted one place to say bye",
    "found my husband's stash of saved-up pills with a letter addressed to me. he's at work now acting completely normal",
    "Finished writing letters to my mum and dad who kicked me out for being gay. Bought what I need on the way home. This is easier for everyone.",
    "made my will this afternoon, not for the usual reasons. the blades are in a box under the bed with the note.",
    "everything's in order. rent's paid to the end of the month so my flatmate's not stuck, plants are watered, the letter's on my pillow",
    "I purchased a length of tow rope today. I have tested that the beam in the loft will hold weight. I am writing this down because my therapist said to write things down.",
    "I have returned all the books to the library and emptied my locker at work. I have scheduled an email to send at 6 pm. I think that is everything.",
    "ordered the stuff online, tracking says it comes tomorrow, wrote cards for the kids for when they're older",
    "gave my mates my PS5 and my boots, told them I was moving away. I'm not moving away.",
    "God will take me home tonight. I've asked Him to forgive me and the pills are in the drawer beside my Bible.",
    "my best mate's been handing out all his stuff at uni and just sent me his bank pin 'just in case', there was a rope in his bag",
    "Sorry for simple words. I sell my car, I send money to my family back home, I keep only the pills. I say goodbye soon.",
  ]),
  ...group("plan", "crisis", [
    "friday when the kids are at their dad's. that's when. the bridge by the ring road.",
    "hypothetically if I left work at 5 and drove to the lay-by on the coast road, nobody would find me there till morning right",
    "I will end my life on the 14th. This is the date my contract ends. I have chosen the level crossing near the station because it is close.",
    "not saying I would but after my shift on sunday I'm going up to the quarry and not coming back down",
    "God will take me home tonight. After evening prayers I'm going to walk into the sea.",
    "tonight after everyone's asleep, the garage. already decided",
    "my flatmate just told me he's going to the top of the car park at midnight and I'm not to follow him. it's 11:20 now",
    "the 7:40 express doesn't stop at my station. that's the one. tomorrow.",
    "Once the baby is with my mother on Saturday, I will go to the woods behind the estate. I don't want her to see.",
    "if the payday don't come again, on saturday night i go to the high bridge. i have think about this many weeks.",
    "I'm going to do it in the hotel on my work trip next week so my family doesn't have to find me",
    "asking for a friend: is the 8th floor of a multi storey high enough, because they're going up there after work tomorrow",
    "sunday evening at the lake while everyone's at church. i'll leave my phone at home",
    "dad says he'll do it on mum's anniversary next week, at her grave. he said it so calmly",
    "new year's eve. the fireworks will cover it. already know where.",
    "At exactly 3 am I will walk to the motorway bridge. I have checked the route on the map. I am telling you because I always tell the truth.",
    "once the last payment bounces thursday i'm driving into the big oak on the back lane, it'll look like an accident for the insurance",
    "after my parents' flight leaves tomorrow morning I'll be alone in the house and that's when I'm doing it",
    "going to the cliffs this weekend, and not for the view",
    "results come out at 10 on thursday and if they're bad i'm going to the railway behind the school straight after",
  ]),
  ...group("self-harm-now", "crisis", [
    "the blade's in my hand right now, already done three, can't stop",
    "burning my arm with the lighter in the staff toilet right now, break's nearly over",
    "im banging my head on the wall again and i cant stop, my flatmate is out",
    "cutting right now and it's deeper than usual, should I be worried it's still bleeding after 20 mins",
    "I am scratching my skin off with the wire brush. I know I should stop. I am telling the space so I stop.",
    "just got the razor out of the sharpener, doing it now, don't try to talk me out",
    "i cut now. blood on the floor. i clean later. it helps me feel",
    "locked in the bathroom at my parents', they just told me I'm going to hell for being bi, and the scissors are already doing it",
    "about to cut, the kids are asleep, i just need to feel something else for a minute",
    "punching the wall in the stairwell at work till my knuckles split, doing it again now",
    "snapped the band till it bled and now I'm using the compass from my daughter's pencil case on my leg",
    "I'm carving into my thigh again tonight, Lord forgive me, I can't stop",
  ]),
  ...group("method", "crisis", [
    "asking for a friend, how many of the blood pressure tablets would it take to stop a heart",
    "keep looking at the train line behind the office and thinking it'd be quick",
    "I think about the bridge on my walk to work every day. I think about how high it is. I think I would not survive it.",
    "hypothetically the insulin in my fridge is enough to not wake up, right",
    "i know exactly which of mum's meds and how many, i looked it up twice at work",
    "thinking about the loft beam again. it's strong enough, i checked when we moved in",
    "not saying I would but the car and the garage and a hose, it's all there",
    "there's the shotgun in the cabinet on the farm and I think about using it on myself more than I should",
    "every time the debt letters come i think about driving off the end of the quay",
    "I want to die and I keep thinking about the tablets I get from the pharmacy for my back",
    "my partner keeps saying he's thinking of using his service gun on himself since the layoffs were announced",
    "In my country we say 'go to the river'. I think about the river every day now, how deep it is in the winter",
  ]),
  ...group("intent", "crisis", [
    "I've decided. I'm going to kill myself. Not today, but I've decided.",
    "ready to meet my maker. I'm not waiting for Him to call me any more, I'm going to go myself.",
    "i'm going to end it. just wanted to say it somewhere.",
    "I am going to stop living. This is a decision, not a feeling. Please do not reply with hotline numbers.",
    "hypothetically speaking I won't be here for christmas. and I mean that",
    "I will do it soon. I am tired to fight. this is my decision.",
    "I'm going to take my own life. I'm not asking for help, I just want it written down",
    "not being funny but I've made up my mind, I'm done with being alive and I'm going to do something about it",
    "my brother told me tonight he's going to kill himself and he means it, he's never said anything like it before",
    "my family says I'm dead to them since I came out. fine. I'll make it true.",
  ]),
  ...group("active-thoughts", "crisis", [
    "I keep thinking about killing myself and it gets louder at night",
    "thinking about suicide a lot since the redundancy, every day really",
    "every time the baby cries at 3am I think about ending my life. I wouldn't, but the thought is there every time",
    "I have thoughts about killing myself. I have had them 11 times this week. I am counting.",
    "i think to kill myself many times this month. it does not go away",
    "not saying I would, but I think about ending it constantly",
    "been wanting to kill myself since my parents told me to leave, the thoughts are nonstop",
    "i want to die. not the passive kind. i want to end my life.",
    "asking God every night why I shouldn't just end my own life",
    "suicidal again. the thoughts came back with the overdraft letters",
    "hypothetically if someone thought about suicide every single day at their desk would that just be, like, normal burnout",
    "my head keeps telling me to kill myself whenever I'm alone in the flat",
  ]),

  // --------------------------------------------------------------- concern
  ...group("passive-wish", "concern", [
    "if God took me home in my sleep tonight I wouldn't be sad about it",
    "wish i could just not wake up tomorrow and skip all of it",
    "sometimes hoping the plane just goes down on my work trip. not doing anything, just hoping",
    "I pray the Lord will call me soon. I won't do anything myself, that's His to decide.",
    "I would like to not exist. I am not going to do anything. I am just stating it accurately.",
    "wouldn't mind being hit by a bus tbh",
    "I wish I'd never been born, my parents said the same when I came out",
    "i want to sleep and not wake. not kill myself. just sleep forever.",
    "honestly if the doctor told me it was terminal I think I'd be relieved",
    "some days I'd rather be dead than go back into that office",
  ]),
  ...group("entrapment", "concern", [
    "can't leave the job because of the mortgage, can't stay either. there's no way out of this",
    "trapped. the debt, the house, the marriage, all of it, every door's shut",
    "I feel like I am in a box and there is no door. I have checked all the sides.",
    "stuck living with parents who pray over me to 'cure' me, can't afford to move out, no way out till I'm 25 at least",
    "no escape from the loan people, they call me every day, I cannot go home to my country, I cannot stay",
    "three kids under five and no one to hand them to, ever. I'm stuck in this forever",
    "the visa ties me to this employer and he knows it. I am trapped.",
    "every way I turn there's another bill, I'm cornered",
    "I can't get out. of the flat, the job, my own head. nowhere to go.",
  ]),
  ...group("burden", "concern", [
    "my family would honestly be better off without me draining them",
    "I'm just a weight round my wife's neck since I lost the job, she'd do better without me dragging her down",
    "everyone in this circle has to carry me every week, sorry for being such a burden",
    "My children deserve a better mother than me. I am only a problem for them.",
    "I am a cost to everyone around me. I have calculated it.",
    "my mum's had to pay my rent three months running, i'm a leech",
    "my parents say I've shamed the family by being gay and maybe they're right, they'd be better without me",
    "feel like i'm just taking up space at work and at home",
    "I am a burden to my host family here, they have to feed me and I give nothing back",
  ]),
  ...group("hopelessness", "concern", [
    "nothing is ever going to get better, I've stopped expecting it to",
    "no point applying for another job, it'll be another no, it's always a no",
    "I don't see a future. I have tried to picture one and there is nothing there.",
    "what's the point of any of it honestly",
    "it never gets better, people just say it does",
    "even God has stopped listening to me",
    "there is no hope for me here, everything will be same forever",
    "the debt will never be paid off, I'll be in it till I'm old, nothing's ever going to change",
    "my family won't ever accept me, there's no future where that changes",
  ]),
  ...group("self-harm-urge", "concern", [
    "really want to cut tonight, been clean 40 days, holding on by a thread",
    "the urge to burn myself is so strong after that meeting",
    "I want to hurt myself. I have not. I am sitting on my hands.",
    "itching to hurt myself again, kids are in bed, trying to distract with the telly",
    "after dad's message i just want to hit something and it's gonna be me",
    "i want to do the scratching again, i hide the scissors in the car so i can't",
    "craving the blade after 2 years clean, scared",
    "wanting to punish myself after messing up the presentation, keep thinking about the lighter",
    "the self-harm thoughts are back, haven't acted, don't want to",
  ]),
  ...group("attempt-history", "concern", [
    "I tried to end my life last spring and nobody at work knows, some days I'm scared it'll come back",
    "my attempt was two years ago this week, the anniversary is hitting harder than I expected",
    "I overdosed when my parents threw me out at 17. I'm 22 now and it still follows me around",
    "I attempted suicide in 2019. I am telling the circle because it is relevant to the topic.",
    "after my attempt in january the hospital let me go with a leaflet, still don't really know how to talk about it",
    "still feel ashamed when people notice the mark on my neck from the time I tried to hang myself",
    "i try to die one time in my country before i come here. now i am new, but sometimes the memory come",
    "survivor of an attempt here. only a few months out and honestly still pretty wobbly",
  ]),
  ...group("self-harm-history", "concern", [
    "used to cut all through school, my scars show at work in summer and people ask",
    "I self-harmed for about six years. I stopped in March. I am still wearing long sleeves.",
    "my husband doesn't know about the burns on my thighs from when I was a teenager",
    "relapsed on self harm twice last year, haven't since, but it's close sometimes",
    "used to hit myself when I was overwhelmed as a kid, my son's doing the same now and it scares me",
    "went through a self-harm phase after coming out to my parents went badly, the marks are fading",
    "in the past i cut. now not. but i am shy in the swimming pool",
    "the nurse saw my old scars at my smear test and went quiet, felt so exposed",
  ]),
  ...group("harmed-by-other", "concern", [
    "my partner checks my bank app every night and takes my phone if I talk to my sister",
    "since I came out my dad won't let me leave the house without my brother and he's taken my keys",
    "my manager screams at me in front of everyone and grabbed my wrist last week",
    "my husband hit me last month. he said sorry. he controls the money. i don't know is this normal here",
    "my mother-in-law locks the food cupboard and my husband says I must obey her",
    "my flatmate reads my diary and says he'll tell my parents I'm gay if I don't pay his share",
    "My girlfriend pushed me down the stairs on Tuesday. I have a bruise on my hip. She says I made her do it.",
    "my pastor told me to stay with him even though he hurts me, says it's my cross to bear",
    "my ex keeps turning up at the school gate and telling the other mums lies about me, he won't stop texting",
  ]),
  ...group("worry-for-other", "concern", [
    "my flatmate hasn't left his room in a week and said he 'doesn't see the point' anymore, how do I bring it up",
    "worried about my colleague, she's been really flat since the restructure and said something about not being around next year",
    "my 14 year old has stopped eating with us and I found some worrying searches on the iPad. not sure what to do",
    "asking for a friend: my friend keeps saying she's a burden, how do I support her",
    "my dad's been drinking a lot since mum died and says things like he'd be better off with her",
    "our circle's regular Dave hasn't posted in 10 days, last thing he said was pretty dark, anyone heard from him?",
    "my wife cries in the car before work every morning and won't talk about it",
    "my little brother got kicked out for being trans and is sofa-surfing, he sounds so low on the phone",
    "the new lad on my team is scared stiff of the manager and I think he's going under",
    "my friend from my country is alone here and says she is sad all time, I don't know how help her",
    "my son is autistic and has started saying he wants to disappear. he's 9. how do I ask him about it",
    "my mate's been giving off weird vibes since the breakup, probably nothing but I'm worried",
  ]),
  ...group("harassment", "concern", [
    "just kys already nobody in this space wants you here",
    "go jump off something then, you moan enough about it",
    "honestly do the world a favour and end yourself",
    "@Maya if you're so miserable why don't you just cut deeper this time",
    "the circle would be better if you just killed yourself tbh",
    "you should take all your pills and save us reading your posts",
    "God doesn't want you, go and hang yourself, sinner",
    "someone in my group chat tells me to kill myself every time I post, is that reportable",
    "people like you should not live. do it. nobody stop you.",
  ]),
  ...group("distress", "concern", [
    "haven't eaten properly in three days, crying in the work toilets between calls, not coping",
    "I hate myself so much today. everything I do is wrong.",
    "the baby hasn't slept in days and neither have I and I'm falling apart, shouted at my toddler and hate myself for it",
    "I am overwhelmed. I have been overwhelmed for 9 days. I cannot do the shopping.",
    "can't stop shaking since the call from the bank, I don't know what to do",
    "my family disowned me last night and I can't stop crying, haven't slept",
    "everything is too much, i feel like i'm drowning at work and at home",
    "i'm not ok. i don't know how to explain it. just not ok.",
    "I feel so alone in this country. I don't eat, I don't sleep, I only work.",
    "burned out to the point I sat in the car park for an hour unable to go in",
  ]),
  ...group("help-seeking", "concern", [
    "does anyone know a crisis line that's open at night in NZ? asking for me",
    "where do I find someone to talk to tonight? things are bad",
    "is there a number for LGBT young people who've been kicked out? need somewhere to call",
    "what do I do if I think my friend needs emergency mental health help, who do I call in Canada",
    "please which number is for crisis help in Germany, I not speak German good",
    "how do I get an urgent GP appointment for my mental health, I need to talk to someone soon",
    "is there a text line instead of calling? I can't speak out loud at work",
    "can anyone recommend where a dad can get support for postnatal depression, I think it's me",
    "who do I call if I'm not ok but it's not an emergency?",
  ]),

  // ------------------------------------------------------------------ none
  ...hardNegatives([
    // faith, sermons, funerals
    "Sunday's sermon: we will all meet our maker one day, so let us live kindly now",
    "Nana went home to the Lord peacefully last night at 94, the whole family was with her. thank you for the prayers",
    "funeral is Thursday at 11, St Mary's, wake after at the Crown. she'd want us to laugh",
    "our pastor preached on dying to self today, really made me think about how I treat my colleagues",
    "God will take me home when He's ready and not a minute before, so I'd better sort this pension out",
    "reading at grandad's funeral tomorrow, any tips for not crying through the whole poem",
    "fasting tip: the long fast is killing me by 4pm but breaking it with the circle makes it worth it",
    "they sang 'Abide with Me' at the service and the whole church was in tears",
    "the vicar said in the eulogy that the old farmer was ready to meet his maker and went with his boots on",
    "our church's bereavement group meets tuesdays, open to anyone who's lost someone",
    // group-chat banter
    "if anyone brings up the group project again i will actually throw myself into the sea 😂",
    "lmao I'm dead, that video of your dog with the cone 💀",
    "circle brunch was killer, same time next month?",
    "he's going to murder me when he sees I dented his car 😅",
    "my sister will kill me if I miss her birthday again",
    "dying at the group chat name change, who did that",
    "someone shoot me, the neighbours are doing karaoke again",
    "ugh this hangover, just bury me in the garden",
    // moving house
    "giving away the sofa, bookcase and kids' bikes before we move to Glasgow, collection only",
    "packed my whole life into 30 boxes, saying goodbye to the old flat tomorrow, weird feeling",
    "gave all my plants to my neighbour since the new place gets no light, she's thrilled",
    "last night in this house, wrote a note for the new owners about the dodgy boiler",
    "rehoming our cat because the new landlord says no pets, heartbroken but she's going to my aunt's",
    "handing back the keys friday, cleared my locker at the old job too, fresh start in Bristol",
    // work
    "this quarterly deadline is killing me, three reports due by 5",
    "I'm dead tired after audit week, sleeping all weekend",
    "ending my contract early with the agency, found a permanent job!!",
    "leaving do on friday, I've written goodbye cards for everyone on the team",
    "handed over all my passwords and docs to the new starter before my parental leave",
    "my manager says the launch will be the death of us all, classic",
    "kill the old branch and merge to main, then we're done for the sprint",
    "burnout is real but I booked two weeks off and honestly already feel better",
    "last day at the call centre today, emptied my desk and said my goodbyes, onto the next thing",
    "the printer is dead again, someone please put it out of its misery",
    // first aid
    "first aid course today: did CPR on the dummy and learned the recovery position for someone who's overdosed",
    "mental health first aid training taught us to ask directly about suicide, felt scary but makes sense",
    "how long do you press on a bleeding wound before you check it? for my first aid exam tomorrow",
    "practised the Heimlich on my colleague at the training, he was very patient",
    "we learned what to do if a toddler is choking or unconscious, really useful for parents",
    // hunting, fishing
    "off deer stalking with my dad on Saturday, checked the rifle and the licence",
    "cleaned the shotgun after the pheasant shoot, locked back in the cabinet",
    "hunting season opens next week, bought a new knife for field dressing",
    "went fishing, my knife's blunt, anyone recommend a sharpener",
    // pharmacy
    "pharmacy shift was mad, counted out about 300 tablets into blister packs for the care home",
    "as a pharmacist I'm always telling people not to double up on paracetamol products, check your labels",
    "picked up mum's repeat prescription, 56 tablets, she takes two a day for her heart",
    "handing out naloxone kits at work today, glad we stock them now",
    "my little one got into the calpol, 111 said it was a tiny amount and she's fine, lesson learned on child locks",
    // recovered history
    "five years since my attempt today. I'm married, have a daughter, and volunteer on a helpline. it does get better",
    "used to self harm as a teen, now I'm 34 and a nurse, the scars are just part of my story",
    "I tried to end my life in 2012. I am well now. I am telling this as a fact because the topic asks for recovery stories.",
    "my parents disowned me when I came out 10 years ago. we reconciled last year and my dad walked me down the aisle",
    "in my old life i want to die. now i have job, friends, my wife. i am happy, i share for hope",
    "two years free from self harm today 🎉 celebrated with cake",
    // helping a friend
    "my friend was having a rough time so I drove her to her appointment and we got chips after, she's doing better",
    "my flatmate's been down so we're having a film night, any feel-good suggestions",
    "our circle helped my mate find a counsellor, thanks everyone, he's started sessions",
    // ropes, bridges, heights
    "bought a new 60m climbing rope for the trip to the Peak District",
    "walked across the Clifton suspension bridge with the kids, they loved how high it was",
    "jumped off the high board at the pool today, my son was so brave",
    "skydive for charity booked! jumping from 13,000 feet in June",
    "tied the hammock between two trees with the rope my dad gave me",
    "the bridge on the way to work is closed for repairs again, 40 min detour",
    "our roof terrace is finally done, the view from the 12th floor is amazing",
    // knives, kitchen
    "sharpened all the kitchen knives, the tomatoes don't stand a chance",
    "my toddler found the scissors and gave himself a fringe, send help 😂",
    "cut my finger chopping onions, plaster on, dinner continues",
    // wills
    "finally made our wills after the baby arrived, the solicitor was really helpful",
    "updating my will now we've bought the house, who do people choose as guardians",
    "dad's doing his will and a power of attorney at 70, organised as ever",
    // fiction, news, games
    "writing a crime novel where the detective finds the victim's goodbye letter, is that too cliché",
    "news says the barriers on the bridge cut deaths there by half, good to see",
    "the play ends with the main character dying, our drama group performs it saturday",
    "in the game my character died nine times on the last boss",
    "watched a documentary on the Titanic last night, so many lives lost",
    // literal and translated
    "I am going to kill the background process because it is using 90% CPU. I mean that literally.",
    "When people say 'I could die of embarrassment' I find it confusing. I did not die. I was embarrassed.",
    "I am finishing my life in this city and starting new life in Manchester. I mean I move house.",
    "in my language we say 'I am dead' when we are very tired. so: I am dead today, long shift.",
    "my teacher say I kill the English grammar lol",
    "I have put my things in order: socks by colour, books by height. It is my Sunday routine.",
    "I wrote letters to everyone I love. It was a gratitude exercise in my autism group. Everyone cried, in a good way.",
    // parents of young children
    "the toddler has decided naps are for the weak and it's slowly killing me ☕",
    "baby's teething and I'm dead on my feet but she smiled at me at 4am so worth it",
    "my 4 year old told nursery that daddy 'shoots people' at work. he's a wedding photographer. mortified",
    "baby-proofed the house today, locked away the meds and the bleach, gates on the stairs",
    // LGBTQ+
    "came out to my mum and she cried and then hugged me and said she'd always known 🏳️‍🌈",
    "pride march saturday, our circle's meeting by the bridge at 10",
    "my parents took a while but they're coming to my wedding!",
    // money
    "killed off my credit card debt at last, paid the final £200 today",
    "money's tight this month so we're doing a no-spend week, any cheap dinner ideas",
    "saved up for months and bought the pram second hand, so chuffed",
    // misc and hedges used about harmless things
    "my phone is dead and I'm at 2% on the tablet, message me later",
    "the dog is dying to go out, back in ten",
    "overdosed on coffee before the interview, hands still shaking lol",
    "hypothetically if I quit my job tomorrow and moved to Spain, would you visit? asking for a friend (me)",
    "not saying I would but I'm tempted to eat the entire cheesecake tonight",
    "asking for a friend: what's the best way to leave a group chat without offending anyone",
    "tonight's the night, everything's ready: candles, ring, restaurant booked. proposing!!",
    "all my affairs in order for the tax return deadline, receipts sorted, feeling smug",
  ]),
  ...quiet([
    "anyone up for a walk in the park tomorrow morning?",
    "thanks for the recipe, the kids actually ate it",
    "first day at the new job went well, everyone's friendly",
    "what is everyone reading at the moment?",
    "our circle meets at 7 tonight, bring a cuppa",
    "the baby said her first word today and it was 'dog'",
    "I like trains. I went to the station to watch them today. It was a good day.",
    "sorry for my English, I want to say thank you to everyone in this space",
    "raining here again, anyone else in Manchester?",
    "my flatmate made a rota for the bins and I love her for it",
    "finished the scarf I was knitting, pics below",
    "choir practice is moved to wednesday this week",
    "got a pay rise! small but I'll take it",
    "does anyone have tips for getting a toddler to eat veg",
    "it's my partner's birthday and I forgot a card, what's a quick fix",
    "welcome to the new folks in the circle, introduce yourselves",
    "went to my first queer book club, everyone was lovely",
    "I am going to the library at 3 pm. I will be back at 5 pm.",
    "my mum sent me a food parcel from home, so happy",
    "budgeting app recommendations? trying to be better with money",
    "anyone know a good place for kids' swimming lessons in Leeds",
    "had a really good session with my counsellor today",
    "the sunset tonight was beautiful",
    "meal prepping for the week, lentil curry again",
    "happy friday everyone, hope you all get some rest",
  ]),
];
