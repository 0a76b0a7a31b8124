import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { probabilityForCue } from "./estimative-words";
import { extractPredictions, isHeadline, type Candidate } from "./extract";
import { statedProbability } from "./stated-probability";

const only = (text: string): Candidate => {
  const candidates = extractPredictions(text);
  expect(candidates).toHaveLength(1);
  return candidates[0]!;
};

describe("extractPredictions", () => {
  it("returns a forecast with its cue, probability, topics and offsets", () => {
    const text =
      "Comments | Share\nISIS lost Mosul in 2017. ISIS is expected to metamorphose into an insurgency group.";
    const c = only(text);
    expect(c).toMatchObject({
      sentence: "ISIS is expected to metamorphose into an insurgency group.",
      cue: "is expected to",
      probability: 0.75,
      negated: false,
      topics: ["insurgency"],
    });
    expect(text.slice(c.start, c.end)).toBe(c.sentence);
    expect(text.slice(c.cueStart, c.cueEnd)).toBe("is expected to");
  });

  it("splits conditionals and marks negation", () => {
    const c = only("If one of these leaders is killed, rapprochement between the two groups would be easier.");
    expect(c.cue).toBe("easier");
    expect(c.conditional).toEqual({
      condition: "one of these leaders is killed",
      consequent: "rapprochement between the two groups would be easier",
    });
    expect(only("There is no doubt that IS leaders will not operate under al-Qaeda’s umbrella.")).toMatchObject({
      negated: true,
      probability: 0.97,
    });
  });

  it("attributes quoted forecasts to the speaker, across sentences of the quotation", () => {
    const text =
      "Also, Allawi added, “I can't see IS disappearing into thin air. They will remain covertly in sleeping cells.”";
    expect(only(text)).toMatchObject({ cue: "will", attribution: "Allawi" });

    const hashemi =
      "Hashemi believes that the differences make the rapprochement difficult at this stage. “I do not think there is any rapprochement. … When one of the two leaderships fades away, only then it would be possible for one group to join the other,” he said.";
    const candidates = extractPredictions(hashemi);
    expect(candidates.map((c) => [c.cue, c.attribution])).toEqual([
      ["difficult", "Hashemi"],
      ["possible", "Hashemi"],
    ]);
    expect(extractPredictions("Analysts disagree. The truce will hold.")[0]?.attribution).toBeUndefined();
  });

  it("takes the topics of the sentence before for anaphoric sentences", () => {
    const candidates = extractPredictions(
      "Such scenarios could involve ISIS members who defect to al-Qaeda. The latter scenario could well be a future trend in Syria.",
    );
    expect(candidates.map((c) => c.topics)).toEqual([["defections"], ["defections"]]);
  });

  it("takes every probability from the estimative-words table", () => {
    const text =
      "No new group will be able to unite them. Neither scenario is imminent, nor are there any prospects for them. It is unlikely. Talks could well resume.";
    const candidates = extractPredictions(text);
    expect(candidates.length).toBe(4);
    for (const c of candidates) expect(c.probability).toBe(probabilityForCue(c.cue));
  });
});

describe("adversarial: sentences that are not forecasts", () => {
  it.each([
    ["question title", "Will al-Qaeda and ISIS Unite?"],
    ["question with a modal", "Can they handle any kind of co-existence, or will they fight?"],
    ["prayer", "May Allah give them victory."],
    ["reported prayer", "Al-Adnani prayed to Allah: “O God, if this state holds Khawarij, please break its back.”"],
    ["May as a month", "ISIS announced its existence in Syria in May 2011 under another name."],
    ["will as a noun", "The will of the fighters was broken by 2016."],
    ["past counterfactual", "Had both joined forces, no army would have been able to stand against them."],
    ["past possibility", "AQAP pulled out of cities to avoid battles that could have destroyed homes."],
    ["past reported intention", "Baghdadi had announced in March 2013 that he would unify the two groups."],
    ["embedded question in history", "The decision created a war between the jihadists over who will control Syria."],
    ["attributive adjective", "Allawi revealed that both groups are discussing a possible alliance."],
    ["concession", "While it might be tempting to dismiss this media output, the group values propaganda."],
    ["photo caption", "The group, which broke off in 2014, may turn back to its former ally. Khalil Ashawi/Reuters"],
    ["teaser", "Trending: Analysts Say ISIS Will Collapse Soon"],
    ["cookie notice", "By using Yahoo you agree that Yahoo and partners may use Cookies for personalisation"],
    ["related-articles tail", "Related Articles\n\nThe fourth quarter of 2024 will be headlined by the election."],
    ["past fact", "Iraqi intelligence sources reported April 27 that IS leaders have returned to Diyala."],
  ])("%s", (_label, text) => {
    expect(extractPredictions(text)).toEqual([]);
  });

  it("returns nothing for empty or whitespace text", () => {
    expect(extractPredictions("")).toEqual([]);
    expect(extractPredictions(" \n\n\t")).toEqual([]);
  });
});

const FRAGMENTS = [
  "ISIS will remain in Egypt.",
  "A truce is soon expected.",
  "If Baghdadi is killed, the Caliphate will fall.",
  "“They will remain covertly in sleeping cells,” Allawi said.",
  "Trending: Something Else Entirely",
  "The U.S. Army said it may withdraw by Jan. 5.",
  "It costs $8.33 a month.",
  "May God protect them.",
  "Will they unite?",
  "no new group will be able to",
  "Neither scenario is imminent, nor are there any prospects.",
  "Related Articles",
  "Omar Sanadiki/Reuters",
  "…",
  "\u00a0",
];

describe("property: offsets", () => {
  it("every candidate's offsets slice back to its sentence, and its cue lies inside it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 25 }),
        fc.array(fc.constantFrom(" ", "\n", "\n\n", "  "), { minLength: 25, maxLength: 25 }),
        (parts, separators) => {
          const text = parts.map((part, i) => part + separators[i]).join("");
          for (const c of extractPredictions(text)) {
            expect(text.slice(c.start, c.end)).toBe(c.sentence);
            expect(c.cueStart).toBeGreaterThanOrEqual(c.start);
            expect(c.cueEnd).toBeLessThanOrEqual(c.end);
            expect(c.probability).toBe(probabilityForCue(c.cue) ?? statedProbability(c.cue)?.probability);
            expect(c.topics.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isHeadline", () => {
  it("tells a title-case line without closing punctuation from a sentence", () => {
    expect(isHeadline("ISIS and al Qaeda: Partnership is Not in the Cards")).toBe(true);
    expect(isHeadline("Rates Likely to Stay High Through Next Year")).toBe(true);
    expect(isHeadline("Rates are likely to stay high through next year.")).toBe(false);
    expect(isHeadline("Inflation is expected to fall")).toBe(false);
  });
});
