import { z } from "zod";
import { freeText } from "./fields";

/**
 * Program settings admins may change, with their defaults and safe ranges.
 * The defaults are exported as constants so code that needs a number before
 * (or without) the database can name the same one. Read the live values with
 * getSettings() from lib/dal/staff/settings.ts.
 */

export const DEFAULT_REQUEST_EXPIRY_DAYS = 7;
export const DEFAULT_MAX_OPEN_REQUESTS = 3;
export const DEFAULT_RUPTURE_ALERT_DAYS = 7;
export const DEFAULT_STALLED_AFTER_MISSED = 2;
export const DEFAULT_PULSE_TREND_MINIMUM = 5;
export const DEFAULT_CRISIS_ESCALATION_MINUTES = 15;
export const DEFAULT_SPACE_FIRST_POSTS_HELD = 2;
export const DEFAULT_SPACE_WAITING_HOURS = 12;
export const DEFAULT_CIRCLE_PLACES = 2;
export const DEFAULT_CIRCLE_FACILITATOR_DAYS = 7;

export interface SettingDefinition {
  label: string;
  hint: string;
  unit: string;
  min: number;
  max: number;
  default: number;
}

export const settingDefinitions = {
  requestExpiryDays: {
    label: "Days before a match request expires",
    hint: "An unanswered request closes after this many days, so nobody waits on a silent yes.",
    unit: "days",
    min: 1,
    max: 30,
    default: DEFAULT_REQUEST_EXPIRY_DAYS,
  },
  maxOpenRequests: {
    label: "Open requests a seeker may have at once",
    hint: "Keeps popular mentors from being flooded and seekers from waiting on many at once.",
    unit: "requests",
    min: 1,
    max: 10,
    default: DEFAULT_MAX_OPEN_REQUESTS,
  },
  ruptureAlertDays: {
    label: "Days before an unrepaired rupture reaches moderators",
    hint: "A rupture still open after this many days shows in the moderators' queue.",
    unit: "days",
    min: 1,
    max: 60,
    default: DEFAULT_RUPTURE_ALERT_DAYS,
  },
  stalledAfterMissed: {
    label: "Missed check-ins in a row before a relationship counts as stalled",
    hint: "Stalled relationships show in the moderators' queue, so nobody drifts off unnoticed.",
    unit: "check-ins",
    min: 1,
    max: 10,
    default: DEFAULT_STALLED_AFTER_MISSED,
  },
  pulseTrendMinimum: {
    label: "Pulse answers before a mentor sees a trend",
    hint: "Fewer answers than this and no trend is shown, so a single answer can never be picked out.",
    unit: "answers",
    min: 3,
    max: 50,
    default: DEFAULT_PULSE_TREND_MINIMUM,
  },
  crisisEscalationMinutes: {
    label: "Minutes before an unopened crisis item goes to the next person on call",
    hint: "A crisis item nobody has opened after this long alerts the next moderator on the rota, and then the admins.",
    unit: "minutes",
    min: 1,
    max: 240,
    default: DEFAULT_CRISIS_ESCALATION_MINUTES,
  },
  spaceFirstPostsHeld: {
    label: "A person's first posts in spaces that wait for a moderator",
    hint: "Someone new has their first posts read before they are shown. 0 lets every post through at once (crisis posts still wait).",
    unit: "posts",
    min: 0,
    max: 10,
    default: DEFAULT_SPACE_FIRST_POSTS_HELD,
  },
  spaceWaitingHours: {
    label: "Hours before an unanswered post reaches mentors",
    hint: "A post with no reply after this long joins the \"waiting for a reply\" list approved mentors see.",
    unit: "hours",
    min: 1,
    max: 72,
    default: DEFAULT_SPACE_WAITING_HOURS,
  },
  circlePlaces: {
    label: "Places a circle takes of its facilitator's capacity",
    hint: "Holding a circle is real work: it counts as this many of the mentor's places, so nobody takes on more than they can keep.",
    unit: "places",
    min: 1,
    max: 5,
    default: DEFAULT_CIRCLE_PLACES,
  },
  circleFacilitatorDays: {
    label: "Days to find a new facilitator for a circle",
    hint: "When a facilitator steps back or is paused, moderators have this long to find another; after it the circle closes kindly and its members wait for a new group.",
    unit: "days",
    min: 1,
    max: 30,
    default: DEFAULT_CIRCLE_FACILITATOR_DAYS,
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof settingDefinitions;
export type ProgramSettings = Record<SettingKey, number>;

export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

export const SETTING_DEFAULTS: ProgramSettings = Object.fromEntries(settingKeys.map((key) => [key, settingDefinitions[key].default])) as ProgramSettings;

function numberSetting(key: SettingKey) {
  const { min, max, unit } = settingDefinitions[key];
  const range = `Use a whole number from ${min} to ${max} ${unit}.`;
  return z.coerce.number({ error: range }).int(range).min(min, range).max(max, range);
}

/** One setting's stored value, checked against today's range (an out-of-range value falls back to the default). */
export const settingValueSchema = (key: SettingKey) => z.number().int().min(settingDefinitions[key].min).max(settingDefinitions[key].max);

export const settingsFormSchema = z.object({
  ...(Object.fromEntries(settingKeys.map((key) => [key, numberSetting(key)])) as Record<SettingKey, ReturnType<typeof numberSetting>>),
  reason: freeText().trim().max(500, "Keep the reason under 500 characters.").default(""),
});


/** Stored rows to settings: unknown keys are ignored, missing or invalid ones take their default. */
export function settingsFrom(rows: readonly { key: string; value: unknown }[]): ProgramSettings {
  const settings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    if (!(row.key in settingDefinitions)) continue;
    const key = row.key as SettingKey;
    const parsed = settingValueSchema(key).safeParse(row.value);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings;
}
