// Public entry point of the numeric/date forecasting maths: pure functions, no I/O. See
// ../README.md, section "Numeric and date questions".

export {
  CDF_POINT_COUNT,
  CDF_STEP_COUNT,
  assertRange,
  fromScalePosition,
  gridValues,
  openBoundCount,
  scalePerUnit,
  toScalePosition,
  type ContinuousRange,
  type ContinuousScale,
} from "./range";
export { MS_PER_DAY, daysToEpochMs, epochMsToDays, epochMsToIso, epochMsToIsoDay, isoToEpochMs } from "./dates";
export {
  CDF_TOLERANCE,
  MAX_CDF_STEP,
  MIN_CDF_STEP,
  MIN_OPEN_BOUND_MASS,
  assertCdfShape,
  assertForecastCdf,
  cdfShapeProblem,
  forecastCdfProblem,
  type CdfProblem,
  type CdfProblemCode,
} from "./cdf-validate";
export { cdfAt, outsideMass, pdfAt, pdfPoints, probabilityBetween, quantile, type Cdf, type PdfPoint } from "./read";
export { MIN_INSIDE_MASS, discretizeDistribution, fitCdfToLimits } from "./build";
export {
  PERCENTILE_LEVELS,
  REQUIRED_PERCENTILE_LEVELS,
  cdfFromPercentiles,
  percentileDistribution,
  percentilesProblem,
  percentilesShapeProblem,
  type PercentileLevel,
  type Percentiles,
  type ValueFormatter,
} from "./from-percentiles";
export {
  MAX_MIXTURE_COMPONENTS,
  cdfFromMixture,
  mixtureDistribution,
  mixtureProblem,
  type MixtureComponent,
} from "./from-mixture";
export {
  BASELINE_OUTSIDE_MASS,
  MIN_SCALE_DENSITY,
  baselineCdf,
  continuousBaselineScore,
  continuousCrps,
  continuousLogScore,
  outcomeRegion,
  scaledCrps,
  type OutcomeRegion,
} from "./scores";
export {
  timeAveragedContinuousBaselineScore,
  timeAveragedContinuousCrps,
  timeAveragedContinuousLogScore,
  timeAveragedScaledCrps,
  type TimedCdf,
} from "./time-averaged";
export {
  CDF_AGGREGATION_METHODS,
  aggregateCdfSeries,
  medianCdf,
  recencyWeightedMedianCdf,
  type CdfAggregationMethod,
  type CdfLogEntry,
  type CdfSeriesPoint,
} from "./aggregate";
export { fanBands, fanSeries, type FanBands } from "./fan";
export {
  intervalCoverage,
  pitHistogram,
  pitValue,
  type IntervalCoverage,
  type PitBin,
  type ResolvedCdf,
} from "./calibration";
