import { createTransport, type Transporter } from "nodemailer";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail";
import { log } from "@/lib/log";

/**
 * Sends email through SMTP when SMTP_URL is set. Without it, outside
 * production, mail is written to the development outbox (/dev/outbox). In
 * production without SMTP nothing is stored — reset links must not sit in
 * the database — and the failure is logged without the message's content.
 */
export type { Mail };

const globalForMail = globalThis as unknown as { __alongsideMailer?: Transporter };

/** Inside a transaction pass its executor: the outbox insert then joins it (PGlite has one connection). */
export async function sendMail(mail: Mail) {
  const { smtpUrl, mailFrom, isProduction } = env();
  if (smtpUrl) {
    globalForMail.__alongsideMailer ??= createTransport(smtpUrl);
    await globalForMail.__alongsideMailer.sendMail({ from: mailFrom, ...mail });
    return;
  }
  if (isProduction) {
    log.error("mail.not_sent_no_smtp_url");
    return;
  }
  await db().insert(mailOutbox).values(mail);
}
