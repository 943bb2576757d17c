import { connection } from "@/db/client";

/**
 * Records the text of every statement sent to the database while fn runs
 * (either driver), so a test can say how many queries a read costs — and
 * that the number does not grow with the rows it reads.
 */
export async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const raw = connection().raw;
  const target = (raw.kind === "pglite" ? raw.client : raw.sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const method = raw.kind === "pglite" ? "query" : "unsafe";
  const original = target[method]!;
  target[method] = function (this: unknown, text: unknown, ...rest: unknown[]) {
    seen.push(String(text));
    return original.call(this, text, ...rest);
  };
  try {
    await fn();
  } finally {
    target[method] = original;
  }
  return seen;
}
