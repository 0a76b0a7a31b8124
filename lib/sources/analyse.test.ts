// Text analysis off the request thread: the same result as the extractor in-process, the event
// loop stays free while it runs, and a text over the time bound is abandoned with a clear 422.
import { describe, expect, it } from "vitest";
import { extractPredictions, findDebris } from "../extraction";
import { AppError } from "../errors";
import { IN_PROCESS_MAX_CHARS, analyseText, analyseTextOrExplain } from "./analyse";

const ARTICLE =
  "A kind of truce between them is soon expected. Partnership is not in the cards. " +
  "Officials said a merger is unlikely before 2027, although defections will probably continue.";

describe("analyseText", () => {
  it("returns what the extractor finds in-process", async () => {
    const analysis = await analyseText(ARTICLE);
    expect(analysis.candidates).toEqual(JSON.parse(JSON.stringify(extractPredictions(ARTICLE))));
    expect(analysis.debris).toEqual(JSON.parse(JSON.stringify(findDebris(ARTICLE))));
    expect(analysis.candidates.length).toBeGreaterThan(0);
  });

  it("gives the same answer from the worker thread for a long text", async () => {
    const long = `${ARTICLE}\n\n`.repeat(Math.ceil(IN_PROCESS_MAX_CHARS / ARTICLE.length) + 1);
    expect(long.length).toBeGreaterThan(IN_PROCESS_MAX_CHARS);
    const analysis = await analyseText(long);
    expect(analysis.candidates).toEqual(JSON.parse(JSON.stringify(extractPredictions(long))));
    expect(analysis.debris).toEqual(JSON.parse(JSON.stringify(findDebris(long))));
  });

  it("keeps the event loop free while a large text is analysed", async () => {
    const text = `${ARTICLE} `.repeat(4000);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    await analyseText(text);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
  });

  it("gives up with 422 when the time bound passes", async () => {
    const error = await analyseText(`${ARTICLE} `.repeat(2000), 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).message).toMatch(/could not be analysed within/);
  });

  it("explains instead of failing when a caller can do without the analysis", async () => {
    const quick = await analyseTextOrExplain(ARTICLE);
    expect(quick.problem).toBeNull();
    expect(quick.analysis?.candidates.length).toBeGreaterThan(0);
    process.env.EXTRACTION_TIMEOUT_MS = "1";
    try {
      const explained = await analyseTextOrExplain(`${ARTICLE} `.repeat(2000));
      expect(explained.analysis).toBeNull();
      expect(explained.problem).toMatch(/could not be analysed/);
    } finally {
      delete process.env.EXTRACTION_TIMEOUT_MS;
    }
  });
});
