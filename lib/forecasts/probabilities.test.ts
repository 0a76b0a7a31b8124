import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { formatProbabilities, vectorLabels } from "./display";
import { calibrationPairs, probabilityOfOutcome, scoredOutcome } from "./outcome";
import { probabilitiesJson, probsFromInput, probsOf, storedProbabilities } from "./probabilities";

const yesNo = { type: "BINARY" as const, options: [] };
const choice = {
  type: "MULTIPLE_CHOICE" as const,
  options: [
    { id: "o1", label: "Truce" },
    { id: "o2", label: "Merger" },
    { id: "o3", label: "Rivalry" },
  ],
};

describe("one forecast shape", () => {
  it("round-trips a yes/no vector through storage, JSON and input", () => {
    expect(storedProbabilities(yesNo, [0.7])).toEqual({ probability: 0.7 });
    expect(probsOf(yesNo, { probability: 0.7, probabilities: [] })).toEqual([0.7]);
    expect(probabilitiesJson(yesNo, [0.7])).toEqual({ probability: 0.7 });
    expect(probsFromInput({ ...yesNo, options: [] }, { probability: 0.7 })).toEqual([0.7]);
  });

  it("round-trips a multiple-choice vector in option order, whatever order the rows or keys come in", () => {
    const stored = storedProbabilities(choice, [0.2, 0.1, 0.7]);
    expect(stored).toEqual({
      probability: null,
      probabilities: {
        create: [
          { optionId: "o1", probability: 0.2 },
          { optionId: "o2", probability: 0.1 },
          { optionId: "o3", probability: 0.7 },
        ],
      },
    });
    const rows = [...stored.probabilities!.create].reverse();
    expect(probsOf(choice, { probability: null, probabilities: rows })).toEqual([0.2, 0.1, 0.7]);
    expect(probabilitiesJson(choice, [0.2, 0.1, 0.7])).toEqual({ probabilities: { o1: 0.2, o2: 0.1, o3: 0.7 } });
    expect(probsFromInput(choice, { probabilities: { o3: 0.7, o1: 0.2, o2: 0.1 } })).toEqual([0.2, 0.1, 0.7]);
  });

  it("refuses input that does not fit the question, naming the field", () => {
    const issue = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).issues?.[0]?.path;
      }
      throw new Error("expected a refusal");
    };
    expect(issue(() => probsFromInput({ ...yesNo, options: [] }, { probabilities: { o1: 1 } }))).toBe("probability");
    expect(issue(() => probsFromInput(choice, { probability: 0.5 }))).toBe("probabilities");
    expect(issue(() => probsFromInput(choice, { probabilities: { o1: 0.5, o2: 0.5, x: 0 } }))).toBe("probabilities.x");
    expect(issue(() => probsFromInput(choice, { probabilities: { o1: 0.5, o2: 0.5 } }))).toBe("probabilities.o3");
  });

  it("reads a resolution as scoring sees it, and nothing for ambiguous, annulled or unknown options", () => {
    expect(scoredOutcome(yesNo, { outcome: "YES", optionId: null })).toEqual({ kind: "binary", outcome: 1 });
    expect(scoredOutcome(yesNo, { outcome: "NO", optionId: null })).toEqual({ kind: "binary", outcome: 0 });
    expect(scoredOutcome(yesNo, { outcome: "ANNULLED", optionId: null })).toBeNull();
    expect(scoredOutcome(choice, { outcome: "OPTION", optionId: "o3" })).toEqual({ kind: "multi", outcomeIndex: 2 });
    expect(scoredOutcome(choice, { outcome: "OPTION", optionId: "gone" })).toBeNull();
    expect(scoredOutcome(choice, { outcome: "AMBIGUOUS", optionId: null })).toBeNull();
    expect(scoredOutcome(choice, null)).toBeNull();
  });

  it("gives the probability of what happened and the calibration pairs of a forecast", () => {
    expect(probabilityOfOutcome([0.3], { kind: "binary", outcome: 0 })).toBeCloseTo(0.7, 12);
    expect(probabilityOfOutcome([0.2, 0.1, 0.7], { kind: "multi", outcomeIndex: 1 })).toBe(0.1);
    expect(calibrationPairs([0.3], { kind: "binary", outcome: 1 })).toEqual([{ p: 0.3, outcome: 1 }]);
    expect(calibrationPairs([0.2, 0.1, 0.7], { kind: "multi", outcomeIndex: 2 })).toEqual([
      { p: 0.2, outcome: 0 },
      { p: 0.1, outcome: 0 },
      { p: 0.7, outcome: 1 },
    ]);
  });

  it("labels and formats a vector for display", () => {
    expect(vectorLabels(yesNo)).toEqual(["Yes"]);
    expect(vectorLabels(choice)).toEqual(["Truce", "Merger", "Rivalry"]);
    expect(formatProbabilities(yesNo, [0.62])).toBe("62%");
    expect(formatProbabilities(choice, [0.2, 0.05, 0.75])).toBe("Truce 20% · Merger 5% · Rivalry 75%");
  });
});
