/**
 * The server log: one JSON object per line on stdout (errors on stderr),
 * written synchronously, so there is no worker thread for Next to bundle and
 * no line is lost on a crash.
 *
 * What may be logged is decided here, once:
 * - an event name (a fixed string chosen by the code, e.g. "thread.poll_failed");
 * - ids, counts, codes and names in `fields` — any key that could hold a
 *   person's data (email, password, hash, token, text, body, note, reason,
 *   name, message, query, params, …) is replaced by "[redacted]" whatever
 *   the caller passed;
 * - an error, reduced to its class name and database/system code. Its message
 *   is never logged: drizzle's message quotes every query parameter (emails,
 *   password hashes, message text), and other libraries echo input too.
 *
 * Because every line is JSON.stringify'd, a newline or a fake "level" inside
 * a value is escaped and cannot start a forged log line.
 */

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const REDACTED = "[redacted]";
const SENSITIVE_KEY =
  /(email|mail|password|passwd|hash|token|secret|cookie|authorization|text|body|note|reason|name|message|query|param|value|address|content|words|subject)/i;
const SAFE_KEYS = new Set(["event", "errorName", "errorCode", "level", "time", "scope"]);

/** The parts of an error that are safe to write down. */
export function describeError(error: unknown): { errorName: string; errorCode?: string } {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code = codeOf(error) ?? codeOf((error as { cause?: unknown }).cause);
  return code ? { errorName: error.name, errorCode: code } : { errorName: error.name };
}

function codeOf(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const code = (value as { code?: unknown }).code;
  // Database and system codes are short identifiers (23505, ECONNREFUSED); anything else is dropped.
  return typeof code === "string" && /^[A-Z0-9_]{1,32}$/i.test(code) ? code : undefined;
}

function clean(fields: LogFields | undefined): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    if (SAFE_KEYS.has(key)) continue; // reserved: set by the logger itself
    // An id ("messageId", "ruptureId") is a pointer, never content: kept.
    const isId = /(^id|Id|Ids)$/.test(key);
    out[key] = !isId && SENSITIVE_KEY.test(key) ? REDACTED : typeof value === "string" ? value.slice(0, 200) : value;
  }
  return out;
}

type Sink = (level: LogLevel, line: string) => void;

const defaultSink: Sink = (level, line) => {
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
};
let sink: Sink = defaultSink;

/** For tests: capture every line written. Returns a function restoring the real output. */
export function captureLog(into: string[]): () => void {
  sink = (_level, line) => into.push(line);
  return () => {
    sink = defaultSink;
  };
}

function write(level: LogLevel, event: string, fields?: LogFields, error?: unknown) {
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    event,
    ...clean(fields),
    ...(error === undefined ? {} : describeError(error)),
  });
  try {
    sink(level, line);
  } catch {
    // Logging must never take a request down.
  }
}

export const log = {
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  /** An error: only its name and code are kept, never its message. */
  error: (event: string, error?: unknown, fields?: LogFields) => write("error", event, fields, error),
};

/**
 * Routes what libraries (Next itself among them) print with console.error and
 * console.warn through the same rules: an Error keeps its name, code and
 * Next's digest; a string keeps only what comes before a "params:" dump.
 * Installed once, at server start (instrumentation.ts).
 */
export function guardConsole() {
  const marked = console as Console & { __alongsideGuarded?: boolean };
  if (marked.__alongsideGuarded) return;
  marked.__alongsideGuarded = true;
  const route = (level: "warn" | "error") => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const said = args
      .filter((a): a is string => typeof a === "string")
      .join(" ")
      .split(/params:|Failed query:/)[0]!
      .slice(0, 300);
    const digestValue: unknown = error ? (error as unknown as { digest?: unknown }).digest : undefined;
    const digest = typeof digestValue === "string" ? digestValue : undefined;
    write(level, "console", { said: error ? undefined : said, digest }, error);
  };
  console.error = route("error");
  console.warn = route("warn");
}
