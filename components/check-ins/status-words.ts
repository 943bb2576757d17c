import type { SlotStatus } from "@/lib/rhythm";

/** How each state of a check-in reads, in the list and the chart's legend. Plain facts, never a verdict. */
export const statusWords: Record<SlotStatus, string> = {
  kept: "Kept: you both checked in",
  missed: "Missed",
  excused: "Excused: time away said ahead",
  open: "Open now",
  upcoming: "Coming up",
};

/** The short mark under each bar of the chart, so no state relies on colour alone. */
export const statusMark: Record<SlotStatus, string> = {
  kept: "K",
  missed: "M",
  excused: "E",
  open: "…",
  upcoming: "",
};
