// QuestionScore.calibration: the final scored forecast's calibration pairs as compact JSON,
// [[p, happened], …], so the track record and the team dashboard read calibration from the
// scores instead of reloading every forecaster's log.
import type { CalibrationPair } from "../forecasting";

export function encodeCalibration(pairs: readonly CalibrationPair[]): string {
  return JSON.stringify(pairs.map((pair) => [pair.p, pair.outcome]));
}

/** The pairs of each score, in order; a score without the column (not yet backfilled) adds none. */
export function decodeCalibration(rows: readonly { calibration: string | null }[]): CalibrationPair[] {
  const pairs: CalibrationPair[] = [];
  for (const row of rows) {
    if (row.calibration === null) continue;
    for (const [p, outcome] of JSON.parse(row.calibration) as [number, 0 | 1][]) pairs.push({ p, outcome });
  }
  return pairs;
}
