import { z } from "zod";
import { uuid } from "./fields";

const optionalId = z
  .string()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.uuid({ error: "Choose a topic from the list." }).nullable());

export const roundPreviewSchema = z.object({
  mode: z.enum(["best", "most"], { error: "Choose what the round aims for." }),
  loadSpreading: z.enum(["on", ""]).transform((v) => v === "on"),
  aging: z.enum(["on", ""]).transform((v) => v === "on"),
  topicId: optionalId,
  language: z
    .string()
    .max(8)
    .regex(/^[a-z]{0,3}$/, "Choose a language from the list.")
    .transform((v) => (v === "" ? null : v)),
});

export const roundIdSchema = z.object({ roundId: uuid });

/** λ and β in score points, when switched on (docs/matching.md explains both). */
export const LOAD_SPREADING_POINTS = 4;
export const AGING_POINTS_PER_DAY = 0.5;
