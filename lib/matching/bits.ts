/**
 * Sets of small numbers (a person's topics, languages) as two 32-bit words,
 * so "do these meet?" is an AND and "how many?" a population count. A round
 * may use up to 64 distinct topics and 64 languages.
 */

export const WORD_BITS = 32;
export const MAX_BITS = 64;

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A set of numbers 0–63 as two words. */
export interface Bits {
  lo: number;
  hi: number;
}

export function bitsOf(numbers: Iterable<number>, what: string): Bits {
  let lo = 0;
  let hi = 0;
  for (const n of numbers) {
    if (n < WORD_BITS) lo |= 1 << n;
    else if (n < MAX_BITS) hi |= 1 << (n - WORD_BITS);
    else throw new RangeError(`A matching round handles at most ${MAX_BITS} distinct ${what}.`);
  }
  return { lo, hi };
}

export const hasBit = (lo: number, hi: number, n: number) => (n < WORD_BITS ? (lo >>> n) & 1 : (hi >>> (n - WORD_BITS)) & 1) === 1;
export const meets = (aLo: number, aHi: number, bLo: number, bHi: number) => (aLo & bLo) !== 0 || (aHi & bHi) !== 0;
export const count = (lo: number, hi: number) => popcount(lo) + popcount(hi);

/** The numbers in a set, ascending. */
export function numbersIn(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let n = 0; n < MAX_BITS; n++) if (hasBit(lo, hi, n)) out.push(n);
  return out;
}
