/**
 * Seeded hashing and a seeded generator. Tie-breaks in matching come from
 * these, never from input order or Math.random, so the same cohort and seed
 * give the same result on every machine.
 */

/** murmur3's finaliser: spreads every input bit over the output. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, started from `seed`, then mixed. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ mix32(seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** A hash of two hashes: order matters (a pair seeker → mentor is not mentor → seeker). */
export function hashPair(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) ^ b) >>> 0);
}

/** mulberry32: small, fast and good enough for generated cohorts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
