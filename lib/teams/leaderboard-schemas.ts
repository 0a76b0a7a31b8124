// The team dashboard's filter, shared by the page's query string and the API
// (`?theme=&from=&to=&questions=`). Dates are calendar days (what <input type="date"> sends) and
// bound the resolution's event date, both ends included. `questions` says which questions count:
// the team's own (the default), or also public ones, which anyone can write and resolve.
import { z } from "zod";
import { THEME_SLUGS } from "../domain/themes";
import { calendarDay, limitUpTo } from "../validation/common";
import { offsetCursor } from "../validation/offset-cursor";

/** Which questions a leaderboard counts: "team" (the default) or "team-and-public". */
export const LEADERBOARD_QUESTION_SCOPES = ["team", "team-and-public"] as const;
export type LeaderboardQuestionScope = (typeof LEADERBOARD_QUESTION_SCOPES)[number];
/** What the JSON and the page say is counted, by scope. */
export const COUNTED_QUESTIONS = {
  team: "team questions",
  "team-and-public": "team and public questions",
} as const satisfies Record<LeaderboardQuestionScope, string>;

/** Entries per leaderboard page unless `limit` says otherwise, and the most one page holds. */
export const DEFAULT_LEADERBOARD_PAGE = 50;
export const MAX_LEADERBOARD_PAGE = 500;

export const teamLeaderboardQuery = z
  .object({
    theme: z.enum(THEME_SLUGS, { error: `theme must be one of ${THEME_SLUGS.join(", ")}` }).optional(),
    // Real calendar days (YYYY-MM-DD) within years 1000–9999: lib/validation/common.ts.
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    questions: z
      .enum(LEADERBOARD_QUESTION_SCOPES, {
        error: `questions must be one of ${LEADERBOARD_QUESTION_SCOPES.join(", ")}`,
      })
      .optional(),
    // Ranks are computed over the whole team before a page is cut: the cursor is a position.
    limit: limitUpTo(MAX_LEADERBOARD_PAGE).optional(),
    cursor: offsetCursor.optional(),
  })
  // Kept as strings (not Dates) so the same value fills the form's inputs back.
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ["to"],
    error: "to must be on or after from",
  });

export type TeamLeaderboardQuery = z.output<typeof teamLeaderboardQuery>;
/** What selects the questions and scores counted: the query without its paging. */
export type TeamLeaderboardFilter = Omit<TeamLeaderboardQuery, "limit" | "cursor">;

/** The default view (the team's own questions, no theme, no period), the one kept in TeamStandings. */
export const isDefaultFilter = (filter: TeamLeaderboardFilter) =>
  !filter.theme && !filter.from && !filter.to && (filter.questions ?? "team") === "team";

/** Members need this many scored questions before they are ranked: one lucky call is not skill. */
export const MIN_QUESTIONS_FOR_RANK = 3;

/** The event-date window of a filter: from 00:00 of `from` to the last millisecond of `to` (UTC). */
export function occurredAtRange(filter: Pick<TeamLeaderboardFilter, "from" | "to">) {
  const range: { gte?: Date; lte?: Date } = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) range.lte = new Date(`${filter.to}T23:59:59.999Z`);
  return range;
}
