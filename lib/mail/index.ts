/**
 * An email as the app composes it. Sending (SMTP, or the development outbox)
 * touches the database, so it lives in the data layer:
 * lib/dal/notifications/send-mail.ts.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}
