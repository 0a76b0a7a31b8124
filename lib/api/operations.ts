// Every operation of /api/v1, in one list the OpenAPI document is built from (./openapi.ts).
// Request schemas are the ones the handlers parse with; response schemas (./responses) describe
// what the handlers send. A test walks app/api/v1/**/route.ts and fails when this list and the
// route files disagree (./operations.test.ts).
import { z } from "zod";
import { auditQuery } from "../audit/schemas";
import { commentIdParam, commentsQuery, createCommentInput, editCommentInput } from "../comments/schemas";
import { forecastExportQuery } from "../exports/schemas";
import { importInput } from "../imports/schemas";
import { forecastInput } from "../forecasts/schemas";
import { continuousForecastInput } from "../forecasts/continuous-schemas";
import { aggregateQuery, forecastPageQuery } from "../forecasts/schemas-query";
import { practiceAnswerInput, practiceRunParam, startPracticeInput } from "../practice/schemas";
import { createQuestionInput } from "../questions/create-schemas";
import { resolutionInput } from "../questions/resolution-schemas";
import { listQuestionsQuery, questionIdParam } from "../questions/schemas";
import { trackRecordQuery } from "../scoring/schemas";
import { answerTarget, createSessionInput, sessionIdParam, sessionNotesInput } from "../sessions/schemas";
import { createSourceInput } from "../sources/create-schemas";
import { extractInput } from "../sources/extract-schemas";
import { listSourcesQuery, sourceIdParam } from "../sources/schemas";
import { teamLeaderboardQuery } from "../teams/leaderboard-schemas";
import { calendarTokenParam } from "../calendar/schemas";
import { createWebhookInput, webhookDeliveriesQuery, webhookIdParam } from "../webhooks/schemas";
import { markNotificationsReadInput, notificationSettingsInput, notificationsQuery } from "../notifications/schemas";
import {
  changeRoleInput,
  createInviteInput,
  createTeamInput,
  inviteTokenParam,
  memberParams,
  teamIdParam,
  teamMembersQuery,
} from "../teams/schemas";
import { auditPage } from "./responses/audit";
import { comment, commentPage, commentWithHistory } from "./responses/comments";
import { notificationPage, notificationSettings, notificationsMarked } from "./responses/notifications";
import { aggregateSeries, forecastList, forecastRecorded } from "./responses/forecasts";
import { forecastExportCsv, forecastExportJson } from "./responses/exports";
import { importPreview, importProgressStream } from "./responses/imports";
import { health, openApiDocumentBody } from "./responses/meta";
import { practiceAnswered, practiceRun, practiceStarted } from "./responses/practice";
import { questionDetail, questionPage, resolutionRecorded } from "./responses/questions";
import { review } from "./responses/review";
import { questionScores, trackRecord } from "./responses/scoring";
import {
  sessionAdvanced,
  sessionAnswerRecorded,
  sessionCreated,
  sessionEventStream,
  sessionReport,
  sessionReportCsv,
  sessionView,
} from "./responses/sessions";
import { extraction, sourceCreated, sourceDetail, sourcePage } from "./responses/sources";
import {
  inviteAccepted,
  inviteCreated,
  leaderboard,
  memberChanged,
  teamCreated,
  teamDetail,
  teamList,
} from "./responses/teams";
import {
  calendarDocument,
  calendarFeedCreated,
  webhookCreated,
  webhookDeliveryPage,
  webhookList,
  webhookTestQueued,
} from "./responses/webhooks";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Who may call: "public" and "signed-in" routes go through lib/http/api-route.ts (so a bad API
 * key is a 401 everywhere, and the database being away a 503); "plain" is a bare handler.
 */
export type Access = "public" | "signed-in" | "plain";

export type SuccessResponse = {
  description: string;
  /** Media type → body schema; omitted for an empty body (204). */
  content?: Record<string, z.ZodType>;
};

export type Operation = {
  method: HttpMethod;
  /** The path below /api/v1, with `{param}` templates. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  access: Access;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; optional?: boolean };
  responses: Record<number, SuccessResponse>;
  /** Errors this operation raises itself, beyond those every route of its kind can (./openapi.ts). */
  errors?: Partial<Record<403 | 404 | 409 | 422 | 429, string>>;
};

const json = (description: string, schema: z.ZodType): SuccessResponse => ({
  description,
  content: { "application/json": schema },
});

// The report route's own query (app/api/v1/sessions/[id]/report/route.ts parses the same shape).
const reportQuery = z.object({ format: z.enum(["csv", "json"]).optional() });
// A session answer is a forecast plus the question it is for (lib/sessions/sessions.ts parses it in two parts).
const sessionAnswerInput = forecastInput.safeExtend(answerTarget.shape);

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/questions",
    operationId: "listQuestions",
    tag: "Questions",
    summary: "List questions you may see, filtered and paged",
    access: "public",
    query: listQuestionsQuery,
    responses: { 200: json("A page of questions", questionPage) },
  },
  {
    method: "post",
    path: "/questions",
    operationId: "createQuestion",
    tag: "Questions",
    summary: "Create a question (public, or in a team you belong to)",
    access: "signed-in",
    body: { schema: createQuestionInput },
    responses: { 201: json("The question as GET /questions/{id} returns it", questionDetail) },
    errors: { 404: "The team, condition question or excerpt source is unknown to you" },
  },
  {
    method: "get",
    path: "/questions/{id}",
    operationId: "getQuestion",
    tag: "Questions",
    summary: "A question with criteria, options, excerpts and resolution history",
    access: "public",
    pathParams: questionIdParam,
    responses: { 200: json("The question", questionDetail) },
  },
  {
    method: "get",
    path: "/questions/{id}/forecasts",
    operationId: "listForecasts",
    tag: "Forecasts",
    summary: "Forecasts you may see, oldest first, paged (hidden until you forecast, where the question says so)",
    access: "public",
    pathParams: questionIdParam,
    query: forecastPageQuery,
    responses: { 200: json("A page of forecasts, oldest first", forecastList) },
  },
  {
    method: "post",
    path: "/questions/{id}/forecasts",
    operationId: "createForecast",
    tag: "Forecasts",
    summary:
      "Append a forecast: `probability` for yes/no, `probabilities` by option id for multiple choice; on a NUMERIC or DATE question `percentiles` (5, 50 and 95 required, 25 and 75 optional; ISO dates on a DATE question) or a `cdf` of 201 numbers",
    access: "signed-in",
    pathParams: questionIdParam,
    body: { schema: z.union([forecastInput, continuousForecastInput("NUMERIC")]) },
    responses: { 201: json("The forecast", forecastRecorded) },
    errors: { 409: "The question is closed or resolved" },
  },
  {
    method: "get",
    path: "/questions/{id}/aggregate",
    operationId: "getAggregate",
    tag: "Forecasts",
    summary: "The crowd aggregate over time (downsampled)",
    access: "public",
    pathParams: questionIdParam,
    query: aggregateQuery,
    responses: { 200: json("The series", aggregateSeries) },
  },
  {
    method: "post",
    path: "/questions/{id}/resolution",
    operationId: "resolveQuestion",
    tag: "Questions",
    summary:
      "Resolve or re-resolve (after close: creator, team owner or facilitator, admin; before close: admin, or a team owner or facilitator other than the creator)",
    access: "signed-in",
    pathParams: questionIdParam,
    body: { schema: resolutionInput },
    responses: { 201: json("The resolution, with what it changed", resolutionRecorded) },
    errors: { 403: "You may not resolve this question (now)", 409: "Already resolved: re-resolving needs a reason" },
  },
  {
    method: "get",
    path: "/questions/{id}/scores",
    operationId: "getQuestionScores",
    tag: "Scores",
    summary: "Scores of every forecaster on a resolved question",
    access: "public",
    pathParams: questionIdParam,
    responses: {
      200: json("Scores, best first (time-averaged Brier; on NUMERIC and DATE questions the CRPS)", questionScores),
    },
  },
  {
    method: "get",
    path: "/questions/{id}/comments",
    operationId: "listComments",
    tag: "Comments",
    summary:
      "The question's discussion: top-level comments oldest first, each with its replies (visible to whoever may see the question)",
    access: "public",
    pathParams: questionIdParam,
    query: commentsQuery,
    responses: { 200: json("A page of comments", commentPage) },
  },
  {
    method: "post",
    path: "/questions/{id}/comments",
    operationId: "createComment",
    tag: "Comments",
    summary:
      "Comment on a question (Markdown), or reply to a top-level comment with `parentId`; `@name` mentions notify",
    access: "signed-in",
    pathParams: questionIdParam,
    body: { schema: createCommentInput },
    responses: { 201: json("The comment", comment) },
    errors: { 409: "The comment replied to was deleted" },
  },
  {
    method: "get",
    path: "/comments/{id}",
    operationId: "getComment",
    tag: "Comments",
    summary: "A comment with its edit history (earlier bodies, newest first)",
    access: "public",
    pathParams: commentIdParam,
    responses: { 200: json("The comment and its history", commentWithHistory) },
  },
  {
    method: "patch",
    path: "/comments/{id}",
    operationId: "editComment",
    tag: "Comments",
    summary: "Edit your comment; the body it replaces is kept in its history",
    access: "signed-in",
    pathParams: commentIdParam,
    body: { schema: editCommentInput },
    responses: { 200: json("The edited comment", comment) },
    errors: { 403: "Only its author may edit a comment", 409: "Deleted, or edited meanwhile" },
  },
  {
    method: "delete",
    path: "/comments/{id}",
    operationId: "deleteComment",
    tag: "Comments",
    summary: "Delete a comment (its author or an administrator); a deletion marker stays in its place",
    access: "signed-in",
    pathParams: commentIdParam,
    responses: { 200: json("The deletion marker", comment) },
    errors: { 403: "Only its author or an administrator may delete a comment" },
  },
  {
    method: "get",
    path: "/me/track-record",
    operationId: "getTrackRecord",
    tag: "Scores",
    summary: "Your calibration, Murphy decomposition and scores",
    access: "signed-in",
    query: trackRecordQuery,
    responses: { 200: json("Your track record", trackRecord) },
  },
  {
    method: "get",
    path: "/review",
    operationId: "getReview",
    tag: "Review",
    summary: "The scored review: every article claim on a resolved question, per author and per theme",
    access: "public",
    responses: { 200: json("Authors, themes (with verdicts), questions and outcome events", review) },
  },
  {
    method: "post",
    path: "/practice",
    operationId: "startPractice",
    tag: "Practice",
    summary: "Start a practice run (a theme, chosen question ids, or all 2017 questions)",
    access: "signed-in",
    body: { schema: startPracticeInput, optional: true },
    responses: { 201: json("The run and its questions as of their dates, without outcomes", practiceStarted) },
  },
  {
    method: "get",
    path: "/practice/{runId}",
    operationId: "getPracticeRun",
    tag: "Practice",
    summary: "A practice run: progress, answered questions with outcomes, and the summary",
    access: "signed-in",
    pathParams: practiceRunParam,
    responses: { 200: json("The run", practiceRun) },
  },
  {
    method: "post",
    path: "/practice/{runId}/answers",
    operationId: "answerPractice",
    tag: "Practice",
    summary: "Answer one question of a run; returns its outcome, the authors, the crowd and your score",
    access: "signed-in",
    pathParams: practiceRunParam,
    body: { schema: practiceAnswerInput },
    responses: { 201: json("The answer and what it reveals", practiceAnswered) },
    errors: { 409: "This question was already answered in this run" },
  },
  {
    method: "post",
    path: "/sessions",
    operationId: "createSession",
    tag: "Sessions",
    summary: "Start a calibration session for a team (owners and facilitators)",
    access: "signed-in",
    body: { schema: createSessionInput },
    responses: { 201: json("The session, in round 1", sessionCreated) },
    errors: { 403: "Only the team's owners and facilitators start sessions", 404: "Not a member of the team" },
  },
  {
    method: "get",
    path: "/sessions/{id}",
    operationId: "getSession",
    tag: "Sessions",
    summary: "A session as you see it now (others' answers from the reveal on)",
    access: "signed-in",
    pathParams: sessionIdParam,
    responses: { 200: json("The session", sessionView) },
  },
  {
    method: "patch",
    path: "/sessions/{id}",
    operationId: "updateSessionNotes",
    tag: "Sessions",
    summary: "Replace the facilitator's discussion notes",
    access: "signed-in",
    pathParams: sessionIdParam,
    body: { schema: sessionNotesInput },
    responses: { 200: json("The session with the new notes", sessionView) },
    errors: { 403: "Only the session's facilitator can do this" },
  },
  {
    method: "post",
    path: "/sessions/{id}/advance",
    operationId: "advanceSession",
    tag: "Sessions",
    summary: "Move to the next step: round 1 → reveal → round 2 → closed",
    access: "signed-in",
    pathParams: sessionIdParam,
    responses: { 200: json("The new step", sessionAdvanced) },
    errors: { 403: "Only the session's facilitator can do this", 409: "Closed already, or moved on meanwhile" },
  },
  {
    method: "post",
    path: "/sessions/{id}/answers",
    operationId: "answerInSession",
    tag: "Sessions",
    summary: "Answer a session question in the current round",
    access: "signed-in",
    pathParams: sessionIdParam,
    body: { schema: sessionAnswerInput },
    responses: { 201: json("The answer", sessionAnswerRecorded) },
    errors: { 409: "Answers are closed in this step" },
  },
  {
    method: "get",
    path: "/sessions/{id}/events",
    operationId: "streamSessionEvents",
    tag: "Sessions",
    summary: "Server-sent events: the session's version whenever anything changes",
    access: "signed-in",
    pathParams: sessionIdParam,
    responses: { 200: { description: "An event stream", content: { "text/event-stream": sessionEventStream } } },
    errors: { 429: "Too many open streams for this account; see Retry-After" },
  },
  {
    method: "get",
    path: "/sessions/{id}/report",
    operationId: "getSessionReport",
    tag: "Sessions",
    summary: "The report of a closed session (JSON, or CSV with `format=csv`); every copy is audited",
    access: "signed-in",
    pathParams: sessionIdParam,
    query: reportQuery,
    responses: {
      200: {
        description: "The report; `format=json` or `format=csv` send it as a download",
        content: { "application/json": sessionReport, "text/csv": sessionReportCsv },
      },
    },
    errors: { 409: "The session is not closed yet" },
  },
  {
    method: "get",
    path: "/exports/forecasts",
    operationId: "exportForecasts",
    tag: "Imports and exports",
    summary:
      "Download forecasts with their scores: yours, one question's (what you may see), or a team's; CSV or JSON; audited",
    access: "signed-in",
    query: forecastExportQuery,
    responses: {
      200: {
        description: "The forecasts, as a download",
        content: { "text/csv": forecastExportCsv, "application/json": forecastExportJson },
      },
    },
    errors: { 404: "The question or team is unknown to you" },
  },
  {
    method: "post",
    path: "/imports",
    operationId: "importForecasts",
    tag: "Imports and exports",
    summary:
      "Import a Fatebook export or a spreadsheet (CSV): a preview with `dryRun: true`, else everything in one transaction or nothing",
    access: "signed-in",
    body: { schema: importInput },
    responses: {
      200: {
        description:
          "What the file holds and what is (or would be) written; with `Accept: application/x-ndjson`, progress lines first",
        content: { "application/json": importPreview, "application/x-ndjson": importProgressStream },
      },
    },
    errors: {
      403: "Giving forecasts to other accounts needs an administrator, or a team's owner or facilitator",
      404: "The team is unknown to you",
    },
  },
  {
    method: "get",
    path: "/sources",
    operationId: "listSources",
    tag: "Sources",
    summary: "List sources, oldest first, paged",
    access: "public",
    query: listSourcesQuery,
    responses: { 200: json("A page of sources", sourcePage) },
  },
  {
    method: "post",
    path: "/sources",
    operationId: "createSource",
    tag: "Sources",
    summary: "Add a source (its text up to 1 MB); duplicates are linked, forecasts in it are found",
    access: "signed-in",
    body: { schema: createSourceInput },
    responses: { 201: json("The stored source, what it duplicates, and the forecasts found", sourceCreated) },
  },
  {
    method: "get",
    path: "/sources/{id}",
    operationId: "getSource",
    tag: "Sources",
    summary: "A source with its excerpts and the questions citing them",
    access: "public",
    pathParams: sourceIdParam,
    responses: { 200: json("The source (without its text)", sourceDetail) },
  },
  {
    method: "post",
    path: "/extract",
    operationId: "extractForecasts",
    tag: "Sources",
    summary: "Find the forecasts in a text without storing anything",
    access: "public",
    body: { schema: extractInput },
    responses: { 200: json("Forecast candidates and page debris", extraction) },
    errors: { 422: "The text could not be analysed within the time bound" },
  },
  {
    method: "get",
    path: "/teams",
    operationId: "listTeams",
    tag: "Teams",
    summary: "Your teams",
    access: "signed-in",
    responses: { 200: json("Teams you belong to, with your role", teamList) },
  },
  {
    method: "post",
    path: "/teams",
    operationId: "createTeam",
    tag: "Teams",
    summary: "Create a team; you become its owner",
    access: "signed-in",
    body: { schema: createTeamInput },
    responses: { 201: json("The team", teamCreated) },
  },
  {
    method: "get",
    path: "/teams/{id}",
    operationId: "getTeam",
    tag: "Teams",
    summary: "A team and one page of its members, oldest first (members only)",
    access: "signed-in",
    pathParams: teamIdParam,
    query: teamMembersQuery,
    responses: { 200: json("The team", teamDetail) },
  },
  {
    method: "get",
    path: "/teams/{id}/leaderboard",
    operationId: "getTeamLeaderboard",
    tag: "Teams",
    summary: "The team's leaderboard and calibration (members only)",
    access: "signed-in",
    pathParams: teamIdParam,
    query: teamLeaderboardQuery,
    responses: { 200: json("The leaderboard", leaderboard) },
  },
  {
    method: "post",
    path: "/teams/{id}/invites",
    operationId: "createInvite",
    tag: "Teams",
    summary: "Invite someone (owners and facilitators); the token is shown once",
    access: "signed-in",
    pathParams: teamIdParam,
    body: { schema: createInviteInput, optional: true },
    responses: { 201: json("The invite", inviteCreated) },
    errors: { 403: "Only owners and facilitators invite" },
  },
  {
    method: "patch",
    path: "/teams/{id}/members/{userId}",
    operationId: "changeMemberRole",
    tag: "Teams",
    summary: "Change a member's role (owners only)",
    access: "signed-in",
    pathParams: memberParams,
    body: { schema: changeRoleInput },
    responses: { 200: json("The member", memberChanged) },
    errors: { 403: "Owners only", 409: "A team needs an owner" },
  },
  {
    method: "delete",
    path: "/teams/{id}/members/{userId}",
    operationId: "removeMember",
    tag: "Teams",
    summary: "Remove a member (owners), or leave the team (yourself)",
    access: "signed-in",
    pathParams: memberParams,
    responses: { 204: { description: "Removed" } },
    errors: { 403: "Only an owner can remove other members", 409: "The last owner cannot leave" },
  },
  {
    method: "post",
    path: "/invites/{token}/accept",
    operationId: "acceptInvite",
    tag: "Teams",
    summary: "Join the team an invite is for",
    access: "signed-in",
    pathParams: inviteTokenParam,
    responses: { 200: json("Your membership", inviteAccepted) },
    errors: { 403: "The invite is for another account", 404: "Unknown, revoked or expired invite" },
  },
  {
    method: "get",
    path: "/webhooks",
    operationId: "listWebhooks",
    tag: "Webhooks",
    summary: "Your personal webhooks and those of the teams you own or facilitate (no secrets)",
    access: "signed-in",
    responses: { 200: json("Webhooks, newest first", webhookList) },
  },
  {
    method: "post",
    path: "/webhooks",
    operationId: "createWebhook",
    tag: "Webhooks",
    summary:
      "Add a webhook: personal, or a team's (owners and facilitators); http(s) to public addresses only; the signing secret is shown once",
    access: "signed-in",
    body: { schema: createWebhookInput },
    responses: { 201: json("The webhook and its signing secret", webhookCreated) },
    errors: { 403: "Only a team's owners and facilitators add its webhooks", 404: "The team is unknown to you" },
  },
  {
    method: "delete",
    path: "/webhooks/{id}",
    operationId: "deleteWebhook",
    tag: "Webhooks",
    summary: "Remove a webhook and its delivery log",
    access: "signed-in",
    pathParams: webhookIdParam,
    responses: { 204: { description: "Removed" } },
    errors: { 403: "Only a team's owners and facilitators manage its webhooks", 404: "Unknown to you" },
  },
  {
    method: "post",
    path: "/webhooks/{id}/test",
    operationId: "testWebhook",
    tag: "Webhooks",
    summary: "Queue a `ping` delivery to this webhook; its outcome appears in the delivery log",
    access: "signed-in",
    pathParams: webhookIdParam,
    responses: { 202: json("The queued delivery", webhookTestQueued) },
    errors: { 403: "Only a team's owners and facilitators manage its webhooks", 404: "Unknown to you" },
  },
  {
    method: "get",
    path: "/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    tag: "Webhooks",
    summary: "The delivery log, newest first: status, attempts, the receiver's last status code",
    access: "signed-in",
    pathParams: webhookIdParam,
    query: webhookDeliveriesQuery,
    responses: { 200: json("A page of deliveries", webhookDeliveryPage) },
    errors: { 403: "Only a team's owners and facilitators manage its webhooks", 404: "Unknown to you" },
  },
  {
    method: "get",
    path: "/me/notifications",
    operationId: "listNotifications",
    tag: "Notifications",
    summary:
      "Your notifications, newest first (resolutions of questions you forecast, your questions past their resolve-by date, your teams' sessions, replies and mentions, the weekly stale-forecasts digest), with your unread count",
    access: "signed-in",
    query: notificationsQuery,
    responses: { 200: json("A page of notifications", notificationPage) },
  },
  {
    method: "post",
    path: "/me/notifications/read",
    operationId: "markNotificationsRead",
    tag: "Notifications",
    summary:
      "Mark the named notifications (`ids`) or all of them (`all: true`) read; ids that are not yours are ignored",
    access: "signed-in",
    body: { schema: markNotificationsReadInput },
    responses: { 200: json("How many were marked, and what is left unread", notificationsMarked) },
  },
  {
    method: "get",
    path: "/me/notification-settings",
    operationId: "getNotificationSettings",
    tag: "Notifications",
    summary: "Which notifications you get, and after how many days the weekly digest counts a forecast stale",
    access: "signed-in",
    responses: { 200: json("Your settings (the defaults until you change them)", notificationSettings) },
  },
  {
    method: "put",
    path: "/me/notification-settings",
    operationId: "putNotificationSettings",
    tag: "Notifications",
    summary: "Replace your notification settings: `mutedKinds` (kinds you do not want) and `staleAfterDays` (7–365)",
    access: "signed-in",
    body: { schema: notificationSettingsInput },
    responses: { 200: json("Your settings", notificationSettings) },
  },
  {
    method: "post",
    path: "/me/calendar",
    operationId: "createCalendarFeed",
    tag: "Calendar",
    summary: "Make your private calendar feed URL (shown once; any earlier one stops working)",
    access: "signed-in",
    responses: { 201: json("The feed URL", calendarFeedCreated) },
  },
  {
    method: "delete",
    path: "/me/calendar",
    operationId: "revokeCalendarFeed",
    tag: "Calendar",
    summary: "Revoke your calendar feed URL",
    access: "signed-in",
    responses: { 204: { description: "Revoked" } },
    errors: { 404: "You have no live calendar feed" },
  },
  {
    method: "get",
    path: "/calendar/{token}",
    operationId: "getCalendarFeed",
    tag: "Calendar",
    summary:
      "The iCalendar feed of a feed URL (the token, optionally ending in .ics, is the credential): close and resolve-by dates of the unresolved questions its owner created, forecast on, or that belong to their teams",
    access: "public",
    pathParams: calendarTokenParam,
    responses: { 200: { description: "The calendar", content: { "text/calendar": calendarDocument } } },
    errors: { 404: "Unknown or revoked token" },
  },
  {
    method: "get",
    path: "/admin/audit",
    operationId: "listAuditEntries",
    tag: "Administration",
    summary: "The audit log, newest first (administrators only; 404 for anyone else)",
    access: "signed-in",
    query: auditQuery,
    responses: { 200: json("A page of entries", auditPage) },
    errors: { 404: "Not an administrator" },
  },
  {
    method: "get",
    path: "/health",
    operationId: "getHealth",
    tag: "Service",
    summary: "Database reachability and migrations (no credentials, no rate limit)",
    access: "plain",
    responses: {
      200: json("Healthy", health),
      503: json("Degraded: the database is unreachable or migrations are pending", health),
    },
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Service",
    summary: "This document",
    access: "public",
    responses: { 200: json("The OpenAPI 3.1 document", openApiDocumentBody) },
  },
];
