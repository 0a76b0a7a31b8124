import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitBlocks, splitSentences } from "./sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("splits plain prose and keeps offsets into the original", () => {
    const text = "  ISIS is crumbling. Al-Qaeda is cornered in Idlib!  Is it a war Caliphate? Yes.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "ISIS is crumbling.",
      "Al-Qaeda is cornered in Idlib!",
      "Is it a war Caliphate?",
      "Yes.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after titles, month abbreviations, initials or inside decimals", () => {
    expect(texts("Dr. Smith met Gen. Jones on Jan. 5 in St. Louis. They talked.")).toEqual([
      "Dr. Smith met Gen. Jones on Jan. 5 in St. Louis.",
      "They talked.",
    ]);
    expect(texts("By Elijah J. Magnier, published 12 October. The text follows.")).toHaveLength(2);
    expect(texts("It costs $8.33 a month and 2.5 percent more. Fine.")).toEqual([
      "It costs $8.33 a month and 2.5 percent more.",
      "Fine.",
    ]);
  });

  it("treats U.S. as an abbreviation unless a sentence starter follows", () => {
    expect(texts("The 2003 U.S. invasion changed Iraq. Forces Supported by U.S. Troops advanced.")).toEqual([
      "The 2003 U.S. invasion changed Iraq.",
      "Forces Supported by U.S. Troops advanced.",
    ]);
    expect(texts("The coalition was led by the U.S. The group lost ground.")).toEqual([
      "The coalition was led by the U.S.",
      "The group lost ground.",
    ]);
  });

  it("keeps closing quotes with the sentence and splits inside quotations", () => {
    const text = "Allawi said, “Negotiations have already begun. There are discussions.” He added more.";
    expect(texts(text)).toEqual([
      "Allawi said, “Negotiations have already begun.",
      "There are discussions.”",
      "He added more.",
    ]);
  });

  it("starts a sentence at a leading ellipsis without emitting an empty one", () => {
    expect(texts("coordination. … When one fades away, only then it would be possible,” he said.")).toEqual([
      "coordination.",
      "… When one fades away, only then it would be possible,” he said.",
    ]);
    expect(texts("bring down its flag…But if it be a real state")).toHaveLength(1);
  });

  it("ends a sentence at a paragraph break even without punctuation, and marks short blocks as headings", () => {
    const sentences = splitSentences("No Union in Sight\n\nThe idea should be laid aside\nNext paragraph.");
    expect(sentences.map((s) => [s.text, s.heading])).toEqual([
      ["No Union in Sight", true],
      ["The idea should be laid aside", true],
      ["Next paragraph.", false],
    ]);
  });

  it("joins a hard-wrapped line continued in lower case", () => {
    const text = "ISIS is expected to retreat towards the Syrian and Iraqi deserts, hunted\ndown and homeless. Next.";
    expect(splitBlocks(text)).toHaveLength(1);
    expect(texts(text)[0]).toContain("hunted\ndown");
  });

  it("property: every sentence slices back out of any text, in order and without overlap", () => {
    const pieces = fc.constantFrom(
      "U.S.",
      "Dr.",
      "Jan.",
      "J.",
      "8.33",
      "“Quote.”",
      "Yes?",
      "…",
      "...",
      "may",
      " ",
      "\n",
      "\n\n",
      "The",
      "it",
      "\u00a0",
      "!",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(" ");
        let previousEnd = 0;
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
