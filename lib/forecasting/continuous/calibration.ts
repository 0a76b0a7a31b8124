// Calibration of distribution forecasts: how often outcomes fell inside the forecasters' central
// 50% and 90% intervals, and the PIT histogram. A calibrated forecaster's outcomes fall inside
// the 50% interval half the time and their PIT values are uniform on [0, 1].

import { wilsonInterval } from "../calibration";
import { assertArray, assertInteger } from "../validate";
import { assertCdfShape } from "./cdf-validate";
import { cdfAtPosition, type Cdf } from "./read";
import { CDF_STEP_COUNT, assertRange, toScalePosition, type ContinuousRange } from "./range";
import { outcomeRegion } from "./scores";

export interface ResolvedCdf {
  readonly cdf: Cdf;
  readonly range: ContinuousRange;
  readonly outcome: number;
}

/**
 * The probability integral transform F(outcome). Beyond an open bound, where the forecast does
 * not say how its outside probability is spread, it is the middle of that probability: cdf[0]/2
 * below the range, (1 + cdf[200])/2 above (the mid-PIT of Czado, Gneiting & Held 2009, which
 * keeps the histogram deterministic).
 */
export function pitValue(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  assertCdfShape(cdf);
  const region = outcomeRegion(range, outcome);
  if (region === "below") return (cdf[0] as number) / 2;
  if (region === "above") return (1 + (cdf[CDF_STEP_COUNT] as number)) / 2;
  return cdfAtPosition(cdf, toScalePosition(range, outcome));
}

export interface IntervalCoverage {
  /** Nominal coverage of the central interval (0.5 or 0.9). */
  nominal: number;
  n: number;
  inside: number;
  /** inside / n, with its 95% Wilson interval; absent when n = 0. */
  rate?: number;
  ciLow?: number;
  ciHigh?: number;
}

function coverageOf(pits: readonly number[], nominal: number): IntervalCoverage {
  const tail = (1 - nominal) / 2;
  let inside = 0;
  for (const pit of pits) if (pit >= tail && pit <= 1 - tail) inside++;
  const result: IntervalCoverage = { nominal, n: pits.length, inside };
  if (pits.length > 0) {
    const { low, high } = wilsonInterval(inside, pits.length);
    result.rate = inside / pits.length;
    result.ciLow = low;
    result.ciHigh = high;
  }
  return result;
}

function pitsOf(resolved: readonly ResolvedCdf[]): number[] {
  assertArray("resolved", resolved);
  return resolved.map((item, i) => {
    assertRange(`resolved[${i}].range`, item.range);
    assertCdfShape(item.cdf, `resolved[${i}].cdf`);
    return pitValue(item.cdf, item.range, item.outcome);
  });
}

/**
 * Whether each outcome fell inside its forecast's central 50% interval [q25, q75] and 90%
 * interval [q5, q95] (decided on the PIT: 0.25 ≤ F(y) ≤ 0.75), with counts and Wilson intervals.
 */
export function intervalCoverage(resolved: readonly ResolvedCdf[]): {
  central50: IntervalCoverage;
  central90: IntervalCoverage;
} {
  const pits = pitsOf(resolved);
  return { central50: coverageOf(pits, 0.5), central90: coverageOf(pits, 0.9) };
}

export interface PitBin {
  lo: number;
  hi: number;
  n: number;
  /** n / total, with its 95% Wilson interval; absent when there are no forecasts at all. */
  share?: number;
  ciLow?: number;
  ciHigh?: number;
}

/**
 * PIT histogram: bin k = min(⌊PIT · B⌋, B − 1) covers [k/B, (k+1)/B) (the last bin holds 1), as
 * calibrationBins bins probabilities. A calibrated forecaster fills each bin with share 1/B.
 */
export function pitHistogram(resolved: readonly ResolvedCdf[], binCount = 10): PitBin[] {
  assertInteger("binCount", binCount, 1, 1000);
  const pits = pitsOf(resolved);
  const counts = new Array<number>(binCount).fill(0);
  for (const pit of pits) {
    const k = Math.min(binCount - 1, Math.floor(pit * binCount));
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((n, k) => {
    const bin: PitBin = { lo: k / binCount, hi: (k + 1) / binCount, n };
    if (pits.length > 0) {
      const { low, high } = wilsonInterval(n, pits.length);
      bin.share = n / pits.length;
      bin.ciLow = low;
      bin.ciHigh = high;
    }
    return bin;
  });
}
