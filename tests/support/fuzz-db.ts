// "Nothing was written": row counts of every table a request or action can write (a wider net
// than tests/support/test-db.ts rowCounts), plus a digest of the columns that updates change,
// so a refused PATCH that half-applied shows up too. Two queries per snapshot, so a property can
// take one before and after each of hundreds of requests. Rate-limit buckets are left out:
// counting refused requests is their job (and the fuzz tests turn the limit off); so is an API
// key's lastUsedAt, which every authenticated request moves.
import { createHash } from "node:crypto";
import type { Db } from "../../lib/db/client";

const COUNTED = {
  users: "User",
  apiKeys: "ApiKey",
  teams: "Team",
  memberships: "TeamMembership",
  invites: "TeamInvite",
  sources: "Source",
  excerpts: "Excerpt",
  questions: "Question",
  options: "QuestionOption",
  questionThemes: "QuestionTheme",
  questionExcerpts: "QuestionExcerpt",
  forecasts: "Forecast",
  optionProbabilities: "ForecastOptionProbability",
  resolutions: "Resolution",
  scores: "QuestionScore",
  continuousScores: "ContinuousScore",
  practiceRuns: "PracticeRun",
  sessions: "CalibrationSession",
  sessionQuestions: "SessionQuestion",
  auditLogs: "AuditLog",
  resetTokens: "PasswordResetToken",
  settings: "InstanceSetting",
  latestForecasts: "LatestForecast",
  crowdPoints: "CrowdPoint",
  outboxEvents: "OutboxEvent",
  webhooks: "Webhook",
  webhookDeliveries: "WebhookDelivery",
  calendarFeeds: "CalendarFeed",
  notifications: "Notification",
  comments: "Comment",
  commentRevisions: "CommentRevision",
  notificationSettings: "NotificationSettings",
} as const;

type Counts = Record<keyof typeof COUNTED, number>;

const COUNT_SQL = `SELECT ${Object.entries(COUNTED)
  .map(([name, table]) => `(SELECT count(*) FROM "${table}") AS "${name}"`)
  .join(", ")}`;

// The columns updates change, one text line per row (works on SQLite and PostgreSQL).
const text = (column: string) => `coalesce(CAST(${column} AS TEXT), '-')`;
const MUTABLE_SQL = [
  `SELECT 'm' || "teamId" || "userId" || ${text('"role"')} AS line FROM "TeamMembership"`,
  `SELECT 'i' || "id" || ${text('"revokedAt"')} AS line FROM "TeamInvite"`,
  `SELECT 's' || "id" || ${text('"step"')} || ${text('"version"')} || ${text('"closedAt"')} || "notes" AS line FROM "CalibrationSession"`,
  `SELECT 'q' || "id" || ${text('"currentResolutionId"')} || ${text('"resolvedAt"')} || ${text('"closeAt"')} AS line FROM "Question"`,
  `SELECT 'p' || "id" || ${text('"finishedAt"')} AS line FROM "PracticeRun"`,
  `SELECT 'k' || "id" || ${text('"revokedAt"')} AS line FROM "ApiKey"`,
  `SELECT 'u' || "id" || "name" || ${text('"role"')} || ${text('"deactivatedAt"')} AS line FROM "User"`,
  `SELECT 'c' || "id" || ${text('"revokedAt"')} AS line FROM "CalendarFeed"`,
  `SELECT 'n' || "id" || ${text('"readAt"')} AS line FROM "Notification"`,
  `SELECT 'C' || "id" || "body" || ${text('"editedAt"')} || ${text('"deletedAt"')} AS line FROM "Comment"`,
  `SELECT 'N' || "userId" || "mutedKinds" || ${text('"staleAfterDays"')} AS line FROM "NotificationSettings"`,
].join(" UNION ALL ");

export async function writeState(db: Db) {
  const [[counts], lines] = await Promise.all([
    db.$queryRawUnsafe<Record<string, number | bigint>[]>(COUNT_SQL),
    db.$queryRawUnsafe<{ line: string }[]>(MUTABLE_SQL),
  ]);
  const state = Object.fromEntries(Object.keys(COUNTED).map((name) => [name, Number(counts?.[name])])) as Counts;
  const digest = createHash("sha256")
    .update(
      lines
        .map((row) => row.line)
        .sort()
        .join("\n"),
    )
    .digest("hex")
    .slice(0, 16);
  return { ...state, digest };
}

export type WriteState = Awaited<ReturnType<typeof writeState>>;

/** The fields that differ between two states, e.g. "forecasts 10→11". */
export function stateChanges(before: WriteState, after: WriteState): string[] {
  return (Object.keys(before) as (keyof WriteState)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => `${key} ${before[key]}→${after[key]}`);
}
