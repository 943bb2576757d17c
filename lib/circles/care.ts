import { listWords } from "@/lib/matching/explain";

/**
 * Words for when someone is missed. The facilitator gets a gentle prompt and
 * two or three openings they can edit before sending; after two misses in a
 * row the member hears from the circle too. Never blame, never a count.
 */
export function reachOutOpenings(memberName: string, circleTitle: string): string[] {
  return [
    `Hi ${memberName}, we missed you in ${circleTitle} this week — no need to explain. Your seat is here whenever you're ready.`,
    `Thinking of you, ${memberName}. If this week was a lot, that's okay. Would it help to check in here, even briefly?`,
    `Hi ${memberName}, just a hello from the circle. No pressure to reply — we'll be glad to see you next time.`,
  ];
}

export const FACILITATOR_PROMPT = {
  title: "Someone was missed in your circle",
  body: (memberName: string) => `${memberName} wasn't at the last session and didn't say ahead. A short, warm word usually means a lot — there are openings you can edit on the circle page.`,
};

export const MEMBER_TWO_MISSED = {
  title: "Your circle is thinking of you",
  body: "You've been missed at the last two sessions. There's no catching up to do — your seat is still yours. If you'd like a break, you can say so on the circle page, or step back with a few closing words.",
};

/** A short guide for the facilitator when a member says something felt off. */
export const REPAIR_GUIDE = [
  "Thank them for saying so — it takes trust to name it.",
  "Listen first; ask what would help rather than explaining what you meant.",
  "If it happened in the group, a short word to everyone can reset the tone without naming anyone.",
  "If it's beyond what the circle can hold, ask a moderator for help.",
];

/** What members are told when the facilitator can't continue: no blame, and what happens next. */
export const FACILITATOR_AWAY_MESSAGE =
  "Your facilitator can't hold the circle for now. This is nobody's doing. Moderators are finding someone to carry on with you, and sessions pause until then.";

/** Where someone lands after leaving. */
export const AFTER_LEAVING_LINE = "Thank you for the time you gave your circle. Here are people and groups who might suit you next.";

/** What a facilitator sees beside a crisis message in the circle thread. */
export const FACILITATOR_CRISIS_GUIDANCE =
  "Someone in your circle wrote words that sound like they may be in crisis. Their message was delivered as written and moderators have been told. You don't have to fix it: acknowledge them warmly in the thread, point to the crisis lines, and avoid moving the group on too quickly.";

/** What members read when a moderator finds a new facilitator. */
export const NEW_FACILITATOR_MESSAGE = (firstName: string) =>
  `${firstName} will hold the circle from now on. Sessions carry on at the same time; say hello in the thread whenever you like.`;

/** What members read when the facilitator who paused comes back before anyone else took the circle on. */
export const FACILITATOR_BACK_MESSAGE = (firstName: string) =>
  `${firstName} is back and holds the circle again. Sessions carry on at the same time; nothing you need to do.`;

/**
 * What a facilitator reads before confirming a pause that leaves sessions of
 * their circles without them (`returnDay` already in words). Plain about
 * what happens, and that coming back early is fine.
 */
export function pauseCoverNotice(circles: readonly { title: string; sessions: number }[], returnDay: string): string {
  const titles = listWords(circles.map((c) => `“${c.title}”`));
  const sessions = circles.reduce((n, c) => n + c.sessions, 0);
  const one = circles.length === 1;
  return (
    `You facilitate ${titles}; pausing until ${returnDay} asks moderators to find cover, and members will be told. ` +
    `${sessions === 1 ? "One session falls" : `${sessions} sessions fall`} in that time. ` +
    `If you come back before anyone is found, you can take ${one ? "it" : "them"} back from ${one ? "its" : "their"} page; if someone has taken ${one ? "it" : "them"} on by then, that stands.`
  );
}

/** What members read when no facilitator could be found in time. */
export const CIRCLE_CLOSED_NO_FACILITATOR =
  "We couldn't find a new facilitator in time, so this circle has closed. That's on us, not on anyone in it. You're back on the list for a small group, and the next circle round will look for a circle that fits you first.";

/** The prompt the last session opens with: it invites a closing reflection. */
export const CLOSING_PROMPT =
  "This is our closing session. What will you take with you from our time together — and is there anything you'd like to say to the circle before we close?";

/** What everyone reads when a circle has held its last session. */
export const CIRCLE_ENDED_MESSAGE =
  "Thank you for being part of it. The closing reflections stay on the circle page. If you'd like another small group, choose it in your profile and the next circle round will look for one.";
