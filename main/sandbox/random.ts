import { randomBytes } from 'node:crypto';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random characters from `[A-Za-z0-9_-]` (64 symbols, so a byte mask is unbiased). */
export function randomUrlSafe(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += URL_SAFE[b & 63];
  return out;
}

/** `length` random characters from `[A-Za-z0-9]` (rejection sampling keeps them unbiased). */
export function randomAlnum(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length)) {
      if (b < 248 && out.length < length) out += ALNUM[b % 62];
    }
  }
  return out;
}

/** `length` random lower-case hex digits. */
export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

/** A uniformly random integer in [min, max]. */
export function randomIntBetween(min: number, max: number): number {
  const span = max - min + 1;
  return min + (randomBytes(4).readUInt32BE(0) % span);
}

/** A seeded PRNG in [0, 1) (mulberry32): fault schedules replay exactly from a seed. */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive one independent seed per endpoint path. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
