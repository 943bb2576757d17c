import type { FormState } from "@/lib/forms/state";
import { Notice } from "./notice";

/** The form-level message of an action's state, if any. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "error" && state.message) return <Notice tone="error">{state.message}</Notice>;
  if (state.status === "success") return <Notice tone="success">{state.message}</Notice>;
  return null;
}
