/**
 * What a server action returns to its form (via useActionState). `values`
 * carries back what was typed — never passwords — so React 19's form reset
 * loses nothing on an error.
 */
export type FormState =
  | { status: "idle" }
  | { status: "error"; message?: string; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: "success"; message: string; values?: Record<string, string> };

export const idle: FormState = { status: "idle" };

export function valueOf(state: FormState, field: string, fallback = "") {
  return state.status === "idle" ? fallback : (state.values?.[field] ?? fallback);
}

export function errorOf(state: FormState, field: string) {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}
