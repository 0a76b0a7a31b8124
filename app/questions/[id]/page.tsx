import type { Metadata } from "next";
import Link from "next/link";
import { OutcomeLabel } from "@/components/outcome-label";
import { QuoteWithCue } from "@/components/quote-with-cue";
import { StatusBadge } from "@/components/status-badge";
import { ThemeTags } from "@/components/theme-tags";
import { getDb } from "@/lib/db";
import { questionStatus } from "@/lib/domain/question-status";
import { canResolveQuestion } from "@/lib/domain/viewer";
import { ForecastEntry } from "@/components/forecast/forecast-entry";
import { Markdown } from "@/components/markdown";
import { loadQuestionLog } from "@/lib/forecasts/log";
import { aggregateQuery } from "@/lib/forecasts/schemas-query";
import { buildQuestionSeries } from "@/lib/forecasts/series";
import { formatDate, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/http/page-guards";
import { getViewer } from "@/lib/http/session";
import { getQuestion } from "@/lib/questions/queries";
import { questionIdParam } from "@/lib/questions/schemas";
import { questionScores } from "@/lib/scoring/queries";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { submitForecast, submitResolution } from "./actions";
import { ChartSection } from "./chart-section";
import { ResolutionForm } from "./resolution-form";
import { ScoresTable } from "./scores-table";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { id } = await params;
  const viewer = await getViewer();
  return orNotFound(async () => getQuestion(getDb(), parseInput(questionIdParam, { id }).id, viewer));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const question = await load(params);
  const viewer = await getViewer();
  const db = getDb();
  const method =
    aggregateQuery.safeParse(searchParamsObject(await searchParams)).data?.method ?? "recencyWeightedMedian";
  const [log, scores] = await Promise.all([
    loadQuestionLog(db, viewer, question.id),
    questionScores(db, viewer, question.id),
  ]);
  const series = buildQuestionSeries(log, viewer, method);
  const myForecasts = log.log.filter((entry) => entry.userId === viewer?.userId);
  const latestMine = myForecasts.at(-1);
  const status = questionStatus(question);
  const resolution = question.currentResolution;
  const earlierResolutions = question.resolutions.filter((entry) => entry.id !== resolution?.id);

  return (
    <article>
      <p className="meta">
        <Link href="/questions">← All questions</Link>
      </p>
      <h1>{question.title}</h1>
      <p className="meta">
        <StatusBadge status={status} />
        <ThemeTags slugs={question.themes.map((link) => link.themeSlug)} />
        <span>{question.type === "MULTIPLE_CHOICE" ? "Multiple choice" : "Yes / no"}</span>
      </p>

      {question.conditionQuestion && (
        <p className="notice">
          Conditional question: it counts only if{" "}
          <Link href={`/questions/${question.conditionQuestion.id}`}>{question.conditionQuestion.title}</Link> resolves{" "}
          <strong>{question.conditionOutcome === "YES" ? "Yes" : "No"}</strong>; otherwise it is annulled.
        </p>
      )}

      {question.description && <p className="lede">{question.description}</p>}

      <section className="card" aria-labelledby="criteria">
        <h2 id="criteria">Resolution criteria</h2>
        <p>{question.resolutionCriteria}</p>
        <dl className="facts">
          <dt>Opened</dt>
          <dd>{formatDate(question.openAt)}</dd>
          <dt>Closes to forecasts</dt>
          <dd>{formatDate(question.closeAt)}</dd>
          <dt>Resolves by</dt>
          <dd>{formatDate(question.resolveBy)}</dd>
        </dl>
        {question.options.length > 0 && (
          <>
            <h3>Options</h3>
            <ol>
              {question.options.map((option) => (
                <li key={option.id}>{option.label}</li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="your-forecast">
        <h2 id="your-forecast">Your forecast</h2>
        {status !== "open" ? (
          <p className="muted">
            This question is {status} and accepts no new forecasts.
            {status === "closed" && " It is waiting for its resolution."}
          </p>
        ) : viewer ? (
          <div className="card">
            <ForecastEntry
              questionId={question.id}
              save={submitForecast}
              type={question.type}
              options={question.options.map((option) => ({ id: option.id, label: option.label }))}
              latest={latestMine ? latestMine.probs.map((p) => p * 100) : null}
              submitLabel={latestMine ? "Save revised forecast" : "Save forecast"}
            />
          </div>
        ) : (
          <p>
            <Link href={`/sign-in?next=/questions/${question.id}`}>Sign in</Link> or{" "}
            <Link href={`/sign-up?next=/questions/${question.id}`}>create an account</Link> to forecast this question.
          </p>
        )}
        {myForecasts.length > 0 && (
          <>
            <h3>Your forecasts ({myForecasts.length})</h3>
            <ol className="history-list" reversed>
              {[...myForecasts].reverse().map((entry) => (
                <li key={entry.id}>
                  <strong>
                    {question.type === "BINARY"
                      ? formatPercent(entry.probs[0]!)
                      : question.options
                          .map((option, i) => `${option.label} ${formatPercent(entry.probs[i]!)}`)
                          .join(" · ")}
                  </strong>{" "}
                  <span className="muted">
                    on{" "}
                    <time dateTime={entry.createdAt.toISOString()}>
                      {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                    </time>
                  </span>
                  {entry.rationale && <Markdown text={entry.rationale} />}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <ChartSection question={question} series={series} now={new Date()} />

      {!series.hidden && series.others.length > 0 && (
        <section aria-labelledby="others">
          <h2 id="others">Other forecasters</h2>
          <ul>
            {series.others.map((other) => (
              <li key={other.name + other.t}>
                {other.name}:{" "}
                {question.type === "BINARY"
                  ? formatPercent(other.probs[0]!)
                  : question.options
                      .map((option, i) => `${option.label} ${formatPercent(other.probs[i]!)}`)
                      .join(" · ")}{" "}
                <span className="muted">({formatDate(new Date(other.t))})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="resolution">
        <h2 id="resolution">Resolution</h2>
        {resolution ? (
          <div className="card">
            <p>
              Resolved <OutcomeLabel outcome={resolution.outcome} option={resolution.option?.label} /> — event on{" "}
              {formatDate(resolution.occurredAt, resolution.occurredAtPrecision)}.
            </p>
            <p>{resolution.note}</p>
            {resolution.evidence && <p className="muted">Evidence: {resolution.evidence}</p>}
            {resolution.evidenceUrl && (
              <p>
                <a href={resolution.evidenceUrl} rel="noreferrer">
                  Evidence link
                </a>
              </p>
            )}
            <p className="muted">Recorded {formatDate(resolution.recordedAt)}.</p>
            {earlierResolutions.length > 0 && (
              <details>
                <summary>Earlier resolutions ({earlierResolutions.length})</summary>
                <ul>
                  {earlierResolutions.map((entry) => (
                    <li key={entry.id}>
                      <OutcomeLabel outcome={entry.outcome} option={entry.option?.label} />, recorded{" "}
                      {formatDate(entry.recordedAt)}: {entry.note}
                      {entry.reason && <> (changed because: {entry.reason})</>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ) : (
          <p className="muted">
            Not resolved yet. {status === "open" ? "It is open for forecasts" : "It is closed to forecasts"} and should
            resolve by {formatDate(question.resolveBy)}.
          </p>
        )}
      </section>

      {viewer && canResolveQuestion(viewer, question) && (
        <section aria-labelledby="resolve">
          <h2 id="resolve">{resolution ? "Re-resolve" : "Resolve"}</h2>
          <ResolutionForm
            questionId={question.id}
            type={question.type}
            options={question.options.map((option) => ({ id: option.id, label: option.label }))}
            alreadyResolved={Boolean(resolution)}
            resolve={submitResolution}
          />
        </section>
      )}

      <ScoresTable scores={scores} />

      <section aria-labelledby="excerpts">
        <h2 id="excerpts">What the sources said</h2>
        {question.excerpts.length === 0 ? (
          <p className="muted">No excerpt motivates this question yet.</p>
        ) : (
          <ul className="excerpts">
            {question.excerpts.map(({ excerpt, impliedProbability, option, note }) => (
              <li key={excerpt.id} className="card">
                <QuoteWithCue quote={excerpt.quote} cue={excerpt.cue} />
                <p className="meta">
                  <span>
                    Implies <span className="prob">{formatPercent(impliedProbability)}</span>
                    {option ? ` for “${option.label}”` : " for Yes"} (cue “{excerpt.cue}” ≈{" "}
                    {formatPercent(excerpt.cueProbability)}
                    {excerpt.negated ? ", negated" : ""})
                  </span>
                  {excerpt.condition && <span>Conditional: {excerpt.condition}</span>}
                </p>
                {note && <p className="muted">{note}</p>}
                <p className="meta">
                  <cite>
                    {excerpt.attribution ? `${excerpt.attribution}, quoted by ` : ""}
                    {excerpt.source.author}, <Link href={`/sources/${excerpt.source.id}`}>{excerpt.source.title}</Link>,{" "}
                    {excerpt.source.outlet}, {formatDate(excerpt.source.publishedAt)}
                    {excerpt.source.publishedAtNote ? " (approx.)" : ""}
                  </cite>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {question.conditionalOn.length > 0 && (
        <section aria-labelledby="dependents">
          <h2 id="dependents">Questions conditional on this one</h2>
          <ul>
            {question.conditionalOn.map((dependent) => (
              <li key={dependent.id}>
                <Link href={`/questions/${dependent.id}`}>{dependent.title}</Link> (if this resolves{" "}
                {dependent.conditionOutcome === "YES" ? "Yes" : "No"})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
