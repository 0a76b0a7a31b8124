import { describe, expect, it } from "vitest";
import { splitConditional } from "./conditionals";

describe("splitConditional", () => {
  it("splits a leading if-clause", () => {
    expect(splitConditional("If one of these leaders is killed, rapprochement would be easier.")).toEqual({
      condition: "one of these leaders is killed",
      consequent: "rapprochement would be easier",
    });
    expect(splitConditional("But if Baghdadi is killed, the Caliphate will fall.")).toEqual({
      condition: "Baghdadi is killed",
      consequent: "the Caliphate will fall",
    });
  });

  it("splits 'Y, especially if X'", () => {
    const sentence =
      "Despite their differences, rapprochement is possible between the two, especially if a change in leadership occurs in one of these groups.";
    expect(splitConditional(sentence, sentence.indexOf("possible"))).toEqual({
      condition: "a change in leadership occurs in one of these groups",
      consequent: "Despite their differences, rapprochement is possible between the two",
    });
  });

  it("splits 'When X, only then Y' and drops a reporting tail", () => {
    const sentence =
      "… When one of the two leaderships fades away, only then it would be possible for one group to join the other,” he said.";
    expect(splitConditional(sentence, sentence.indexOf("possible"))).toEqual({
      condition: "one of the two leaderships fades away",
      consequent: "it would be possible for one group to join the other",
    });
  });

  it("keeps 'unless' in the condition and handles 'insofar as', 'so long as', 'depending on'", () => {
    expect(splitConditional("The truce will hold unless Zawahri is killed.", 10)).toEqual({
      condition: "unless Zawahri is killed",
      consequent: "The truce will hold",
    });
    expect(splitConditional("Insofar as any tactical cooperation emerges, it is inevitably short-lived.")).toEqual({
      condition: "any tactical cooperation emerges",
      consequent: "it is inevitably short-lived",
    });
    const long = "Differences will remain so long as ISIS claims the Caliphate, a position that did not change.";
    expect(splitConditional(long, long.indexOf("will"))?.condition).toBe("ISIS claims the Caliphate");
    const depending = "AQ may have a better chance in Iraq, depending on the central government in Baghdad.";
    expect(splitConditional(depending, 3)?.condition).toBe("the central government in Baghdad");
  });

  it("does not split when the cue sits in the condition or there is no condition", () => {
    expect(splitConditional("If ISIS will survive, nobody knows it.", 8)).toBeUndefined();
    expect(splitConditional("ISIS will remain in Egypt and Asia.", 5)).toBeUndefined();
    expect(splitConditional("The gift will come, if at all.", 9)).toEqual({
      condition: "at all",
      consequent: "The gift will come",
    });
  });
});
