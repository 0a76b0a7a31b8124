// Rescoring a question whose log spans several of the scorer's pages (lib/scoring/live-log.ts),
// with forecasts sharing instants across page boundaries: the stored scores must equal
// lib/forecasting's on the whole log read at once. Shared by the SQLite and PostgreSQL lanes.
import { expect } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { probsOf } from "@/lib/forecasts/probabilities";
import { resolveQuestion } from "@/lib/questions/resolve";
import { LOG_PAGE } from "@/lib/scoring/live-log";
import { scoreQuestion } from "@/lib/scoring/question-scores";
import { scoredUntil } from "@/lib/scoring/recompute";
import { createUser } from "@/lib/users/create-user";

const DAY = 86_400_000;

export async function checkRescoringAcrossLogPages(db: Db, type: "BINARY" | "MULTIPLE_CHOICE") {
  const tag = `${type.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const admin = await createUser(db, { email: `admin-${tag}@example.org`, name: `Admin ${tag}` });
  await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
  const people = await Promise.all(
    Array.from({ length: 23 }, (_, i) => createUser(db, { email: `p${i}-${tag}@example.org`, name: `P${i} ${tag}` })),
  );
  const openAt = new Date(Date.now() - 400 * DAY);
  const question = await db.question.create({
    data: {
      title: `Rescoring across pages (${tag})`,
      resolutionCriteria: "Yes if the test says so; this text is long enough.",
      type,
      openAt,
      closeAt: new Date(Date.now() - DAY),
      resolveBy: new Date(Date.now() + DAY),
      ...(type === "MULTIPLE_CHOICE"
        ? { options: { create: ["Truce", "Merger", "Neither"].map((label, position) => ({ label, position })) } }
        : {}),
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  // 2.5 pages of forecasts, three at each instant, so ties fall on every page boundary.
  const count = Math.floor(LOG_PAGE * 2.5);
  const forecasts = Array.from({ length: count }, (_, i) => {
    const p = 0.05 + ((i * 37) % 90) / 100;
    return {
      id: `f${tag.replace(/\W/g, "")}${String(i).padStart(6, "0")}`,
      questionId: question.id,
      userId: people[(i * 7) % people.length]!.id,
      createdAt: new Date(openAt.getTime() + Math.floor(i / 3) * 60_000),
      probability: type === "BINARY" ? p : null,
    };
  });
  // Ids in reverse of the log order within each instant, so the id tie-break is exercised.
  forecasts.forEach((forecast, i) => {
    forecast.id = `${forecast.id.slice(0, -6)}${String(count - i).padStart(6, "0")}`;
  });
  await db.forecast.createMany({ data: forecasts });
  if (type === "MULTIPLE_CHOICE") {
    await db.forecastOptionProbability.createMany({
      data: forecasts.flatMap((forecast, i) => {
        const first = 0.1 + ((i * 13) % 70) / 100;
        const second = (1 - first) * 0.6;
        return [first, second, 1 - first - second].map((probability, k) => ({
          forecastId: forecast.id,
          optionId: question.options[k]!.id,
          probability,
        }));
      }),
    });
  }

  const viewer = (await viewerForUser(db, admin.id)) as SignedInViewer;
  const outcome = type === "BINARY" ? "YES" : question.options[1]!.id;
  const occurredAt = new Date(Date.now() - 2 * DAY);
  const result = await resolveQuestion(db, viewer, question.id, {
    outcome,
    occurredAt: occurredAt.toISOString(),
    note: "Resolved by the rescoring test.",
  });
  expect(result.scoredForecasters).toBe(people.length);

  const whole = await db.forecast.findMany({
    where: { questionId: question.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { probabilities: true },
  });
  const log = whole.map((row) => ({ userId: row.userId, t: row.createdAt.getTime(), probs: probsOf(question, row) }));
  const expected = scoreQuestion(
    log,
    type === "BINARY" ? { kind: "binary", outcome: 1 } : { kind: "multi", outcomeIndex: 1 },
    {
      openAt: question.openAt.getTime(),
      closeAt: question.closeAt.getTime(),
      occurredAt: scoredUntil(occurredAt, result.resolution.recordedAt),
    },
  );
  const stored = await db.questionScore.findMany({ where: { questionId: question.id } });
  expect(stored).toHaveLength(expected.length);
  const byUser = new Map(stored.map((row) => [row.userId, row]));
  for (const score of expected) {
    const row = byUser.get(score.userId)!;
    expect(row.resolutionId).toBe(result.resolution.id);
    expect(row.forecastCount).toBe(score.forecastCount);
    expect(row.timeAvgBrier).toBeCloseTo(score.timeAvgBrier, 12);
    expect(row.finalBrier).toBeCloseTo(score.finalBrier, 12);
    expect(row.coverage).toBeCloseTo(score.coverage, 12);
    expect(row.relativeBrier ?? Number.NaN).toBeCloseTo(score.relativeBrier ?? Number.NaN, 12);
    expect(row.peerScore ?? Number.NaN).toBeCloseTo(score.peerScore ?? Number.NaN, 12);
    expect(row.logScore).toBeCloseTo(score.logScore, 12);
    expect(row.calibration).toBe(score.calibration);
    expect(Math.abs(row.computedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
  }
  // A score row is read back through Prisma like any other (types and dates as Prisma wrote them).
  const viaPrisma = await db.questionScore.findFirstOrThrow({
    where: { questionId: question.id },
    include: { user: { select: { name: true } } },
  });
  expect(viaPrisma.user.name).toMatch(/^P\d+ /);
}
