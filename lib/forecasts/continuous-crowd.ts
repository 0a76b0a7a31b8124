// What a NUMERIC or DATE question's page shows of the forecasts beyond your own: the crowd now
// (the recency-weighted median of everyone's latest CDF, as the binary headline), each other
// forecaster's latest median and 90% interval, and the crowd's fan over time (median, 50% and 90%
// bands after each forecast, downsampled like the binary chart). Distributions have no read
// models yet, so this reads the question's live log once.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import { downsampleBy } from "../forecasting";
import {
  aggregateCdfSeries,
  fanBands,
  fanSeries,
  recencyWeightedMedianCdf,
  type FanBands,
} from "../forecasting/continuous";
import { parseCdf, rangeOf, type RangeColumns } from "./continuous";
import { MAX_CHART_POINTS, OTHERS_SHOWN } from "./series";
import { individualsHiddenFrom, othersForecastsHidden } from "./visibility";

export type DistributionQuestion = RangeColumns & {
  id: string;
  resolvedAt: Date | null;
  hideForecastsUntilForecast: boolean;
};

export type FanPoint = FanBands & { t: number; n: number };

export type DistributionCrowd = {
  /** Others' forecasts, and so the crowd, are withheld until the viewer forecasts. */
  hidden: boolean;
  crowd: { cdf: number[]; bands: FanBands; forecasters: number } | null;
  others: { name: string; t: number; bands: FanBands }[];
  othersTotal: number;
  fan: FanPoint[];
};

export async function loadDistributionCrowd(
  db: Db,
  viewer: Viewer,
  question: DistributionQuestion,
  viewerHasForecast: boolean,
): Promise<DistributionCrowd> {
  const hidden = othersForecastsHidden(question, viewerHasForecast);
  if (hidden) return { hidden, crowd: null, others: [], othersTotal: 0, fan: [] };
  const range = rangeOf(question);
  const rows = await db.forecast.findMany({
    where: { questionId: question.id, mode: "LIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { userId: true, createdAt: true, cdf: true, user: { select: { name: true } } },
  });
  const log = rows.map((row) => ({ forecasterId: row.userId, t: row.createdAt.getTime(), cdf: parseCdf(row.cdf) }));
  const latest = new Map<string, { name: string; t: number; cdf: number[] }>();
  rows.forEach((row, index) => latest.set(row.userId, { name: row.user.name, t: log[index]!.t, cdf: log[index]!.cdf }));
  const standing = [...latest.values()].sort((a, b) => a.t - b.t);
  const crowdCdf = standing.length > 0 ? recencyWeightedMedianCdf(standing.map((entry) => entry.cdf)) : null;

  const series = aggregateCdfSeries(log, "recencyWeightedMedian");
  const fan = fanSeries(series, range) as FanPoint[];
  const others = individualsHiddenFrom(viewer)
    ? []
    : [...latest]
        .filter(([userId]) => userId !== viewer?.userId)
        .map(([, entry]) => entry)
        .sort((a, b) => b.t - a.t);
  return {
    hidden,
    crowd: crowdCdf ? { cdf: crowdCdf, bands: fanBands(crowdCdf, range), forecasters: standing.length } : null,
    others: others
      .slice(0, OTHERS_SHOWN)
      .map((entry) => ({ name: entry.name, t: entry.t, bands: fanBands(entry.cdf, range) })),
    othersTotal: others.length,
    fan: [...downsampleBy(fan, MAX_CHART_POINTS, (point) => [point.p5, point.p25, point.p50, point.p75, point.p95])],
  };
}
