import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { users } from "./users";

/**
 * Tables in the shape @auth/drizzle-adapter expects, so that an OAuth or
 * email provider can be added later without reshaping users. Sign-in today is
 * email + password with JWT sessions, which needs no adapter.
 */
export const authAccounts = pgTable(
  "auth_accounts",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const authVerificationTokens = pgTable(
  "auth_verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Single-use links sent by email: confirming an address and resetting a password. */
export const emailTokenPurposeEnum = pgEnum("email_token_purpose", ["verify_email", "reset_password", "sign_in"]);

export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: emailTokenPurposeEnum().notNull(),
    // Only a SHA-256 of the token is stored: a database reader cannot use a link.
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * Fixed-window attempt counters for sign-in, sign-up and reset requests, kept
 * in the database so that limits hold across several app instances. Keys are
 * hashed so the table holds no email addresses or IPs in clear.
 */
export const authThrottle = pgTable("auth_throttle", {
  key: text().primaryKey(),
  attempts: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  ...timestamps,
});

export type EmailTokenPurpose = (typeof emailTokenPurposeEnum.enumValues)[number];
