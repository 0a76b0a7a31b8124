// What a NUMERIC or DATE question's forecast is outside the maths: the question's stored range
// read back as the maths' range, the stored CDF (JSON text of 201 numbers) read back, and the
// forecast's numbers as the API and the pages show them (the CDF and five quantiles).
import { epochMsToIso, fanBands, type ContinuousRange } from "../forecasting/continuous";
import type { QuestionType } from "./probabilities";

export type ContinuousType = "NUMERIC" | "DATE";

/** The range columns of a question (null on yes/no and multiple-choice questions). */
export type RangeColumns = {
  type: QuestionType;
  rangeMin: number | null;
  rangeMax: number | null;
  openLower: boolean | null;
  openUpper: boolean | null;
  scale: string | null;
};

export const RANGE_COLUMNS = {
  type: true,
  rangeMin: true,
  rangeMax: true,
  openLower: true,
  openUpper: true,
  scale: true,
} as const;

/** A NUMERIC or DATE question's range as the maths takes it (DATE bounds in epoch ms). */
export function rangeOf(question: RangeColumns): ContinuousRange {
  if (question.rangeMin === null || question.rangeMax === null) {
    throw new Error(`A ${question.type} question without a range`);
  }
  return {
    min: question.rangeMin,
    max: question.rangeMax,
    openLower: question.openLower ?? false,
    openUpper: question.openUpper ?? false,
    scale: question.scale === "log" ? "log" : "linear",
  };
}

/** The stored CDF column as numbers. */
export function parseCdf(stored: string | null): number[] {
  if (stored === null) throw new Error("A distribution forecast without its CDF");
  return JSON.parse(stored) as number[];
}

export const QUANTILE_LEVELS = ["5", "25", "50", "75", "95"] as const;
export type QuantileLevel = (typeof QUANTILE_LEVELS)[number];
export type Quantiles<V> = Record<QuantileLevel, V>;

/** The 5th, 25th, 50th, 75th and 95th percentiles of a CDF, in the question's units (epoch ms for dates). */
export function quantilesOf(cdf: readonly number[], range: ContinuousRange): Quantiles<number> {
  const bands = fanBands(cdf, range);
  return { "5": bands.p5, "25": bands.p25, "50": bands.p50, "75": bands.p75, "95": bands.p95 };
}

/** A value as the API speaks it: a number, or an ISO date-time on a DATE question. */
export const valueJson = (type: QuestionType, value: number): number | string =>
  type === "DATE" ? epochMsToIso(value) : value;

/** A distribution forecast's numbers in the API: the CDF as stored, and its quantiles for convenience. */
export function cdfJson(question: RangeColumns, cdf: readonly number[]) {
  const quantiles = quantilesOf(cdf, rangeOf(question));
  return {
    cdf: [...cdf],
    quantiles: Object.fromEntries(
      QUANTILE_LEVELS.map((level) => [level, valueJson(question.type, quantiles[level])]),
    ) as Quantiles<number | string>,
  };
}
