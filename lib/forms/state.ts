/**
 * What a server action returns to its form (via useActionState). `values`
 * carries back what was typed — never passwords — so React 19's form reset
 * loses nothing on an error.
 */
export type FormState =
  | { status: "idle" }
  | { status: "error"; message?: string; fieldErrors: Record<string, string>; values: FormValues }
  | { status: "success"; message: string; values?: FormValues };

/** Single fields are strings; checkbox groups are arrays of the checked values. */
export type FormValues = Record<string, string | string[]>;

export const idle: FormState = { status: "idle" };

export function valueOf(state: FormState, field: string, fallback = "") {
  const value = state.status === "idle" ? undefined : state.values?.[field];
  return typeof value === "string" ? value : fallback;
}

export function valuesOf(state: FormState, field: string, fallback: readonly string[] = []) {
  const value = state.status === "idle" ? undefined : state.values?.[field];
  return Array.isArray(value) ? value : [...fallback];
}

export function errorOf(state: FormState, field: string) {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}
