// The seed against the articles it quotes and the outcome table it resolves with.
// Those files live in ../shared (beside the repository), which a user's clone does not have.
// Nothing here reads today's date: "live" means live on the seed's own SEED_AS_OF date.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { probabilityForCue } from "@/lib/extraction/estimative-words";
import { EVENTS } from "./data/events";
import { EXCERPTS } from "./data/excerpts";
import { QUESTIONS, SEED_AS_OF } from "./data/questions";
import { SOURCES } from "./data/sources";
import { SUPERSEDED } from "./data/superseded";
import type { IsoDate, SeedQuestion } from "./types";

const SHARED = path.resolve("../shared");
const ARTICLES = path.join(SHARED, "articles");
const OUTCOMES = path.join(SHARED, "reference/outcomes.md");
const sharedPresent = existsSync(ARTICLES) && existsSync(OUTCOMES);

const byKey = new Map(QUESTIONS.map((question) => [question.key, question]));
const eventDate = new Map(EVENTS.map((event) => [event.key, event.occurredAt]));
const resolved = QUESTIONS.filter((question) => question.resolution);
// ISO dates compare correctly as strings.
const isLive = (question: SeedQuestion) =>
  question.openAt <= SEED_AS_OF && SEED_AS_OF < question.closeAt && !question.resolution;
/** The last day the criteria look at: the window's end, or the date whose state is asked about. */
const asksUntil = (question: SeedQuestion): IsoDate =>
  question.asks.kind === "event" ? question.asks.to : question.asks.on;

describe("seed data, on its own", () => {
  it("has at least 14 article questions and 4 live ones as of the seed's date, each with criteria, dates and an excerpt", () => {
    const live = QUESTIONS.filter(isLive);
    expect(QUESTIONS.length - live.length).toBeGreaterThanOrEqual(14);
    expect(live.length).toBeGreaterThanOrEqual(4);
    for (const question of QUESTIONS) {
      expect(question.resolutionCriteria.length, question.key).toBeGreaterThan(40);
      expect(question.openAt < question.closeAt, question.key).toBe(true);
      expect(question.closeAt <= question.resolveBy, question.key).toBe(true);
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
    const conditional = QUESTIONS.filter((question) => question.condition);
    expect(conditional.length).toBeGreaterThan(0);
    for (const question of conditional) expect(byKey.has(question.condition!.questionKey)).toBe(true);
    const multipleChoice = QUESTIONS.filter((question) => question.type === "MULTIPLE_CHOICE");
    expect(multipleChoice.length).toBeGreaterThan(0);
    for (const question of multipleChoice) expect(question.options?.length).toBeGreaterThanOrEqual(3);
  });

  it("refers only to records that exist, with each cue's probability from the estimative-words table", () => {
    const excerptKeys = new Set(EXCERPTS.map((excerpt) => excerpt.key));
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
      if (question.resolution?.eventKey) expect(eventDate.has(question.resolution.eventKey), question.key).toBe(true);
    }
  });

  it("opens every question no earlier than the newest article it cites, so an as-of forecast never sees a later one", () => {
    const excerptSource = new Map(EXCERPTS.map((excerpt) => [excerpt.key, excerpt.sourceKey]));
    const published = new Map(SOURCES.map((source) => [source.key, source.publishedAt]));
    for (const question of QUESTIONS) {
      for (const link of question.excerpts) {
        const date = published.get(excerptSource.get(link.excerptKey)!)!;
        expect(date <= question.openAt, `${question.key} cites ${link.excerptKey} (${date})`).toBe(true);
      }
    }
  });

  it("resolves conditional questions consistently with their condition", () => {
    for (const question of resolved.filter((candidate) => candidate.condition)) {
      const condition = byKey.get(question.condition!.questionKey)!;
      const conditionOutcome = condition.resolution?.outcome;
      if (conditionOutcome === "YES" || conditionOutcome === "NO") {
        const held = conditionOutcome === question.condition!.outcome;
        expect(question.resolution!.outcome === "ANNULLED", question.key).toBe(!held);
      }
    }
  });
});

describe("what each question asks about, in time", () => {
  it("states its window or date in the criteria, inside the question's own dates", () => {
    for (const question of QUESTIONS) {
      const { asks, resolutionCriteria: criteria, key } = question;
      if (asks.kind === "state") {
        expect(`${question.title} ${criteria}`, key).toContain(asks.on);
        expect(question.openAt < asks.on && asks.on <= question.resolveBy, key).toBe(true);
        continue;
      }
      expect(asks.to <= question.closeAt, `${key}: window ends after the question closes`).toBe(true);
      if (asks.from === "condition") {
        // The window opens when the condition is met, so the criteria name no earlier start date.
        expect(question.condition, key).toBeDefined();
        expect(criteria, key).toContain(`and ${asks.to}`);
        expect(criteria, key).not.toMatch(new RegExp(`between \\d{4}-\\d{2}-\\d{2} and ${asks.to}`));
      } else {
        expect(asks.from >= question.openAt, `${key}: window starts before the question opens`).toBe(true);
        const named = criteria.includes(`between ${asks.from} and ${asks.to}`);
        const fromOpening = asks.from === question.openAt && criteria.includes(`by ${asks.to}`);
        expect(named || fromOpening, `${key}: criteria name a different window`).toBe(true);
      }
    }
  });

  it("starts a conditional question's window no earlier than its condition can be known", () => {
    for (const question of QUESTIONS.filter((candidate) => candidate.condition)) {
      const condition = byKey.get(question.condition!.questionKey)!;
      const { asks } = question;
      const from = asks.kind === "event" ? asks.from : asks.on;
      if (from !== "condition") expect(from >= asksUntil(condition), question.key).toBe(true);
      // An event that settles the question cannot come before the condition that makes it count.
      const conditionResolution = condition.resolution;
      if (question.resolution && conditionResolution && conditionResolution.outcome === question.condition!.outcome) {
        expect(question.resolution.occurredAt >= conditionResolution.occurredAt, question.key).toBe(true);
      }
    }
  });
});

describe("resolutions", () => {
  it("date every resolution inside the question's window and not before what the criteria ask about", () => {
    for (const question of resolved) {
      const { asks, key } = question;
      const resolution = question.resolution!;
      const at = resolution.occurredAt;
      expect(question.openAt <= at && at <= question.resolveBy, `${key}: ${at} outside [openAt, resolveBy]`).toBe(true);
      if (asks.kind === "state") {
        // How things stood on a date is known on that date at the earliest: an earlier date cuts the scoring window.
        expect(at >= asks.on, `${key}: settled ${at}, before the date it asks about (${asks.on})`).toBe(true);
        continue;
      }
      expect(at <= asks.to, `${key}: settled after its window`).toBe(true);
      if (asks.from !== "condition") expect(at >= asks.from, `${key}: settled before its window`).toBe(true);
      // "Nothing happened" is known only once the window has ended.
      if (!resolution.eventKey) expect(at, `${key}: an absence is settled at the window's end`).toBe(asks.to);
    }
  });

  it("date a resolution resting on an event by that event, or later when the criteria ask about a later date", () => {
    for (const question of resolved.filter((candidate) => candidate.resolution!.eventKey)) {
      const resolution = question.resolution!;
      const event = eventDate.get(resolution.eventKey!)!;
      if (question.asks.kind === "event") expect(resolution.occurredAt, question.key).toBe(event);
      else expect(event <= resolution.occurredAt, question.key).toBe(true);
    }
  });

  it("rest on a kind of evidence the criteria name", () => {
    for (const question of resolved) {
      const { evidenceKind, evidence } = question.resolution!;
      expect(evidenceKind.trim().length, question.key).toBeGreaterThan(2);
      expect(question.resolutionCriteria.toLowerCase(), `${question.key}: "${evidenceKind}"`).toContain(
        evidenceKind.toLowerCase(),
      );
      expect(evidence.trim(), question.key).not.toBe("");
    }
  });
});

describe("reading marks", () => {
  const marked = QUESTIONS.filter((question) => question.reading);

  it("give every mark a known status and a one-line reason, on a question with claims", () => {
    for (const question of marked) {
      const { status, reason } = question.reading!;
      expect(["SETTLED_AT_OPENING", "DIFFERS_FROM_AUTHOR", "AMBIGUOUS_CLAIM"], question.key).toContain(status);
      expect(reason.trim().length, question.key).toBeGreaterThan(30);
      expect(reason.length, question.key).toBeLessThanOrEqual(240);
      expect(reason, question.key).not.toMatch(/\n/);
      expect(question.excerpts.length, question.key).toBeGreaterThan(0);
    }
  });

  it("mark a question whose answer was already known when it opened", () => {
    for (const question of resolved) {
      const { eventKey } = question.resolution!;
      const before =
        eventKey !== undefined && question.asks.kind === "event" && eventDate.get(eventKey)! < question.openAt;
      if (before) expect(question.reading?.status, question.key).toBe("SETTLED_AT_OPENING");
    }
  });
});

describe("corrections for installs seeded from an earlier version", () => {
  it("name seed questions and differ from what the seed now says, so a corrected row is never corrected again", () => {
    for (const entry of SUPERSEDED) {
      const question = byKey.get(entry.questionKey);
      expect(question, entry.questionKey).toBeDefined();
      expect(entry.reason, entry.questionKey).toMatch(/^Seed correction: /);
      expect(entry.resolutionCriteria ?? entry.resolution, entry.questionKey).toBeDefined();
      if (entry.resolutionCriteria !== undefined) {
        expect(entry.resolutionCriteria, entry.questionKey).not.toBe(question!.resolutionCriteria);
      }
      if (entry.resolution) {
        const { outcome, occurredAt, occurredAtPrecision, note, evidence } = question!.resolution!;
        expect(entry.resolution, entry.questionKey).not.toEqual({
          outcome,
          occurredAt,
          occurredAtPrecision,
          note,
          evidence,
        });
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

    it("dates every outcome event as the outcome table does", () => {
      const table = readFileSync(OUTCOMES, "utf8");
      const tableDates = [...table.matchAll(/^\|\s*(\d{4}(?:-\d{2}){0,2})(?:\s*\(first half\))?\s*\|/gm)].map(
        (match) => match[1]!,
      );
      const normalized = tableDates.map((date) =>
        date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date,
      );
      expect(EVENTS.map((event) => event.occurredAt).sort()).toEqual([...normalized].sort());
    });

    it("cites the outcome table's standing facts only where the table has them", () => {
      const table = readFileSync(OUTCOMES, "utf8");
      const citing = resolved.filter((question) => /standing facts as of 2025/.test(question.resolution!.evidence));
      expect(citing.length).toBeGreaterThan(0);
      expect(table).toContain("Standing facts (as of 2025)");
    });
  },
);
