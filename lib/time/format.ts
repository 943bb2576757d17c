/**
 * Shared date formatters. Building an `Intl.DateTimeFormat` (and so every
 * `toLocaleString` call, which builds one each time) costs about 0.15–0.2 ms
 * of CPU on this machine's Node, while formatting with a built one costs
 * about a microsecond (docs/benchmarks.md, "Date formatters"). A page that
 * formatted sixty message times that way spent ~9 ms on it per view, so
 * formatters are built once per process for each locale, options and time
 * zone and reused. Pure: safe in the browser too.
 *
 * A time zone the runtime does not know still throws a RangeError, as a
 * fresh `new Intl.DateTimeFormat` would; nothing is remembered for it.
 */
const built = new Map<string, Intl.DateTimeFormat>();
// Options come from code, not from people, so the set stays small; the bound is only a backstop.
const LIMIT = 2000;

export function dateFormat(options: Intl.DateTimeFormatOptions, locale = "en-GB"): Intl.DateTimeFormat {
  // Each call site writes its options in one order, so their JSON is a stable key (another order only costs one more formatter).
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = built.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (built.size >= LIMIT) built.clear();
    built.set(key, format);
  }
  return format;
}
