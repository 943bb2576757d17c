/**
 * Every kind of notification Alongside sends, in one place (pure: no
 * database). A new event that needs a person gets an entry here, or it does
 * not type-check: `notify()` only takes a kind listed below, and a unit test
 * walks the list (label, a default the person may keep, an email template).
 *
 * - `defaultDelivery`: what happens when the person has not chosen —
 *   kind and sparing: emails only for what someone is waiting on.
 * - `choices`: what the person may pick in /account/notifications.
 * - `waitsForQuietHours`: an email may wait until the person's morning.
 *   Crisis care never waits.
 * - `template`: the email, built from the bell's title and body (which never
 *   quote anyone's private words) unless the kind needs its own.
 */

export const deliveries = ["bell", "email", "digest"] as const;
export type Delivery = (typeof deliveries)[number];

export const deliveryLabels: Record<Delivery, string> = {
  bell: "In Alongside only",
  email: "In Alongside and by email",
  digest: "In Alongside, and one email a day",
};

export type KindGroup = "messages" | "matching" | "relationship" | "circles" | "spaces" | "volunteering" | "safety" | "moderators";

export const groupLabels: Record<KindGroup, string> = {
  messages: "Messages",
  matching: "Finding a match",
  relationship: "Your relationships",
  circles: "Circles",
  spaces: "Spaces",
  volunteering: "Volunteering",
  safety: "Reports, decisions and appeals",
  moderators: "For moderators",
};

export interface MailContext {
  /** The person's display name. */
  name: string;
  /** The bell's title and body: never anyone's private words. */
  title: string;
  body: string;
  /** Full link into the app. */
  url: string;
  /** One-click link to change how this kind reaches the person. */
  settingsUrl: string;
}

export interface MailText {
  subject: string;
  text: string;
}

export interface KindDefinition {
  label: string;
  group: KindGroup;
  defaultDelivery: Delivery;
  choices: readonly Delivery[];
  waitsForQuietHours: boolean;
  template: (m: MailContext) => MailText;
}

const FOOTER =
  "Alongside is peer support, not therapy and not a crisis service. If you are in danger right now, call your local emergency number.";

function changeLine(m: MailContext) {
  return `Fewer emails like this? Change it in one click: ${m.settingsUrl}`;
}

/** The usual email: greeting, what happened, where to look, how to change it. */
export function standardTemplate(m: MailContext): MailText {
  return {
    subject: m.title,
    text: `Hi ${m.name},\n\n${m.body}\n\n${m.url}\n\n${changeLine(m)}\n\n${FOOTER}`,
  };
}

const ALL: readonly Delivery[] = deliveries;

function kind(label: string, group: KindGroup, defaultDelivery: Delivery, extra: Partial<KindDefinition> = {}): KindDefinition {
  return { label, group, defaultDelivery, choices: ALL, waitsForQuietHours: true, template: standardTemplate, ...extra };
}

export const notificationKinds = {
  // Messages
  "message-waiting": kind("A message waiting for you (after 10 minutes unread)", "messages", "email", {
    template: (m) => ({
      subject: m.title,
      text: `Hi ${m.name},\n\n${m.body}\n\nWe will not write again about this conversation until you have read it.\n\n${m.url}\n\n${changeLine(m)}\n\n${FOOTER}`,
    }),
  }),

  // Finding a match
  "request-received": kind("Someone asks you to be their mentor", "matching", "email"),
  "request-accepted": kind("Your request is accepted", "matching", "email"),
  "request-declined": kind("Your request is declined", "matching", "email"),
  "request-lapsed": kind("Your request lapsed without an answer", "matching", "email"),
  "saved-mentor-free": kind("A mentor you saved has a place again", "matching", "email"),

  // Relationships
  "rhythm-proposed": kind("A check-in rhythm is proposed", "relationship", "email"),
  "rhythm-agreed": kind("Your rhythm is agreed", "relationship", "bell"),
  "rhythm-declined": kind("Your rhythm is declined", "relationship", "email"),
  "check-in-due": kind("A check-in is due", "relationship", "email"),
  "check-in-missed": kind("A check-in was missed", "relationship", "email"),
  "check-ins-missed-twice": kind("Two check-ins missed in a row", "relationship", "email"),
  "absence-announced": kind("Someone will be away for a while", "relationship", "bell"),
  "ending-planned": kind("A relationship is planned to end", "relationship", "email"),
  "ending-cancelled": kind("A planned ending is called off", "relationship", "bell"),
  "relationship-ended": kind("A relationship has closed", "relationship", "email"),
  "rupture-named": kind("Someone would like to talk something through", "relationship", "bell"),
  "rupture-answered": kind("Someone shared their side", "relationship", "bell"),
  "rupture-repaired": kind("You are good again", "relationship", "bell"),
  "rupture-good": kind("The other person feels you are good again", "relationship", "bell"),

  // Circles
  "circle-placed": kind("You have a place in a circle", "circles", "email"),
  "circle-filled": kind("Your circle has its members", "circles", "email"),
  "circle-join-request": kind("Someone asked to join your circle", "circles", "email"),
  "circle-join-declined": kind("A circle could not take you this time", "circles", "bell"),
  "circle-joined": kind("You joined a circle", "circles", "bell"),
  "circle-member-left": kind("Someone left your circle", "circles", "bell"),
  "circle-member-missed": kind("A member missed a session", "circles", "bell"),
  "circle-missed-twice": kind("We missed you in your circle", "circles", "email"),
  "circle-reach-out": kind("Your facilitator wrote to you", "circles", "email"),
  "circle-removed": kind("A moderator removed you from a circle", "circles", "email"),
  "circle-replaced": kind("You're waiting for another circle", "circles", "bell"),
  "circle-felt-off": kind("A member told you something felt off", "circles", "email"),
  "circle-crisis-guidance": kind("Someone in your circle may need care", "circles", "bell", { waitsForQuietHours: false }),
  "circle-facilitator-away": kind("Your circle is waiting for a facilitator", "circles", "email"),
  "circle-facilitator-assigned": kind("You now hold a circle", "circles", "email"),
  "circle-new-facilitator": kind("Your circle has a new facilitator", "circles", "email"),
  "circle-facilitator-back": kind("Your circle's facilitator is back", "circles", "email"),
  "circle-closed": kind("Your circle has closed", "circles", "email"),
  "circle-ended": kind("Your circle has come to its close", "circles", "email"),
  "circle-renewal-proposed": kind("Your facilitator asks about renewing the circle", "circles", "email"),
  "circle-renewal-decided": kind("The answer about renewing your circle", "circles", "bell"),

  // Spaces
  "space-reply": kind("Someone answered your post", "spaces", "bell"),
  "space-post-published": kind("Your post is now in its space", "spaces", "bell"),
  "space-moderator-note": kind("A moderator wrote to you about your post", "spaces", "email"),
  "space-edit-proposed": kind("A moderator suggested a change to your post", "spaces", "email"),

  // Volunteering
  "application-approved": kind("Your mentor application is approved", "volunteering", "email"),
  "application-declined": kind("Your mentor application is declined", "volunteering", "email"),

  // Reports, decisions and appeals (about the person themselves: always worth an email)
  "report-decided": kind("A report you made is decided", "safety", "email"),
  "appeal-decided": kind("Your appeal is decided", "safety", "email"),
  "moderation-dismiss": kind("A moderator's decision about you (dismissed)", "safety", "bell"),
  "moderation-warn": kind("A moderator's note to you", "safety", "email"),
  "moderation-remove_content": kind("Something you wrote was removed", "safety", "email"),
  "moderation-suspend": kind("Your account is paused", "safety", "email"),
  "moderation-ban": kind("Your account is closed", "safety", "email"),
  "moderation-reinstate": kind("Your account is active again", "safety", "email"),

  // Moderators
  "crisis-alert": kind("Someone may be in crisis (you are on call)", "moderators", "email", {
    // On call means reachable: the bell and an email, at once, at any hour.
    choices: ["email"],
    waitsForQuietHours: false,
    // No words of the content, no name: only that an item waits, and where.
    template: (m) => ({
      subject: "Alongside: a crisis item is waiting in the safety queue",
      text: `Hi ${m.name},\n\nA message on Alongside may show someone in crisis. It is waiting for a moderator in the safety queue. Please open it as soon as you can; if nobody does, it will go to the next person on call.\n\n${m.url}\n\nOn-call alerts cannot be switched off by email. To stop them, ask an admin to take you off duty.`,
    }),
  }),
} satisfies Record<string, KindDefinition>;

export type NotificationKind = keyof typeof notificationKinds;

export const kindNames = Object.keys(notificationKinds) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(notificationKinds, value);
}

export function kindDefinition(kind: NotificationKind): KindDefinition {
  return notificationKinds[kind];
}

/** The delivery that applies: the person's choice when the kind allows it, else the default. */
export function effectiveDelivery(kind: NotificationKind, chosen: Delivery | undefined): Delivery {
  const def: KindDefinition = notificationKinds[kind];
  return chosen && def.choices.includes(chosen) ? chosen : def.defaultDelivery;
}
