/**
 * Shared bits of the matching commands: argument parsing with readable
 * errors, and writing large JSON to stdout in pieces (a 100k cohort's
 * candidate list is hundreds of megabytes — more than one string may hold).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

export function readArgs<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function number(value: string | undefined, name: string, fallback: number, { min = -Infinity, integer = false } = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) fail(`--${name} must be ${integer ? "a whole number" : "a number"}${min > -Infinity ? ` ≥ ${min}` : ""}, not "${value}".`);
  return n;
}

/** Writes to stdout, waiting whenever the pipe is full. */
export class JsonWriter {
  private buffer: string[] = [];
  private size = 0;

  async raw(text: string) {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) await this.flush();
  }

  /** A JSON array written element by element. */
  async array<T>(items: Iterable<T>, encode: (item: T) => unknown) {
    await this.raw("[");
    let first = true;
    for (const item of items) {
      await this.raw((first ? "\n    " : ",\n    ") + JSON.stringify(encode(item)));
      first = false;
    }
    await this.raw(first ? "]" : "\n  ]");
  }

  async flush() {
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}
