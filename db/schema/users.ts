import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { sealedText } from "./sealed";

/** One person may hold several roles, e.g. a seeker who also volunteers as a mentor. */
export const roleEnum = pgEnum("role", ["seeker", "mentor", "moderator", "admin"]);
export const accountStatusEnum = pgEnum("account_status", ["active", "suspended", "banned", "deleted"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Auth.js names: `name` is the display name or pseudonym; no real name is needed.
    name: text().notNull(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true }),
    image: text(),
    passwordHash: text(),
    roles: roleEnum().array().notNull().default(sql`'{seeker}'::role[]`),
    status: accountStatusEnum().notNull().default("active"),
    // Shown to the person when their status keeps them out (suspension, ban).
    statusReason: sealedText("users.status_reason"),
    // Part of every session token; bumping it signs the person out everywhere.
    sessionVersion: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Emails are stored lower-cased; the index keeps that honest.
    uniqueIndex("users_email_unique").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_roles_not_empty", sql`cardinality(${t.roles}) > 0`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type AccountStatus = (typeof accountStatusEnum.enumValues)[number];
