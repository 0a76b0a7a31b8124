// Anti-anchoring: a question may hide other people's forecasts (and the aggregate built from
// them) from anyone who has not forecast it yet. Once the question is resolved nothing is hidden.
export function othersForecastsHidden(
  question: { hideForecastsUntilForecast: boolean; resolvedAt: Date | null },
  viewerHasForecast: boolean,
): boolean {
  return question.hideForecastsUntilForecast && !viewerHasForecast && question.resolvedAt === null;
}
