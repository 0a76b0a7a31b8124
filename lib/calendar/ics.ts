// The iCalendar document of a feed: one event at each close date and each resolve-by date of the
// questions a user follows. "Follows" means: still unresolved, visible to them, and either
// created by them, forecast on by them, or a question of one of their teams. UIDs derive from
// the question and the kind of date, so calendar applications update an event when a date moves
// instead of duplicating it. Escaping and line folding are ical-generator's.
import ical from "ical-generator";
import { viewerForUser } from "../auth/viewer";
import type { Db } from "../db/client";
import { visibleQuestionsWhere } from "../domain/viewer";
import { notFound } from "../errors";
import { userIdForCalendarToken } from "./feeds";

export const CALENDAR_FEED_LIMIT = 500;
const UID_DOMAIN = "forecast-workbench";

export async function followedQuestions(db: Db, userId: string) {
  const viewer = await viewerForUser(db, userId);
  if (!viewer) return null;
  return db.question.findMany({
    where: {
      AND: [
        visibleQuestionsWhere(viewer),
        { resolvedAt: null },
        {
          OR: [
            { createdById: userId },
            { latestForecasts: { some: { userId } } },
            ...(viewer.teamIds.length ? [{ teamId: { in: viewer.teamIds } }] : []),
          ],
        },
      ],
    },
    orderBy: [{ closeAt: "asc" }, { id: "asc" }],
    take: CALENDAR_FEED_LIMIT,
    select: {
      id: true,
      title: true,
      closeAt: true,
      resolveBy: true,
      updatedAt: true,
      team: { select: { name: true } },
    },
  });
}

/** The feed for a token; unknown or revoked tokens (and deactivated accounts) are "not found". */
export async function calendarForToken(db: Db, token: string, origin: string | null): Promise<string> {
  const userId = await userIdForCalendarToken(db, token);
  const questions = userId ? await followedQuestions(db, userId) : null;
  if (!questions) throw notFound("Calendar feed");
  const calendar = ical({
    name: "Forecast Workbench",
    description: "Close and resolve-by dates of the questions you follow",
    prodId: { company: "Forecast Workbench", product: "questions", language: "EN" },
  });
  for (const question of questions) {
    const url = origin ? `${origin}/questions/${question.id}` : null;
    const where = question.team ? ` (${question.team.name})` : "";
    calendar.createEvent({
      id: `${question.id}-close@${UID_DOMAIN}`,
      start: question.closeAt,
      end: question.closeAt,
      stamp: question.updatedAt,
      summary: `Closes: ${question.title}`,
      description: `Forecasting on this question${where} closes now.${url ? `\n${url}` : ""}`,
      url,
    });
    calendar.createEvent({
      id: `${question.id}-resolve-by@${UID_DOMAIN}`,
      start: question.resolveBy,
      end: question.resolveBy,
      stamp: question.updatedAt,
      summary: `Resolve by: ${question.title}`,
      description: `This question${where} should be resolved by now.${url ? `\n${url}` : ""}`,
      url,
    });
  }
  return calendar.toString();
}
