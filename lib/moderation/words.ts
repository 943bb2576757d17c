import type { ModerationActionValue } from "@/lib/validation/moderation";
import type { ContentKindValue, ReportCategoryValue } from "@/lib/validation/reports";

/**
 * The words of moderation, in one place, for the DAL (decisions people are
 * told) and the pages (labels). Pure: client components may import it.
 */

export const categoryLabels: Record<ReportCategoryValue, { label: string; hint: string }> = {
  safety: { label: "Someone may be at risk", hint: "Talk of harming themselves or someone else, or danger right now." },
  harassment: { label: "Harassment or bullying", hint: "Threats, insults, pressure, or unwanted contact." },
  boundaries: { label: "Crossing boundaries", hint: "Asking for contact details, money, meeting up, or acting as a therapist." },
  inappropriate: { label: "Inappropriate content", hint: "Sexual, hateful or graphic words." },
  impersonation: { label: "Pretending to be someone else", hint: "A fake identity or false claims about who they are." },
  spam: { label: "Spam or selling", hint: "Adverts, links, or promoting something." },
  other: { label: "Something else", hint: "Tell us in the note." },
};

/** Queue order for reports: what could hurt someone soonest comes first. */
export const categorySeverity: Record<ReportCategoryValue, number> = {
  safety: 0,
  harassment: 1,
  boundaries: 2,
  inappropriate: 3,
  impersonation: 4,
  spam: 5,
  other: 6,
};

export const contentKindLabels: Record<ContentKindValue, string> = {
  message: "a message",
  check_in_entry: "a check-in entry",
  circle_message: "a circle message",
  profile: "a profile",
  person: "a person",
  space_post: "a post in a space",
  space_reply: "a reply in a space",
};

export const actionLabels: Record<ModerationActionValue, string> = {
  dismiss: "Dismissed",
  warn: "Warned",
  remove_content: "Removed content",
  suspend: "Suspended",
  ban: "Banned",
  reinstate: "Reinstated",
  remove_from_circle: "Removed from a circle",
};

/** What a reporter reads on /reports once their report is decided. Never who decided. */
export const reporterDecision: Record<ModerationActionValue, string> = {
  dismiss: "A moderator looked into this and decided no action was needed. Thank you for telling us — it still helps.",
  warn: "A moderator looked into this and gave the person a warning.",
  remove_content: "A moderator looked into this and removed what you reported.",
  suspend: "A moderator looked into this and took action on the person's account.",
  ban: "A moderator looked into this and took action on the person's account.",
  reinstate: "A moderator looked into this and decided no action was needed. Thank you for telling us — it still helps.",
  remove_from_circle: "A moderator looked into this and the person is no longer in the circle.",
};

/** What the person actioned reads about the action, above the moderator's reason. */
export const actionForPerson: Record<ModerationActionValue, string> = {
  dismiss: "A moderator closed a report with no action.",
  warn: "A moderator gave you a warning.",
  remove_content: "A moderator removed something you wrote.",
  suspend: "A moderator suspended your account.",
  ban: "A moderator closed your account.",
  reinstate: "A moderator reinstated your account.",
  remove_from_circle: "A moderator removed you from a circle.",
};

/** What the moderator is told once their decision is applied. */
export function doneForModerator(action: ModerationActionValue, name: string): string {
  switch (action) {
    case "dismiss":
      return "Dismissed. The item is closed and the reporter can read the decision.";
    case "warn":
      return `Warned. ${name} has a notification with your reason and can appeal once.`;
    case "remove_content":
      return `Removed. The thread now shows it was removed by a moderator; ${name} has been told why.`;
    case "suspend":
      return `Suspended. ${name} will be signed out on their next click, and has been emailed your reason and how to appeal.`;
    case "ban":
      return `Banned. ${name}'s account is closed; they have been emailed your reason and how to appeal.`;
    case "reinstate":
      return `Reinstated. ${name} can sign in again.`;
    case "remove_from_circle":
      return `Removed. ${name} has been told kindly, with your reason, and can appeal once; the circle was told only that someone left.`;
  }
}

/** "3 min", "2 h 10 min", "4 days 3 h": how long something has waited, for a busy moderator. */
export function describeWait(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return `${days} ${days === 1 ? "day" : "days"}${rest ? ` ${rest} h` : ""}`;
}
