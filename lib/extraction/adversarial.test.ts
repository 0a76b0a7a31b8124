// Hostile input: the extractor must do work linear in the text's length whatever the text (POST /api/v1/extract
// runs it on the request thread, on up to 1 MB). No test here reads a clock: machines are noisy. The work is
// checked through deterministic proxies instead (every sentence is bounded, so per-sentence work is bounded, and
// the sentences and forecasts of 8× the text are 8× as many), the budget through a fake clock, and the rewritten
// patterns through their results on inputs that used to take quadratic or worse time. Timings are in
// bench/extraction-scaling.bench.ts.
import { describe, expect, it } from "vitest";
import { findAttribution } from "./attribution";
import { splitConditional } from "./conditionals";
import { findCues, findTablePhrases } from "./cues";
import { findDebris } from "./debris";
import { EXTRACTION_BUDGET_MS, ExtractionTimeoutError, extractPredictions } from "./extract";
import { HOSTILE_INPUTS, repeatTo } from "./hostile-inputs";
import { normalizeForComparison } from "./near-duplicates";
import { detectNegation } from "./negation";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences";
import { detectTopics } from "./topics";

const MB = 1024 * 1024;
const NO_LIMIT = { budgetMs: Infinity };

function nonSpaceChars(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** Longest sentence, total sentence length, and whether offsets are in order and slice back out. */
function sentenceFacts(text: string) {
  const sentences = splitSentences(text);
  let longest = 0;
  let total = 0;
  let previousEnd = 0;
  let offsetsHold = true;
  for (const s of sentences) {
    longest = Math.max(longest, s.end - s.start);
    total += s.end - s.start;
    if (s.start < previousEnd || text.slice(s.start, s.end) !== s.text) offsetsHold = false;
    previousEnd = s.end;
  }
  return { count: sentences.length, longest, total, offsetsHold };
}

describe("hostile input is cut into bounded sentences", () => {
  it.each(HOSTILE_INPUTS)("$name, 1 MB: no sentence over MAX_SENTENCE_CHARS, none of the text lost", ({ make }) => {
    const text = make(MB);
    expect(text).toHaveLength(MB);
    const facts = sentenceFacts(text);
    expect(facts.longest).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(facts.count).toBeGreaterThanOrEqual(Math.ceil(nonSpaceChars(text) / MAX_SENTENCE_CHARS));
    expect(facts.offsetsHold).toBe(true);
    // Sentences hold every non-space character (the splitter only drops the space between them).
    expect(facts.total).toBeGreaterThanOrEqual(nonSpaceChars(text));
  });

  it.each(HOSTILE_INPUTS)("$name: 8× the text gives 8× the sentences and 8× the forecasts", ({ make }) => {
    const unit = 32 * 1024;
    const small = make(unit);
    const large = make(8 * unit);
    const [s1, s8] = [sentenceFacts(small).count, sentenceFacts(large).count];
    expect(s8 / s1).toBeGreaterThan(7.5);
    expect(s8 / s1).toBeLessThan(8.5);
    const [c1, c8] = [extractPredictions(small, NO_LIMIT), extractPredictions(large, NO_LIMIT)];
    if (c1.length === 0) expect(c8).toHaveLength(0);
    else {
      expect(c8.length / c1.length).toBeGreaterThan(7.5);
      expect(c8.length / c1.length).toBeLessThan(8.5);
    }
    for (const c of c8) expect(c.end - c.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('1 MB of "is unlikely. " and 1 MB of prose without punctuation extract one bounded forecast per piece', () => {
    for (const text of [HOSTILE_INPUTS[0]!.make(MB), HOSTILE_INPUTS[4]!.make(MB)]) {
      const candidates = extractPredictions(text, NO_LIMIT);
      expect(candidates.length).toBeGreaterThanOrEqual(Math.floor(MB / MAX_SENTENCE_CHARS));
      expect(candidates.length).toBeLessThanOrEqual(Math.ceil(MB / (MAX_SENTENCE_CHARS / 2)));
      for (const c of candidates) {
        expect(text.slice(c.start, c.end)).toBe(c.sentence);
        expect(c.end - c.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      }
    }
  });
});

describe("the forced cut of an over-long run", () => {
  it("leaves a sentence of MAX_SENTENCE_CHARS whole and cuts one character more", () => {
    const exact = `${"x".repeat(MAX_SENTENCE_CHARS - 1)}.`;
    expect(splitSentences(exact).map((s) => s.text)).toEqual([exact]);
    const longer = `${"x".repeat(MAX_SENTENCE_CHARS)}.`;
    expect(splitSentences(longer).map((s) => s.text.length)).toEqual([MAX_SENTENCE_CHARS, 1]);
  });

  it("cuts after a full stop where there is one, else at a clause mark, else between words", () => {
    const stops = splitSentences(repeatTo("it is unlikely. ", 5000));
    for (const s of stops.slice(0, -1)) expect(s.text.endsWith("unlikely.")).toBe(true);

    const clauses = splitSentences(repeatTo("the talks, which went on ", 5000));
    for (const s of clauses.slice(0, -1)) expect(s.text.endsWith("talks,")).toBe(true);

    const text = repeatTo("words without any stop ", 5000);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const s of pieces.slice(0, -1)) expect(text[s.end]).toBe(" ");
  });

  it("cuts one endless token at the limit without splitting a surrogate pair", () => {
    const text = "𝐀".repeat(3000); // 6000 UTF-16 code units, no space
    const pieces = splitSentences(text);
    expect(pieces.map((s) => s.text).join("")).toBe(text);
    for (const s of pieces) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).not.toMatch(/\p{Cs}/u); // a lone surrogate: half of a pair
    }
  });

  it("does not change the sentences of ordinary prose", () => {
    const text = "ISIS is crumbling. Al-Qaeda is cornered in Idlib! Is it a war? Yes.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "ISIS is crumbling.",
      "Al-Qaeda is cornered in Idlib!",
      "Is it a war?",
      "Yes.",
    ]);
  });
});

describe("the time budget", () => {
  const text = "ISIS will remain. Al-Qaeda is unlikely to return. A truce may come. They will merge. ".repeat(20);
  /** A fake clock that moves `step` ms each time it is read. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it("stops with an ExtractionTimeoutError carrying what was found so far", () => {
    const full = extractPredictions(text, NO_LIMIT);
    let error: unknown;
    try {
      extractPredictions(text, { budgetMs: 10, now: ticking(1) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionTimeoutError);
    const timeout = error as ExtractionTimeoutError;
    expect(timeout.code).toBe("extraction_timeout");
    expect(timeout.budgetMs).toBe(10);
    expect(timeout.elapsedMs).toBeGreaterThan(10);
    expect(timeout.textLength).toBe(text.length);
    expect(timeout.processedChars).toBeGreaterThan(0);
    expect(timeout.processedChars).toBeLessThan(text.length);
    // The partial list is exactly the forecasts of the text read so far.
    expect(timeout.partial).toEqual(full.filter((c) => c.end <= timeout.processedChars));
    expect(timeout.partial.length).toBeLessThan(full.length);
    expect(timeout.message).toMatch(/budget 10 ms/);
  });

  it("applies EXTRACTION_BUDGET_MS (2 s) when no budget is given", () => {
    expect(EXTRACTION_BUDGET_MS).toBe(2000);
    expect(() => extractPredictions(text, { now: ticking(EXTRACTION_BUDGET_MS / 10) })).toThrow(ExtractionTimeoutError);
    expect(extractPredictions(text, { now: () => 0 })).toEqual(extractPredictions(text, NO_LIMIT));
  });

  it("returns the same forecasts as without a budget when there is time", () => {
    expect(extractPredictions(text, { budgetMs: 1e9, now: ticking(1) })).toEqual(extractPredictions(text, NO_LIMIT));
    expect(extractPredictions(text)).toEqual(extractPredictions(text, NO_LIMIT));
  });

  it("checks the clock at least once per sentence, so no sentence-sized step goes unchecked", () => {
    const hostile = HOSTILE_INPUTS[0]!.make(200 * 1024);
    let readings = 0;
    extractPredictions(hostile, {
      budgetMs: Infinity,
      now: () => {
        readings++;
        return 0;
      },
    });
    expect(readings).toBeGreaterThanOrEqual(splitSentences(hostile).length);
  });

  it("rejects a budget that is not a number of milliseconds", () => {
    for (const budgetMs of [-1, Number.NaN]) expect(() => extractPredictions(text, { budgetMs })).toThrow(RangeError);
  });
});

// Each case below took quadratic (or, for the byline, fourth-power) time in the text's length before; the inputs
// are long enough that the old code would not finish in a test run. The results are what the original patterns
// give on these inputs.
describe("rewritten patterns keep their results on long input", () => {
  it("bylines: a line of capitals is not split five ways", () => {
    expect(findDebris(`By ${"A".repeat(100_000)}!`)).toEqual([]);
    expect(findDebris(`By ${"A".repeat(100_000)}`)).toEqual([{ start: 0, end: 100_003, reason: "byline" }]);
    expect(findDebris("By John Smith and Jane Doe")).toEqual([]);
    expect(findDebris("By John Smith Jane Doe Al:")[0]?.reason).toBe("byline");
    expect(findDebris("By JohnSmith Jane Doe Al Bo")[0]?.reason).toBe("byline");
    expect(findDebris("By John Smith Jane Doe Al Bo")).toEqual([]); // six names
  });

  it("debris lines: a page of short lines is checked against the debris in one pass", () => {
    const text = repeatTo("Menu\nShare\nIt will rain.\n", MB);
    const lines = text.split("\n");
    expect(findDebris(text)).toHaveLength(lines.filter((line) => line === "Menu" || line === "Share").length);
    const candidates = extractPredictions(text, NO_LIMIT);
    expect(candidates).toHaveLength(lines.filter((line) => line === "It will rain.").length);
    expect(new Set(candidates.map((c) => c.sentence))).toEqual(new Set(["It will rain."]));
  });

  it("attribution: long runs of capitalised words, with and without a verb after them", () => {
    const run = "Abu Bakr Al Baghdadi ".repeat(20_000);
    expect(findAttribution(`${run}will return.`)).toBeUndefined();
    expect(findAttribution(`${run}said it will return.`)).toEqual({ name: run.trim() });
    expect(findAttribution(`According to ${"the analysts ".repeat(50_000)}Reuters, it will`)).toEqual({
      name: `analysts ${"the analysts ".repeat(49_999)}Reuters`,
    });
    expect(findAttribution(`according to Reuters ${"that the talks ".repeat(50_000)}will fail`)).toEqual({
      name: "Reuters",
    });
    expect(findAttribution(`“It will,”${" ".repeat(100_000)},${" ".repeat(100_000)}Smith said.`, 3)).toEqual({
      name: "Smith",
    });
  });

  it("cues: one pass over many overlapping table phrases", () => {
    const sentence = repeatTo("will not would likely may might could no doubt is expected to probably not ", MB / 4);
    const phrases = findTablePhrases(sentence);
    expect(phrases.length).toBeGreaterThan(30_000);
    // Table order, each phrase's matches left to right.
    const firstWillNot = phrases.findIndex((m) => m.phrase === "will not");
    expect(
      phrases
        .slice(firstWillNot)
        .every((m, i, all) => i === 0 || all[i - 1]!.phrase !== m.phrase || all[i - 1]!.start < m.start),
    ).toBe(true);
    const cues = findCues(sentence);
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.end);
    expect(cues[0]).toEqual({ phrase: "will not", start: 0, end: 8 });
    const titled = `His talk was entitled “${"it will never be such, ".repeat(20_000)}” and was read.`;
    expect(findCues(titled)).toEqual([]);
  });

  it("conditionals: runs of spaces, many keywords, and a reporting tail after many quotes", () => {
    const spaces = " ".repeat(100_000);
    const sentence = `It will fail${spaces}especially${spaces}if${spaces}the talks collapse.`;
    expect(splitConditional(sentence, 3)).toEqual({ condition: "the talks collapse", consequent: "It will fail" });
    expect(splitConditional(`x ${"if , ".repeat(100_000)}y`, 0)).toBeUndefined();
    const quoted = `“A” ${"“b” ".repeat(50_000)}it will hold unless he dies,” he said.`;
    expect(splitConditional(quoted, quoted.indexOf("will"))?.condition).toBe("unless he dies");
  });

  it("negation: repeated matrix verbs and unclosed parentheses", () => {
    const before = "This does not mean ".repeat(50_000);
    const sentence = `${before}that it will happen.`;
    const cue = { phrase: "will", start: sentence.lastIndexOf("will"), end: sentence.lastIndexOf("will") + 4 };
    expect(detectNegation(sentence, cue)).toEqual({ negated: true, phrase: "will not" });
    const noThat = `${"It does not mean much; ".repeat(50_000)}it will happen.`;
    const cue2 = { phrase: "will", start: noThat.lastIndexOf("will"), end: noThat.lastIndexOf("will") + 4 };
    expect(detectNegation(noThat, cue2)).toEqual({ negated: false, phrase: "will" });
    const likely = `It is likely ${"( ".repeat(100_000)}that they cannot win.`;
    expect(detectNegation(likely, { phrase: "likely", start: 6, end: 12 })).toEqual({
      negated: true,
      phrase: "likely",
    });
  });

  it("topics: al-Qaeda and Iraq repeated without a full stop", () => {
    expect(detectTopics(`${"AQ ".repeat(100_000)}returned to Iraq`)).toEqual(["aq-iraq"]);
    expect(detectTopics(`${"AQ ".repeat(100_000)}; returned to Iraq`)).toEqual(["other"]);
    expect(detectTopics(`${"returned to Iraq ".repeat(50_000)}; AQ`)).toEqual(["other"]);
  });

  it("near duplicates: a long run of hyphens inside a word and at its edge", () => {
    const run = "-".repeat(100_000);
    expect(normalizeForComparison(`x${run}x`)).toBe(`x${run}x`);
    expect(normalizeForComparison(`x${run} y`)).toBe("x y");
  });
});
