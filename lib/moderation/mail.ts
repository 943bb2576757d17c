import type { Mail } from "@/lib/mail";

/**
 * Emails to people who can no longer sign in (suspended or banned): the bell
 * can't reach them, so the reason, the appeal link and the outcome come by
 * email. They quote the moderator's reason, never anyone's private words.
 */

const FOOTER = "Alongside is peer support, not therapy and not a crisis service. If you are in danger right now, call your local emergency number.";

export function accountActioned(to: string, name: string, kind: "suspend" | "ban", reason: string, appealLink: string, appealPage: string): Mail {
  const what = kind === "suspend" ? "suspended your Alongside account" : "closed your Alongside account";
  return {
    to,
    subject: kind === "suspend" ? "Your Alongside account is suspended" : "Your Alongside account is closed",
    text: `Hi ${name},

A moderator has ${what}. The reason they gave:

“${reason}”

If you think this is wrong, you can appeal once. Another moderator will read it and we'll email you the outcome:

${appealLink}

The link works for 14 days. If it has expired, ask for a new one at ${appealPage}

${FOOTER}`,
  };
}

export function appealLinkMail(to: string, name: string, appealLink: string): Mail {
  return {
    to,
    subject: "Your link to appeal a moderator's decision",
    text: `Hi ${name},

You asked to appeal a moderator's decision on your Alongside account. Open this link to read the decision and write your appeal (once):

${appealLink}

The link works for 14 days. If you didn't ask for this, you can ignore this email.

${FOOTER}`,
  };
}

export function appealOutcomeMail(to: string, name: string, overturned: boolean, decision: string, appealLink: string): Mail {
  return {
    to,
    subject: overturned ? "Your appeal was accepted" : "Your appeal was decided",
    text: `Hi ${name},

${overturned ? "A moderator read your appeal and overturned the decision." : "A moderator read your appeal and decided the decision stands."} What they wrote:

“${decision}”

${overturned ? "You can sign in again." : `You can read the decision again here: ${appealLink}`}

${FOOTER}`,
  };
}
