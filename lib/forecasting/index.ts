// Public entry point of the forecasting math: pure functions, no I/O. See README.md.

export type { ForecastLogEntry, MultiForecastLogEntry, OthersLogs, TimedForecast, TimedMultiForecast } from "./types";

export { P_MAX, P_MIN } from "./validate";

export { baselineScore, brierScore, logScore, multiBrierScore, peerScore, peerScoresOfAll } from "./scores";

export { extremizedMeanLogOdds, geometricMeanOfOdds, mean, median, recencyWeightedMedian } from "./aggregates";
export { recencyWeights, weightedMedian } from "./weighted-median";

export {
  MAX_BIN_COUNT,
  WILSON_Z,
  calibrationBins,
  murphyDecomposition,
  wilsonInterval,
  type CalibrationBin,
  type CalibrationPair,
  type MurphyDecomposition,
} from "./calibration";

export { timeAveragedBrier, timeAveragedMultiBrier } from "./time-averaged";
export { coverage } from "./coverage";
export {
  timeAveragedRelativeBrier,
  timeAveragedRelativeMultiBrier,
  type RelativeBrierInput,
  type RelativeBrierResult,
  type RelativeMultiBrierInput,
} from "./relative-brier";
export { relativeBriersOfAll, type TimedScore } from "./relative-brier-all";

export { AGGREGATION_METHODS, DEFAULT_EXTREMIZING_FACTOR, type AggregationMethod } from "./aggregate-tracker";
export { CrowdPool, type CrowdValues } from "./crowd-pool";
export {
  aggregateSeries,
  aggregateSeriesMulti,
  type AggregateOptions,
  type MultiSeriesPoint,
  type SeriesPoint,
} from "./series";

export { downsampleBy, downsampleSteps } from "./downsample";
