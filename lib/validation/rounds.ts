import { z } from "zod";
import { uuid } from "./fields";

// Each field accepts what a form sends ("on", "") and what it becomes once
// parsed (true, null), so the action and the DAL can both validate.
const flag = z.preprocess((v) => v === true || v === "on", z.boolean());
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const roundPreviewSchema = z.object({
  kind: z.preprocess((v) => v ?? "mentorship", z.enum(["mentorship", "friendship"], { error: "Choose mentors or peer friends." })),
  mode: z.enum(["best", "most"], { error: "Choose what the round aims for." }),
  loadSpreading: flag,
  aging: flag,
  topicId: z.preprocess(blankToNull, z.uuid({ error: "Choose a topic from the list." }).nullable()),
  language: z.preprocess(blankToNull, z.string().regex(/^[a-z]{2,3}$/, "Choose a language from the list.").nullable()),
});

export const roundIdSchema = z.object({ roundId: uuid });

/** λ and β in score points, when switched on (docs/matching.md explains both). */
export const LOAD_SPREADING_POINTS = 4;
export const AGING_POINTS_PER_DAY = 0.5;
