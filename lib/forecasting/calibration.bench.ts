import { bench, describe } from "vitest";
import { sumP, syntheticPairs } from "./bench-data";
import { calibrationBins, murphyDecomposition } from "./calibration";

const pairs = syntheticPairs(1_000_000);
// Results go somewhere observable so the engine cannot drop the work.
let sink = 0;

describe("calibration on 1,000,000 pairs", () => {
  bench("bare loop (sum of p)", () => {
    sink += sumP(pairs);
  });

  bench("calibrationBins", () => {
    sink += calibrationBins(pairs).length;
  });

  bench("murphyDecomposition", () => {
    sink += murphyDecomposition(pairs).brier;
  });
});

export { sink };
