import { z } from "zod";

/**
 * A validation failure found after parsing (e.g. in the DAL, against the
 * database). Thrown as a ZodError so the form wrapper shows it beside the field.
 */
export function fieldError(field: string, message: string) {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}
