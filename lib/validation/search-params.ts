import { z } from "zod";
import { lineText } from "./fields";

/**
 * Query strings, read one way everywhere: each parameter is parsed on its
 * own, and one that does not parse is dropped (so its default applies — the
 * first page, no filter) rather than reaching a query as NaN, Infinity, a
 * 20-digit offset or a NUL byte. A stale or hand-edited link still shows the
 * page, just less narrowed.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The highest page anyone can ask for; past the last one the list is simply empty. */
export const MAX_PAGE = 10_000;

/** Plain digits only: "1e20", "0x10", "Infinity" and " 3" are not page numbers. */
export const pageParam = z
  .union([z.number(), z.string().regex(/^\d{1,6}$/).transform(Number)])
  .pipe(z.number().int().min(1).max(MAX_PAGE));
export const searchText = (max = 100) => lineText().trim().min(1).max(max);
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);

export function readSearchParams<S extends Record<string, z.ZodType>>(
  params: SearchParams,
  fields: S,
): { [K in keyof S]?: z.output<S[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = params[key];
    // A repeated parameter (?page=1&page=2) is ambiguous: dropped too.
    const parsed = schema.safeParse(typeof raw === "string" ? raw : undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as { [K in keyof S]?: z.output<S[K]> };
}

/** For the data layer: a page number that is safe to turn into an offset. */
export const safePage = (page: unknown) => pageParam.catch(1).parse(page ?? 1);
