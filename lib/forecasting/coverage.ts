// Share of a question's open window during which a forecaster had a forecast standing.
// Reported next to relative scores instead of being folded into them, so that time before a
// first forecast is neither rewarded (scored as perfect) nor punished (scored as worst).

import { assertFinite } from "./validate";

export function checkWindow(openAt: number, closeAt: number): void {
  assertFinite("openAt", openAt);
  assertFinite("closeAt", closeAt);
  if (!(closeAt > openAt)) {
    throw new RangeError(`closeAt must be greater than openAt (${openAt}), got ${closeAt}`);
  }
}

/** (closeAt − max(firstT, openAt)) / (closeAt − openAt), clamped into [0, 1]. */
export function coverage(firstT: number, openAt: number, closeAt: number): number {
  assertFinite("firstT", firstT);
  checkWindow(openAt, closeAt);
  const start = firstT > openAt ? firstT : openAt;
  const share = (closeAt - start) / (closeAt - openAt);
  return share < 0 ? 0 : share > 1 ? 1 : share;
}
