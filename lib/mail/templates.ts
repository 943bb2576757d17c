import type { Mail } from "./index";

/**
 * The words of every email Alongside sends, in one place.
 *
 * Mail sent to an address someone typed into a form (sign-up, reset) may
 * reach a person who never heard of us, so it holds no text the sender chose:
 * no display name, no note. Only our own words and our own links.
 */

export function confirmEmail(to: string, link: string): Mail {
  return {
    to,
    subject: "Confirm your email for Alongside",
    text: `Hi,

Thanks for joining Alongside. Open this link to confirm your email and finish creating your account:

${link}

The link works for 24 hours. If you didn't sign up, you can ignore this email.

Alongside is peer support, not therapy and not a crisis service. If you are in danger right now, call your local emergency number.`,
  };
}

export function alreadyRegistered(to: string, signInLink: string, resetLink: string): Mail {
  return {
    to,
    subject: "Someone tried to sign up to Alongside with your email",
    text: `Hi,

Someone (maybe you) tried to create an Alongside account with this email address, but you already have one.

Sign in: ${signInLink}
Forgot your password? ${resetLink}

If it wasn't you, nothing has changed and you can ignore this email.`,
  };
}

export function resetPassword(to: string, link: string): Mail {
  return {
    to,
    subject: "Reset your Alongside password",
    text: `Hi,

Open this link to choose a new password:

${link}

It works once, for 30 minutes. If you didn't ask for this, ignore this email: your password stays as it is.`,
  };
}

export function signInLink(to: string, link: string): Mail {
  return {
    to,
    subject: "Your one-time link to sign in to Alongside",
    text: `Hi,

Someone asked for a link to sign in to Alongside with this email address. Open it to sign in (it works once, for 15 minutes):

${link}

If it wasn't you, you can ignore this email: nobody can use the link without your inbox. If you think someone has been trying to guess your password, choosing a new one is a good idea.`,
  };
}
