import type { Metadata } from "next";
import { ExportLinks } from "@/components/exports/export-links";
import Link from "next/link";
import { CalibrationChart } from "@/components/charts/calibration-chart";
import { CalibrationTable } from "@/components/track-record/calibration-table";
import { ResolvedQuestionsTable } from "@/components/track-record/resolved-questions-table";
import { ScoreOverTimeChart } from "@/components/track-record/score-over-time-chart";
import { ScoreOverTimeTable } from "@/components/track-record/score-over-time-table";
import { getDb } from "@/lib/db";
import { THEMES, themeLabel, type ThemeSlug } from "@/lib/domain/themes";
import { AppError } from "@/lib/errors";
import { requireViewer } from "@/lib/http/session";
import { CALIBRATION_BIN_COUNT, trackRecord } from "@/lib/scoring/queries";
import { trackRecordQuery, type TrackRecordQuery } from "@/lib/scoring/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Your track record" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fixed = (value: number) => value.toFixed(3);

/** Another page of the resolved questions, keeping the theme filter. */
function pageHref(theme: ThemeSlug | undefined, cursor: string | null) {
  const params = new URLSearchParams();
  if (theme) params.set("theme", theme);
  if (cursor) params.set("cursor", cursor);
  return `/me?${params.toString()}#resolved-questions`;
}

export default async function TrackRecordPage({ searchParams }: Props) {
  const viewer = await requireViewer("/me");
  const raw = searchParamsObject(await searchParams);
  let query: TrackRecordQuery = {};
  let filterError: string | null = null;
  try {
    query = parseInput(trackRecordQuery, raw);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    filterError = error.message;
  }
  const theme: ThemeSlug | undefined = query.theme;
  const offset = query.cursor ?? 0;
  const record = await trackRecord(getDb(), viewer, query);
  const { questionsScored: count, meanTimeAvgBrier, meanRelativeBrier: meanRelative } = record.summary;
  const overTime = record.overTime;
  const murphy = record.murphy;

  return (
    <>
      <h1>Your track record</h1>
      <p className="lede">
        How your forecasts did on the questions that have resolved: your scores, whether your probabilities were
        calibrated, and how your average has moved over time.
      </p>
      <ExportLinks label="Download all your forecasts with their scores" target={{ scope: "mine" }} />
      <p className="meta">
        Forecasts kept elsewhere? <Link href="/import">Import them from Fatebook or a spreadsheet</Link>.
      </p>

      <form className="filters" method="get" action="/me" role="search" aria-label="Filter track record">
        <label>
          Theme
          <select name="theme" defaultValue={theme ?? ""}>
            <option value="">All themes</option>
            {THEMES.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
        {theme && (
          <Link href="/me" className="button button-secondary">
            Show all themes
          </Link>
        )}
      </form>

      {filterError && (
        <p className="notice" role="alert">
          The theme filter was not understood ({filterError}); showing all themes instead.
        </p>
      )}

      <p className="muted" aria-live="polite">
        {count} resolved {count === 1 ? "question" : "questions"} scored
        {theme ? ` in the theme “${themeLabel(theme)}”` : ""}
      </p>

      {count === 0 ? (
        <section className="card" aria-labelledby="empty">
          <h2 id="empty">Nothing to score yet</h2>
          {theme ? (
            <p>
              None of your scored questions is in the theme “{themeLabel(theme)}”.{" "}
              <Link href="/me">Show all themes</Link> or pick another theme.
            </p>
          ) : (
            <>
              <p>
                No resolved questions with your forecasts yet. A question is scored here once it resolves, for everyone
                who forecast it while it was open.
              </p>
              <ul>
                <li>
                  Forecast open questions one after another in <Link href="/forecast">Quick entry</Link>, or pick one
                  from the <Link href="/questions?status=open">open questions</Link>.
                </li>
                <li>
                  Meanwhile, see <Link href="/questions?status=resolved">how the 2017 predictions resolved</Link> and
                  what the authors’ words had implied.
                </li>
              </ul>
            </>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="summary">
            <h2 id="summary">Summary</h2>
            <div className="grid">
              <div className="card">
                <span className="stat">{count}</span> resolved {count === 1 ? "question" : "questions"} scored
              </div>
              <div className="card">
                <span className="stat">{meanTimeAvgBrier === null ? "—" : fixed(meanTimeAvgBrier)}</span> mean
                time-averaged Brier (lower is better; always saying 50% on yes/no questions scores 0.250)
              </div>
              <div className="card">
                <span className="stat">{meanRelative === null ? "—" : fixed(meanRelative)}</span> mean relative Brier
                {meanRelative === null
                  ? " (no other forecasters to compare with)"
                  : " (negative means you beat the crowd’s median)"}
              </div>
            </div>

            <h3>Murphy decomposition</h3>
            {murphy ? (
              <>
                <p className="muted">
                  Computed from your final forecast on each question ({record.pairCount}{" "}
                  {record.pairCount === 1 ? "probability" : "probabilities"}: one per question, one per option on
                  multiple-choice questions), in {CALIBRATION_BIN_COUNT} probability bins. Brier ≈ reliability −
                  resolution + uncertainty.
                </p>
                <dl className="facts">
                  <dt>Reliability</dt>
                  <dd>
                    <strong>{fixed(murphy.reliability)}</strong>: how far your forecasts sit from how often those events
                    happened; lower is better, 0 is perfectly calibrated.
                  </dd>
                  <dt>Resolution</dt>
                  <dd>
                    <strong>{fixed(murphy.resolution)}</strong>: how much the outcomes in your bins differ from the
                    overall base rate; higher is better, it rewards telling likely events from unlikely ones.
                  </dd>
                  <dt>Uncertainty</dt>
                  <dd>
                    <strong>{fixed(murphy.uncertainty)}</strong>: how unpredictable the events were (base rate × (1 −
                    base rate)); set by the questions, not by you.
                  </dd>
                  <dt>Brier</dt>
                  <dd>
                    <strong>{fixed(murphy.brier)}</strong>: the mean squared error of those final forecasts; lower is
                    better.
                  </dd>
                </dl>
              </>
            ) : (
              <p className="muted">
                No final forecast to decompose: none of these questions has a forecast of yours to bin.
              </p>
            )}
          </section>

          <section aria-labelledby="calibration">
            <h2 id="calibration">Calibration</h2>
            <p>
              Each point is a group of your final forecasts with similar probabilities: across is the group’s mean
              forecast, up is how often those events happened. Points on the dashed diagonal are perfectly calibrated;
              below it you were overconfident that things would happen, above it underconfident. Vertical bars show the
              95% interval (Wilson), and the labels give how many forecasts each point holds (n).
            </p>
            {record.pairCount === 0 ? (
              <p className="muted">No forecasts to plot yet.</p>
            ) : (
              <CalibrationChart bins={record.calibration} />
            )}
            <details>
              <summary>Table view of the calibration chart</summary>
              <CalibrationTable bins={record.calibration} />
            </details>
          </section>

          <section aria-labelledby="over-time">
            <h2 id="over-time">Score over time</h2>
            <p>
              Each point is one question’s time-averaged Brier, placed at the date its event happened; the dashed line
              is your running mean across the questions so far. Lower is better.
            </p>
            <ScoreOverTimeChart
              points={overTime.map((point) => ({
                t: point.t,
                title: point.title,
                timeAvgBrier: point.timeAvgBrier,
                runningMean: point.runningMean,
              }))}
            />
            <details>
              <summary>Table view of the score over time chart</summary>
              <ScoreOverTimeTable rows={overTime} />
            </details>
          </section>

          <section aria-labelledby="resolved-questions">
            <h2 id="resolved-questions">Resolved questions</h2>
            <ResolvedQuestionsTable rows={record.questions} />
            {count > record.questions.length && (
              <nav className="pagination" aria-label="Pages of resolved questions">
                <span className="muted">
                  Questions {offset + 1}–{offset + record.questions.length} of {count}, newest first
                </span>
                {offset > 0 && <Link href={pageHref(theme, null)}>Newest</Link>}
                {record.nextCursor && <Link href={pageHref(theme, record.nextCursor)}>Older questions</Link>}
              </nav>
            )}
            <p className="muted">
              Time-averaged Brier averages the Brier score of the forecast you had standing, from your first forecast
              until the question closed; final Brier scores only your last forecast. Relative Brier is yours minus the
              median of the others active at the time (negative beats the crowd). Coverage is the share of the
              question’s window you had a forecast standing. Log score is the natural log of the probability you gave to
              what happened (0 is best).
            </p>
          </section>
        </>
      )}
    </>
  );
}
