import { describe, expect, it } from "vitest";
import { eventQuestion } from "./event-question";

describe("eventQuestion", () => {
  it.each([
    ["A truce between ISIS and al-Qaeda is unlikely.", "Will a truce between ISIS and al-Qaeda come about"],
    ["It is unlikely that ISIS and al-Qaeda will announce a truce.", "Will ISIS and al-Qaeda announce a truce"],
    [
      "The Committee expects that economic growth will pick up from its recent pace.",
      "Will economic growth pick up from its recent pace",
    ],
    ["Inflation is projected to fall below 2 percent by 2027.", "Will inflation fall below 2 percent"],
    ["The low should move eastward along the border.", "Will the low move eastward along the border"],
    ["ISIS will not operate under al-Qaeda's umbrella.", "Will ISIS operate under al-Qaeda's umbrella"],
    [
      "Regional differences could complicate such a broad agreement.",
      "Will regional differences complicate such a broad agreement",
    ],
    ["Gilma is expected to weaken to a remnant low by Friday.", "Will Gilma weaken to a remnant low by Friday"],
    [
      "A kind of truce between ISIS and al-Qaeda is soon expected.",
      "Will a kind of truce between ISIS and al-Qaeda come about",
    ],
    ["There is a 60% chance that the ceasefire will collapse within six months.", "Will the ceasefire collapse"],
    ["There is a good chance that turnout will rise.", "Will turnout rise"],
    [
      "It is doubtful that ISIS will abandon its claim to a caliphate by mid-2027, according to several officials.",
      "Will ISIS abandon its claim to a caliphate",
    ],
    ["The bank will probably cut rates before March 2027, analysts said.", "Will the bank cut rates"],
  ])("%s → %s", (clause, question) => {
    expect(eventQuestion(clause)).toBe(question);
  });

  it("asks about the event, never about the hedge", () => {
    for (const clause of ["A merger is not imminent.", "It is likely that the talks will fail."]) {
      expect(eventQuestion(clause)).not.toMatch(/likely|imminent|it be true/i);
    }
  });

  it("gives up on a clause with no event it can phrase", () => {
    expect(eventQuestion("Perhaps.")).toBeUndefined();
  });
});
