// Counts for the home page.
import type { Db } from "./db/client";
import { statusWhere } from "./domain/question-status";
import { visibleQuestionsWhere, type SignedInViewer, type Viewer } from "./domain/viewer";

export async function getOverview(db: Db, viewer: Viewer, now = new Date()) {
  const visible = visibleQuestionsWhere(viewer);
  const [open, closed, resolved, sources, excerpts, liveForecasts] = await Promise.all([
    db.question.count({ where: { AND: [visible, statusWhere("open", now)] } }),
    db.question.count({ where: { AND: [visible, statusWhere("closed", now)] } }),
    db.question.count({ where: { AND: [visible, statusWhere("resolved", now)] } }),
    db.source.count(),
    db.excerpt.count(),
    // The questions' maintained counts (lib/forecasts/read-model.ts), not a count of the log.
    db.question.aggregate({ where: visible, _sum: { liveForecastCount: true } }),
  ]);
  const forecasts = liveForecasts._sum.liveForecastCount ?? 0;
  return { questions: { open, closed, resolved, total: open + closed + resolved }, sources, excerpts, forecasts };
}

/**
 * What waits for a signed-in person: open questions they have not forecast (from the latest-
 * forecast read model, one indexed probe per open question) and questions they wrote that are
 * past their resolve-by date without a resolution.
 */
export async function getDesk(db: Db, viewer: SignedInViewer, now = new Date()) {
  const [unforecast, forecastOpen, overdue] = await Promise.all([
    db.question.count({
      where: {
        AND: [
          visibleQuestionsWhere(viewer),
          statusWhere("open", now),
          { latestForecasts: { none: { userId: viewer.userId } } },
        ],
      },
    }),
    db.latestForecast.count({ where: { userId: viewer.userId, question: statusWhere("open", now) } }),
    db.question.count({ where: { createdById: viewer.userId, resolvedAt: null, resolveBy: { lt: now } } }),
  ]);
  return { unforecast, forecastOpen, overdue };
}
