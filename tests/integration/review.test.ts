// GET /api/v1/review on a real seeded SQLite file: every number equals lib/forecasting applied
// to the seeded excerpts and resolutions, conditional claims are scored only when their
// condition happened, a duplicated article counts once, and team questions stay private.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { brierScore, calibrationBins, logScore, mean } from "@/lib/forecasting";
import { createUser } from "@/lib/users/create-user";
import { EXCERPTS } from "@/lib/seed/data/excerpts";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { SOURCES } from "@/lib/seed/data/sources";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

type Claim = {
  excerptId: string;
  questionId: string;
  author: string;
  impliedProbability: number;
  scored: boolean;
  outcome: 0 | 1 | null;
  brier: number | null;
  logScore: number | null;
  reason: string | null;
  condition: { status: string } | null;
  reading: { status: string; reason: string } | null;
};
type Author = {
  author: string;
  claimCount: number;
  scoredCount: number;
  meanBrier: number | null;
  calibration: unknown[] | null;
  claims: Claim[];
};

let handle: TestDb;
let review: typeof import("@/app/api/v1/review/route");
let member: { id: string; key: string };

async function load(key?: string) {
  const response = await call(review.GET, "GET", "/api/v1/review", key ? { key } : {});
  expect(response.status).toBe(200);
  return response.body as {
    authors: Author[];
    themes: { slug: string; verdict: string; claims: Claim[] }[];
    questions: { id: string }[];
    events: unknown[];
  };
}

/** The seeded expectation, computed straight from the seed files and lib/forecasting. */
function expectedByAuthor() {
  const excerpts = new Map(EXCERPTS.map((excerpt) => [excerpt.key, excerpt]));
  const sources = new Map(SOURCES.map((source) => [source.key, source]));
  const authorOf = (sourceKey: string) => {
    const source = sources.get(sourceKey)!;
    return sources.get(source.duplicateOfKey ?? source.key)!.author;
  };
  const result = new Map<string, { pairs: { p: number; outcome: 0 | 1 }[]; claims: number }>();
  for (const question of QUESTIONS) {
    const resolution = question.resolution;
    if (!resolution || resolution.outcome === "AMBIGUOUS" || resolution.outcome === "ANNULLED") continue;
    for (const link of question.excerpts) {
      const excerpt = excerpts.get(link.excerptKey)!;
      const author = authorOf(excerpt.sourceKey);
      const entry = result.get(author) ?? { pairs: [], claims: 0 };
      entry.claims += 1;
      result.set(author, entry);
      // Seeded conditions on questions all hang on Baghdadi's death, which happened.
      const conditionChecked = question.condition !== undefined;
      if (excerpt.condition && !conditionChecked) continue;
      // A marked question does not fairly test its claims: they are shown, not scored.
      if (question.reading) continue;
      const outcome =
        typeof resolution.outcome === "object"
          ? link.optionIndex === resolution.outcome.optionIndex
            ? 1
            : 0
          : resolution.outcome === "YES"
            ? 1
            : 0;
      entry.pairs.push({ p: link.impliedProbability, outcome });
    }
  }
  return result;
}

/** Bins agree up to the order the pairs were summed in. */
function expectSameBins(actual: unknown[], expected: ReturnType<typeof calibrationBins>) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((bin, i) => {
    const got = actual[i] as Record<string, number | undefined>;
    expect(got.n).toBe(bin.n);
    for (const field of ["lo", "hi", "meanP", "freq", "ciLow", "ciHigh"] as const) {
      if (bin[field] === undefined) expect(got[field]).toBeUndefined();
      else expect(got[field]).toBeCloseTo(bin[field]!, 12);
    }
  });
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  const created = await createUser(handle.db, { email: "member@example.org", name: "Mo Member" });
  member = { id: created.id, key: (await createApiKey(handle.db, created.id, "test")).key };
  review = await import("@/app/api/v1/review/route");
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("GET /api/v1/review", () => {
  it("gives every author's mean Brier and claim count as lib/forecasting computes them from the seed", async () => {
    const body = await load();
    const expected = expectedByAuthor();
    expect(body.authors.map((a) => a.author).sort()).toEqual([...expected.keys()].sort());
    for (const author of body.authors) {
      const want = expected.get(author.author)!;
      expect(author.claimCount, author.author).toBe(want.claims);
      expect(author.scoredCount, author.author).toBe(want.pairs.length);
      expect(author.meanBrier!, author.author).toBeCloseTo(mean(want.pairs.map((x) => brierScore(x.p, x.outcome))), 12);
      if (want.pairs.length >= 5) expectSameBins(author.calibration!, calibrationBins(want.pairs, 5));
      else expect(author.calibration).toBeNull();
    }
    // Best mean Brier first.
    const means = body.authors.map((a) => a.meanBrier!);
    expect(means).toEqual([...means].sort((a, b) => a - b));
  });

  it("works one example per author by hand", async () => {
    const body = await load();
    const author = (name: string) => body.authors.find((a) => a.author === name)!;

    // Tom O'Connor: three even-odds claims (truce, alliance by 2019, alliance as the 2020 state), none happened.
    const oconnor = author("Tom O'Connor");
    expect(oconnor.scoredCount).toBe(3);
    expect(oconnor.meanBrier).toBeCloseTo(0.25, 12);
    expect(oconnor.calibration).toBeNull();

    // Aymenn Jawad Al-Tamimi: 0.97 that the caliphate claim stays (it did), and 0.02, 0.1, 0.03, 0.05 on a
    // merger by 2023 (none); the claim conditional on the caliphate claim is not scored.
    const tamimi = author("Aymenn Jawad Al-Tamimi");
    const tamimiBriers = [0.03 ** 2, 0.02 ** 2, 0.1 ** 2, 0.03 ** 2, 0.05 ** 2];
    expect(tamimi.scoredCount).toBe(5);
    expect(tamimi.claimCount).toBe(6);
    expect(tamimi.meanBrier).toBeCloseTo(tamimiBriers.reduce((a, b) => a + b) / 5, 12);
    expect(tamimi.calibration).not.toBeNull();

    // Elijah J. Magnier: "a kind of truce between them is soon expected" (0.75); no truce by 2018.
    const truce = author("Elijah J. Magnier").claims.find(
      (c) => c.impliedProbability === 0.75 && c.reason === null && c.outcome === 0 && c.brier === 0.5625,
    );
    expect(truce).toBeDefined();
    expect(truce!.logScore).toBeCloseTo(Math.log(0.25), 12);
    expect(truce!.brier).toBe(brierScore(0.75, 0));

    // Hamdi Malik: "no doubt that Baghdadi … will not operate under al-Qaeda's umbrella" gives a merger 0.03.
    const malik = author("Hamdi Malik");
    const noDoubt = malik.claims.filter((c) => c.impliedProbability === 0.03 && c.outcome === 0);
    expect(noDoubt.length).toBe(2); // the merger by 2019 and the "merged" option of the 2020 state
    for (const claim of noDoubt) {
      expect(claim.brier).toBeCloseTo(brierScore(0.03, 0), 12);
      expect(claim.logScore).toBeCloseTo(logScore(0.03, 0), 12);
    }
  });

  it("scores conditional claims only when their condition happened, and says why otherwise", async () => {
    const body = await load();
    const claims = body.authors.flatMap((a) => a.claims);
    const magnier = body.authors.find((a) => a.author === "Elijah J. Magnier")!;
    // "If Baghdadi is killed, the Caliphate … will fall": the condition (Baghdadi's death) happened.
    const caliphate = magnier.claims.find((c) => c.impliedProbability === 0.9 && c.condition?.status === "met");
    expect(caliphate?.scored).toBe(true);
    expect(caliphate?.brier).toBeCloseTo(0.81, 12);
    // "depending on the central government in Baghdad …": no question tracks it, so not scored.
    const unchecked = claims.filter((c) => c.condition?.status === "unchecked");
    expect(unchecked.length).toBe(2);
    for (const claim of unchecked) {
      expect(claim.scored).toBe(false);
      expect(claim.brier).toBeNull();
      expect(claim.reason).toMatch(/not scored/);
    }
  });

  it("gives each theme a verdict derived from the outcomes and scores", async () => {
    const body = await load();
    const truce = body.themes.find((t) => t.slug === "truce")!;
    expect(truce.verdict).toContain("None of the 2 resolved yes/no questions came true");
    expect(truce.verdict).toContain("authors who called it unlikely scored best: Hamdi Malik");
    const defections = body.themes.find((t) => t.slug === "defections")!;
    expect(defections.verdict).toMatch(/has resolved yet/);
    expect(defections.claims).toEqual([]);
    expect(body.events.length).toBeGreaterThanOrEqual(13);
  });

  it("shows claims on a marked question with the mark and its reason, unscored, and verdicts set it aside", async () => {
    const body = await load();
    const marked = QUESTIONS.filter((question) => question.reading && question.resolution);
    expect(marked.length).toBeGreaterThan(0);
    const claims = body.authors.flatMap((a) => a.claims);
    for (const question of marked) {
      const row = await handle.db.question.findUniqueOrThrow({ where: { seedKey: question.key } });
      const onIt = claims.filter((claim) => claim.questionId === row.id);
      expect(onIt.length, question.key).toBe(question.excerpts.length);
      for (const claim of onIt) {
        expect(claim.reading).toEqual(question.reading);
        expect(claim.scored).toBe(false);
        expect(claim.reason).toContain(question.reading!.reason);
      }
    }
    const territory = body.themes.find((t) => t.slug === "territory")!;
    expect(territory.verdict).toContain("1 marked question is left out");
  });

  it("counts a claim carried by both copies of an article once", async () => {
    const before = await load();
    const malikBefore = before.authors.find((a) => a.author === "Hamdi Malik")!;
    const original = await handle.db.excerpt.findUniqueOrThrow({
      where: { seedKey: "malik17-no-doubt-not-under-aq-umbrella" },
      include: { questions: true },
    });
    const teaser = await handle.db.source.findUniqueOrThrow({ where: { seedKey: "src-malik-2017-almonitor" } });
    const copy = await handle.db.excerpt.create({
      data: {
        sourceId: teaser.id,
        quote: original.quote,
        startOffset: 0,
        endOffset: original.quote.length,
        cue: original.cue,
        cueProbability: original.cueProbability,
        negated: original.negated,
        questions: {
          create: original.questions.map((link) => ({
            questionId: link.questionId,
            impliedProbability: link.impliedProbability,
            optionId: link.optionId,
          })),
        },
      },
    });
    try {
      const after = await load();
      const malikAfter = after.authors.find((a) => a.author === "Hamdi Malik")!;
      expect(malikAfter.claimCount).toBe(malikBefore.claimCount);
      expect(malikAfter.meanBrier).toBe(malikBefore.meanBrier);
      expect(malikAfter.claims.some((c) => c.excerptId === copy.id)).toBe(false);
    } finally {
      await handle.db.excerpt.delete({ where: { id: copy.id } });
    }
  });

  it("shows a team's resolved question and its claims to members only", async () => {
    const team = await handle.db.team.create({ data: { name: "Analysts", slug: "analysts" } });
    await handle.db.teamMembership.create({ data: { teamId: team.id, userId: member.id } });
    const excerpt = await handle.db.excerpt.findUniqueOrThrow({ where: { seedKey: "magnier17-truce-soon-expected" } });
    const question = await handle.db.question.create({
      data: {
        title: "Team-only: will a truce be announced in Idlib by 2018?",
        resolutionCriteria: "Yes if announced.",
        openAt: new Date("2017-10-12"),
        closeAt: new Date("2018-12-31"),
        resolveBy: new Date("2019-01-31"),
        teamId: team.id,
        excerpts: { create: { excerptId: excerpt.id, impliedProbability: 0.75 } },
      },
    });
    const resolution = await handle.db.resolution.create({
      data: { questionId: question.id, outcome: "NO", occurredAt: new Date("2018-12-31"), note: "No truce." },
    });
    await handle.db.question.update({
      where: { id: question.id },
      data: { currentResolutionId: resolution.id, resolvedAt: new Date() },
    });

    const anonymous = await load();
    expect(JSON.stringify(anonymous)).not.toContain(question.id);
    expect(JSON.stringify(anonymous)).not.toContain("Team-only");
    const forMember = await load(member.key);
    expect(forMember.questions.map((q) => q.id)).toContain(question.id);
    const magnier = forMember.authors.find((a) => a.author === "Elijah J. Magnier")!;
    expect(magnier.claims.some((c) => c.questionId === question.id && c.brier === 0.5625)).toBe(true);
  });
});
