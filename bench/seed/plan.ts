// What the bulk data looks like, decided before anything is written (pure: no database).
// Every date obeys the services' rules: forecasts fall between a question's opening and the
// earliest of its close, now and (when resolved) the event; resolutions are recorded after the
// event and the close, and never in the future.
import type { Random } from "./random";

export const DAY_MS = 86_400_000;

export type QuestionStatusPlan = "open" | "closed" | "resolved";

export type QuestionPlan = {
  index: number;
  type: "BINARY" | "MULTIPLE_CHOICE";
  optionCount: number;
  team: boolean;
  status: QuestionStatusPlan;
  openAt: Date;
  closeAt: Date;
  resolveBy: Date;
  /** Resolved questions: the event's date (midnight UTC, as the resolve form records it). */
  occurredAt: Date | null;
  /** Resolved questions: when each resolution was recorded, oldest first (two = re-resolved). */
  recordedAt: Date[];
  /** Latent chance of YES (or weights of the options), which forecasts scatter around. */
  lean: number[];
  forecastCount: number;
  themes: string[];
};

const floorToDay = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;

/** Splits `total` into `parts` integer counts with a long tail (a few questions draw crowds). */
export function allocateCounts(random: Random, total: number, parts: number): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => Math.exp(random.normal()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) counts[i]!++;
  return counts;
}

export function planQuestions(
  random: Random,
  options: { questions: number; forecasts: number; resolved: number; withTeam: boolean; themes: readonly string[] },
  now: number,
): QuestionPlan[] {
  const counts = allocateCounts(random, options.forecasts, options.questions);
  const resolvedCount = Math.round(options.questions * options.resolved);
  return counts.map((forecastCount, index) => {
    const multiple = random.next() < 0.2;
    const optionCount = multiple ? random.int(3, 5) : 0;
    const status: QuestionStatusPlan = index < resolvedCount ? "resolved" : random.next() < 0.1 ? "closed" : "open";
    let openAt: number;
    let closeAt: number;
    let occurredAt: number | null = null;
    const recordedAt: number[] = [];
    if (status === "resolved") {
      openAt = floorToDay(now - random.between(90, 720) * DAY_MS) + random.int(0, DAY_MS - 1);
      closeAt = Math.min(openAt + random.between(30, 300) * DAY_MS, now - 3 * DAY_MS);
      occurredAt = floorToDay(closeAt - random.between(0, 10) * DAY_MS);
      if (occurredAt <= openAt + DAY_MS) occurredAt = floorToDay(openAt) + 2 * DAY_MS;
      const latest = Math.min(now - DAY_MS, Math.max(closeAt, occurredAt + DAY_MS) + random.between(0, 2) * DAY_MS);
      // One in twenty resolved questions was first resolved wrongly, then re-resolved.
      if (random.next() < 0.05) recordedAt.push(Math.max(closeAt, occurredAt + DAY_MS) + 1000);
      recordedAt.push(Math.max(latest, (recordedAt[0] ?? 0) + 60_000));
    } else if (status === "closed") {
      openAt = now - random.between(60, 400) * DAY_MS;
      closeAt = now - random.between(1, 30) * DAY_MS;
    } else {
      openAt = now - random.between(2, 200) * DAY_MS;
      closeAt = now + random.between(10, 400) * DAY_MS;
    }
    const lean = multiple
      ? Array.from({ length: optionCount }, () => random.between(0.2, 1))
      : [random.between(0.05, 0.95)];
    return {
      index,
      type: multiple ? "MULTIPLE_CHOICE" : "BINARY",
      optionCount,
      team: options.withTeam && random.next() < 0.25,
      status,
      openAt: new Date(openAt),
      closeAt: new Date(closeAt),
      resolveBy: new Date(closeAt + 30 * DAY_MS),
      occurredAt: occurredAt === null ? null : new Date(occurredAt),
      recordedAt: recordedAt.map((t) => new Date(t)),
      lean,
      forecastCount,
      themes: random.sample(options.themes, random.int(1, 2)),
    };
  });
}

/** The window forecasts of a question may fall in: [start, end). */
export function forecastWindow(plan: Pick<QuestionPlan, "openAt" | "closeAt" | "occurredAt">, now: number) {
  const start = plan.openAt.getTime();
  const end = Math.min(plan.closeAt.getTime(), now, plan.occurredAt?.getTime() ?? Infinity);
  return { start, end: Math.max(end, start + 1) };
}

/** A yes/no probability around `lean`, in whole percent between 1% and 99%. */
export function binaryProbability(random: Random, lean: number): number {
  const p = Math.round((lean + random.normal() * 0.15) * 100);
  return Math.min(99, Math.max(1, p)) / 100;
}

/** Option probabilities around `lean`, whole percents (each ≥ 1%) that sum to exactly 100%. */
export function optionProbabilities(random: Random, lean: readonly number[]): number[] {
  const raw = lean.map((w) => Math.max(0.01, w + random.normal() * 0.2));
  const sum = raw.reduce((a, b) => a + b, 0);
  const spare = 100 - lean.length;
  const percents = raw.map((w) => 1 + Math.floor((w / sum) * spare));
  let left = 100 - percents.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % percents.length, left--) percents[i]!++;
  return percents.map((p) => p / 100);
}
