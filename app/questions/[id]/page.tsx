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
import { formatDate } from "@/lib/format";
import { getViewer } from "@/lib/http/session";
import { HIDDEN_CONDITION } from "@/lib/questions/condition-visibility";
import { searchParamsObject } from "@/lib/validation/common";
import { submitResolution } from "./actions";
import { ChartSection, METHOD_LABELS } from "./chart-section";
import { loadQuestion } from "./load-question";
import { ResolutionForm } from "./resolution-form";
import { ScoresTable } from "./scores-table";
import { ExcerptsSection } from "./excerpts-section";
import { ResolutionHistory } from "./resolution-history";
import { YourForecastSection } from "./your-forecast-section";

export const dynamic = "force-dynamic";

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
  const probabilityType = isProbabilityQuestion(question) ? question.type : null;
  const reading = readingOf(question);

  return (
    <article>
      <p className="meta">
        <Link href="/questions">← All questions</Link>
      </p>
      <h1>{question.title}</h1>
      {(headline || myForecasts.length > 0) && (
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
        <span>{question.type === "MULTIPLE_CHOICE" ? "Multiple choice" : "Yes / no"}</span>
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

      <ChartSection question={question} series={series} now={new Date()} />

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

      <YourForecastSection question={question} status={status} viewer={viewer} myForecasts={myForecasts} />

      {viewer && (
        <ExportLinks label="Download the forecasts you can see here" target={{ scope: "question", id: question.id }} />
      )}

      {!series.hidden && series.others.length > 0 && (
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

      {access.allowed && probabilityType ? (
        <section aria-labelledby="resolve">
          <h2 id="resolve">{resolution ? "Re-resolve" : "Resolve"}</h2>
          <ResolutionForm
            questionId={question.id}
            type={probabilityType}
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
      ) : access.allowed ? (
        <section aria-labelledby="resolve">
          <h2 id="resolve">{resolution ? "Re-resolve" : "Resolve"}</h2>
          <p className="muted">Numeric and date questions are resolved through the API for now.</p>
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
