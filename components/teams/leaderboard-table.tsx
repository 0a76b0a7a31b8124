// The team leaderboard: ranked members first, then those still short of the minimum number
// of scored questions, with their progress towards it.
import type { LeaderboardEntry, TeamLeaderboard } from "@/lib/teams/leaderboard";
import { ScrollBox } from "@/components/scroll-box";

const fixed = (value: number | null) => (value === null ? "—" : value.toFixed(3));
// A typographic minus reads better than a hyphen in a column of signed numbers.
const signed = (value: number | null) =>
  value === null ? "—" : `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(3)}`;
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export function LeaderboardTable({
  entries,
  minQuestions,
  counts,
}: {
  entries: readonly LeaderboardEntry[];
  minQuestions: number;
  /** Which questions count, as the leaderboard says ("team questions" by default). */
  counts: TeamLeaderboard["counts"];
}) {
  return (
    <ScrollBox label="Leaderboard">
      <table className="data-table">
        <caption>
          Members by mean time-averaged Brier on {counts}, lowest (best) first; members with fewer than {minQuestions}{" "}
          scored questions follow, not ranked yet
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Member</th>
            <th scope="col">Resolved {counts} scored</th>
            <th scope="col">Mean time-averaged Brier</th>
            <th scope="col">Mean relative Brier vs team median</th>
            <th scope="col">Mean coverage</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.userId}>
              <td>
                {entry.rank ?? (
                  <span className="muted">
                    not ranked yet: {entry.questionsScored} of {minQuestions}
                  </span>
                )}
              </td>
              <th scope="row">{entry.name}</th>
              <td>{entry.questionsScored}</td>
              <td>{fixed(entry.meanTimeAvgBrier)}</td>
              <td>
                {signed(entry.meanRelativeBrier)}
                {entry.meanRelativeBrier !== null && (
                  <span className="muted">
                    {" "}
                    (on {entry.relativeBrierQuestions} {entry.relativeBrierQuestions === 1 ? "question" : "questions"})
                  </span>
                )}
              </td>
              <td>{percent(entry.meanCoverage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
