import { integer, text, timestamp } from "drizzle-orm/pg-core";

/** createdAt/updatedAt for tables whose rows change after they are written. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/**
 * The risk detector's answer about a row's words, stored when they are
 * written (lib/safety/assess-risk.ts): reads use it instead of re-running the
 * detector. `riskVersion` is the RISK_DETECTOR_VERSION that assessed it; 0
 * means not assessed yet (rows written before these columns existed).
 * `npm run risk:reassess` re-assesses rows of an older version.
 * Levels: none | concern | crisis; categories: lib/safety/categories.ts.
 */
export const riskColumns = () => ({
  riskLevel: text().$type<"none" | "concern" | "crisis">().notNull().default("none"),
  riskCategory: text().notNull().default("none"),
  riskVersion: integer().notNull().default(0),
});
