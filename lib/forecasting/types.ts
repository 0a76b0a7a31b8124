// Shapes shared by the forecasting functions. Times are plain numbers so callers can use
// epoch milliseconds, days, or anything else that is ordered and subtractable.

export interface TimedForecast {
  readonly t: number;
  readonly p: number;
}

export interface TimedMultiForecast {
  readonly t: number;
  readonly probs: readonly number[];
}

export interface ForecastLogEntry {
  readonly forecasterId: string;
  readonly t: number;
  readonly p: number;
}

export interface MultiForecastLogEntry {
  readonly forecasterId: string;
  readonly t: number;
  readonly probs: readonly number[];
}

/** Other forecasters' logs keyed by forecaster id; each log sorted by t ascending. */
export type OthersLogs<F> = ReadonlyMap<string, readonly F[]> | Readonly<Record<string, readonly F[]>>;
