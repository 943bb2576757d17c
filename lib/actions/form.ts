import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import type { FormState, FormValues } from "../forms/state";
import { log } from "@/lib/log";

/**
 * The one wrapper every form action goes through. It reads exactly the fields
 * the schema names (so a form cannot smuggle in `roles` or `status`: there is
 * no path from a form to a field the schema does not list), runs the action,
 * and turns any failure into a kind, specific message with the typed values
 * kept (React 19 resets the form after an action). Secret fields (passwords)
 * are read but never echoed back.
 *
 * It does not validate: the data layer does, once, with the same schema —
 * the data layer is the boundary every caller (forms, routes, scripts) goes
 * through. A ZodError it throws comes back here as field errors.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  options: { secret?: readonly string[]; /** Fields the action reads beside the schema's (e.g. where to go next). */ extra?: readonly string[] },
  run: (input: z.input<S>) => Promise<FormState>,
): Promise<FormState> {
  const secret = new Set(options.secret ?? []);
  const input = readFormValues(formData, schema, options.extra);
  // Everything typed comes back with the state (React 19 resets the form), except secrets.
  const values = Object.fromEntries(Object.entries(input).filter(([field]) => !secret.has(field)));
  try {
    return await run(input as z.input<S>);
  } catch (error) {
    return formError(error, values);
  }
}

/**
 * The fields an object schema names, read from a form: text fields as
 * strings ("" when absent), list fields (checkbox groups) as every checked
 * value in order. Nothing the schema does not name is read.
 */
export function readFormValues(formData: FormData, schema: z.ZodType, extra: readonly string[] = []): FormValues {
  const { fields, lists } = fieldsOf(schema);
  const values: FormValues = {};
  for (const field of [...fields, ...extra]) {
    const raw = formData.get(field);
    values[field] = typeof raw === "string" ? raw : "";
  }
  for (const field of lists) values[field] = formData.getAll(field).filter((v): v is string => typeof v === "string");
  return values;
}

/** The top-level keys of an object schema (through pipes, refinements and defaults), and which of them are lists. */
export function fieldsOf(schema: z.ZodType): { fields: string[]; lists: string[] } {
  const shape = objectShape(schema);
  if (!shape) throw new Error("handleForm needs an object schema");
  const fields: string[] = [];
  const lists: string[] = [];
  for (const [key, field] of Object.entries(shape)) (isList(field) ? lists : fields).push(key);
  return { fields, lists };
}

function inner(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType } } })._zod.def;
  if (def.type === "pipe") return def.in;
  return def.innerType ?? def.schema;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  for (let s: z.ZodType | undefined = schema, depth = 0; s && depth < 10; s = inner(s), depth++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
  }
  return undefined;
}

function isList(schema: z.ZodType): boolean {
  for (let s: z.ZodType | undefined = schema, depth = 0; s && depth < 10; s = inner(s), depth++) {
    if (s instanceof z.ZodArray) return true;
  }
  return false;
}

export function fieldErrorsOf(error: z.ZodError) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/** Maps an error to form state. Redirects and notFound pass through; unknown errors are logged, not shown. */
export function formError(error: unknown, values: FormValues): FormState {
  unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
  if (error instanceof DomainError) return { status: "error", message: error.message, fieldErrors: {}, values };
  if (error instanceof z.ZodError) {
    return { status: "error", message: "Please check the highlighted fields.", fieldErrors: fieldErrorsOf(error), values };
  }
  // Name and code only: a database error's message quotes the query's parameters.
  log.error("action.unexpected_error", error);
  return {
    status: "error",
    message: "Something went wrong on our side and nothing was saved. Please try again in a moment.",
    fieldErrors: {},
    values,
  };
}
