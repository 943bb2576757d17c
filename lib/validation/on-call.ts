import { z } from "zod";
import { lineText } from "./fields";

/** The rota form: for each listed person an optional place (1, 2, 3…) and whether they are on duty now. */
export const rotaFormSchema = z
  .object({ people: lineText().max(5000) })
  .catchall(lineText().max(10))
  .transform((form, ctx) => {
    const ids = form.people.split(",").filter(Boolean);
    const entries: { userId: string; place: number; onDuty: boolean }[] = [];
    for (const id of ids) {
      const raw = (form[`place:${id}`] ?? "").trim();
      if (raw === "") continue;
      const place = Number(raw);
      if (!Number.isInteger(place) || place < 1 || place > 100) {
        ctx.addIssue({ code: "custom", path: [`place:${id}`], message: "Use a whole number from 1 to 100, or leave it empty." });
        continue;
      }
      entries.push({ userId: id, place, onDuty: form[`duty:${id}`] === "on" });
    }
    entries.sort((a, b) => a.place - b.place);
    return { entries: entries.map(({ userId, onDuty }) => ({ userId, onDuty })) };
  });

export const rotaFields = (ids: readonly string[]) => ["people", ...ids.flatMap((id) => [`place:${id}`, `duty:${id}`])];
