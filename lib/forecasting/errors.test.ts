import { describe, expect, it } from "vitest";
import * as forecasting from "./index";

// Invalid inputs arrive from JSON and the database, so the calls below deliberately bypass the
// static types by calling each export by name.
type AnyFunction = (...args: unknown[]) => unknown;
const api = forecasting as unknown as Record<string, AnyFunction | undefined>;

const ok = [{ t: 0, p: 0.5 }];
const okMulti = [{ t: 0, probs: [0.5, 0.5] }];
const window = { openAt: 0, closeAt: 10 };

/** [function name, arguments, text the RangeError message must start with] */
const cases: [string, unknown[], string][] = [
  ["brierScore", [1.5, 1], "p must be a number in [0, 1], got 1.5"],
  ["brierScore", [Number.NaN, 1], "p must be a number in [0, 1], got NaN"],
  ["brierScore", [0.5, 0.5], "outcome must be 0 or 1, got 0.5"],
  ["brierScore", [0.5, true], "outcome must be 0 or 1"],
  ["multiBrierScore", [[], 0], "probs must not be empty"],
  ["multiBrierScore", [[0.5, -0.1], 0], "probs[1] must be a number in [0, 1]"],
  ["multiBrierScore", [[0.5, 0.5], 2], "outcomeIndex must be an integer in [0, 1], got 2"],
  ["multiBrierScore", [[0.5, 0.5], 0.5], "outcomeIndex must be an integer"],
  ["logScore", [-0.1, 0], "p must be a number in [0, 1]"],
  ["logScore", [0.5, 2], "outcome must be 0 or 1"],
  ["baselineScore", [2, 2], "pOutcome must be a number in [0, 1]"],
  ["baselineScore", [0.5, 1], "optionCount must be an integer >= 2, got 1"],
  ["baselineScore", [0.5, 2.5], "optionCount must be an integer"],
  ["peerScore", [Number.NaN, [0.5]], "pOutcome must be a number in [0, 1]"],
  ["peerScore", [0.5, []], "othersPOutcome must not be empty"],
  ["peerScore", [0.5, [0.5, 7]], "othersPOutcome[1] must be a number in [0, 1]"],
  ["peerScoresOfAll", [[0.5, 7]], "pOutcomes[1] must be a number in [0, 1]"],
  ["peerScoresOfAll", ["0.5"], "pOutcomes must be an array"],
  ["mean", [[]], "ps must not be empty"],
  ["mean", [[0.2, Number.NaN]], "ps[1] must be a number in [0, 1]"],
  ["median", [[]], "ps must not be empty"],
  ["median", ["0.5"], "ps must be an array"],
  ["geometricMeanOfOdds", [[1.2]], "ps[0] must be a number in [0, 1]"],
  ["extremizedMeanLogOdds", [[], 2], "ps must not be empty"],
  ["extremizedMeanLogOdds", [[0.5], 0], "d must be a finite number greater than 0"],
  ["extremizedMeanLogOdds", [[0.5], Infinity], "d must be a finite number"],
  ["recencyWeightedMedian", [[]], "psInTimeOrder must not be empty"],
  ["recencyWeightedMedian", [[0.1, 2]], "psInTimeOrder[1] must be"],
  ["recencyWeights", [0], "count must be an integer >= 1"],
  ["weightedMedian", [[0.5], [1, 2]], "weights must have the same length as values"],
  ["weightedMedian", [[0.5], [-1]], "weights[0] must be a finite number >= 0"],
  ["weightedMedian", [[0.5], [0]], "weights must not all be zero"],
  ["weightedMedian", [[], []], "values must not be empty"],
  ["wilsonInterval", [3, 0], "n must be an integer >= 1"],
  ["wilsonInterval", [11, 10], "successes must be a number in [0, n]"],
  ["wilsonInterval", [1, 10, -1], "z must be a finite number greater than 0"],
  ["calibrationBins", [[{ p: 1.01, outcome: 1 }]], "pairs[0].p must be a number in [0, 1]"],
  [
    "calibrationBins",
    [
      [
        { p: 0.5, outcome: 1 },
        { p: 0.5, outcome: 0.5 },
      ],
    ],
    "pairs[1].outcome must be 0 or 1",
  ],
  ["calibrationBins", [[null]], "pairs[0] must be an object"],
  ["calibrationBins", [[{ p: "0.5", outcome: 1 }]], "pairs[0].p must be a number in [0, 1]"],
  ["calibrationBins", [[{ p: 0.5, outcome: true }]], "pairs[0].outcome must be 0 or 1"],
  ["calibrationBins", [[], 0], "binCount must be an integer in [1, 1000000]"],
  ["calibrationBins", [{}], "pairs must be an array"],
  ["murphyDecomposition", [[]], "pairs must not be empty"],
  ["murphyDecomposition", [[{ p: 0.5, outcome: 1 }], 2.5], "binCount must be an integer"],
  ["murphyDecomposition", [[{ p: -1, outcome: 1 }]], "pairs[0].p must be"],
  ["timeAveragedBrier", [[], 0, 1], "forecasts must not be empty"],
  [
    "timeAveragedBrier",
    [
      [
        { t: 5, p: 0.5 },
        { t: 1, p: 0.5 },
      ],
      0,
      9,
    ],
    "forecasts must be sorted by t ascending",
  ],
  ["timeAveragedBrier", [[{ t: Number.NaN, p: 0.5 }], 0, 9], "forecasts[0].t must be a finite number"],
  ["timeAveragedBrier", [[{ t: 0, p: 5 }], 0, 9], "forecasts[0].p must be a number in [0, 1]"],
  ["timeAveragedBrier", [ok, 3, 9], "outcome must be 0 or 1"],
  ["timeAveragedBrier", [ok, 0, Infinity], "closeAt must be a finite number"],
  ["timeAveragedMultiBrier", [[], 0, 1], "forecasts must not be empty"],
  [
    "timeAveragedMultiBrier",
    [[...okMulti, { t: 1, probs: [1, 0, 0] }], 0, 9],
    "forecasts[1].probs must have 2 entries",
  ],
  ["timeAveragedMultiBrier", [okMulti, 2, 9], "outcomeIndex must be an integer in [0, 1]"],
  ["timeAveragedMultiBrier", [okMulti, 0, "9"], "closeAt must be a finite number"],
  ["coverage", [Number.NaN, 0, 1], "firstT must be a finite number"],
  ["coverage", [0, 5, 5], "closeAt must be greater than openAt"],
  ["coverage", [0, undefined, 5], "openAt must be a finite number"],
  ["timeAveragedRelativeBrier", [{ mine: [], others: {}, outcome: 1, ...window }], "mine must not be empty"],
  ["timeAveragedRelativeBrier", [{ mine: ok, others: {}, outcome: 2, ...window }], "outcome must be 0 or 1"],
  [
    "timeAveragedRelativeBrier",
    [{ mine: ok, others: {}, outcome: 1, openAt: 5, closeAt: 1 }],
    "closeAt must be greater than openAt",
  ],
  ["timeAveragedRelativeBrier", [{ mine: ok, others: 3, outcome: 1, ...window }], "others must be a Map or a record"],
  [
    "timeAveragedRelativeBrier",
    [
      {
        mine: ok,
        others: {
          bob: [
            { t: 2, p: 0.5 },
            { t: 1, p: 0.5 },
          ],
        },
        outcome: 1,
        ...window,
      },
    ],
    'others["bob"] must be sorted by t ascending',
  ],
  [
    "timeAveragedRelativeBrier",
    [{ mine: ok, others: new Map([["amy", [{ t: 2, p: 9 }]]]), outcome: 1, ...window }],
    'others["amy"][0].p must be a number in [0, 1]',
  ],
  ["timeAveragedRelativeBrier", [null], "input must be an object"],
  ["relativeBriersOfAll", [null, 10], "logs must be an array"],
  ["relativeBriersOfAll", [[[{ t: 1, score: 0 }]], Number.NaN], "closeAt must be a finite number"],
  [
    "relativeBriersOfAll",
    [
      [
        [
          { t: 2, score: 0 },
          { t: 1, score: 0 },
        ],
      ],
      10,
    ],
    "logs[0] must be sorted by t ascending",
  ],
  ["relativeBriersOfAll", [[[{ t: 1, score: "x" }]], 10], "logs[0][0].score must be a finite number"],
  ["timeAveragedRelativeMultiBrier", [{ mine: [], others: {}, outcomeIndex: 0, ...window }], "mine must not be empty"],
  [
    "timeAveragedRelativeMultiBrier",
    [{ mine: okMulti, others: {}, outcomeIndex: 5, ...window }],
    "outcomeIndex must be an integer in [0, 1]",
  ],
  [
    "timeAveragedRelativeMultiBrier",
    [{ mine: okMulti, others: { bob: [{ t: 1, probs: [1] }] }, outcomeIndex: 0, ...window }],
    'others["bob"][0].probs must have 2 entries',
  ],
  [
    "aggregateSeries",
    [[], "mode"],
    'method must be one of recencyWeightedMedian, mean, median, geometricMeanOfOdds, extremized, got "mode"',
  ],
  ["aggregateSeries", [[], "extremized", { d: -1 }], "options.d must be a finite number greater than 0"],
  [
    "aggregateSeries",
    [
      [
        { forecasterId: "a", t: 1, p: 0.5 },
        { forecasterId: "b", t: 0, p: 0.5 },
      ],
      "mean",
    ],
    "log must be sorted by t ascending",
  ],
  ["aggregateSeries", [[{ forecasterId: 7, t: 0, p: 0.5 }], "mean"], "log[0].forecasterId must be a string"],
  ["aggregateSeries", [[{ forecasterId: "a", t: 0, p: 1.5 }], "mean"], "log[0].p must be a number in [0, 1]"],
  ["aggregateSeries", [null, "mean"], "log must be an array"],
  ["aggregateSeriesMulti", [[], "avg"], "method must be one of"],
  [
    "aggregateSeriesMulti",
    [
      [
        { forecasterId: "a", t: 0, probs: [0.5, 0.5] },
        { forecasterId: "b", t: 1, probs: [1] },
      ],
      "mean",
    ],
    "log[1].probs must have 2 entries",
  ],
  ["aggregateSeriesMulti", [[{ forecasterId: "a", t: 0, probs: [] }], "mean"], "log[0].probs must not be empty"],
  ["downsampleSteps", [ok, 1], "maxPoints must be an integer >= 2, got 1"],
  ["downsampleSteps", [ok, 2.5], "maxPoints must be an integer >= 2"],
  ["downsampleSteps", ["x", 5], "points must be an array"],
  ["downsampleBy", [ok, Number.NaN, (x: { p: number }) => x.p], "maxPoints must be an integer >= 2, got NaN"],
  ["downsampleBy", [ok, 5, "p"], "valueOf must be a function"],
  [
    "downsampleBy",
    [[{ v: [1] }, { v: [1, 2] }, { v: [3] }], 2, (x: { v: number[] }) => x.v],
    "valueOf must return 1 values for every point",
  ],
];

describe("invalid input throws a RangeError naming the argument", () => {
  it.each(cases)("%s(%j)", (name, args, message) => {
    const fn = api[name];
    expect(fn).toBeTypeOf("function");
    let caught: unknown;
    try {
      fn?.(...args);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect((caught as RangeError).message.startsWith(message)).toBe(true);
  });

  it("covers every exported function", () => {
    const exported = Object.entries(forecasting)
      // Classes are constructed, not called; each has its own test of invalid input.
      .filter(
        ([, value]) => typeof value === "function" && !Function.prototype.toString.call(value).startsWith("class"),
      )
      .map(([name]) => name)
      .sort();
    const covered = [...new Set(cases.map(([name]) => name))].sort();
    expect(covered).toEqual(exported);
  });
});
