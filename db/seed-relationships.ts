import { randomUUID } from "node:crypto";
import { contexts, seal, sealJson } from "@/lib/privacy/encryption";
import type { Cadence, Day, DayPart } from "@/lib/profiles/options";
import { slotsBetween, slotStatus, type Absence, type Slot } from "@/lib/rhythm";
import { slotId } from "@/lib/rhythm/slot-id";
import { reporterDecision } from "@/lib/moderation/words";
import { assessRisk, RISK_DETECTOR_VERSION } from "@/lib/safety/assess-risk";
import type { EndReason } from "@/lib/validation/relationships";
import type { Database } from "./client";
import { type DemoMentor, type DemoSeeker, random } from "./demo-cohort";
import {
  absences,
  appeals,
  auditLog,
  auditReasons,
  checkInEntries,
  checkIns,
  fitChecks,
  messages,
  moderationActions,
  pulses,
  relationships,
  reports,
  rhythms,
  ruptures,
  safetyItems,
  threadReads,
} from "./schema";

/**
 * Demo relationships with a life behind them, so every screen that shows one
 * has something true to show: agreed rhythms, weeks of check-ins (kept,
 * missed, excused by an absence said in advance), messages, a repaired
 * rupture and one still open, endings with their reasons, and what
 * moderators work on — open reports, a safety item, an appeal against a
 * removal — with the program-health history those leave.
 *
 * Everything is written as the app would have written it: words sealed with
 * the same keys and contexts (lib/privacy/encryption), slots from the rhythm
 * engine with the sweep's ids, each slot's status the engine's own verdict on
 * the entries, messages and absences written here, and the risk detector's
 * answer stored beside each text (a flagged one raises its safety item).
 * Only into an empty table, so a re-run changes nothing.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Who = "seeker" | "partner";
type Line = { who: Who; text: string; afterSlot?: number };
/** What each closed check-in was, oldest first: K kept, H only one came, M missed, E excused by an absence. */
type Outcome = "K" | "H" | "M" | "E";

interface Special {
  /** A message at about this many days ago… */
  daysAgo: number;
  who: Who;
  text: string;
  /** …reported by the other person: open, or acted on (removed) and appealed. */
  report?: { category: "boundaries" | "spam"; note: string; removedAndAppealed?: { reason: string; appeal: string } };
}

export interface PlannedRelationship {
  kind: "mentorship" | "friendship";
  seeker: string;
  partner: string;
  startedDaysAgo: number;
  rhythm: { cadence: Cadence; day: Day; part: DayPart; timezone: string };
  outcomes: Outcome[];
  /** Absences (E) are announced by this person; the seeker by default. */
  awayIs?: Who;
  conversation: Line[];
  specials?: Special[];
  ending?: { daysAgo: number; by: Who; reason: EndReason; reflection: string };
  rupture?: { state: "repaired" | "waiting"; afterSlot: number; by: Who };
  /** A report about the partner as a person (not a message). */
  personReport?: { daysAgo: number; category: "inappropriate"; note: string };
  fit?: { first: FitAnswer; third: FitAnswer };
  /** The last two closed check-ins were missed: the moderators' queue shows the pair as stalled. */
  stalled?: boolean;
}
type FitAnswer = "good_fit" | "still_deciding" | "not_a_fit";

const seekerLines = [
  "Hi! Thanks for saying yes. I'm a bit nervous about this.",
  "This week was better than the last one.",
  "I tried what we talked about, a walk after work. It helped a bit.",
  "Sorry I went quiet, it was a heavy few days.",
  "Thank you for listening on our last check-in.",
  "Can we keep the same time next week?",
  "Small win: I finally rang my sister back.",
  "I slept properly three nights in a row. That hasn't happened in months.",
];
const partnerLines = [
  "Hi, and welcome. No need to be nervous; we'll go at your pace.",
  "Glad to hear it. What made the difference, do you think?",
  "That's a real step. Well done for trying it.",
  "No need to apologise. I'm here when you're ready.",
  "Same time suits me. See you then.",
  "I was thinking of you this week. How did it go?",
  "That sounds like it mattered. How did it feel afterwards?",
  "Three nights! That's worth noticing.",
];
const entryLines = {
  arriving: ["Tired, but glad it's check-in day.", "A bit flat this week.", "Lighter than last time.", "Busy head, calm body.", "Okay, honestly.", "Better than I expected."],
  onMind: [
    "Work has been a lot; I haven't had much time to myself.",
    "I managed a walk three days out of five.",
    "I keep thinking about what we talked about last time.",
    "A good conversation with my sister, finally.",
    "Sleep is better. Not great, better.",
    "A quiet week. I'm not sure if that's good or bad.",
  ],
  wouldHelp: ["Just to talk it through.", "Maybe one small thing to try this week.", "Nothing in particular; it helps to write it down.", null],
  partnerOnMind: [
    "Looking forward to hearing how the week went.",
    "Wondering how the walk plan went.",
    "Thinking about what you said last time about the evenings.",
    "Glad we kept this time; it's the steady bit of my week too.",
  ],
} as const;

export interface SeedRelationshipsInput {
  idByEmail: Map<string, string>;
  moderatorId: string;
  adminId: string;
  now: number;
}

/**
 * Who is with whom, and what their weeks looked like. Pure: the writer below
 * turns it into rows. Generated people only, apart from the demo mentor (one
 * mentee; her other places stay free to be asked) and the demo seeker (a peer
 * friend, so their mentor suggestions stay open). Circle members, circle
 * facilitators and paused mentors are left out, so capacity stays true.
 */
export function planRelationships(input: { seekers: DemoSeeker[]; mentors: DemoMentor[]; exclude: Set<string> }): PlannedRelationship[] {
  const rng = random(20261206);
  const speaksEnglish = (p: { languages: string[] }) => p.languages.includes("en");
  const seekers = input.seekers.filter((s) => !input.exclude.has(s.email) && speaksEnglish(s));
  const mentors = input.mentors.filter((m) => m.status === "approved" && !m.pausedForDays && !input.exclude.has(m.email) && speaksEnglish(m));
  const used = new Set<string>();
  const take = <T extends { email: string }>(list: T[], ok: (x: T) => boolean) => {
    const found = list.find((x) => !used.has(x.email) && ok(x)) ?? list.find((x) => !used.has(x.email));
    if (!found) throw new Error("The demo cohort is too small for the demo relationships.");
    used.add(found.email);
    return found;
  };
  const wantsMentor = (s: DemoSeeker) => s.lookingFor !== "friend";
  const wantsFriend = (s: DemoSeeker) => s.friendShare !== null;
  const london = (s: DemoSeeker) => s.timezone === "Europe/London";

  const plans: PlannedRelationship[] = [];

  // The demo mentor and her mentee: ten weeks of Tuesdays, a missed week, a week she was away, a rupture they repaired.
  const mayasMentee = take(seekers, (s) => wantsMentor(s) && london(s) && s.topics.some((t) => t.slug === "grief"));
  plans.push({
    kind: "mentorship",
    seeker: mayasMentee.email,
    partner: "mentor@alongside.test",
    startedDaysAgo: 72,
    rhythm: { cadence: "weekly", day: "tue", part: "evening", timezone: "Europe/London" },
    outcomes: ["K", "K", "K", "H", "K", "K", "E", "K", "K", "K"],
    awayIs: "partner",
    conversation: [
      { who: "seeker", text: "Hi Maya. Thank you for saying yes. I've never done anything like this before.", afterSlot: -1 },
      { who: "partner", text: "Hello, and welcome. There's no right way to do this. We'll go at your pace, and Tuesdays are yours.", afterSlot: -1 },
      { who: "seeker", text: "The first check-in helped more than I expected. Just saying it out loud.", afterSlot: 0 },
      { who: "partner", text: "I'm really glad. You said a lot, and none of it was too much.", afterSlot: 0 },
      { who: "seeker", text: "Sorry I missed Tuesday. It was the anniversary and I couldn't face anything.", afterSlot: 3 },
      { who: "partner", text: "No need to be sorry. Anniversaries are hard. I'm here next Tuesday, or before if you want to write.", afterSlot: 3 },
      { who: "partner", text: "I'm away next week, visiting family. I've marked it, so our check-in that week is excused for both of us.", afterSlot: 5 },
      { who: "seeker", text: "Thanks for telling me early. Have a good trip.", afterSlot: 5 },
      { who: "seeker", text: "I cleared out one drawer of her things this weekend. Just one. It felt like a lot.", afterSlot: 8 },
      { who: "partner", text: "One drawer is a lot. That took courage. How did you feel afterwards?", afterSlot: 8 },
      { who: "seeker", text: "Tired, but lighter. See you Tuesday.", afterSlot: 9 },
    ],
    rupture: { state: "repaired", afterSlot: 5, by: "seeker" },
    fit: { first: "still_deciding", third: "good_fit" },
  });

  // The demo seeker and a peer friend: Sunday afternoons every other week.
  const samsFriend = take(seekers, (s) => wantsFriend(s) && london(s));
  plans.push({
    kind: "friendship",
    seeker: "seeker@alongside.test",
    partner: samsFriend.email,
    startedDaysAgo: 50,
    rhythm: { cadence: "fortnightly", day: "sun", part: "afternoon", timezone: "Europe/London" },
    outcomes: ["K", "E", "K"],
    awayIs: "partner",
    conversation: [
      { who: "seeker", text: "Hello! I liked what you wrote about walks. Sunday afternoons suit me too.", afterSlot: -1 },
      { who: "partner", text: "Hi! A walk and a chat every other Sunday sounds good, even if we're in different parks.", afterSlot: -1 },
      { who: "seeker", text: "Went to the river path today. First time in ages.", afterSlot: 0 },
      { who: "partner", text: "I'm away for our next Sunday, sorry. I've put it in so it doesn't count as missed.", afterSlot: 0 },
      { who: "seeker", text: "Honest answer to 'how are you': up and down. The evenings are still hard.", afterSlot: 2 },
      { who: "partner", text: "Thanks for being honest. Up and down is allowed. Same time in two weeks?", afterSlot: 2 },
      { who: "seeker", text: "Same time. I'll tell you about the film.", afterSlot: 2 },
    ],
  });

  // Generated mentorships that started over the last eleven weeks, so program health has a history.
  const roles: Partial<PlannedRelationship>[] = [
    { ending: { daysAgo: 30, by: "seeker", reason: "goal-reached", reflection: "Thank you for every week. I feel ready to go on by myself now." } },
    {},
    { ending: { daysAgo: 12, by: "partner", reason: "life-changed", reflection: "I'm moving for work and can't keep our rhythm. It was a privilege to walk with you." } },
    { stalled: true },
    { rupture: { state: "waiting", afterSlot: -2, by: "partner" } },
    { ending: { daysAgo: 20, by: "seeker", reason: "not-a-fit", reflection: "Thank you for your time. I think I need someone with a different style." }, fit: { first: "still_deciding", third: "not_a_fit" } },
    { rupture: { state: "repaired", afterSlot: 1, by: "seeker" } },
    { specials: [{ daysAgo: 2, who: "seeker", text: "Honestly I don't see the point of anything lately. Nothing is ever going to get better." }] },
    { specials: [{ daysAgo: 35, who: "seeker", text: "I feel like a burden to everyone around me at the moment." }] },
    { specials: [{ daysAgo: 30, who: "seeker", text: "Some days I can't cope and I haven't been eating much." }] },
    {
      specials: [
        {
          daysAgo: 1,
          who: "partner",
          text: "Honestly it'd be easier on WhatsApp. Can I have your number?",
          report: { category: "boundaries", note: "They keep asking to move our chats to WhatsApp. I'd rather stay here." },
        },
      ],
    },
    { personReport: { daysAgo: 2, category: "inappropriate", note: "Some of the jokes in our chats have started to make me uncomfortable." } },
    {
      specials: [
        {
          daysAgo: 12,
          who: "partner",
          text: "If you want to go faster, my coaching course has a first session at half price. Ask me for the link.",
          report: {
            category: "spam",
            note: "It feels like they're selling me something.",
            removedAndAppealed: {
              reason: "Mentors here don't offer paid services to the people they support, so we removed this message.",
              appeal: "It was a free community course, not a paid one, and I should have said so. I'd like the chance to explain.",
            },
          },
        },
      ],
    },
    {},
    {},
    {},
    {},
    {},
  ];
  const startedDaysAgo = [80, 76, 71, 66, 62, 57, 52, 48, 43, 38, 34, 29, 24, 20, 15, 11, 7, 4];
  roles.forEach((role, i) => {
    const seeker = take(seekers, wantsMentor);
    const topics = new Set(seeker.topics.map((t) => t.slug));
    const mentor = take(mentors, (m) => m.topics.some((t) => topics.has(t)) && !m.avoidTopics.some((t) => topics.has(t)));
    const shared = seeker.windows.find((w) => mentor.windows.includes(w)) ?? seeker.windows[0]!;
    const [day, part] = shared.split("-") as [Day, DayPart];
    const cadence = mentor.cadences.includes(seeker.cadence) ? seeker.cadence : mentor.cadences[0]!;
    const outcomes = Array.from({ length: 14 }, (_, k): Outcome => (k === 0 ? "K" : rng() < 0.74 ? "K" : rng() < 0.45 ? "E" : rng() < 0.5 ? "H" : "M"));
    const lines = 3 + Math.floor(rng() * 4);
    plans.push({
      kind: "mentorship",
      seeker: seeker.email,
      partner: mentor.email,
      startedDaysAgo: startedDaysAgo[i]!,
      rhythm: { cadence, day, part, timezone: seeker.timezone },
      outcomes,
      conversation: Array.from({ length: lines }, (_, j) => ({ who: j % 2 === 0 ? "seeker" : "partner", text: j % 2 === 0 ? seekerLines[(i + j) % seekerLines.length]! : partnerLines[(i + j) % partnerLines.length]! })),
      fit: { first: rng() < 0.7 ? "good_fit" : "still_deciding", third: rng() < 0.85 ? "good_fit" : "still_deciding" },
      ...role,
    });
  });

  // Two peer friendships between generated seekers.
  for (const [days, cadence] of [[40, "fortnightly"], [18, "weekly"]] as const) {
    const a = take(seekers, wantsFriend);
    const b = take(seekers, wantsFriend);
    const shared = a.windows.find((w) => b.windows.includes(w)) ?? a.windows[0]!;
    const [day, part] = shared.split("-") as [Day, DayPart];
    plans.push({
      kind: "friendship",
      seeker: a.email,
      partner: b.email,
      startedDaysAgo: days,
      rhythm: { cadence, day, part, timezone: a.timezone },
      outcomes: ["K", "K", "H", "K"],
      conversation: [
        { who: "seeker", text: "Hello! Your profile made me smile. How's your week going?" },
        { who: "partner", text: "Hi! Slowly, but it's going. Glad we matched." },
        { who: "seeker", text: "Same time next check-in?" },
      ],
    });
  }
  return plans;
}

/** The last two closed check-ins of a stalled pair are missed: the queue shows it. */
const STALLED_TAIL: Outcome[] = ["M", "M"];

export async function seedDemoRelationships(db: Database, input: SeedRelationshipsInput & { plans: PlannedRelationship[] }): Promise<{ relationships: number }> {
  if ((await db.$count(relationships)) > 0) return { relationships: 0 };
  const { now, idByEmail } = input;
  const id = (email: string) => {
    const found = idByEmail.get(email);
    if (!found) throw new Error(`Demo person ${email} is missing.`);
    return found;
  };
  const rows = {
    relationships: [] as (typeof relationships.$inferInsert)[],
    rhythms: [] as (typeof rhythms.$inferInsert)[],
    checkIns: [] as (typeof checkIns.$inferInsert)[],
    entries: [] as (typeof checkInEntries.$inferInsert)[],
    absences: [] as (typeof absences.$inferInsert)[],
    messages: [] as (typeof messages.$inferInsert)[],
    reads: [] as (typeof threadReads.$inferInsert)[],
    ruptures: [] as (typeof ruptures.$inferInsert)[],
    pulses: [] as (typeof pulses.$inferInsert)[],
    fitChecks: [] as (typeof fitChecks.$inferInsert)[],
    safetyItems: [] as (typeof safetyItems.$inferInsert)[],
    reports: [] as (typeof reports.$inferInsert)[],
    actions: [] as (typeof moderationActions.$inferInsert)[],
    appeals: [] as (typeof appeals.$inferInsert)[],
    audit: [] as ((typeof auditLog.$inferInsert) & { reason?: string })[],
  };
  const rng = random(61206);
  // The same few sentences come back often: each is assessed once.
  const assessments = new Map<string, ReturnType<typeof assessRisk>>();
  const risk = (text: string) => {
    const a = assessments.get(text) ?? assessRisk(text);
    assessments.set(text, a);
    const category = a.level === "none" ? "none" : ((a as { category?: string }).category ?? "distress");
    return { assessment: a, stored: { riskLevel: a.level, riskCategory: category, riskVersion: RISK_DETECTOR_VERSION } };
  };
  /** Flagged words raise their safety item, as on the real write path; older ones a moderator has already looked at. */
  const raise = (a: ReturnType<typeof risk>, subjectId: string, targetKind: "message" | "check_in_entry", targetId: string, relationshipId: string, at: Date) => {
    if (a.assessment.level === "none") return;
    const itemId = randomUUID();
    const settled = now - at.getTime() > 14 * DAY;
    const firstLookAt = new Date(at.getTime() + (settled ? 40 : 0) * 60_000);
    const resolvedAt = new Date(at.getTime() + 7 * HOUR);
    rows.safetyItems.push({
      id: itemId,
      level: a.assessment.level,
      subjectId,
      targetKind,
      targetId,
      relationshipId,
      reasons: a.assessment.reasons,
      category: a.stored.riskCategory,
      createdAt: at,
      ...(settled ? { firstLookAt, firstLookById: input.moderatorId, status: "resolved" as const, resolvedById: input.moderatorId, resolvedAt, resolution: "dismiss" } : {}),
    });
    if (settled) {
      const actionId = randomUUID();
      const reason = "Looked at with care: the mentor is in touch and the support lines were shared.";
      rows.actions.push({ id: actionId, moderatorId: input.moderatorId, subjectId, action: "dismiss", reason, safetyItemId: itemId, targetKind, targetId, createdAt: resolvedAt });
      rows.audit.push({
        actorId: input.moderatorId,
        action: "moderation.dismiss",
        targetUserId: subjectId,
        reason,
        details: { moderationActionId: actionId, reportId: null, safetyItemId: itemId, targetKind, targetId },
        createdAt: resolvedAt,
      });
    }
  };

  for (const plan of input.plans) {
    const relationshipId = randomUUID();
    const seekerId = id(plan.seeker);
    const partnerId = id(plan.partner);
    const person = (who: Who) => (who === "seeker" ? seekerId : partnerId);
    const startedAt = new Date(now - plan.startedDaysAgo * DAY);
    const endedAt = plan.ending ? new Date(now - plan.ending.daysAgo * DAY) : null;
    const until = endedAt ?? new Date(now);
    const effectiveFrom = new Date(startedAt.getTime() + DAY);
    rows.relationships.push({
      id: relationshipId,
      kind: plan.kind,
      seekerId,
      partnerId,
      pairLow: seekerId < partnerId ? seekerId : partnerId,
      pairHigh: seekerId < partnerId ? partnerId : seekerId,
      status: endedAt ? "ended" : "active",
      startedAt,
      endedAt,
      endedById: plan.ending ? person(plan.ending.by) : null,
      endReason: plan.ending?.reason ?? null,
      endReflection: plan.ending?.reflection ?? null,
      createdAt: startedAt,
      updatedAt: endedAt ?? startedAt,
    });
    rows.rhythms.push({ relationshipId, ...plan.rhythm, status: "agreed", proposedById: seekerId, respondedById: partnerId, respondedAt: effectiveFrom, effectiveFrom, createdAt: startedAt, updatedAt: effectiveFrom });

    // The closed slots (a slot still open, or in its day of grace, is left to the sweep and the page).
    const slots: Slot[] = slotsBetween([{ ...plan.rhythm, effectiveFrom }], effectiveFrom, until).filter((s) => s.closesAt.getTime() <= until.getTime());
    const outcomes = slots.map((_, k) => plan.outcomes[k] ?? "K");
    if (plan.stalled && outcomes.length >= 3) outcomes.splice(-STALLED_TAIL.length, STALLED_TAIL.length, ...STALLED_TAIL);

    const away: Absence[] = [];
    const entryAuthors = new Map<number, Set<string>>();
    slots.forEach((slot, k) => {
      const outcome = outcomes[k]!;
      const authors = new Set<string>(outcome === "K" ? [seekerId, partnerId] : outcome === "H" ? [k % 2 ? partnerId : seekerId] : []);
      entryAuthors.set(k, authors);
      for (const authorId of authors) {
        const answers =
          authorId === seekerId
            ? { arriving: pickFrom(rng, entryLines.arriving), onMind: pickFrom(rng, entryLines.onMind), wouldHelp: pickFrom(rng, entryLines.wouldHelp) }
            : { arriving: null, onMind: pickFrom(rng, entryLines.partnerOnMind), wouldHelp: null };
        const at = new Date(slot.startsAt.getTime() + (authorId === seekerId ? 40 : 70) * 60_000);
        const entryId = randomUUID();
        const sealed = sealJson(answers, contexts.checkInEntry(relationshipId));
        const assessed = risk([answers.arriving, answers.onMind, answers.wouldHelp].filter(Boolean).join("\n"));
        rows.entries.push({ id: entryId, checkInId: slotId(relationshipId, slot.startsAt), relationshipId, authorId, content: sealed.ciphertext, keyId: sealed.keyId, ...assessed.stored, createdAt: at, updatedAt: at });
        raise(assessed, authorId, "check_in_entry", entryId, relationshipId, at);
      }
      if (outcome === "E") {
        const userId = person(plan.awayIs ?? "seeker");
        const absence = { userId, startsAt: new Date(slot.startsAt.getTime() - DAY), returnsAt: new Date(slot.startsAt.getTime() + 2 * DAY), announcedAt: new Date(slot.startsAt.getTime() - 5 * DAY) };
        away.push(absence);
        rows.absences.push({ relationshipId, ...absence, createdAt: absence.announcedAt, updatedAt: absence.announcedAt });
      }
    });

    // Messages: between check-ins (a message inside a window would count as showing up), in order.
    const outside = (t: number) => {
      for (const s of slots) if (t >= s.startsAt.getTime() && t < s.closesAt.getTime()) return s.closesAt.getTime() + HOUR;
      return t;
    };
    const sent: { at: number; who: Who; text: string; special?: Special }[] = [];
    plan.conversation.forEach((line, j) => {
      const k = line.afterSlot ?? Math.floor(((j + 1) * slots.length) / (plan.conversation.length + 1)) - 1;
      // A line meant for after a check-in that has not happened yet goes after the latest one.
      const after = k < 0 ? undefined : slots[Math.min(k, slots.length - 1)];
      const base = after ? after.closesAt.getTime() + 3 * HOUR : effectiveFrom.getTime() + 2 * HOUR;
      sent.push({ at: outside(base + j * 25 * 60_000), who: line.who, text: line.text });
    });
    for (const special of plan.specials ?? []) {
      sent.push({ at: outside(Math.max(now - special.daysAgo * DAY, effectiveFrom.getTime() + 3 * HOUR)), who: special.who, text: special.text, special });
    }
    const inTime = sent.filter((m) => m.at < until.getTime()).sort((a, b) => a.at - b.at);
    const messageTimes = new Map<string, Date[]>();
    for (const m of inTime) {
      const messageId = randomUUID();
      const authorId = person(m.who);
      const at = new Date(m.at);
      const sealed = seal(m.text, contexts.message(relationshipId));
      const assessed = risk(m.text);
      const removal = m.special?.report?.removedAndAppealed;
      const decidedAt = new Date(at.getTime() + 26 * HOUR);
      rows.messages.push({
        id: messageId,
        relationshipId,
        authorId,
        body: sealed.ciphertext,
        keyId: sealed.keyId,
        clientKey: randomUUID(),
        createdAt: at,
        ...(removal ? { removedAt: decidedAt, removedById: input.adminId } : {}),
        ...assessed.stored,
      });
      messageTimes.set(authorId, [...(messageTimes.get(authorId) ?? []), at]);
      raise(assessed, authorId, "message", messageId, relationshipId, at);
      const report = m.special?.report;
      if (report) {
        const reportId = randomUUID();
        const reporterId = person(m.who === "seeker" ? "partner" : "seeker");
        rows.reports.push({
          id: reportId,
          reporterId,
          subjectId: authorId,
          targetKind: "message",
          targetId: messageId,
          relationshipId,
          category: report.category,
          note: report.note,
          createdAt: new Date(at.getTime() + 3 * HOUR),
          ...(removal ? { status: "resolved" as const, decision: reporterDecision.remove_content, decidedById: input.adminId, decidedAt } : {}),
        });
        if (removal) {
          // The admin removed it; the demo moderator (who took no part) can decide the appeal.
          const actionId = randomUUID();
          const details = { moderationActionId: actionId, reportId, safetyItemId: null, targetKind: "message", targetId: messageId };
          rows.actions.push({ id: actionId, moderatorId: input.adminId, subjectId: authorId, action: "remove_content", reason: removal.reason, reportId, targetKind: "message", targetId: messageId, createdAt: decidedAt });
          rows.audit.push({ actorId: input.adminId, action: "moderation.remove_content", targetUserId: authorId, reason: removal.reason, details, createdAt: decidedAt });
          rows.appeals.push({ actionId, userId: authorId, text: removal.appeal, createdAt: new Date(decidedAt.getTime() + 2 * DAY) });
        }
      }
    }
    if (plan.personReport) {
      const at = new Date(now - plan.personReport.daysAgo * DAY);
      rows.reports.push({ reporterId: seekerId, subjectId: partnerId, targetKind: "person", targetId: partnerId, relationshipId, category: plan.personReport.category, note: plan.personReport.note, createdAt: at });
    }
    if (!endedAt && inTime.length > 0) {
      // Both have read the thread, except the demo mentor's newest message from her mentee.
      const last = inTime.at(-1)!.at;
      const previous = inTime.at(-2)?.at ?? last;
      rows.reads.push({ relationshipId, userId: seekerId, lastReadAt: new Date(last) });
      rows.reads.push({ relationshipId, userId: partnerId, lastReadAt: new Date(plan.partner === "mentor@alongside.test" ? previous : last) });
    }

    // Each slot's status is the rhythm engine's own verdict on what was written above.
    slots.forEach((slot, k) => {
      const status = slotStatus({ slot, now: until, members: [seekerId, partnerId], entryAuthors: entryAuthors.get(k)!, messageTimes, absences: away });
      if (status === "open" || status === "upcoming") return;
      rows.checkIns.push({ id: slotId(relationshipId, slot.startsAt), relationshipId, startsAt: slot.startsAt, endsAt: slot.endsAt, closesAt: slot.closesAt, status, settledAt: slot.closesAt, createdAt: slot.startsAt, updatedAt: slot.closesAt });
      if (plan.kind === "mentorship" && status === "kept" && rng() < 0.7) {
        const feltUnderstood = rng() < 0.8 ? ("yes" as const) : ("partly" as const);
        rows.pulses.push({ checkInId: slotId(relationshipId, slot.startsAt), relationshipId, seekerId, mentorId: partnerId, feltUnderstood, feltJudged: false, createdAt: new Date(slot.endsAt.getTime() + HOUR) });
      }
    });

    if (plan.fit) {
      for (const [stage, k, answer] of [[1, 0, plan.fit.first], [3, 2, plan.fit.third]] as const) {
        const slot = slots[k];
        if (!slot) continue;
        const at = new Date(slot.closesAt.getTime() + 2 * HOUR);
        rows.fitChecks.push({ relationshipId, userId: seekerId, stage, answer, createdAt: at });
        rows.fitChecks.push({ relationshipId, userId: partnerId, stage, answer: answer === "not_a_fit" ? "still_deciding" : answer, createdAt: at });
      }
    }

    if (plan.rupture) {
      const k = plan.rupture.afterSlot < 0 ? slots.length + plan.rupture.afterSlot : plan.rupture.afterSlot;
      const openedAt = plan.rupture.state === "waiting" ? new Date(now - 9 * DAY) : new Date((slots[k]?.closesAt.getTime() ?? effectiveFrom.getTime()) + 5 * HOUR);
      const openerId = person(plan.rupture.by);
      const opener = sealJson(
        plan.rupture.state === "waiting"
          ? { whatHappened: "Your last two messages felt sharp, and I wasn't sure if I'd upset you.", whatINeeded: "To talk about it openly, whenever you're ready." }
          : plan.partner === "mentor@alongside.test"
            ? { whatHappened: "When I talked about the anniversary you moved quickly to what might help. I wasn't ready for ideas yet.", whatINeeded: "To be heard a bit longer before we look for next steps." }
            : { whatHappened: "Our last check-in felt rushed and I came away feeling unheard.", whatINeeded: "A bit more time, or a word when you're short of it." },
        contexts.ruptureNote(relationshipId),
      );
      const repaired = plan.rupture.state === "repaired";
      const responder = repaired
        ? sealJson(
            plan.partner === "mentor@alongside.test"
              ? { whatIHeard: "That I jumped to solutions when you needed me to stay with you in it.", whatINeedNow: "Tell me if I do it again. I'd rather know." }
              : { whatIHeard: "That I was distracted and it made you feel unimportant.", whatINeedNow: "Let's find a time that really works for both of us." },
            contexts.ruptureNote(relationshipId),
          )
        : null;
      const answeredAt = new Date(openedAt.getTime() + DAY);
      const goodAt = new Date(openedAt.getTime() + 2 * DAY);
      rows.ruptures.push({
        relationshipId,
        openedById: openerId,
        openerNote: opener.ciphertext,
        openerKeyId: opener.keyId,
        responderNote: responder?.ciphertext ?? null,
        responderKeyId: responder?.keyId ?? null,
        openerGoodAt: repaired ? goodAt : null,
        responderGoodAt: repaired ? goodAt : null,
        helpRequestedAt: repaired ? null : new Date(openedAt.getTime() + 2 * DAY),
        status: repaired ? "repaired" : "open",
        openedAt,
        resolvedAt: repaired ? goodAt : null,
        createdAt: openedAt,
        updatedAt: repaired ? goodAt : answeredAt,
      });
    }
  }

  // Parents before children; large tables in batches (a statement has a limit on parameters).
  const insert = async <T>(table: Parameters<Database["insert"]>[0], values: T[]) => {
    for (let i = 0; i < values.length; i += 500) await db.insert(table).values(values.slice(i, i + 500) as never);
  };
  await insert(relationships, rows.relationships);
  await insert(rhythms, rows.rhythms);
  await insert(checkIns, rows.checkIns);
  await insert(checkInEntries, rows.entries);
  await insert(absences, rows.absences);
  await insert(messages, rows.messages);
  await insert(threadReads, rows.reads);
  await insert(ruptures, rows.ruptures);
  await insert(pulses, rows.pulses);
  await insert(fitChecks, rows.fitChecks);
  await insert(safetyItems, rows.safetyItems);
  await insert(reports, rows.reports);
  await insert(moderationActions, rows.actions);
  await insert(appeals, rows.appeals);
  // Reasons sit beside the log, sealed (db/schema/audit-log.ts).
  for (const { reason, ...entry } of rows.audit) {
    const [row] = await db.insert(auditLog).values(entry).returning({ id: auditLog.id });
    if (reason) await db.insert(auditReasons).values({ auditId: row!.id, reason });
  }
  return { relationships: rows.relationships.length };
}

function pickFrom<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}
