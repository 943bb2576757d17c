import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Sessions someone signed out of. A session token is a signed JWT the server
 * cannot take back, and a request still in flight at the moment of signing
 * out (a prefetch, a second tab) can set the cookie again. Each token carries
 * a random session id from sign-in; signing out records it here, and the
 * viewer check refuses it from then on. Rows can be dropped once `expiresAt`
 * (the token's own end) has passed.
 */
export const signedOutSessions = pgTable(
  "signed_out_sessions",
  {
    sessionId: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("signed_out_sessions_expiry_idx").on(t.expiresAt)],
);
