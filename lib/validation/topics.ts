import { z } from "zod";
import { lineText, uuid } from "./fields";

export const topicName = lineText({ error: "Write the topic's name." })
  .trim()
  .min(2, "Write the topic's name (at least 2 characters).")
  .max(60, "Keep the name under 60 characters.");

export const addTopicSchema = z.object({ name: topicName });
export const renameTopicSchema = z.object({ topicId: uuid, name: topicName });
export const topicIdSchema = z.object({ topicId: uuid });

/** A stable, URL-safe key from a name: "Grief & loss" → "grief-loss". */
export function slugify(name: string) {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "topic"
  );
}
