// The quick-entry queue: open questions you have not forecast, or whose latest forecast is
// older than STALE_AFTER_DAYS, closing soonest first.
import type { Db } from "../db/client";
import { statusWhere } from "../domain/question-status";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { isProbabilityQuestion, probsOf, PROBABILITY_QUESTION_TYPES } from "./probabilities";

export const STALE_AFTER_DAYS = 30;
export const QUEUE_LIMIT = 100;

export async function forecastQueue(db: Db, viewer: SignedInViewer, now = new Date()) {
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * 86400_000);
  const questions = await db.question.findMany({
    where: {
      AND: [
        visibleQuestionsWhere(viewer),
        statusWhere("open", now),
        // The quick-entry queue takes probabilities: NUMERIC and DATE questions are left out for now.
        { type: { in: [...PROBABILITY_QUESTION_TYPES] } },
        // No live forecast of yours since the stale cut-off.
        { forecasts: { none: { userId: viewer.userId, mode: "LIVE", createdAt: { gte: staleBefore } } } },
      ],
    },
    orderBy: [{ closeAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      title: true,
      resolutionCriteria: true,
      type: true,
      closeAt: true,
      options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
      forecasts: {
        where: { userId: viewer.userId, mode: "LIVE" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          createdAt: true,
          probability: true,
          probabilities: { select: { optionId: true, probability: true } },
        },
      },
    },
  });
  return questions.filter(isProbabilityQuestion).map(({ forecasts, ...question }) => {
    const last = forecasts[0];
    return {
      ...question,
      lastForecastAt: last?.createdAt ?? null,
      latest: last ? probsOf(question, last).map((p) => p * 100) : null,
    };
  });
}

export type QueueItem = Awaited<ReturnType<typeof forecastQueue>>[number];
