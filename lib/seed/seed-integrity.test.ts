// The seed against the articles it quotes and the outcome table it resolves with.
// Those files live in ../shared (beside the repository), which a user's clone does not have.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { probabilityForCue } from "@/lib/extraction/estimative-words";
import { EVENTS } from "./data/events";
import { EXCERPTS } from "./data/excerpts";
import { QUESTIONS } from "./data/questions";
import { SOURCES } from "./data/sources";

const SHARED = path.resolve("../shared");
const ARTICLES = path.join(SHARED, "articles");
const OUTCOMES = path.join(SHARED, "reference/outcomes.md");
const sharedPresent = existsSync(ARTICLES) && existsSync(OUTCOMES);
const NOW = new Date();

describe("seed data, on its own", () => {
  it("has at least 14 article questions and 4 live ones, each with criteria, dates and an excerpt", () => {
    const live = QUESTIONS.filter((question) => new Date(question.closeAt) > NOW && !question.resolution);
    expect(QUESTIONS.length - live.length).toBeGreaterThanOrEqual(14);
    expect(live.length).toBeGreaterThanOrEqual(4);
    for (const question of QUESTIONS) {
      expect(question.resolutionCriteria.length, question.key).toBeGreaterThan(40);
      expect(new Date(question.openAt) < new Date(question.closeAt), question.key).toBe(true);
      expect(new Date(question.closeAt) <= new Date(question.resolveBy), question.key).toBe(true);
      expect(question.excerpts.length, question.key).toBeGreaterThan(0);
    }
  });

  it("covers the four themes, a conditional question and a multiple-choice one", () => {
    for (const theme of ["truce", "merger", "defections", "aq-iraq", "territory", "leadership"] as const) {
      expect(
        QUESTIONS.some((question) => question.themes.includes(theme)),
        theme,
      ).toBe(true);
    }
    const keys = new Set(QUESTIONS.map((question) => question.key));
    const conditional = QUESTIONS.filter((question) => question.condition);
    expect(conditional.length).toBeGreaterThan(0);
    for (const question of conditional) expect(keys.has(question.condition!.questionKey)).toBe(true);
    const multipleChoice = QUESTIONS.filter((question) => question.type === "MULTIPLE_CHOICE");
    expect(multipleChoice.length).toBeGreaterThan(0);
    for (const question of multipleChoice) expect(question.options?.length).toBeGreaterThanOrEqual(3);
  });

  it("refers only to records that exist, with each cue's probability from the estimative-words table", () => {
    const excerptKeys = new Set(EXCERPTS.map((excerpt) => excerpt.key));
    const eventKeys = new Set(EVENTS.map((event) => event.key));
    const sourceKeys = new Set(SOURCES.map((source) => source.key));
    for (const excerpt of EXCERPTS) {
      expect(sourceKeys.has(excerpt.sourceKey), excerpt.key).toBe(true);
      expect(excerpt.quote.toLowerCase(), excerpt.key).toContain(excerpt.cue.toLowerCase());
      expect(probabilityForCue(excerpt.cue), excerpt.key).toBe(excerpt.cueProbability);
    }
    for (const question of QUESTIONS) {
      for (const link of question.excerpts) {
        expect(excerptKeys.has(link.excerptKey), `${question.key} → ${link.excerptKey}`).toBe(true);
        expect(link.impliedProbability).toBeGreaterThan(0);
        expect(link.impliedProbability).toBeLessThan(1);
        if (link.optionIndex !== undefined) expect(question.options?.[link.optionIndex], question.key).toBeDefined();
      }
      if (question.resolution?.eventKey) expect(eventKeys.has(question.resolution.eventKey), question.key).toBe(true);
    }
  });

  it("resolves conditional questions consistently with their condition", () => {
    const byKey = new Map(QUESTIONS.map((question) => [question.key, question]));
    for (const question of QUESTIONS.filter((candidate) => candidate.condition && candidate.resolution)) {
      const condition = byKey.get(question.condition!.questionKey)!;
      const conditionOutcome = condition.resolution?.outcome;
      if (conditionOutcome === "YES" || conditionOutcome === "NO") {
        const held = conditionOutcome === question.condition!.outcome;
        expect(question.resolution!.outcome === "ANNULLED", question.key).toBe(!held);
      }
    }
  });
});

describe.skipIf(!sharedPresent)(
  `seed data against ../shared (skipped when ${SHARED} is absent, as in a user's clone)`,
  () => {
    const text = (fileName: string) => readFileSync(path.join(ARTICLES, fileName), "utf8");

    it("stores each article's real content hash", () => {
      for (const source of SOURCES) {
        expect(createHash("sha256").update(text(source.fileName)).digest("hex"), source.key).toBe(source.contentSha256);
      }
    });

    it("quotes every excerpt verbatim at its stored offsets", () => {
      const files = new Map(SOURCES.map((source) => [source.key, source.fileName]));
      for (const excerpt of EXCERPTS) {
        const article = text(files.get(excerpt.sourceKey)!);
        expect(article.slice(excerpt.start, excerpt.end), excerpt.key).toBe(excerpt.quote);
      }
    });

    it("dates every outcome event and every resolution as the outcome table does", () => {
      const table = readFileSync(OUTCOMES, "utf8");
      const tableDates = [...table.matchAll(/^\|\s*(\d{4}(?:-\d{2}){0,2})(?:\s*\(first half\))?\s*\|/gm)].map(
        (match) => match[1]!,
      );
      const normalized = tableDates.map((date) =>
        date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date,
      );
      expect(EVENTS.map((event) => event.occurredAt).sort()).toEqual([...normalized].sort());
      const eventDate = new Map(EVENTS.map((event) => [event.key, event.occurredAt]));
      for (const question of QUESTIONS) {
        const resolution = question.resolution;
        if (!resolution) continue;
        const expected = resolution.eventKey ? eventDate.get(resolution.eventKey) : question.closeAt;
        expect(resolution.occurredAt, question.key).toBe(expected);
      }
    });
  },
);
