import { describe, expect, it } from "vitest";
import { findCues, selectCue } from "./cues";
import { probabilityForCue } from "./estimative-words";
import { detectNegation } from "./negation";

function negation(sentence: string) {
  const cue = selectCue(sentence, findCues(sentence));
  if (!cue) throw new Error(`no cue in: ${sentence}`);
  const result = detectNegation(sentence, cue);
  return { ...result, probability: probabilityForCue(result.phrase) };
}

describe("detectNegation", () => {
  it("marks denial cues as negated with their own low probability", () => {
    expect(negation("This similarity in ideology will not stop the two leaders from competing.")).toEqual({
      negated: true,
      phrase: "will not",
      probability: 0.1,
    });
    expect(negation("Neither scenario is imminent, nor are there any prospects for such scenarios.")).toMatchObject({
      negated: true,
      probability: 0.03,
    });
    expect(negation("The campaign of 2014 is now out of the question")).toMatchObject({ negated: true });
  });

  it("turns 'no … will' into the probability of the denied event", () => {
    expect(negation("In view of the extremes, no new group will be able to bring a new doctrine.")).toEqual({
      negated: true,
      phrase: "will not",
      probability: 0.1,
    });
    expect(negation("Nobody will sign the truce.")).toMatchObject({ negated: true, phrase: "will not" });
  });

  it("carries negation through 'does not mean that … will'", () => {
    expect(negation("The ending of the war does not mean that the troubles will be over.")).toMatchObject({
      negated: true,
      phrase: "will not",
    });
  });

  it("keeps a positive cue's probability when the clause it governs is negative", () => {
    expect(negation("There is no doubt that IS leaders will not operate under al-Qaeda’s umbrella.")).toEqual({
      negated: true,
      phrase: "no doubt",
      probability: 0.97,
    });
    expect(negation("Joint work is expected to take place between AQ and ISIS- but not a merger.")).toEqual({
      negated: true,
      phrase: "is expected to",
      probability: 0.75,
    });
  });

  it("does not negate on negators outside the cue's clause", () => {
    expect(negation("ISIS is expected to retreat to the deserts, with no home or society to host it.").negated).toBe(
      false,
    );
    expect(negation("It is no longer a state because it soon will be without any territory.").negated).toBe(false);
    expect(negation("No one can deny the similarity in ideology, which could serve as a springboard.").negated).toBe(
      false,
    );
    expect(negation("ISIS will have to deal with Zawaheri (not with Joulani considered a traitor).").negated).toBe(
      false,
    );
  });

  it("treats hedges and double negatives as not negated", () => {
    expect(negation("It is unlikely that a new group will emerge.")).toMatchObject({
      negated: false,
      probability: 0.2,
    });
    expect(negation("This is not impossible given the situation.")).toMatchObject({
      negated: false,
      probability: 0.25,
    });
    expect(negation("It cannot be excluded that some families support ISIS.").negated).toBe(false);
    expect(negation("This does not necessarily mean it would take long.")).toMatchObject({
      negated: false,
      phrase: "not necessarily",
    });
  });
});
