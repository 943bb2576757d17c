import { z } from "zod";
import { reason, uuid } from "./fields";

export const statusChangeSchema = z.object({
  userId: uuid,
  reason,
});
