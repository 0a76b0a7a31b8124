// Whose forecasts a file holds: the person importing (by the name their rows carry) and, when
// they choose, other people matched to this workbench's accounts by exactly the same name.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import type { ImportPlan, RowIssue } from "./plan";

export type ForecasterMap = {
  /** Name in the file (lower-cased) → account id; a name absent here is skipped. */
  byName: Map<string, string>;
  yourName: string;
  skipped: { name: string; forecasts: number; reason: string }[];
  warnings: RowIssue[];
};

const key = (name: string) => name.trim().toLowerCase();

export async function mapForecasters(
  db: Db,
  viewer: SignedInViewer,
  plan: ImportPlan,
  options: { yourName?: string; otherForecasters: "skip" | "match-by-name"; teamId?: string },
): Promise<ForecasterMap> {
  const counts = new Map<string, { name: string; forecasts: number; row: number }>();
  for (const question of plan.questions) {
    for (const forecast of question.forecasts) {
      if (forecast.forecaster === null) continue;
      const entry = counts.get(key(forecast.forecaster)) ?? {
        name: forecast.forecaster,
        forecasts: 0,
        row: forecast.row,
      };
      entry.forecasts += 1;
      counts.set(key(forecast.forecaster), entry);
    }
  }
  const warnings: RowIssue[] = [];
  let yourName = options.yourName ?? viewer.name;
  // A file with one forecaster whose name is not the account's is still the importer's own export.
  if (!options.yourName && !counts.has(key(yourName)) && counts.size === 1) {
    const only = [...counts.values()][0]!;
    warnings.push({
      row: only.row,
      column: "Forecast created by",
      message: `no forecast is by “${yourName}”, your name here; the file's only forecaster, “${only.name}”, is taken to be you`,
    });
    yourName = only.name;
  }
  const byName = new Map<string, string>([[key(yourName), viewer.userId]]);
  const skipped: ForecasterMap["skipped"] = [];
  const others = [...counts.entries()].filter(([name]) => name !== key(yourName));
  if (options.otherForecasters === "skip") {
    for (const [, entry] of others)
      skipped.push({ name: entry.name, forecasts: entry.forecasts, reason: "other people's forecasts are skipped" });
    return { byName, yourName, skipped, warnings };
  }
  const accounts = await db.user.findMany({
    where: { deactivatedAt: null },
    select: {
      id: true,
      name: true,
      memberships: options.teamId ? { where: { teamId: options.teamId }, select: { id: true } } : false,
    },
  });
  for (const [name, entry] of others) {
    const matches = accounts.filter((account) => key(account.name) === name);
    if (matches.length === 0) {
      skipped.push({ name: entry.name, forecasts: entry.forecasts, reason: "no account has this name" });
    } else if (matches.length > 1) {
      skipped.push({ name: entry.name, forecasts: entry.forecasts, reason: "more than one account has this name" });
    } else if (options.teamId && (matches[0]!.memberships as unknown[] | undefined)?.length === 0) {
      skipped.push({
        name: entry.name,
        forecasts: entry.forecasts,
        reason: "this account is not a member of the team",
      });
    } else {
      byName.set(name, matches[0]!.id);
    }
  }
  return { byName, yourName, skipped, warnings };
}

/** The account a planned forecast goes to, or null when it is skipped. */
export const accountOf = (map: ForecasterMap, viewerId: string, forecaster: string | null) =>
  forecaster === null ? viewerId : (map.byName.get(key(forecaster)) ?? null);
