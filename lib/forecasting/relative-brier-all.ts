// Relative Brier of every forecaster on a question in one sweep, for scoring a resolution.
//
// Computing timeAveragedRelativeBrier once per forecaster re-sweeps everyone else's log each
// time: O(forecasters × forecasts × active). Here one pass over the merged change points
// keeps the sorted multiset S of every active forecaster's current score; between two change
// points, the median of "everyone but me" takes one of only three values, chosen by where my
// own score falls against S's middle, so each interval costs O(active). The definition is the
// same as relative-brier.ts: from each forecaster's first forecast to closeAt, over the time at
// least one other forecaster is active, mean of (mine − median of the others).
import { insertSorted, removeSorted } from "./sorted-list";
import { assertArray, assertFinite, assertSortedTimes } from "./validate";

/** One forecast's time and the score it holds from then on (its Brier or multi-option Brier). */
export interface TimedScore {
  readonly t: number;
  readonly score: number;
}

/**
 * For each log in `logs` (one per forecaster, in time order), its relative Brier against all the
 * others over [its first forecast, closeAt]; null where it never overlapped another forecaster
 * (or has no forecast before closeAt).
 */
export function relativeBriersOfAll(logs: readonly (readonly TimedScore[])[], closeAt: number): (number | null)[] {
  const sweep = relativeBrierSweep(logs, closeAt);
  for (;;) {
    const step = sweep.next();
    if (step.done) return step.value;
  }
}

/**
 * The same numbers, computed in slices with `pause()` awaited between them, so a server can
 * answer other requests while a question with thousands of forecasts is scored.
 */
export async function relativeBriersOfAllInSlices(
  logs: readonly (readonly TimedScore[])[],
  closeAt: number,
  pause: () => Promise<void>,
): Promise<(number | null)[]> {
  const sweep = relativeBrierSweep(logs, closeAt);
  for (;;) {
    const step = sweep.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Work units (forecaster-intervals) between two pauses: a few milliseconds. */
const SLICE = 50_000;

function* relativeBrierSweep(
  logs: readonly (readonly TimedScore[])[],
  closeAt: number,
): Generator<void, (number | null)[], void> {
  assertArray("logs", logs);
  assertFinite("closeAt", closeAt);
  let eventCount = 0;
  logs.forEach((log, who) => {
    assertArray(`logs[${who}]`, log);
    assertSortedTimes(`logs[${who}]`, log);
    for (let i = 0; i < log.length; i++) {
      const entry = log[i] as TimedScore;
      assertFinite(`logs[${who}][${i}].t`, entry.t);
      assertFinite(`logs[${who}][${i}].score`, entry.score);
    }
    eventCount += log.length;
  });
  yield;

  const eventT = new Float64Array(eventCount);
  const eventWho = new Int32Array(eventCount);
  const eventScore = new Float64Array(eventCount);
  let e = 0;
  logs.forEach((log, who) => {
    for (const entry of log) {
      eventT[e] = entry.t;
      eventWho[e] = who;
      eventScore[e] = entry.score;
      e++;
    }
  });
  // Ties keep log order, so a forecaster's later entry at the same instant wins.
  const order = Array.from({ length: eventCount }, (_, i) => i).sort(
    (a, b) => (eventT[a] as number) - (eventT[b] as number) || a - b,
  );
  yield;

  const current = new Float64Array(logs.length).fill(Number.NaN);
  const integral = new Float64Array(logs.length);
  const covered = new Float64Array(logs.length);
  const sorted: number[] = [];
  const active: number[] = [];

  let next = 0;
  let work = 0;
  while (next < eventCount) {
    const t = eventT[order[next] as number] as number;
    if (t >= closeAt) break;
    // Apply every change at this instant before scoring the interval that follows it.
    while (next < eventCount && eventT[order[next] as number] === t) {
      const ev = order[next] as number;
      const who = eventWho[ev] as number;
      const previous = current[who] as number;
      if (Number.isNaN(previous)) active.push(who);
      else removeSorted(sorted, previous);
      const score = eventScore[ev] as number;
      current[who] = score;
      insertSorted(sorted, score);
      next++;
    }
    work += active.length + 1;
    if (work >= SLICE) {
      work = 0;
      yield;
    }
    const until = next < eventCount ? Math.min(closeAt, eventT[order[next] as number] as number) : closeAt;
    const span = until - t;
    const others = sorted.length - 1;
    if (span <= 0 || others < 1) continue;

    // The median of S without one copy of x sits at indices lo and hi of the remaining `others`
    // values; which values those are depends only on whether x was at or below S[lo] (then both
    // shift up by one), above S[hi] (neither shifts), or in between (only hi shifts).
    const lo = (others - 1) >> 1;
    const hi = others >> 1;
    const sLo = sorted[lo] as number;
    const sHi = sorted[hi] as number;
    const medianIfLow = ((sorted[lo + 1] as number) + (sorted[hi + 1] as number)) / 2;
    const medianIfHigh = (sLo + sHi) / 2;
    const medianIfMiddle = (sLo + (sorted[hi + 1] as number)) / 2;
    for (const who of active) {
      const x = current[who] as number;
      const median = x <= sLo ? medianIfLow : x > sHi ? medianIfHigh : medianIfMiddle;
      integral[who] = (integral[who] as number) + (x - median) * span;
      covered[who] = (covered[who] as number) + span;
    }
  }
  return logs.map((_, who) =>
    (covered[who] as number) > 0 ? (integral[who] as number) / (covered[who] as number) : null,
  );
}
