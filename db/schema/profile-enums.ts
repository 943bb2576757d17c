import { pgEnum } from "drizzle-orm/pg-core";

// Values mirror lib/profiles/options.ts, which holds the words people see.
export const lookingForEnum = pgEnum("looking_for", ["mentor", "friend", "both"]);
export const cadenceEnum = pgEnum("cadence", ["weekly", "fortnightly", "monthly"]);
export const listenStyleEnum = pgEnum("listen_style", ["listen", "balanced", "ideas"]);
export const toneEnum = pgEnum("tone", ["gentle", "balanced", "direct"]);
export const messageLengthEnum = pgEnum("message_length", ["short", "either", "long"]);
export const ageBandEnum = pgEnum("age_band", ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]);
export const genderEnum = pgEnum("gender", ["woman", "man", "non-binary", "another"]);
