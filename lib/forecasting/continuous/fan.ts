// The numbers a fan chart draws for one CDF: the median and the central 50% and 90% intervals.

import { assertCdfShape } from "./cdf-validate";
import { quantile, type Cdf } from "./read";
import type { ContinuousRange } from "./range";

export interface FanBands {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles in real units. A percentile beyond an open
 * bound is reported as the bound (the chart draws it at the edge).
 */
export function fanBands(cdf: Cdf, range: ContinuousRange): FanBands {
  assertCdfShape(cdf);
  return {
    p5: quantile(cdf, range, 0.05),
    p25: quantile(cdf, range, 0.25),
    p50: quantile(cdf, range, 0.5),
    p75: quantile(cdf, range, 0.75),
    p95: quantile(cdf, range, 0.95),
  };
}

/** fanBands for each point of a CDF series (e.g. aggregateCdfSeries's output), keeping t and n. */
export function fanSeries<P extends { t: number; cdf: Cdf; n?: number }>(
  series: readonly P[],
  range: ContinuousRange,
): (FanBands & { t: number; n?: number })[] {
  return series.map((point) => {
    const bands = fanBands(point.cdf, range);
    return point.n === undefined ? { t: point.t, ...bands } : { t: point.t, n: point.n, ...bands };
  });
}
