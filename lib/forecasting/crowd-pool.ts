// The crowd under every aggregation method at once, over each forecaster's latest forecast,
// updated one forecast at a time. The forecast read models keep one per question: a write
// feeds it the standing forecasts and reads one point; a rebuild replays the whole log through
// one pool and reads a point after every forecast. Both give the same numbers because a
// tracker's value depends only on the current set of latest forecasts (aggregate-tracker.ts).
import {
  AGGREGATION_METHODS,
  AggregateTracker,
  DEFAULT_EXTREMIZING_FACTOR,
  type AggregationMethod,
} from "./aggregate-tracker";
import { normalizePooled } from "./series";
import { assertProbability, assertProbabilityVector } from "./validate";

export type CrowdValues = Record<AggregationMethod, number[]>;

export class CrowdPool {
  /** trackers[method][option]; a yes/no question has one option slot (the probability of Yes). */
  private readonly trackers: Record<AggregationMethod, AggregateTracker[]>;
  private readonly slots = new Map<string, number>();

  /** `optionCount` is 1 for a yes/no question (probabilities of Yes), else the number of options. */
  constructor(
    private readonly optionCount: number,
    d: number = DEFAULT_EXTREMIZING_FACTOR,
  ) {
    this.trackers = Object.fromEntries(
      AGGREGATION_METHODS.map((method) => [
        method,
        Array.from({ length: optionCount }, () => new AggregateTracker(method, d)),
      ]),
    ) as Record<AggregationMethod, AggregateTracker[]>;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Records `probs` as the forecaster's latest forecast; forecasts must arrive in log order. */
  set(forecasterId: string, probs: readonly number[]): void {
    if (this.optionCount === 1) assertProbability("probs[0]", probs[0]);
    else assertProbabilityVector("probs", probs, this.optionCount);
    let slot = this.slots.get(forecasterId);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(forecasterId, slot);
    }
    for (const method of AGGREGATION_METHODS) {
      const trackers = this.trackers[method];
      for (let j = 0; j < this.optionCount; j++) (trackers[j] as AggregateTracker).set(slot, probs[j] as number);
    }
  }

  /** The crowd now, under every method; needs at least one forecast. */
  values(): CrowdValues {
    if (this.slots.size === 0) throw new RangeError("the pool has no forecast yet");
    const values = {} as CrowdValues;
    for (const method of AGGREGATION_METHODS) {
      const pooled = this.trackers[method].map((tracker) => tracker.value());
      values[method] = this.optionCount === 1 ? pooled : normalizePooled(pooled);
    }
    return values;
  }
}
