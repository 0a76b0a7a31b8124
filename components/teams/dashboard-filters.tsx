// The dashboard's filter: a plain GET form with no action, so it submits to whichever page
// renders it and the filtered view stays in the URL (bookmarkable, shareable).
import { THEMES } from "@/lib/domain/themes";
import type { TeamLeaderboardFilter } from "@/lib/teams/leaderboard-schemas";

export function DashboardFilters({ filter }: { filter: TeamLeaderboardFilter }) {
  const active = Boolean(filter.theme || filter.from || filter.to || filter.questions);
  return (
    <form className="filters" method="get" role="search" aria-label="Filter the team dashboard">
      <label>
        Theme
        <select name="theme" defaultValue={filter.theme ?? ""}>
          <option value="">All themes</option>
          {THEMES.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Questions counted
        <select name="questions" defaultValue={filter.questions ?? ""}>
          <option value="">This team’s questions</option>
          <option value="team-and-public">This team’s and public questions</option>
        </select>
      </label>
      <label>
        Events from
        <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label>
        Events to (included)
        <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <button type="submit">Apply</button>
      {/* "?" is the current page without its query string. */}
      {active && (
        <a href="?" className="button button-secondary">
          Clear filters
        </a>
      )}
    </form>
  );
}
