// Every table of the install, in an order where each row's references come before it, with the
// key it is read in (so a dump is deterministic on either provider) and the references that form
// cycles (a question's current resolution, a condition on another question, a duplicate source):
// those are written empty first and filled in once every row is in.
import type { DbTransaction } from "../db/client";

export type TableSpec = {
  name: string;
  /** The Prisma delegate's name. */
  model: string;
  /** Key fields in read order (one, or two for a composite key); cuid ids sort the same on SQLite and PostgreSQL. */
  key: string[];
  /** Small tables with text keys, sorted in memory by code unit so collation never matters. */
  sortInMemory?: boolean;
  /** Self or cyclic references, set after all rows are loaded. */
  deferred?: string[];
};

export const TABLES: TableSpec[] = [
  { name: "User", model: "user", key: ["id"] },
  { name: "AuthSession", model: "authSession", key: ["id"] },
  { name: "Account", model: "account", key: ["id"] },
  { name: "Verification", model: "verification", key: ["id"] },
  { name: "ApiKey", model: "apiKey", key: ["id"] },
  { name: "InstanceSetting", model: "instanceSetting", key: ["key"], sortInMemory: true },
  { name: "Team", model: "team", key: ["id"] },
  { name: "TeamMembership", model: "teamMembership", key: ["id"] },
  { name: "TeamInvite", model: "teamInvite", key: ["id"] },
  { name: "Source", model: "source", key: ["id"], deferred: ["duplicateOfId"] },
  { name: "Excerpt", model: "excerpt", key: ["id"] },
  { name: "Theme", model: "theme", key: ["slug"], sortInMemory: true },
  { name: "OutcomeEvent", model: "outcomeEvent", key: ["id"] },
  { name: "Question", model: "question", key: ["id"], deferred: ["currentResolutionId", "conditionQuestionId"] },
  { name: "QuestionOption", model: "questionOption", key: ["id"] },
  {
    name: "QuestionTheme",
    model: "questionTheme",
    key: ["questionId", "themeSlug"],
  },
  {
    name: "QuestionExcerpt",
    model: "questionExcerpt",
    key: ["questionId", "excerptId"],
  },
  { name: "PracticeRun", model: "practiceRun", key: ["id"] },
  { name: "CalibrationSession", model: "calibrationSession", key: ["id"] },
  {
    name: "SessionQuestion",
    model: "sessionQuestion",
    key: ["sessionId", "questionId"],
  },
  { name: "Forecast", model: "forecast", key: ["id"] },
  {
    name: "ForecastOptionProbability",
    model: "forecastOptionProbability",
    key: ["forecastId", "optionId"],
  },
  { name: "LatestForecast", model: "latestForecast", key: ["questionId", "userId"] },
  { name: "CrowdPoint", model: "crowdPoint", key: ["id"] },
  { name: "Resolution", model: "resolution", key: ["id"] },
  { name: "QuestionScore", model: "questionScore", key: ["id"] },
  { name: "ContinuousScore", model: "continuousScore", key: ["id"] },
  { name: "AuditLog", model: "auditLog", key: ["id"] },
  { name: "RateLimitBucket", model: "rateLimitBucket", key: ["key"], sortInMemory: true },
  { name: "PasswordResetToken", model: "passwordResetToken", key: ["id"] },
  { name: "OutboxEvent", model: "outboxEvent", key: ["id"] },
  { name: "Webhook", model: "webhook", key: ["id"] },
  { name: "WebhookDelivery", model: "webhookDelivery", key: ["id"] },
  { name: "CalendarFeed", model: "calendarFeed", key: ["id"] },
  { name: "Notification", model: "notification", key: ["id"] },
];

type Row = Record<string, unknown>;

/** The few calls the dump and the load make on a table, whatever its model. */
export type TableDelegate = {
  findMany(args: Record<string, unknown>): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
  update(args: { where: Row; data: Row }): Promise<Row>;
};

export const delegateOf = (db: DbTransaction | object, table: TableSpec) =>
  (db as unknown as Record<string, TableDelegate>)[table.model]!;
