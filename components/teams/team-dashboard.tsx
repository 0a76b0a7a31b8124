// The team dashboard (issue 7): leaderboard and team calibration over the members' live
// scores, filtered by theme and event period. A server component: the page passes what
// teamLeaderboard returned and the filter it parsed from its query string.
import Link from "next/link";
import { CalibrationTable } from "@/components/track-record/calibration-table";
import { themeLabel } from "@/lib/domain/themes";
import { formatDate } from "@/lib/format";
import type { TeamLeaderboard } from "@/lib/teams/leaderboard";
import type { TeamLeaderboardFilter } from "@/lib/teams/leaderboard-schemas";
import { DashboardFilters } from "./dashboard-filters";
import { LeaderboardTable } from "./leaderboard-table";
import { CalibrationChart } from "@/components/charts/calibration-chart";

export type TeamDashboardProps = {
  data: TeamLeaderboard;
  filter: TeamLeaderboardFilter;
  /** The position of this page's first entry in the whole ranking. */
  offset: number;
};

/** A link to another page of the leaderboard that keeps the filter. */
function pageHref(filter: TeamLeaderboardFilter, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `?${query}#team-dashboard-leaderboard` : "?#team-dashboard-leaderboard";
}

const day = (value: string) => formatDate(new Date(`${value}T00:00:00.000Z`));

/** "in the theme Truce, for events from 1 Jan 2025 to 31 Mar 2025", or "" without a filter. */
function describeFilter(filter: TeamLeaderboardFilter): string {
  const parts: string[] = [];
  if (filter.questions === "team-and-public") parts.push("counting public questions too");
  if (filter.theme) parts.push(`in the theme “${themeLabel(filter.theme)}”`);
  if (filter.from && filter.to) parts.push(`for events from ${day(filter.from)} to ${day(filter.to)}`);
  else if (filter.from) parts.push(`for events on or after ${day(filter.from)}`);
  else if (filter.to) parts.push(`for events on or before ${day(filter.to)}`);
  return parts.join(", ");
}

export function TeamDashboard({ data, filter, offset }: TeamDashboardProps) {
  const scope = describeFilter(filter);
  const filtered = scope !== "";
  const count = data.questionCount;

  return (
    <section aria-labelledby="team-dashboard" className="team-dashboard">
      <h2 id="team-dashboard">Team dashboard</h2>
      <p>
        Scores of the team’s members on resolved questions they forecast live.{" "}
        {data.counts === "team questions" ? (
          <>
            Only this team’s own questions count: public questions, which anyone can write and resolve, are left out
            unless you choose to count them below.
          </>
        ) : (
          <>
            This view counts this team’s questions and public ones (which anyone can write and resolve), never another
            team’s.
          </>
        )}{" "}
        Calibration session answers are not counted. Lower Brier scores are better.
      </p>
      <DashboardFilters filter={filter} />
      <p className="muted" aria-live="polite">
        {count} resolved {data.counts === "team questions" ? "team " : ""}
        {count === 1 ? "question" : "questions"} scored{filtered ? ` ${scope}` : ""}.
      </p>
      <p>
        <strong>Minimum-questions rule:</strong> a member is ranked once they have at least {data.minQuestionsForRank}{" "}
        resolved questions scored in this view, so that one lucky call does not top the table; until then they are
        listed as “not ranked yet”, with their count.
      </p>

      {count === 0 ? (
        <div className="card">
          <h3>Nothing to rank yet</h3>
          {filtered ? (
            <p>
              No resolved question {scope} has forecasts from this team’s members. <a href="?">Clear the filters</a> or
              widen the period.
            </p>
          ) : (
            <p>
              No resolved team questions with forecasts from this team’s members yet: write questions for the team and
              forecast them (start a calibration session to practise together); members’ scores appear here as those
              questions resolve. Scores on <Link href="/questions?status=open">public questions</Link> appear when you
              choose to count them.
            </p>
          )}
        </div>
      ) : (
        <>
          <h3 id="team-dashboard-leaderboard">Leaderboard</h3>
          <LeaderboardTable entries={data.entries} minQuestions={data.minQuestionsForRank} counts={data.counts} />
          {data.total > data.entries.length && (
            <nav className="pagination" aria-label="Leaderboard pages">
              <span className="muted">
                Members {offset + 1}–{offset + data.entries.length} of {data.total}
              </span>
              {offset > 0 && <a href={pageHref(filter, null)}>First page</a>}
              {data.nextCursor && <a href={pageHref(filter, data.nextCursor)}>Next {data.entries.length} members</a>}
            </nav>
          )}
          <p className="muted">
            Time-averaged Brier averages the Brier score of the forecast a member had standing, from their first
            forecast until the question closed or the event happened. Relative Brier is a member’s time-averaged Brier
            minus the median of the team members who scored on the same question (only questions at least two members
            scored; negative beats the team). Coverage is the share of a question’s window the member had a forecast
            standing.
          </p>

          <h3 id="team-dashboard-calibration">Team calibration</h3>
          <p>
            Each point groups the members’ final forecasts before the event with similar probabilities ({data.pairCount}{" "}
            {data.pairCount === 1 ? "probability" : "probabilities"}: one per member and question, one per option on
            multiple-choice questions): across is the group’s mean forecast, up is how often those events happened. On
            the dashed diagonal the team is perfectly calibrated; below it, overconfident that things would happen;
            above it, underconfident. Bars show the 95% interval (Wilson).
          </p>
          {data.pairCount === 0 ? (
            <p className="muted">No final forecasts to plot.</p>
          ) : (
            <CalibrationChart
              bins={data.calibration}
              whose="The team's final forecasts"
              label="Team calibration chart"
            />
          )}
          <details>
            <summary>Table view of the team calibration chart</summary>
            <CalibrationTable bins={data.calibration} />
          </details>
        </>
      )}
    </section>
  );
}
