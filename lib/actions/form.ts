import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import type { FormState, FormValues } from "../forms/state";
import { log } from "@/lib/log";

/**
 * The one wrapper every form action goes through: read the listed fields,
 * validate with zod, run, and turn any failure into a kind, specific message.
 * Secret fields (passwords) are validated but never echoed back.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  options: { fields: readonly string[]; secret?: readonly string[]; lists?: readonly string[] },
  run: (data: z.output<S>) => Promise<FormState>,
): Promise<FormState> {
  const values: FormValues = {};
  const input: FormValues = {};
  for (const field of [...options.fields, ...(options.secret ?? [])]) {
    const raw = formData.get(field);
    const value = typeof raw === "string" ? raw : "";
    input[field] = value;
    if (!options.secret?.includes(field)) values[field] = value;
  }
  // Checkbox groups: every checked value, in order.
  for (const field of options.lists ?? []) {
    const list = formData.getAll(field).filter((v): v is string => typeof v === "string");
    input[field] = list;
    values[field] = list;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { status: "error", message: "Please check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    return await run(parsed.data);
  } catch (error) {
    return formError(error, values);
  }
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
