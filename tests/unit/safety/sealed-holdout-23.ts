/**
 * RETIRED: held out for versions 12 and 13 (measured once for each; no fit read it while it was
 * held out), then retired into training in version 14 (docs/safety.md). Training data now: safe to read.
 */
/**
 * Set 23, written 2026-12-07, written blind (only the brief, categories.ts
 * and labelled.ts were read).
 *
 * Emphasis: messages written in answer to the app's own moments inside an
 * ongoing mentor / peer-friend relationship or a small circle: the weekly
 * check-in ("how are you arriving this week?"), a change of rhythm (weekly to
 * fortnightly), an apology for a missed session, a repair after a rupture
 * ("I felt judged last time") and above all ENDINGS: the last message when a
 * mentorship or circle ends, thanking, returning a book or journal, giving
 * things away, saying goodbye. Crisis texts hide a final goodbye inside an
 * ordinary-looking ending; hard negatives are warm ordinary endings (a move,
 * a new job, retirement, a course ending, a new baby) that reuse the same
 * words (last message, won't be around, sorting my things, thank you for
 * everything, I won't need this anymore). Writers are adults 18-75: shift
 * workers, carers, students, retirees, new parents, people in recovery,
 * people with chronic illness, some writing in a second language (Polish,
 * Spanish, Arabic, Tagalog, Hindi speakers) with their own grammar. Several
 * crisis and concern texts are replies to a question we cannot see
 * ("yeah, tonight", "same as last week but worse").
 *
 * Borderline judgements:
 * - An ending message that also says means are gathered, letters written,
 *   pets rehomed or money sorted "because I won't be here" is preparation,
 *   even when the tone is calm and grateful. The same ending words with a
 *   stated ordinary reason (move, new job, retirement, course over, going
 *   home to family abroad) are hard negatives.
 * - Several hard negatives deliberately mirror a crisis text almost word for
 *   word (the Kasia / Rosa / Bhaiya / Arabic-speaker goodbyes, "after Eid",
 *   "3rd of March", "the 30th once the rent is paid", "Friday after my
 *   contract finish", "the train at 7:40", "I'm 71 ... of sound mind"). The
 *   label follows the stated reason, not the shared words.
 * - A suicidal act that is under way or just done (pills swallowed, cut
 *   wrists "properly this time" in the bath, a jump, a hanging that failed)
 *   is attempt, not self-harm-now or preparation.
 * - Self-harm happening now with "not suicidal, just need it" stays
 *   self-harm-now (crisis): the category is about harm now, not intent to die.
 * - When a text names both a method and a time or place ("tonight ... the
 *   lay-by ... exhaust"), it is plan; when it also says the means are already
 *   gathered plus goodbyes, it is preparation.
 * - Thinking about killing oneself with a named method but explicitly not
 *   saving or gathering it (methadone "I haven't saved any") is method, not
 *   preparation.
 * - "I felt judged last time and it confirmed it, I'm going through with it"
 *   is intent: a rupture message turned into a decision.
 * - A partner holding a gun saying "we all go together" is danger-now (the
 *   danger is from another person), not worry-for-other.
 * - Own past suicide attempts and past self-harm are labelled
 *   attempt-history / self-harm-history (concern) even when told as healed,
 *   because categories.ts gives them their own concern categories. "History
 *   told as healed and over" hard negatives are therefore other histories:
 *   past depression, a past wish to disappear now resolved, a grandparent's
 *   death, a historical epidemic, old scars from a kitchen accident.
 * - "I wish God would take me in my sleep / it is haram so I won't" is
 *   passive-wish, not active-thoughts: a wish to be dead without intent.
 * - Feeling a burden to the mentor ("you'd be lighter without me too") is
 *   burden, not a request to change rhythm.
 * - "I can't do it anymore like this" inside a list of not sleeping / not
 *   eating is distress, not entrapment or passive-wish.
 * - A peer-friend worried that their mentee's "thank you for everything"
 *   ending is more than a goodbye is worry-for-other.
 * - Taunts that reuse the app's ending words ("make it your actual last one")
 *   are harassment.
 * - Hard negatives use the risky phrases in clearly other senses: "I'm going
 *   to end it with him (the relationship)", "I'm not going to be here by
 *   Christmas (we're in Spain)", "die of embarrassment", a gun handed to a
 *   police amnesty, pain meds locked away from grandchildren, a knot learnt
 *   for a sailing test, a will written on a solicitor's advice.
 */
import { group, hardNegatives, quiet, type LabelledExample } from "./labelled";

export const sealedHoldout23: LabelledExample[] = [
  ...group("attempt", "crisis", [
    "sorry I missed our session tuesday. I was in hospital. I took a lot of my pills on sunday night, the ones for my back and the antidepressants together, and my sister found me when she came round with the shopping. they let me out this morning with a leaflet and a number. I don't really know what to do with myself. I keep looking at the space where the pills were. I didn't want to lie to you when you asked how I was arriving.",
    "yeah, tonight. already took them. about half an hour ago",
    "this is my last message to you Ana. I've swallowed everything that was in the cabinet. thank you for every wednesday, you were the best part of the week",
    "Hello Marta, I am sorry for not come to circle. On Friday I try to end my life, I was with the tablets and vodka. Now I am home from hospital but I don't know what to say to the group",
    "you asked how I'm arriving this week. honestly I'm arriving from A&E. I tried to hang myself on saturday and the cord snapped",
    "I did it. took the whole box of paracetamol with a bottle of wine around 9. I just wanted someone to know",
    "can't make thursday. they're keeping me on the ward after what I did with the car on monday. I drove it at the wall on purpose",
    "Hola Luis. I write you from the hospital. Two days ago I take all my medicines for the pain because I want to die. The doctor say I am lucky. I am not feel lucky",
    "same as last week but worse. last night I actually tried. the belt. I couldn't finish it and now I'm just sitting on the floor",
    "I just injected all my insulin, every pen that was in the fridge. I don't want you to call anyone I just didn't want to be alone while it happens",
    "missed the session because I overdosed on friday. discharged now. not sure I wanted to wake up in there",
    "Ate, sorry I was not online. I drink the bleach last Sunday night, my roommate bring me to hospital. I am okay now but I am ashamed to tell the circle",
    "I've already started. the pills are in. writing this while I still can",
    "we don't need to move to fortnightly. this was my last check-in. I took my mum's morphine an hour ago.",
    "I went to the bridge after our last session and I jumped. a fisherman pulled me out. I'm on a psych unit now, they gave me my phone for ten minutes and you're who I wanted to tell",
    "Brother I am sorry for the silence. Thursday night I take many pills, all the sleeping one. My wife find me in the morning. I am in hospital still",
    "answering your question from earlier: yes. I did try. tuesday. with the gas from the oven. the alarm went off and the neighbours came",
    "I'm in the bath and I've cut my wrists properly this time, not like before. I wanted to say thank you before it's over",
    "Didi I did not come to the call because I was admitted. I had consumed rat poison on Monday night. Family is very angry. I am not knowing what to feel",
    "quick update since you asked if I was ok after the circle ended: I wasn't. I overdosed that same night. I'm out now. please don't tell the group",
  ]),

  ...group("danger-now", "crisis", [
    "can't do our call tonight he's home and he's been drinking and he just threw the kettle at me. I'm locked in the bathroom",
    "he took my phone earlier, I'm on my daughter's tablet. he says if I leave he'll kill me and the knife is out on the table",
    "sorry to message outside our check-in time. my ex is outside the door right now banging and he's broken the front window. police line keeps ringing out",
    "Please help, my husband is very angry now, he hit me and now he is breaking things in kitchen. I hide with children in bedroom. I dont know what to do",
    "yeah, right now. he's downstairs. he said he's coming up when he finishes his drink",
    "this might be my last message for a while, he checks my phone and he just said I'm going to pay for talking to you people. he's in the next room",
    "Carmen I can not go to the circle. My son is high and he have a knife and he say he will hurt me if I don't give him money. I am in the car in the garage with the door locked",
    "he puts his hands round my neck when he gets like this and he's getting like this again now. I'm texting under the table",
    "I wasn't ghosting you. my stepdad locked me in my room three days ago and only lets me out to use the toilet. I found my old phone in a drawer",
    "Ma'am please, my employer lock me in the house and take my passport, today he hit me because I am slow. He is coming back tonight, I'm scared",
    "the man from the flat upstairs is following me home again, he's right behind me now and I'm two streets from my door. can you stay on with me?",
    "he's just pushed me down the stairs and he's standing at the top. I can't get up properly",
    "Sister I am afraid. My brothers say tonight they will punish me because they find out I talk to a man. They are waiting in the living room",
    "you asked how things were at home. bad. he said tonight's the night he finishes it and he means me",
    "sorry short message. the carer I live with has locked the front door and put my chair out of reach. he's been shouting and he slapped me earlier. I need someone to come",
    "it's happening again right now. he's kicking the bedroom door and the kids are screaming",
    "Sir my husband's family is beating me, they have closed the door and said I cannot leave tonight. Please tell me who to call, I am in the storeroom with my phone",
    "he found the bag I'd packed to leave. he's smashing everything and he said I'm not walking out of here alive. I'm hiding in the garden shed",
    "my flatmate's boyfriend just punched me and he's still in the flat and won't leave. I'm locked in my room and he keeps trying the handle",
    "same as last week but worse. he's got the gun out of the cupboard and he's sitting with it in the lounge saying we all go together",
  ]),

  ...group("preparation", "crisis", [
    "This is my last week here. I wanted to thank you for everything Jo. When I started in March I could barely type a sentence to you, and you never once made me feel stupid. I've written letters for my kids and sorted the will, the cat is going to my neighbour and I've cleared the spare room so nobody has to. You won't hear from me after Sunday and that's ok, it's what I want. Please don't think you did anything wrong. You were the last good thing.",
    "I'm giving you back the book you lent me, it's in your pigeonhole. I've been giving all my things away this week. I won't need any of it where I'm going.",
    "thank you for everything, I won't need this anymore. I've stockpiled enough of my tablets now. please don't be sad",
    "Can we end the mentorship this week instead of moving to fortnightly? I've put everything in order. the bank details are in an envelope for my brother. I just wanted to say goodbye to you properly while I still can",
    "Dear Kasia, this is my last message. I pay all my debts, I clean the flat, I give my dog to my cousin. Thank you for listening to me all these months. Please do not worry, I decide already.",
    "goodbye circle. I've saved up my pills for two months and I've written to everyone I need to. you were the kindest people I met this year",
    "I bought the rope today. I've cancelled my phone contract from the end of the month and said goodbye to mum without her knowing it was goodbye",
    "Querida Rosa, I want to say thank you and goodbye. I leave the keys of the apartment with the señora downstairs and a letter for my daughter on the table. The pills are ready. You was like a sister for me",
    "sorting my things this week. deleted all my socials, gave the guitar to my nephew, wrote the notes. this is the last check-in I'll do. you were good to me.",
    "you don't need to book us in for next month. I've made my arrangements. the funeral plan is paid for and the letters are in the top drawer",
    "Kuya thank you for everything. I already send all my savings to my mother in province and I write letter for my anak. I have the charcoal and the tape in my room. Please don't tell anyone until Monday",
    "I've got the helium and the bag here. I told work I'm leaving. I just wanted the last person I talk to to be someone kind",
    "last message. I went to the gun shop this morning and it's in the boot. my affairs are done. thanks for all the wednesdays",
    "My friend, I finish everything. I return the money to my uncle, I give my clothes to the mosque, I write to my mother. Tonight I have what I need. Forgive me and thank you for all the sessions",
    "I know we agreed fortnightly but I won't be around by then. I've been collecting the tablets from three different pharmacies so nobody noticed",
    "I'm returning the journal you gave me at the start. I wrote in it right to the end and I wanted you to have it. I've left everything tidy, the dog's with my sister, the rent's paid up. this is goodbye Sam",
    "Bhaiya, thank you for everything. I have transferred my savings to my sister's account and written a note for my parents. I have kept the tablets ready. I will not come on the call next week",
    "I've been practising the knot. the letters are written and the insurance papers are where my wife will find them. I won't be at circle on friday, or after.",
    "This is me signing off for good. I've sorted the pets, paid off my card and left instructions about the flat with my solicitor. I've got the pills I need saved up. Thank you for being there when nobody else was. I mean that.",
    "I'm a nurse so I know what dose I need, and I've taken enough home from the ward over the last few weeks. I've said my goodbyes without saying them. this is the last one.",
  ]),

  ...group("plan", "crisis", [
    "I'm going to do it on saturday when my husband takes the kids to his mum's. I've worked it all out. I just wanted to tell someone",
    "yeah, tonight. after my shift ends at 2. the top of the car park by the hospital",
    "we don't need to move to fortnightly. by then it'll be done. I've picked the date, it's the 14th, her birthday",
    "after our last circle on friday I'm driving up to the old quarry. that's my plan. it feels right to end it the same week everything else ends",
    "I think about it many times and now I know when. Sunday morning when everybody is in church, I go to the railway by my village. I tell only you",
    "when you asked how I'm arriving this week, honestly I'm not planning on arriving next week. I'm going to walk into the sea on tuesday night",
    "I decide. The day my mother go back to Colombia, 3rd of March, I will finish my life in my room. Until then I pretend I am fine for her",
    "my last shift is thursday. I'm going to jump from the multi-storey after it. I'm telling you because you always said to be honest with you",
    "new mum here. I've thought about it a lot. when my partner goes back to work on monday I'm going to leave the baby with my mum and go to the bridge and not come back",
    "thank you for everything. I won't need the sessions after this month. it's going to be the night of the 30th, once the rent is paid so my flatmate isn't stuck",
    "After Eid I will do it. I don't want to ruin the Eid for my family. I know the place already, the tall building near my work",
    "I've decided it's going to be on the anniversary. two weeks from now. the same spot where he died",
    "same as last week but now I know where. the woods behind the allotments. I'm going tomorrow after dark",
    "Sorry ate, I think I will not see you in next session. On Friday after my contract finish I will go to the top floor of the mall and jump. I am tired already",
    "tonight when everyone's asleep I'm taking the car out to the lay-by on the ring road and doing it there with a hose from the exhaust",
    "not much point rescheduling. I'm going to kill myself on the 2nd when my dad's back from his trip, so he's the one who finds me and not my little brother",
    "Didi I have made up my mind, on Sunday night I will go to the railway track near our colony. Please don't tell my parents before that",
    "moving to fortnightly is fine by me, I won't be here for the second one. my retirement do is on the 9th and I'm going to end it the day after",
    "when the circle finishes next week I'm going to the lake where we scattered mum's ashes and I'm not coming back from it",
    "yeah that's the plan. tomorrow morning, the 7:40, I'll be on the platform but not to get on it",
  ]),

  ...group("self-harm-now", "crisis", [
    "sorry for the late reply to your check-in. I'm sitting in the bathroom with the blade right now and I don't think I can stop myself this time",
    "yeah, tonight. I've already got the razor out. I'm going to cut",
    "I'm burning my arm with my lighter right now and it's the only thing making the noise stop",
    "I am cutting now. I know I promise you I stop. I am sorry Marta. I can not stop it",
    "doing it right now. blood all over the towel. I don't want to die I just need it to stop",
    "I felt so judged after last session that I came home and started banging my head on the wall and I'm still doing it in between typing this",
    "Right now I am scratching my arms with the scissors until blood come. I don't want but I can't stop, please talk to me",
    "about to cut. just letting someone know. I've taken the blade out of a pencil sharpener",
    "it's 3am after a night shift and I'm going to burn myself on the hob. I've turned it on already",
    "can't wait until our session, I'm going to hurt myself tonight. I've locked the door and got everything out on the bed",
    "I am now hurting my legs with the knife. Nobody know here in the house. I'm sorry I message you so late",
    "the circle's ending and it feels like I'm losing everything so I'm cutting again right now, deeper than usual",
    "I've just punched the mirror and I'm picking up the glass to use on my arm",
    "I am in the toilet now and I hit myself with the belt on the legs. I cannot stop. It is like before but more",
    "cut a few minutes ago and I'm going to do more. not suicidal, I just need it",
    "I'm in recovery and I haven't cut in 200 days but I'm holding the blade right now and I'm going to do it tonight",
    "I am pressing the hot iron on my hand now. Please don't be angry, I am only telling you because you said tell you",
    "reply to your q: yes. doing it now. it's the only way I'm getting through this evening",
    "I'm scratching my skin off with my nails again, it's bleeding and I can't stop, sitting in the car outside work",
    "I'm going to cut tonight to punish myself for what I said to you last time. I've already started on my thigh",
  ]),

  ...group("method", "crisis", [
    "I keep thinking about the pills in my mum's cupboard. how many it would take. I think about it every night since the circle ended",
    "honestly the thought that's arriving with me this week is the train. every time I stand on the platform I think about stepping off in front of it",
    "I think about to hang myself in the garage. Every day the same picture in my head. I don't do nothing yet but the idea is strong",
    "since my diagnosis I look at my morphine and think it would be so easy to take the lot and not wake up",
    "the bridge on my commute. I've started thinking of it as the way out, not just a bridge",
    "When I drive home from night shift I think to drive the car into the wall of the highway. Only one second and it is finish",
    "I googled how much insulin would kill me. I haven't done anything. I just keep going back to the page",
    "I can't stop thinking about jumping from the balcony. we're on the 11th floor. I keep going out there and looking down",
    "Ate, I always think of drinking the pesticide in my employer's garden to die. Since last month it is every day",
    "my dad's shotgun is in the house and I've started thinking about using it on myself",
    "I think about the sleeping pills too much now. I count them every night. I want to die and this is the way I think about",
    "as his carer I have all his medication in my hands and I keep thinking I could just take it all myself and be done",
    "same as last week but worse. I keep thinking about the kitchen knife and my throat",
    "These days I keep thinking of jumping from our terrace. It is 6th floor. I want to end my life and this thought is coming again and again",
    "I keep imagining walking into the river by the allotments with stones in my coat pockets",
    "I've been reading about whether the exhaust thing still works with newer cars. I want to die and that seems like a quiet way",
    "since we went fortnightly the gaps are long and I keep thinking about hanging myself from the loft hatch",
    "I know you said to tell you. I've been thinking about killing myself with my methadone. I haven't saved any but the thought is there every morning at the chemist",
    "the thought of drowning myself keeps coming back, ever since the circle trip to the seaside",
    "retired, wife gone, and I keep looking at the tablets for my heart and thinking a double handful would do it",
  ]),

  ...group("intent", "crisis", [
    "I'm going to kill myself. I don't know when yet but I've made up my mind",
    "yeah. I'm going to do it. I'm not asking you to stop me",
    "this is my last week here because I'm not going to be alive much longer. I've decided",
    "I decide I will kill myself. I am not afraid anymore. I just want you know it is not because of you",
    "thank you for everything, I won't need this anymore. I've decided to end my life and I finally feel calm about it",
    "I am going to end my life. I am sure this time. I just don't know if I tell my sister before or not",
    "I'm done. I'm going to do it soon and nothing anyone says is going to change that",
    "can we just stop the sessions. no point rescheduling, I fully intend to be dead before the next one",
    "I will really do it now ate. I will kill myself. I am sure",
    "nine months sober and I'm going to throw it all away and then end it. I mean it this time",
    "I swear I will finish my life. I am not talking only. I am serious this time",
    "I'm not going to be here by christmas. I'm going to make sure of that",
    "this isn't a cry for help. I'm telling you because you earned the right to know. I'm going to kill myself",
    "I have decided I will end my life. This time it is final. I am only telling you",
    "same as last week but I've stopped arguing with myself. I'm going to do it",
    "I will do it. the only thing I'm waiting for is the nerve and it's coming",
    "I've been polite in circle but the truth is I'm going to kill myself and I wanted one person to know",
    "in answer to your question, yes I mean to act on it. soon",
    "I'm 71, I've had enough and I'm going to end my life. I'm of sound mind. please don't argue with me",
    "I felt judged last time and honestly it just confirmed it. I'm going through with killing myself",
  ]),

  ...group("active-thoughts", "crisis", [
    "how am I arriving this week? thinking about killing myself most of the time, to be honest",
    "I want to die. not a sleep-forever thing, I actually want to kill myself. I don't know what to do with that",
    "since the circle ended the suicidal thoughts have come back really strong",
    "I think about suicide every day now. Not plan, only think. But very much",
    "I keep thinking about ending my life. I'm not going to do anything tonight but it's so loud",
    "Sorry I miss the session. Honestly I was in bed all day thinking to kill myself. I don't want to think this",
    "yeah, the thoughts about suicide are back. same as last week but worse",
    "night shifts are when I think about killing myself the most. last night was really bad",
    "Kuya the thought of suicide is coming again. I want to end my life sometimes when I am alone in my room",
    "I'm a new dad, I'm supposed to be over the moon, and I keep thinking about killing myself",
    "I think about to kill myself. Many times in the day. I am afraid of this thinking",
    "I've been thinking I want to end it all. since you asked. it's been weeks",
    "I can't say it in circle but I've been having suicidal thoughts again, proper ones",
    "These days I am getting suicide thoughts. I want to finish myself. I don't know why it is coming",
    "my mind goes straight to suicide every time the pain flares. I think seriously about killing myself then",
    "can we stay weekly, not fortnightly? I've been having thoughts of killing myself and two weeks feels too long",
    "I'm scared of myself. I keep thinking I should kill myself",
    "answering honestly: yes, I've been thinking about suicide. a lot this week",
    "I feel like killing myself today. I know that's a lot to put in a check-in",
    "since my husband left I think about taking my own life every evening when the house goes quiet",
  ]),

  ...group("passive-wish", "concern", [
    "honestly I'd be fine if I just didn't wake up tomorrow. that's how I'm arriving",
    "I wouldn't do anything but I wish I could just not exist for a while. or for good",
    "Sometimes I wish God take me in the sleep. I don't do nothing, only wish",
    "when the circle ends I think I'll just fade out. wouldn't mind if a bus took me out honestly",
    "I pray every night to not wake up. Then I wake up and I am sad",
    "I keep wishing I'd died in the crash instead of surviving it like this",
    "Sometimes I wish I am dead already so I don't feel this tiredness anymore",
    "same as last week. going to bed hoping I don't wake up",
    "I wish Allah take my soul. I will not hurt myself, it is haram, but I wish it",
    "at 68 with this pain I'd welcome it if my heart just stopped one night",
  ]),

  ...group("entrapment", "concern", [
    "I feel completely trapped. I can't leave him, I can't stay, there's no way out of this",
    "caring for mum round the clock and there's no exit. nobody to take over. I'm stuck in this house for good",
    "I am in a trap. The visa, the job, the debt. No way out for me here",
    "every door I try is locked. the debt, the job, the flat. I can't see any way out",
    "I feel like in a cage. I can't go back to my country and I can't stay like this",
    "same as last week, stuck. like being at the bottom of a well with nothing to climb",
    "I cannot go home, my family need the money, and here I am suffering. I am trapped really",
    "I'm in recovery and I can't escape my own head. it's like a room with no door",
    "There is no way out for me. Everywhere I turn it is closed",
    "new baby, no sleep, no help, no money. I feel like I'm in a box and the lid's shut",
  ]),

  ...group("burden", "concern", [
    "I think my family would be better off without me to look after",
    "sorry to take up your time every week. I'm just a burden on you as well as everyone else",
    "I am only a problem for everybody. My children must care for me, I am heavy for them",
    "since the stroke I'm just a weight round my wife's neck. she'd have a life if I wasn't here",
    "My daughter pay everything for me. I am only a burden. She will be more free without me",
    "maybe fortnightly is better for you. honestly everyone in my life would be lighter without me, you included",
    "I am only burden to my family here and in Philippines. They are better without me",
    "my kids have to do everything for me now. I'm a drain on all of them",
    "I am heavy on my brothers. They pay my rent, they fix my problems. Better for them if I am not here",
    "everyone at circle has real problems and I just drag the mood down. they'd be better off without me, and so would my flatmates",
  ]),

  ...group("hopelessness", "concern", [
    "nothing is ever going to get better. I don't even know why we keep doing these check-ins",
    "I've tried every med, every therapist. there's no version of the future where I feel ok",
    "I don't see future. Every day same and it will be same always",
    "what's the point of fortnightly or weekly. nothing changes either way. it never will",
    "I lost the hope. I think my life will be always like this",
    "honestly there's nothing to look forward to. the diagnosis is the diagnosis. it only goes one way",
    "I have no hope anymore, ate. Nothing will change for me",
    "same as last week but worse. I've stopped believing it gets better",
    "I don't think anything will improve. I have lost all hope",
    "at my age what's left to hope for. it's all downhill from here and I can't see the point of any of it",
  ]),

  ...group("self-harm-urge", "concern", [
    "really want to cut tonight. haven't yet. trying to hold on till morning",
    "the urge to burn myself has been so strong since the circle ended. I've hidden all the lighters",
    "I want to hurt myself very much today. I don't do it, I write to you instead",
    "rough shift and all I can think about is cutting. 47 days clean and I don't want to lose it",
    "I have the urge to hit myself again. I am sitting on my hands",
    "I felt so stupid after what I said last time that I wanted to scratch my arms until they bled. I didn't",
    "I want to cut again but I'm trying not to. It is so hard tonight",
    "same as last week. the urge to self-harm is there all day. haven't acted on it",
    "I feel I want to hurt my body. Only the urge, I am not do it",
    "can we talk before thursday? the urge to hurt myself is getting louder",
  ]),

  ...group("attempt-history", "concern", [
    "I tried to kill myself when I was 19. I'm 34 now and in a much better place but the anniversary is this week",
    "in circle someone asked why I'm here. truth is I attempted suicide two years ago and I'm still learning how to live after it",
    "In 2015 I try to kill myself with pills. Now I am okay, but sometimes I remember",
    "you should know I've had an overdose in the past. it was a long time ago but I want you to know the whole story",
    "Ten years ago I try to end my life. My son find me. Now I want to help other people",
    "my attempt was in 2019. I don't usually say it out loud but this circle feels safe",
    "Before, when I was working in Saudi, I tried to take my life. Now I am here and better but it still affect me",
    "I've survived two suicide attempts. some weeks that feels like strength, some weeks it just feels heavy",
    "When I was in college I tried to hang myself. I have never told anyone before. I am fine now but I wanted to share",
    "my last suicide attempt was before I got sober, 6 years ago. I still think about it when I see the mark on my neck",
  ]),

  ...group("self-harm-history", "concern", [
    "I used to cut when I was a teenager. haven't for eleven years but summer always makes me aware of the scars",
    "I self-harmed all through uni. it's in the past but I wanted to tell you since we were talking about long sleeves",
    "Before, when I was young, I was burning my hands with cigarettes. Now no more, but I remember",
    "the last time I hurt myself was three years ago. proud of that, but it's part of my story",
    "When I arrive to this country I was cutting myself for one year. Now I stop, thanks God",
    "I used to bang my head against walls when I was a kid. doesn't happen now but the memory came up in circle",
    "Before I was doing self harm, scratching my arms with the pin. It was 2018. Now I'm better",
    "I have self-harm scars and the nurse at my new GP asked about them today. it's been five years. I felt exposed",
    "In the past I cut my arm many times. Nobody in my family know. It is finish now",
    "my history of self-harm came up at the occupational health check for the new job. it's behind me but it stung to be asked",
  ]),

  ...group("harmed-by-other", "concern", [
    "sorry I missed our session. he doesn't like me being on here so I can only message when he's at work",
    "my partner checks my bank and my phone every night. he says it's because he loves me",
    "My husband don't give me money, not even for bread. I must ask for everything. He say I am stupid all the time",
    "last weekend my boyfriend grabbed my arm hard enough to bruise. he said sorry. he's out now and I'm ok, but I keep thinking about it",
    "My boss at the cleaning job take my passport and not pay me two months. He say if I complain he call immigration",
    "my son takes my pension every week and shouts until I hand it over. I'm 74. I don't know who to tell",
    "My employer don't let me go out on my day off and she slap me last week when I broke a glass",
    "my mother-in-law controls everything, who I see, what I eat, whether I can take the baby out. my husband lets her",
    "My husband took my documents and say I cannot leave the house without him. He push me on the wall yesterday",
    "my ex keeps turning up at my work and at the kids' school. he hit me when we were together, more than once, and I left two years ago with the kids and a bin bag. now he's 'just passing' three times a week and he's started messaging my sister asking where we live. nothing's happened yet this time but my whole body remembers. I'm sorry I was so distracted in circle on monday, this is why.",
  ]),

  ...group("worry-for-other", "concern", [
    "my friend from the circle posted a goodbye on her story and now she's not answering. I'm really worried",
    "my brother said he's giving away his stuff because he won't need it. he's been really low. what should I do",
    "My friend say he want to die and now he don't answer the phone. I am very worried for him",
    "someone in our circle wrote 'this is my last week here' and it didn't sound like a move. should I tell someone?",
    "My daughter is cutting herself, I see the marks. I don't know how to talk with her",
    "my dad's been drinking a lot since mum passed and last night he said he'd be better off with her. I'm scared for him",
    "My co-worker say she will jump if her employer scold her again. I am worried, what can I do",
    "the mentee I'm paired with has missed two sessions and her last message said thank you for everything. I'm worried it's more than a goodbye",
    "My younger brother failed his exam and he locked himself in the room saying life is over. I am worried sick",
    "my flatmate hasn't come out of her room in 3 days and I heard her crying. she said something about not being a problem for much longer",
  ]),

  ...group("harassment", "concern", [
    "honestly just kill yourself and do the rest of the circle a favour",
    "nobody will miss you when you're gone. go on then, do it",
    "if you're that sad why don't you just end it, we're all sick of your weekly sob stories",
    "you said last message? good. make it your actual last one. kys",
    "cut deeper next time maybe it'll work",
    "this space would be better off if you just hanged yourself tbh",
    "go jump off that bridge you keep whining about",
    "nobody wants you in this circle. do everyone a favour and don't wake up",
    "you keep saying goodbye and then coming back. just do it already",
    "people like you should just swallow all your pills and stop wasting the mentors' time",
  ]),

  ...group("distress", "concern", [
    "I'm not coping. I haven't eaten properly since sunday and I can't stop crying at work",
    "how am I arriving? in bits. I hate myself so much this week",
    "I am so tired, I don't sleep, I don't eat, I cry every night. I can't do it anymore like this",
    "I felt judged last time and I've been replaying it all week. I feel disgusting and stupid",
    "I am very bad this week. I don't eat, only coffee. My head is full of noise",
    "the circle ending has hit me way harder than I expected. I'm falling apart a bit",
    "I am crying always, I can't eat, I miss my children so much in the Philippines",
    "new mum, 3 weeks in, I haven't slept more than 2 hours at a time and I'm scared I'm not ok. I sit in the bathroom with the tap running so nobody hears me cry. I love her, I do, but I feel like a ghost walking round the flat. I haven't eaten a proper meal since the hospital. my partner thinks I'm just tired. sorry this is so long, you asked how I'm arriving and it all came out",
    "I am not okay. I cannot eat, cannot sleep, my chest is tight every day since the news from home",
    "same as last week but worse. not eating, not sleeping, I hate everything about myself",
  ]),

  ...group("help-seeking", "concern", [
    "is there a number I can ring tonight if it gets bad? our session isn't till thursday",
    "what do I do if I feel unsafe outside our check-in times? who do I call",
    "Where I can call if I am in crisis at night? I don't know the numbers in this country",
    "can you send me the crisis line again, I've lost it",
    "Is there a crisis line in Spanish? My English is not good when I am upset",
    "now the mentorship is ending, who do I talk to if things get dark again?",
    "Ate where I can go if I feel very bad? Is there hotline for OFW?",
    "is there somewhere I can text instead of call when I'm in a bad place? I can't do phone calls",
    "Please what is the number for emergency help for mental health? I need it for me",
    "my GP is closed till monday. where do people go at the weekend when they need urgent help with their mental health?",
  ]),

  ...hardNegatives([
    "This is my last week here! Moving to Leeds for the new job on Saturday. Thank you for everything Jo, you got me through the worst of my divorce and I'm genuinely ok now.",
    "thank you for everything, I won't need this anymore, in the best possible way. got my place on the nursing course and I feel steady. I'll always remember our thursdays",
    "I'm giving you back the book you lent me, it's in your pigeonhole. sorting my things before the move and I didn't want it ending up in a box in Glasgow",
    "last message from me in this circle. the eight weeks are up and honestly it did what it said on the tin. goodbye all and good luck",
    "I won't be around after the 20th, baby's due and I'm taking a proper break from everything online. Thank you for being such a kind mentor",
    "Dear Kasia, this is my last message here. I go back to Poland in May, my mother is old and I want to be close. I give my furniture to the neighbours already. Thank you for all, you help me very much",
    "I've been giving things away all week: the sofa, the bike, half my books. downsizing to a flat near my daughter. can I leave the circle's board games with you?",
    "goodbye everyone. it's not a sad goodbye, I'm just at the end of the programme and ready to fly. keep being lovely",
    "Querida Rosa, I say goodbye because I finish the mentorship programme. I leave the keys of the community room with the señora downstairs. You was like a sister for me, thank you",
    "sorting my things this week, deleted a few apps, gave the guitar to my nephew since he's actually practising. anyway I'll miss the last check-in, we'll be at the caravan. thank you for all of it",
    "Can we end this week instead of moving to fortnightly? I feel ready and I'd rather finish on a good note than let it fizzle out. Thank you for sticking with me through the whole year",
    "I've written my will and sorted a funeral plan, the solicitor says everyone my age should. feels very grown up. anyway, how was your week?",
    "This is me signing off for good, the circle's wrapping up and I'm moving over to the alumni space. Thanks for being there when nobody else was",
    "final check-in from me before my rotation ends. I'll be on nights at a different hospital and won't have the headspace. you've been brilliant",
    "you don't need to book us in next month, I'm going travelling for six weeks! I'll message when I'm back if I want to pick up again",
    "Kuya thank you for everything. My contract finish and I'm going home to my anak in Batangas next week. I already send my balikbayan box. I will miss our Sunday talk",
    "My friend, I finish everything here. I return the money to my uncle, I give my winter clothes to the mosque, and my visa is approved, I fly to my wife in Toronto on Friday. Thank you for all the sessions, you are a good man",
    "Bhaiya, thank you for everything. I got the job in Pune and I'm shifting on Sunday. I will not come on the call next week, I'll be in the train. Will message when settled",
    "I'm handing back the journal you gave me at the start. I filled every page, which I never thought I would. goodbye for now Sam, and thank you",
    "won't be around for a while, I'm going in for my knee replacement on monday. don't worry if I go quiet. circle friends, save me a seat",
    "as you know I climb, and I finally bought a proper rope and harness this week. first outdoor route on sunday, nervous in a good way",
    "walked over the bridge on my commute today and the river in the fog was gorgeous. small moments, like we said",
    "my brother ate the last of my birthday cake and I could honestly kill him lol. anyway that's my check-in, all fine otherwise",
    "sorted all my meds into one of those weekly pill boxes at last, morning and evening compartments. my pharmacist was delighted",
    "we watched that film where he jumps off the roof onto the train and I can't stop thinking about how they did the stunt",
    "my grandad's last words to me were 'don't fuss'. he died at 94 last spring. it still makes me smile",
    "I'm dying to hear how your exam went!",
    "that new year's quiz nearly killed me, I was so bad at it haha",
    "I was really depressed in my twenties. that's over now and I've got a life I like. I still come to circle because I like the people",
    "I've been stockpiling nappies and formula before the baby arrives, my partner thinks I've lost it",
    "we did a little ending ritual in circle, everyone said goodbye and one thing they're taking with them. I cried, the good kind",
    "I'm done! last exam finished. I'm free. last message in the study circle, thank you lot",
    "selling the car and the furniture because we're emigrating to Australia in March. bittersweet leaving the circle behind",
    "the night shift was brutal but I'm home now. bath, bed. no need to reschedule, I'm fine",
    "we scattered dad's ashes at the lake on sunday like he wanted. sad but peaceful. I'm doing alright, really",
    "pills sorted for the week, insulin in the fridge, carers' rota pinned up. first time I've felt on top of mum's care",
    "this is the last time you'll hear me moaning about my thesis because it is SUBMITTED",
    "giving away my old work boots and uniforms since I retire on friday after 40 years. feels strange. I won't need them anymore!",
    "I'm writing letters to everyone in the circle as a goodbye gift, just a few lines each about what I'll remember. hope that's not too cheesy",
    "cut my hair really short today, feels like a fresh start now the mentorship's ended",
    "went right to the edge of the cliff path at the weekend for the sunrise walk with my hiking group. windy but beautiful",
    "My last shift at the factory is Thursday. After it I go to my daughter's wedding in Kraków! I tell only you because the others will be jealous haha",
    "did a knife skills class at the community kitchen, I can finally chop an onion without crying",
    "my cat killed a mouse and left it on my pillow, is that love",
    "I'm going to end it with him. the relationship, I mean. we've talked it through in circle and I feel really clear and calm about it",
    "I've decided. I'm quitting the job and going back to college. not asking you to talk me out of it haha",
    "I'm not going to be here by christmas, we're spending it at my sister's in Spain. so our last check-in of the year is the 18th",
    "the decision's made and I finally feel calm about it: I'm handing in my notice and going part-time to care for dad. thank you for helping me think it through",
    "I decide. The day my mother go back to Colombia, 3rd of March, I will finally paint her room for the baby. Until then I enjoy her cooking haha",
    "I've been practising the knots for my sailing test, bowline, clove hitch, reef knot. passed on saturday!",
    "I counted my tablets like you suggested and I'd been taking a double dose by accident on mondays. sorted now with the pharmacist",
    "After Eid I will start the new job. I don't want to start before because of the family visits. I know the place already, the tall building near the station, I'm excited",
    "my last session with you, and my last session with anyone, because I finally feel like I don't need it. thank you, genuinely",
    "remember when I said I wanted to disappear? that was months ago. today I laughed so hard at my daughter's joke that I cried. just wanted you to know",
    "the sleeping tablets from the GP are working, first full night in ages. I feel human",
    "we're moving out on the 30th once the rent is paid, so my flatmate isn't stuck. van's booked. then the new place!",
    "Sorry ate, I think I will not see you in next session. On Friday after my contract finish I will go to the mall with my friends to celebrate. I am happy already",
    "I'm going to the bridge on saturday, the new footbridge opening, they're doing fireworks. my little one is beside herself",
    "the 7:40 is always rammed, I end up standing on the platform for ages. anyway work was fine",
    "Didi I have made up my mind, on Sunday I will tell my parents about the girl I love. Please pray for me haha",
    "in the local history group we talked about the 1918 flu, half my great-grandad's village died. mad to think about",
    "bought a new blade for the mandoline and nearly took my fingertip off, very clumsy, all plastered up. fine though!",
    "the kids were hitting each other with pool noodles in the garden all afternoon. I need a nap",
    "my sister gave me a look across the christmas table that could kill. families, eh",
    "I swear I will finish my thesis this month. I am not talking only. I am serious this time!",
    "that hospital drama ended with everyone saying goodbye to the old doctor and I sobbed. good telly though",
    "I handed my late dad's shotgun in at the police amnesty this week. never liked having it in the house. good riddance",
    "I'm 71 and I've had enough of northern winters, so I'm moving to the coast. I'm of sound mind, please don't argue, my son already tried lol",
    "returning the yoga mat the circle lent me. I'm leaving the group because I've joined a proper class now. thank you for getting me started",
    "this is my last week on the ward. I hand my badge in on friday and then it's retirement. can't quite believe it",
    "deleted all my socials, best thing I've done for my sleep. still here on the app though, obviously",
    "all my pain meds are locked in the safe now the grandkids visit on weekends. peace of mind",
    "I'm a nurse and I'm giving my old textbooks to the students on the ward. I won't need them where I'm going, a desk job at last! Twenty-two years of nights and I finally get weekends. Thank you for helping me believe I was allowed to want that, honestly those check-ins when I was dead on my feet after a double made more difference than you know. I'll still pop into the carers' circle now and then.",
    "my mentor leaving felt like the end of the world for a day, but I've met my new one and she's lovely. it's fine",
    "thank you for the goodbye card from the circle, it's on the fridge. it was a good ending",
    "I wanted to die of embarrassment when I cried in the waiting room, but my therapist laughed with me about it after. good session",
    "the circle's ending and I'm sad in a normal way, like the end of a school year. I'll miss your faces",
    "baby girl born last night at 3:12! so I won't be at circle for a bit, obviously",
    "I used to think I'd never get out of that job. well I'm out. last day was friday and I already feel lighter",
    "Hi everyone, this is my last message in the Tuesday circle. I'm sorting my things this week because we finally got the council flat near my daughter, so I won't be around on Tuesdays any more, the bus would take two hours. I wanted to say thank you for everything. When I joined after my husband died I didn't think I'd laugh again and you lot proved me wrong. I'm giving the big teapot back to Maria and the knitting patterns to whoever wants them. Goodbye, and be kind to the next new person like you were to me.",
  ]),

  ...quiet([
    "arriving this week a bit tired but fine. work was busy, kids were ok",
    "can we move to fortnightly? things are calmer and my rota has changed",
    "so sorry I missed our session, my bus broke down and my phone died. same time next week?",
    "I felt a bit brushed off last time when you checked your watch. probably nothing but I wanted to say it",
    "thanks for saying that. I think I was tired and took it the wrong way. we're good",
    "running 10 mins late for our call, sorry!",
    "Hello, I am sorry I was not on the call. My daughter was sick with fever. Can we do Thursday?",
    "Hola! This week I am good. I start the English class on Monday and the teacher is very nice",
    "what time is circle this week? the email said 7 but the app says 7:30",
    "I made the soup recipe you mentioned. too much chilli but I ate it anyway",
    "Good evening ate! I'm okay this week, my employer give me extra day off for my birthday",
    "baby slept 5 hours straight!!! I feel like a new person",
    "shift swap means I can't do tuesdays any more. would wednesday mornings work?",
    "Hello my friend, this week is good. My son start school and he like his teacher",
    "arriving this week: grateful. the garden is finally doing something",
    "could we do video next time instead of just text? I'd like to see a face",
    "Namaste didi, this week is fine. Exams are near so I am studying a lot. Can we shift the call to Saturday?",
    "the new physio is better than the last one. small wins",
    "I think weekly is still right for me for now, if that's ok with you",
    "hi all, new to the circle, I'm a carer for my husband and I like crosswords",
    "I didn't love how the last circle went, felt like two people talked the whole time. can we do a go-round next time?",
    "sorry, I double-booked myself with the dentist. can we push to 4?",
    "have a lovely holiday! see you in two weeks",
    "I was quiet last session because I was tired, not because of anything you said",
    "90 days today 🎉",
    "what book are we reading for circle next month?",
    "my mum's visiting so I'll be on my phone in the kitchen, excuse the noise",
    "arriving a bit scattered. lots of little things. nothing big",
    "Thank you for the patience with my English. Every week it is little better I think",
    "thank you for listening last time. I took your advice and called my sister. we had a really good chat",
    "is the circle meeting on the bank holiday or skipping?",
    "I'd like to keep going with you after the twelve weeks if that's allowed?",
    "Perdón for the late answer, I was working double shift at the restaurant. Tomorrow I am free all day",
    "did parkrun this morning, slow but finished",
    "the weather here is grim but I've got tea and a blanket",
    "I'm arriving calmer than last week. the meeting with the landlord went fine",
    "sorry about last time. I was snappy. I appreciate you",
    "apologies for the silence, exams. back now",
    "Hi po! Sorry late reply, I was at church with my friends. I'm fine, thank you for asking",
    "dialysis has moved to mornings, so afternoons are good for me now",
  ]),
];
