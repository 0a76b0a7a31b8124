// Deterministic randomness for the bench data generator: one seed gives the same data shape.
import { randomBytes } from "node:crypto";

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform in [min, max). */
  between: (min: number, max: number) => number;
  /** Integer in [min, max]. */
  int: (min: number, max: number) => number;
  /** Standard normal (Box–Muller). */
  normal: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items of `items` (partial Fisher–Yates on a copy). */
  sample: <T>(items: readonly T[], count: number) => T[];
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (min: number, max: number) => min + (max - min) * next();
  const int = (min: number, max: number) => Math.floor(between(min, max + 1));
  return {
    next,
    between,
    int,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, count) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

/**
 * Record ids in the app's shape (`c` + 24 lowercase letters and digits, as cuid): a random
 * per-run prefix, then a counter, so ids never repeat within a run and rarely across runs.
 */
export function createIdFactory(): () => string {
  const prefix = [...randomBytes(9)].map((byte) => (byte % 36).toString(36)).join("");
  let counter = 0;
  return () => `c${prefix}${(counter++).toString(36).padStart(15, "0")}`;
}
