// The API's OpenAPI document, generated from the same zod schemas that validate requests, so
// the documentation cannot drift from what the server accepts.
import { z } from "zod";
import { auditQuery } from "../audit/schemas";
import { aggregateQuery } from "../forecasts/schemas-query";
import { forecastInput } from "../forecasts/schemas";
import { practiceAnswerInput, startPracticeInput } from "../practice/schemas";
import { createQuestionInput } from "../questions/create-schemas";
import { resolutionInput } from "../questions/resolution-schemas";
import { listQuestionsQuery } from "../questions/schemas";
import { trackRecordQuery } from "../scoring/schemas";

const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } },
});

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, object>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const errorResponses = {
  "400": { description: "Bad input; `error.issues` names each field", $ref: "#/components/responses/Error" },
  "401": { description: "No credentials", $ref: "#/components/responses/Error" },
  "403": { description: "Not allowed", $ref: "#/components/responses/Error" },
  "404": { description: "Unknown id", $ref: "#/components/responses/Error" },
  "409": { description: "Conflicts with the question's state", $ref: "#/components/responses/Error" },
  "415": { description: "The body is not application/json", $ref: "#/components/responses/Error" },
  "429": { description: "Over a rate limit; see Retry-After", $ref: "#/components/responses/Error" },
  "503": { description: "The database is unreachable; see Retry-After", $ref: "#/components/responses/Error" },
};
const ok = (description: string) => ({ description });

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Forecast Workbench API",
      version: "1",
      description:
        "Questions, forecasts, resolutions and scores. Authenticate with the session cookie or `Authorization: Bearer <api key>` (create keys on /settings).",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      responses: {
        Error: {
          description: "An error",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    required: ["code", "message"],
                    properties: {
                      code: { type: "string" },
                      message: { type: "string" },
                      issues: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: { path: { type: "string" }, message: { type: "string" } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    security: [{ apiKey: [] }, { session: [] }, {}],
    paths: {
      "/questions": {
        get: {
          summary: "List questions",
          parameters: queryParameters(listQuestionsQuery),
          responses: { "200": ok("A page of questions"), ...errorResponses },
        },
        post: {
          summary: "Create a question",
          requestBody: body(createQuestionInput),
          responses: { "201": ok("The question with its option ids"), ...errorResponses },
        },
      },
      "/questions/{id}": {
        get: {
          summary: "A question with criteria, excerpts and resolution history",
          parameters: [idParameter],
          responses: { "200": ok("The question"), ...errorResponses },
        },
      },
      "/questions/{id}/forecasts": {
        get: {
          summary: "Forecasts you may see (hiding rules apply)",
          parameters: [idParameter],
          responses: { "200": ok("Forecasts"), ...errorResponses },
        },
        post: {
          summary: "Append a forecast",
          parameters: [idParameter],
          requestBody: body(forecastInput),
          responses: { "201": ok("The forecast"), ...errorResponses },
        },
      },
      "/questions/{id}/aggregate": {
        get: {
          summary: "The crowd aggregate over time (downsampled)",
          parameters: [idParameter, ...queryParameters(aggregateQuery)],
          responses: { "200": ok("The series"), ...errorResponses },
        },
      },
      "/questions/{id}/resolution": {
        post: {
          summary:
            "Resolve or re-resolve (after close: creator, team owner or facilitator, admin; before close: admin, or a team owner or facilitator other than the creator)",
          parameters: [idParameter],
          requestBody: body(resolutionInput),
          responses: { "201": ok("The resolution"), ...errorResponses },
        },
      },
      "/questions/{id}/scores": {
        get: {
          summary: "Scores of every forecaster on a resolved question",
          parameters: [idParameter],
          responses: { "200": ok("Scores"), ...errorResponses },
        },
      },
      "/admin/audit": {
        get: {
          summary: "The audit log, newest first (administrators only; 404 for anyone else)",
          parameters: queryParameters(auditQuery),
          responses: { "200": ok("{ items, nextCursor }"), ...errorResponses },
        },
      },
      "/me/track-record": {
        get: {
          summary: "Your calibration, Murphy decomposition and scores",
          parameters: queryParameters(trackRecordQuery),
          responses: { "200": ok("Track record"), ...errorResponses },
        },
      },
      "/review": {
        get: {
          summary: "The scored review: every article claim on a resolved question, per author and per theme",
          responses: { "200": ok("Authors, themes (with verdicts), questions and outcome events"), ...errorResponses },
        },
      },
      "/practice": {
        post: {
          summary: "Start a practice run (a theme, chosen question ids, or all 2017 questions)",
          requestBody: { ...body(startPracticeInput), required: false },
          responses: {
            "201": ok("The run id and its questions as of their dates, without outcomes"),
            ...errorResponses,
          },
        },
      },
      "/practice/{runId}": {
        get: {
          summary: "A practice run: progress, answered questions with outcomes, and the summary",
          parameters: [{ ...idParameter, name: "runId" }],
          responses: { "200": ok("The run"), ...errorResponses },
        },
      },
      "/practice/{runId}/answers": {
        post: {
          summary: "Answer one question of a run; returns its outcome, the authors, the crowd and your score",
          parameters: [{ ...idParameter, name: "runId" }],
          requestBody: body(practiceAnswerInput),
          responses: { "201": ok("The answer and what it reveals"), ...errorResponses },
        },
      },
      "/sources": { get: { summary: "List sources", responses: { "200": ok("Sources"), ...errorResponses } } },
      "/sources/{id}": {
        get: {
          summary: "A source with its excerpts",
          parameters: [idParameter],
          responses: { "200": ok("The source"), ...errorResponses },
        },
      },
      "/health": {
        get: {
          summary: "Database and migrations",
          security: [],
          responses: { "200": ok("Healthy"), "503": ok("Degraded") },
        },
      },
    },
  };
}
