/**
 * The pledges every mentor makes before their application reaches a
 * moderator, in the words they read. Change a text → bump PLEDGE_VERSION, so
 * applicants pledge again to what is written now (acknowledgments keep each
 * version a person agreed to).
 */
export const PLEDGE_VERSION = 1;

export const pledges = [
  {
    field: "pledgeNonJudgment",
    title: "I will listen without judging",
    text: "Whatever someone shares — a relapse, a choice I wouldn't make, a feeling that seems out of proportion — I meet it with curiosity and respect, not verdicts.",
  },
  {
    field: "pledgeConfidentiality",
    title: "I will keep what is shared private, and I know where that stops",
    text: "What people tell me stays between us. The one exception is safety: if someone may be in danger, I share crisis resources, I don't promise secrecy, and I tell a moderator.",
  },
  {
    field: "pledgeBoundaries",
    title: "I will keep the boundaries of peer support",
    text: "I am a peer with lived experience, not a therapist, counsellor or doctor. I never ask for, give or lend money. While we are still getting to know each other, I keep our conversations on Alongside.",
  },
] as const;

export type PledgeField = (typeof pledges)[number]["field"];
