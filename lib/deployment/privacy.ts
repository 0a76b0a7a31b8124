// Whether signed-out visitors may see who forecast what on public questions (PUBLIC_FORECASTERS).
// Off by default: an intranet host is usually reachable by more people than the team, and an
// analyst's estimates and scores are theirs to show. Signed out, a visitor sees the crowd's
// numbers and counts; set it to true for a deliberately public forecasting site.
export class PrivacyConfigError extends Error {}

export function publicForecasters(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "false" || value === "no") return false;
  if (value === "true" || value === "yes") return true;
  throw new PrivacyConfigError(`PUBLIC_FORECASTERS "${raw}" must be true or false`);
}
