import type { Metadata } from "next";
import { isProbabilityQuestion } from "@/lib/forecasts/probabilities";
import { ExportLinks } from "@/components/exports/export-links";
import Link from "next/link";
import { ReadingMark } from "@/components/review/reading-mark";
import { StatusBadge } from "@/components/status-badge";
import { ThemeTags } from "@/components/theme-tags";
import { getDb } from "@/lib/db";
import { DEFAULT_METHOD, loadQuestionPageData } from "@/lib/questions/page-data";
import { questionStatus } from "@/lib/domain/question-status";
import { readingOf } from "@/lib/review/reading";
import { aggregateQuery, othersShownQuery } from "@/lib/forecasts/schemas-query";
import { MAX_OTHERS_SHOWN, OTHERS_SHOWN } from "@/lib/forecasts/series";
import { formatProbabilities } from "@/lib/forecasts/display";
import { formatDate, nounFor } from "@/lib/format";
import { fanBands } from "@/lib/forecasting/continuous";
import { rangeOf } from "@/lib/forecasts/continuous";
import { loadDistributionCrowd } from "@/lib/forecasts/continuous-crowd";
import { formatMedianInterval, formatValue } from "@/lib/forecasts/continuous-display";
import { FanSection } from "./fan-section";
import { getViewer } from "@/lib/http/session";
import { HIDDEN_CONDITION } from "@/lib/questions/condition-visibility";
import { searchParamsObject } from "@/lib/validation/common";
import { submitResolution } from "./actions";
import { ChartSection, METHOD_LABELS } from "./chart-section";
import { loadQuestion } from "./load-question";
import { ResolutionForm } from "./resolution-form";
import { ScoresTable } from "./scores-table";
import { DiscussionSection } from "./discussion-section";
import { ExcerptsSection } from "./excerpts-section";
import { ResolutionHistory } from "./resolution-history";
import { YourForecastSection } from "./your-forecast-section";

export const dynamic = "force-dynamic";

const TYPE_LABELS = {
  BINARY: "Yes / no",
  MULTIPLE_CHOICE: "Multiple choice",
  NUMERIC: "Number",
  DATE: "Date",
} as const;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  return loadQuestion((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const question = await load(params);
  const viewer = await getViewer();
  const db = getDb();
  const query = searchParamsObject(await searchParams);
  const { series, headline, scores, access } = await loadQuestionPageData(db, viewer, question, {
    method: aggregateQuery.safeParse(query).data?.method,
    othersShown: othersShownQuery.safeParse(query).data?.others,
  });
  const myForecasts = series.myForecasts;
  const status = questionStatus(question);
  const resolution = question.currentResolution;
  const continuousType = isProbabilityQuestion(question) ? null : (question.type as "NUMERIC" | "DATE");
  const valueFormat = continuousType ? { type: continuousType, unit: question.unit } : null;
  // Distributions: the crowd, others' latest and the fan chart come from the log (lib/forecasts/continuous-crowd.ts).
  const distributions = continuousType
    ? await loadDistributionCrowd(db, viewer, question, myForecasts.length > 0)
    : null;
  const reading = readingOf(question);
  const myLatestBands =
    continuousType && myForecasts.at(-1)?.cdf ? fanBands(myForecasts.at(-1)!.cdf!, rangeOf(question)) : null;

  return (
    <article>
      <p className="meta">
        <Link href="/questions">← All questions</Link>
      </p>
      <h1>{question.title}</h1>
      {distributions && valueFormat && (distributions.crowd || myLatestBands) && (
        <p className="crowd-headline">
          {distributions.crowd && (
            <span>
              Crowd <strong>{formatMedianInterval(valueFormat, distributions.crowd.bands)}</strong>{" "}
              <span className="muted">
                ({distributions.crowd.forecasters} {nounFor(distributions.crowd.forecasters, "forecaster")}, median of
                distributions)
              </span>
            </span>
          )}
          {myLatestBands && (
            <span>
              You <strong>{formatMedianInterval(valueFormat, myLatestBands)}</strong>{" "}
              <span className="muted">({formatDate(myForecasts.at(-1)!.createdAt)})</span>
            </span>
          )}
        </p>
      )}
      {!continuousType && (headline || myForecasts.length > 0) && (
        <p className="crowd-headline">
          {headline && (
            <span>
              Crowd <strong>{formatProbabilities(question, headline.probs)}</strong>{" "}
              <span className="muted">
                ({headline.forecasters === 1 ? "1 forecaster" : `${headline.forecasters} forecasters`},{" "}
                {METHOD_LABELS[DEFAULT_METHOD]})
              </span>
            </span>
          )}
          {myForecasts.length > 0 && (
            <span>
              You <strong>{formatProbabilities(question, myForecasts.at(-1)!.probs)}</strong>{" "}
              <span className="muted">({formatDate(myForecasts.at(-1)!.createdAt)})</span>
            </span>
          )}
        </p>
      )}
      <p className="meta">
        <StatusBadge status={status} />
        <ThemeTags slugs={question.themes.map((link) => link.themeSlug)} />
        <span>{TYPE_LABELS[question.type]}</span>
      </p>
      {reading && (
        <p className="notice">
          <ReadingMark reading={reading} />
        </p>
      )}

      {question.conditionQuestion ? (
        <p className="notice">
          Conditional question: it counts only if{" "}
          <Link href={`/questions/${question.conditionQuestion.id}`}>{question.conditionQuestion.title}</Link> resolves{" "}
          <strong>{question.conditionOutcome === "YES" ? "Yes" : "No"}</strong>; otherwise it is annulled.
        </p>
      ) : (
        question.conditionHidden && (
          <p className="notice">
            Conditional question: it counts only if {HIDDEN_CONDITION} (a team question) resolves{" "}
            <strong>{question.conditionOutcome === "YES" ? "Yes" : "No"}</strong>; otherwise it is annulled.
          </p>
        )
      )}

      {question.description && <p className="lede">{question.description}</p>}

      {distributions && valueFormat ? (
        <FanSection
          fan={distributions.fan}
          range={rangeOf(question)}
          format={valueFormat}
          hidden={distributions.hidden}
          question={question}
          outcome={resolution?.value ?? null}
          now={new Date()}
        />
      ) : (
        <ChartSection question={question} series={series} now={new Date()} />
      )}

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
          {valueFormat && (
            <>
              <dt>Range</dt>
              <dd>
                {formatValue(valueFormat, rangeOf(question).min)} to {formatValue(valueFormat, rangeOf(question).max)}
                {question.openLower ? ", open below" : ""}
                {question.openUpper ? ", open above" : ""}
                {question.scale === "log" ? ", log scale" : ""}
              </dd>
            </>
          )}
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

      <YourForecastSection question={question} status={status} viewer={viewer} myForecasts={myForecasts} />

      {viewer && (
        <ExportLinks label="Download the forecasts you can see here" target={{ scope: "question", id: question.id }} />
      )}

      {distributions && valueFormat && distributions.others.length > 0 && (
        <section aria-labelledby="others">
          <h2 id="others">Other forecasters</h2>
          <p className="muted">
            {distributions.others.length < distributions.othersTotal
              ? `The ${distributions.others.length} most recent of ${distributions.othersTotal}: each one's latest median and 90% interval.`
              : "Each one's latest median and 90% interval, most recent first."}
          </p>
          <ul>
            {distributions.others.map((other) => (
              <li key={other.name + other.t}>
                {other.name}: {formatMedianInterval(valueFormat, other.bands)}{" "}
                <span className="muted">({formatDate(new Date(other.t))})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!continuousType && !series.hidden && series.others.length > 0 && (
        <section aria-labelledby="others">
          <h2 id="others">Other forecasters</h2>
          <p className="muted">
            {series.others.length < series.othersTotal
              ? `The ${series.others.length} most recent of ${series.othersTotal}, each with their latest forecast.`
              : `Each one's latest forecast, most recent first.`}
          </p>
          <ul>
            {series.others.map((other) => (
              <li key={other.name + other.t}>
                {other.name}: {formatProbabilities(question, other.probs)}{" "}
                <span className="muted">({formatDate(new Date(other.t))})</span>
              </li>
            ))}
          </ul>
          {series.others.length < series.othersTotal && series.others.length < MAX_OTHERS_SHOWN && (
            <Link
              href={`?method=${series.method}&others=${Math.min(series.others.length + OTHERS_SHOWN * 5, MAX_OTHERS_SHOWN)}#others`}
              scroll={false}
            >
              Show more forecasters
            </Link>
          )}
        </section>
      )}
      {series.individualsHidden && series.othersTotal > 0 && (
        <p className="muted">
          {series.othersTotal === 1 ? "1 person has" : `${series.othersTotal} people have`} forecast this question.{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(`/questions/${question.id}`)}`}>Sign in</Link> to see who
          forecast what.
        </p>
      )}

      <ResolutionHistory question={question} status={status} />

      {access.allowed ? (
        <section aria-labelledby="resolve">
          <h2 id="resolve">{resolution ? "Re-resolve" : "Resolve"}</h2>
          <ResolutionForm
            questionId={question.id}
            type={question.type}
            unit={question.unit}
            options={question.options.map((option) => ({ id: option.id, label: option.label }))}
            alreadyResolved={Boolean(resolution)}
            forecasters={question.forecasterCount}
            dependents={question.conditionalOn.map((dependent) => ({
              title: dependent.title,
              conditionOutcome: dependent.conditionOutcome,
            }))}
            resolve={submitResolution}
          />
        </section>
      ) : (
        access.afterClose && (
          <section aria-labelledby="resolve">
            <h2 id="resolve">Resolve</h2>
            <p className="muted">{access.reason}</p>
          </section>
        )
      )}

      <ScoresTable scores={scores} />

      <ExcerptsSection question={question} />

      <DiscussionSection
        db={db}
        viewer={viewer}
        question={question}
        cursor={typeof query.comments === "string" ? query.comments : undefined}
      />

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
