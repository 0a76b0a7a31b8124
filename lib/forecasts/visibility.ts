import { publicForecasters } from "../deployment/privacy";
import type { Viewer } from "../domain/viewer";
// Anti-anchoring: a question may hide other people's forecasts (and the aggregate built from
// them) from anyone who has not forecast it yet. Once the question is resolved nothing is hidden.
export function othersForecastsHidden(
  question: { hideForecastsUntilForecast: boolean; resolvedAt: Date | null },
  viewerHasForecast: boolean,
): boolean {
  return question.hideForecastsUntilForecast && !viewerHasForecast && question.resolvedAt === null;
}

/**
 * Names and individual forecasts are shown to signed-in members; a signed-out visitor sees the
 * crowd only, unless the install makes forecasters public (lib/deployment/privacy.ts).
 */
export function individualsHiddenFrom(viewer: Viewer, env: Record<string, string | undefined> = process.env): boolean {
  return viewer === null && !publicForecasters(env.PUBLIC_FORECASTERS);
}

export const SIGN_IN_TO_SEE_FORECASTERS =
  "Sign in to see who forecast what; signed out, only the crowd's numbers are shown.";
