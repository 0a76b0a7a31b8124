import { describe, expect, it } from "vitest";
import { THEME_SLUGS } from "@/lib/domain/themes";
import { detectTopics, isAnaphoric } from "./topics";

describe("detectTopics", () => {
  it.each([
    ["A kind of truce between them is soon expected.", ["truce"]],
    ["Rapprochement would be easier.", ["truce"]],
    ["The recent losses may yield a newfound strategic alliance.", ["merger"]],
    ["Joint work is expected to take place between AQ and ISIS- but not a merger.", ["merger", "cooperation"]],
    ["It may give rise to defections rather than cooperation.", ["cooperation", "defections"]],
    ["The Institute warned that al-Qaeda would become active again in Iraq.", ["aq-iraq"]],
    ["AQ may have a better chance than ISIS in Iraq.", ["aq-iraq"]],
    ["ISIS is expected to lose all the territory it has controlled.", ["territory"]],
    ["If Baghdadi is killed, the Caliphate will fall.", ["leadership"]],
    ["They will remain covertly in sleeping cells.", ["insurgency"]],
    ["Al-Qaeda will be forced to change its name once more.", ["insurgency"]],
    ["Sunni cities will need years to reconstruct.", ["other"]],
  ])("%s", (sentence, topics) => {
    expect(detectTopics(sentence)).toEqual(topics);
  });

  it("only returns theme slugs, 'other' only alone", () => {
    for (const s of ["A truce and a merger in Iraq after the caliph dies.", "Nothing here.", ""]) {
      const topics = detectTopics(s);
      for (const t of topics) expect(THEME_SLUGS).toContain(t);
      if (topics.includes("other")) expect(topics).toEqual(["other"]);
    }
  });

  it("does not read a mention of Iraq and al-Qaeda in passing as al-Qaeda's return", () => {
    expect(
      detectTopics("A merger of ISIS and Al-Qaeda would not reverse their losses in Iraq and Syria."),
    ).not.toContain("aq-iraq");
    expect(detectTopics("They must find common ground.")).toEqual(["truce"]);
  });

  it("recognises sentences that point back to the one before", () => {
    expect(isAnaphoric("Neither scenario is imminent.")).toBe(true);
    expect(isAnaphoric("The latter scenario could well be a future trend.")).toBe(true);
    expect(isAnaphoric("ISIS will remain.")).toBe(false);
  });
});

describe("names are not themes", () => {
  it("does not read a merger into the European Union, the State of the Union or the United Nations", () => {
    expect(detectTopics("The European Union is expected to approve the budget.")).toEqual(["other"]);
    expect(detectTopics("The State of the Union will be delivered in January.")).toEqual(["other"]);
    expect(detectTopics("The United Nations may send observers.")).toEqual(["other"]);
    expect(detectTopics("A union of the two groups is unlikely.")).toEqual(["merger"]);
  });
});
