import { describe, expect, it } from "vitest";
import { extractPredictions } from "./extract";
import { statedProbability } from "./stated-probability";

describe("statedProbability", () => {
  it.each([
    ["Forecasters give a 60% chance of an above-normal season.", 0.6, undefined],
    ["There is a probability of 30 percent that the talks fail.", 0.3, undefined],
    ["We put the chance of a cut at between 30 and 40 percent chance.", 0.35, [0.3, 0.4]],
    ["A 70-80% probability of a recession next year.", 0.75, [0.7, 0.8]],
    ["One in three voters will stay home, a one in three chance the seat flips.", 0.333, undefined],
    ["The odds of 3 to 1 favour the incumbent.", 0.75, undefined],
    ["The odds are 3 to 1 against a deal.", 0.25, undefined],
  ])("%s → %s", (sentence, probability, range) => {
    const found = statedProbability(sentence)!;
    expect(found.probability).toBeCloseTo(probability, 3);
    expect(found.range).toEqual(range);
  });

  it("ignores numbers that are not probabilities and estimates reported in the past", () => {
    expect(statedProbability("Unemployment rose to 6 percent last year.")).toBeUndefined();
    expect(statedProbability("The model had a 60% chance of being right in 2016.")).toBeUndefined();
    expect(statedProbability("Prices rose 150% probability aside.")).toBeUndefined();
  });

  it("becomes the candidate's probability, the number's words its cue", () => {
    const [candidate] = extractPredictions("NOAA forecasters see a 60% chance of an above-normal hurricane season.");
    expect(candidate?.probability).toBe(0.6);
    expect(candidate?.cue).toBe("60% chance");
  });
});
