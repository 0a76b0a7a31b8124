import { describe, expect, it } from "vitest";
import { extractPredictions } from "@/lib/extraction";
import { draftFromCandidate } from "./question-draft";

const source = (publishedAt: string) => ({
  id: "src1",
  title: "An article",
  author: "A. Writer",
  publishedAt: new Date(publishedAt),
});

function draftOf(sentence: string, publishedAt: string, now: string) {
  const [candidate] = extractPredictions(sentence);
  if (!candidate) throw new Error(`no forecast in: ${sentence}`);
  return draftFromCandidate(candidate, source(publishedAt), new Date(now));
}

describe("draftFromCandidate", () => {
  it("asks about the event, with the hedge as the implied probability and the sentence's year as the horizon", () => {
    const draft = draftOf(
      "It is unlikely that ISIS and al-Qaeda will announce a truce by 2027.",
      "2025-03-01T00:00:00Z",
      "2025-06-01T00:00:00Z",
    );
    expect(draft.title).toBe("Will ISIS and al-Qaeda announce a truce before 2028-01-01?");
    expect(draft.impliedProbability).toBe(0.2);
    expect(draft.closeAt).toBe("2027-12-31");
    expect(draft.horizonPassed).toBe(false);
  });

  it("never turns the hedge into the question", () => {
    const draft = draftOf(
      "A truce between the two groups is unlikely.",
      "2025-03-01T00:00:00Z",
      "2025-06-01T00:00:00Z",
    );
    expect(draft.title).toMatch(/^Will a truce between the two groups come about before \d{4}-\d{2}-\d{2}\?$/);
    expect(draft.title).not.toMatch(/unlikely|be true/);
  });

  it("keeps a stated horizon that has passed rather than contradict the text", () => {
    const draft = draftOf(
      "Inflation is projected to fall below 2 percent by 2019.",
      "2017-01-10T00:00:00Z",
      "2025-06-01T00:00:00Z",
    );
    expect(draft.closeAt).toBe("2019-12-31");
    expect(draft.title).toBe("Will inflation fall below 2 percent before 2020-01-01?");
    expect(draft.horizonPassed).toBe(true); // the page asks for new dates
  });

  it("moves only the default horizon of a sentence that states none to a year from today", () => {
    const draft = draftOf(
      "The low should move eastward along the border.",
      "2017-01-10T00:00:00Z",
      "2025-06-01T00:00:00Z",
    );
    expect(draft.closeAt).toBe("2026-06-01");
  });
});
