// Time-averaged Brier relative to the other forecasters on the same question.
//
// At each moment of your covered span [your first forecast, closeAt] the contribution is your
// Brier minus the median Brier of the others active then (a forecaster is active from their
// first forecast on and holds their latest value). Moments when nobody else is active are
// left out of the average entirely (never counted as a zero difference), and time before your
// first forecast is not scored at all: it shows up only as lower `coverage`.
// Everything is piecewise constant, so one sweep over the merged change points is exact.

import { checkWindow, coverage as coverageShare } from "./coverage";
import { multiBrierUnchecked } from "./scores";
import { insertSorted, medianOfSorted, removeSorted } from "./sorted-list";
import { checkBinaryLog, checkMultiLog } from "./time-averaged";
import type { OthersLogs, TimedForecast, TimedMultiForecast } from "./types";
import { assertNonEmptyArray, assertOptionIndex, assertOutcome, assertProbabilityVector, show } from "./validate";

export interface RelativeBrierResult {
  /** Mean of (yours − others' median) over covered moments with others active; null if none. */
  relativeBrier: number | null;
  /** Share of [openAt, closeAt] from your first forecast on, in [0, 1]. */
  coverage: number;
}

export interface RelativeBrierInput {
  mine: readonly TimedForecast[];
  others: OthersLogs<TimedForecast>;
  outcome: number;
  openAt: number;
  closeAt: number;
}

export interface RelativeMultiBrierInput {
  mine: readonly TimedMultiForecast[];
  others: OthersLogs<TimedMultiForecast>;
  outcomeIndex: number;
  openAt: number;
  closeAt: number;
}

/** A forecaster's log reduced to change times and the score held from each. */
interface ScoredLog {
  readonly times: Float64Array;
  readonly scores: Float64Array;
}

function assertInputObject(input: unknown): void {
  if (typeof input !== "object" || input === null) {
    throw new RangeError(`input must be an object with mine, others, openAt and closeAt, got ${show(input)}`);
  }
}

function othersEntries<F>(others: OthersLogs<F>): [string, readonly F[]][] {
  if (others instanceof Map) return [...(others as ReadonlyMap<string, readonly F[]>).entries()];
  if (typeof others === "object" && others !== null && !Array.isArray(others)) {
    return Object.entries(others as Readonly<Record<string, readonly F[]>>);
  }
  throw new RangeError(`others must be a Map or a record of forecast logs, got ${show(others)}`);
}

function scoreLog<F extends { readonly t: number }>(log: readonly F[], scoreOf: (f: F) => number): ScoredLog {
  const times = new Float64Array(log.length);
  const scores = new Float64Array(log.length);
  for (let i = 0; i < log.length; i++) {
    const f = log[i] as F;
    times[i] = f.t;
    scores[i] = scoreOf(f);
  }
  return { times, scores };
}

/** ∫ (mine − median of active others) dt and the length of time with others active. */
export function relativeSweep(
  mine: ScoredLog,
  others: readonly ScoredLog[],
  closeAt: number,
): { integral: number; covered: number } {
  const start = mine.times[0] as number;
  if (!(closeAt > start)) return { integral: 0, covered: 0 };

  let eventCount = 0;
  for (const log of others) eventCount += log.times.length;
  const eventT = new Float64Array(eventCount);
  const eventWho = new Int32Array(eventCount);
  const eventScore = new Float64Array(eventCount);
  let e = 0;
  others.forEach((log, who) => {
    for (let i = 0; i < log.times.length; i++, e++) {
      eventT[e] = log.times[i] as number;
      eventWho[e] = who;
      eventScore[e] = log.scores[i] as number;
    }
  });
  // Ties keep log order, so a forecaster's later entry at the same instant wins.
  const order = Array.from({ length: eventCount }, (_, i) => i).sort(
    (a, b) => (eventT[a] as number) - (eventT[b] as number) || a - b,
  );

  const current = new Float64Array(others.length).fill(Number.NaN);
  const active: number[] = [];
  let next = 0;
  const applyOthersUpTo = (t: number): void => {
    while (next < eventCount) {
      const ev = order[next] as number;
      if ((eventT[ev] as number) > t) break;
      const who = eventWho[ev] as number;
      const previous = current[who] as number;
      if (!Number.isNaN(previous)) removeSorted(active, previous);
      const score = eventScore[ev] as number;
      current[who] = score;
      insertSorted(active, score);
      next++;
    }
  };

  let mineNext = 0;
  let myScore = Number.NaN;
  const applyMineUpTo = (t: number): void => {
    while (mineNext < mine.times.length && (mine.times[mineNext] as number) <= t) {
      myScore = mine.scores[mineNext] as number;
      mineNext++;
    }
  };

  let integral = 0;
  let covered = 0;
  let cursor = start;
  applyMineUpTo(cursor);
  applyOthersUpTo(cursor);
  while (cursor < closeAt) {
    let until = closeAt;
    if (mineNext < mine.times.length) until = Math.min(until, mine.times[mineNext] as number);
    if (next < eventCount) until = Math.min(until, eventT[order[next] as number] as number);
    if (active.length > 0) {
      const span = until - cursor;
      integral += (myScore - medianOfSorted(active)) * span;
      covered += span;
    }
    cursor = until;
    applyMineUpTo(cursor);
    applyOthersUpTo(cursor);
  }
  return { integral, covered };
}

function result(mine: ScoredLog, others: readonly ScoredLog[], openAt: number, closeAt: number): RelativeBrierResult {
  const { integral, covered } = relativeSweep(mine, others, closeAt);
  return {
    relativeBrier: covered > 0 ? integral / covered : null,
    coverage: coverageShare(mine.times[0] as number, openAt, closeAt),
  };
}

/**
 * Your time-averaged Brier minus the crowd's, over the time you had a forecast standing and at
 * least one other forecaster did too (negative = better than the others' median). Include
 * only other forecasters in `others`; an empty log there simply never becomes active.
 */
export function timeAveragedRelativeBrier(input: RelativeBrierInput): RelativeBrierResult {
  assertInputObject(input);
  const { mine, others, outcome, openAt, closeAt } = input;
  checkBinaryLog("mine", mine);
  assertOutcome("outcome", outcome);
  checkWindow(openAt, closeAt);
  const brier = (f: TimedForecast): number => (f.p - outcome) * (f.p - outcome);
  const scoredOthers = othersEntries(others).map(([id, log]) => {
    checkBinaryLog(`others[${JSON.stringify(id)}]`, log, true);
    return scoreLog(log, brier);
  });
  return result(scoreLog(mine, brier), scoredOthers, openAt, closeAt);
}

/** The multiple-choice counterpart, with multiBrierScore (range 0–2) in place of Brier. */
export function timeAveragedRelativeMultiBrier(input: RelativeMultiBrierInput): RelativeBrierResult {
  assertInputObject(input);
  const { mine, others, outcomeIndex, openAt, closeAt } = input;
  assertNonEmptyArray("mine", mine);
  const first = mine[0] as TimedMultiForecast;
  assertProbabilityVector("mine[0].probs", first.probs);
  const optionCount = first.probs.length;
  checkMultiLog("mine", mine, optionCount);
  assertOptionIndex("outcomeIndex", outcomeIndex, optionCount);
  checkWindow(openAt, closeAt);
  const brier = (f: TimedMultiForecast): number => multiBrierUnchecked(f.probs, outcomeIndex);
  const scoredOthers = othersEntries(others).map(([id, log]) => {
    checkMultiLog(`others[${JSON.stringify(id)}]`, log, optionCount, true);
    return scoreLog(log, brier);
  });
  return result(scoreLog(mine, brier), scoredOthers, openAt, closeAt);
}
