import { timestamp } from "drizzle-orm/pg-core";

/** createdAt/updatedAt for tables whose rows change after they are written. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};
