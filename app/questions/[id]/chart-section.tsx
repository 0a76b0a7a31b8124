import Link from "next/link";
import { compactPoint, compactProbability, spread, type CompactChart } from "@/components/forecast/chart-data";
import { HistoryChartClient } from "@/components/forecast/history-chart-client";
import type { AggregationMethod } from "@/lib/forecasting";
import type { QuestionSeries } from "@/lib/forecasts/series";
import { questionSpan } from "@/lib/charts/time-axis";
import { formatDate, formatPercent } from "@/lib/format";
import type { QuestionDetail } from "@/lib/questions/queries";
import { ScrollBox } from "@/components/scroll-box";

export const METHOD_LABELS: Record<AggregationMethod, string> = {
  recencyWeightedMedian: "recency-weighted median",
  mean: "mean",
  median: "median",
  geometricMeanOfOdds: "geometric mean of odds",
  extremized: "extremized log-odds",
};

/** Rows per series in the chart's table view: a summary (first, last and evenly between), not every point. */
export const TABLE_ROWS_PER_SERIES = 12;

const CHOOSABLE: AggregationMethod[] = ["recencyWeightedMedian", "mean", "geometricMeanOfOdds", "extremized"];

export function ChartSection({
  question,
  series,
  now,
}: {
  question: QuestionDetail;
  series: QuestionSeries;
  now: Date;
}) {
  const resolution = question.currentResolution;
  // The axis spans the question's life; a forecast or the resolution after its close widens it.
  const domain = questionSpan(question.openAt.getTime(), question.closeAt.getTime(), now.getTime(), [
    ...series.mine.map((p) => p.t),
    ...series.aggregate.map((p) => p.t),
    ...(resolution ? [resolution.occurredAt.getTime()] : []),
  ]);
  // A source published before the question opened is drawn at the left edge; its tooltip and the
  // legend keep its own date.
  const sources = question.excerpts.map((link) => {
    const publishedAt = link.excerpt.source.publishedAt.getTime();
    return {
      t: Math.max(publishedAt, domain[0]),
      publishedAt,
      p: link.impliedProbability,
      author: link.excerpt.source.author,
      quote: link.excerpt.cue,
      label: `${link.excerpt.source.author}: “${link.excerpt.cue}”`,
    };
  });
  const resolutionLabel = resolution
    ? `Resolved ${resolution.outcome === "OPTION" ? (resolution.option?.label ?? "") : resolution.outcome}`
    : "";
  const shownSources = question.type === "BINARY" ? sources : [];
  const chart: CompactChart = {
    labels: series.labels,
    domain,
    methodLabel: METHOD_LABELS[series.method],
    mine: series.mine.map((point) => compactPoint(point.t, point.probs)),
    crowd: series.aggregate.map((point) => compactPoint(point.t, point.probs, point.n)),
    others: series.others.map((other) => [other.name, other.t, compactProbability(other.probs[0]!)]),
    sources: shownSources.map((source) => [source.t, source.publishedAt, source.p, source.author, source.quote]),
    resolution: resolution ? [resolution.occurredAt.getTime(), resolutionLabel] : null,
  };
  const empty = series.mine.length === 0 && series.aggregate.length === 0;

  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <nav aria-label="Crowd aggregate method" className="meta">
        Crowd line:{" "}
        {CHOOSABLE.map((method) => (
          <Link
            key={method}
            href={`?method=${method}#history`}
            aria-current={series.method === method ? "true" : undefined}
            scroll={false}
            className={series.method === method ? "tag" : undefined}
          >
            {METHOD_LABELS[method]}
          </Link>
        ))}
      </nav>
      {series.hidden && (
        <p className="notice">
          Other people’s forecasts and the crowd line are hidden until you forecast this question, so they cannot anchor
          you.
        </p>
      )}
      {empty && !series.hidden && (
        <p className="muted">
          {resolution || question.closeAt.getTime() <= now.getTime()
            ? "No forecast was made on this question before it closed."
            : "No forecasts yet: the first one will start the line."}
        </p>
      )}
      <HistoryChartClient chart={chart} />
      <details className="chart-table">
        <summary>Table view of the chart</summary>
        <ScrollBox label="The chart in figures">
          <table className="data-table">
            <caption className="visually-hidden">
              The chart in figures: up to {TABLE_ROWS_PER_SERIES} points of each line (the first, the last and evenly
              between)
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Series</th>
                {series.labels.map((label) => (
                  <th scope="col" key={label}>
                    {series.type === "BINARY" ? "P(Yes)" : label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[
                ...spread(series.mine, TABLE_ROWS_PER_SERIES).map((p) => ({ t: p.t, name: "You", probs: p.probs })),
                ...spread(series.aggregate, TABLE_ROWS_PER_SERIES).map((p) => ({
                  t: p.t,
                  name: `Crowd (${METHOD_LABELS[series.method]}, ${p.n} ${p.n === 1 ? "forecaster" : "forecasters"})`,
                  probs: p.probs,
                })),
                ...series.others
                  .slice(0, TABLE_ROWS_PER_SERIES)
                  .map((p) => ({ t: p.t, name: `${p.name} (latest)`, probs: p.probs })),
                ...spread(shownSources, TABLE_ROWS_PER_SERIES).map((s) => ({
                  t: s.publishedAt,
                  name: s.label,
                  probs: [s.p],
                })),
              ]
                .sort((a, b) => a.t - b.t)
                .map((row, index) => (
                  <tr key={index}>
                    <td>{formatDate(new Date(row.t))}</td>
                    <td>{row.name}</td>
                    {series.labels.map((label, i) => (
                      <td key={label}>{row.probs[i] === undefined ? "" : formatPercent(row.probs[i]!)}</td>
                    ))}
                  </tr>
                ))}
              {resolution && (
                <tr>
                  <td>{formatDate(resolution.occurredAt)}</td>
                  <td>{resolutionLabel}</td>
                  {series.labels.map((label) => (
                    <td key={label} />
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </section>
  );
}
