// Generated from the OpenAPI document by `npm run api:types` (scripts/api-types.ts); do not edit.
// lib/api/openapi-types.test.ts fails when this file differs from a fresh generation.
export interface paths {
  "/questions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List questions you may see, filtered and paged */
    get: operations["listQuestions"];
    put?: never;
    /** Create a question (public, or in a team you belong to) */
    post: operations["createQuestion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A question with criteria, options, excerpts and resolution history */
    get: operations["getQuestion"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}/forecasts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Forecasts you may see, oldest first, paged (hidden until you forecast, where the question says so) */
    get: operations["listForecasts"];
    put?: never;
    /** Append a forecast: `probability` for yes/no, `probabilities` by option id for multiple choice; on a NUMERIC or DATE question `percentiles` (5, 50 and 95 required, 25 and 75 optional; ISO dates on a DATE question) or a `cdf` of 201 numbers */
    post: operations["createForecast"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}/aggregate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The crowd aggregate over time (downsampled) */
    get: operations["getAggregate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}/resolution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve or re-resolve (after close: creator, team owner or facilitator, admin; before close: admin, or a team owner or facilitator other than the creator) */
    post: operations["resolveQuestion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}/scores": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scores of every forecaster on a resolved question */
    get: operations["getQuestionScores"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/questions/{id}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The question's discussion: top-level comments oldest first, each with its replies (visible to whoever may see the question) */
    get: operations["listComments"];
    put?: never;
    /** Comment on a question (Markdown), or reply to a top-level comment with `parentId`; `@name` mentions notify */
    post: operations["createComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/comments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A comment with its edit history (earlier bodies, newest first) */
    get: operations["getComment"];
    put?: never;
    post?: never;
    /** Delete a comment (its author or an administrator); a deletion marker stays in its place */
    delete: operations["deleteComment"];
    options?: never;
    head?: never;
    /** Edit your comment; the body it replaces is kept in its history */
    patch: operations["editComment"];
    trace?: never;
  };
  "/me/track-record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your calibration, Murphy decomposition and scores */
    get: operations["getTrackRecord"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scored review: every article claim on a resolved question, per author and per theme */
    get: operations["getReview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/practice": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a practice run (a theme, chosen question ids, or all 2017 questions) */
    post: operations["startPractice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/practice/{runId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A practice run: progress, answered questions with outcomes, and the summary */
    get: operations["getPracticeRun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/practice/{runId}/answers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer one question of a run; returns its outcome, the authors, the crowd and your score */
    post: operations["answerPractice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a calibration session for a team (owners and facilitators) */
    post: operations["createSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A session as you see it now (others' answers from the reveal on) */
    get: operations["getSession"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Replace the facilitator's discussion notes */
    patch: operations["updateSessionNotes"];
    trace?: never;
  };
  "/sessions/{id}/advance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move to the next step: round 1 → reveal → round 2 → closed */
    post: operations["advanceSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/{id}/answers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a session question in the current round */
    post: operations["answerInSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/{id}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: the session's version whenever anything changes */
    get: operations["streamSessionEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sessions/{id}/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report of a closed session (JSON, or CSV with `format=csv`); every copy is audited */
    get: operations["getSessionReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/exports/forecasts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download forecasts with their scores: yours, one question's (what you may see), or a team's; CSV or JSON; audited */
    get: operations["exportForecasts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a Fatebook export or a spreadsheet (CSV): a preview with `dryRun: true`, else everything in one transaction or nothing */
    post: operations["importForecasts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sources, oldest first, paged */
    get: operations["listSources"];
    put?: never;
    /** Add a source (its text up to 1 MB); duplicates are linked, forecasts in it are found */
    post: operations["createSource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sources/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A source with its excerpts and the questions citing them */
    get: operations["getSource"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/extract": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Find the forecasts in a text without storing anything */
    post: operations["extractForecasts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/teams": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your teams */
    get: operations["listTeams"];
    put?: never;
    /** Create a team; you become its owner */
    post: operations["createTeam"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/teams/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A team and one page of its members, oldest first (members only) */
    get: operations["getTeam"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/teams/{id}/leaderboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The team's leaderboard and calibration (members only) */
    get: operations["getTeamLeaderboard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/teams/{id}/invites": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite someone (owners and facilitators); the token is shown once */
    post: operations["createInvite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/teams/{id}/members/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (owners), or leave the team (yourself) */
    delete: operations["removeMember"];
    options?: never;
    head?: never;
    /** Change a member's role (owners only) */
    patch: operations["changeMemberRole"];
    trace?: never;
  };
  "/invites/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join the team an invite is for */
    post: operations["acceptInvite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your personal webhooks and those of the teams you own or facilitate (no secrets) */
    get: operations["listWebhooks"];
    put?: never;
    /** Add a webhook: personal, or a team's (owners and facilitators); http(s) to public addresses only; the signing secret is shown once */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a webhook and its delivery log */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a `ping` delivery to this webhook; its outcome appears in the delivery log */
    post: operations["testWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log, newest first: status, attempts, the receiver's last status code */
    get: operations["listWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first (resolutions of questions you forecast, your questions past their resolve-by date, your teams' sessions, replies and mentions, the weekly stale-forecasts digest), with your unread count */
    get: operations["listNotifications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/notifications/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the named notifications (`ids`) or all of them (`all: true`) read; ids that are not yours are ignored */
    post: operations["markNotificationsRead"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/notification-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which notifications you get, and after how many days the weekly digest counts a forecast stale */
    get: operations["getNotificationSettings"];
    /** Replace your notification settings: `mutedKinds` (kinds you do not want) and `staleAfterDays` (7–365) */
    put: operations["putNotificationSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make your private calendar feed URL (shown once; any earlier one stops working) */
    post: operations["createCalendarFeed"];
    /** Revoke your calendar feed URL */
    delete: operations["revokeCalendarFeed"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/calendar/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The iCalendar feed of a feed URL (the token, optionally ending in .ics, is the credential): close and resolve-by dates of the unresolved questions its owner created, forecast on, or that belong to their teams */
    get: operations["getCalendarFeed"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first (administrators only; 404 for anyone else) */
    get: operations["listAuditEntries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Database reachability and migrations (no credentials, no rate limit) */
    get: operations["getHealth"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: operations["getOpenApiDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        /** @enum {string} */
        code:
          | "bad_request"
          | "unauthorized"
          | "forbidden"
          | "not_found"
          | "conflict"
          | "payload_too_large"
          | "unsupported_media_type"
          | "unprocessable"
          | "rate_limited"
          | "internal"
          | "unavailable";
        message: string;
        /** @description For 400s caused by the input: one entry per field */
        issues?: {
          path: string;
          message: string;
        }[];
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listQuestions: {
    parameters: {
      query?: {
        status?: "open" | "closed" | "resolved";
        theme?:
          | "truce"
          | "merger"
          | "cooperation"
          | "defections"
          | "aq-iraq"
          | "territory"
          | "leadership"
          | "insurgency"
          | "other";
        q?: string;
        sort?: "open-first" | "closing" | "newest" | "oldest" | "title";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of questions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              /**
               * @description Derived: resolved once resolved, closed from closeAt, else open
               * @enum {string}
               */
              status: "open" | "closed" | "resolved";
              themes: string[];
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              openAt: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              closeAt: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              resolveBy: string;
              resolution: {
                /** @enum {string} */
                outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
                /** @description The label of the option that happened (multiple choice) */
                option: string | null;
                /** @description NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE) */
                value: (number | string) | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                occurredAt: string;
              } | null;
              condition: {
                /** @description Null when the condition is a question you may not see */
                questionId: string | null;
                outcome: ("YES" | "NO") | null;
                visible: boolean;
              } | null;
              teamId: string | null;
              excerptCount: number;
              forecastCount: number;
              /** @description People with at least one live forecast on the question */
              forecasterCount: number;
              /** @description The crowd's current forecast (default method); null before the first forecast or while hidden from you */
              crowd:
                | (
                    | {
                        /** @enum {string} */
                        method: "recencyWeightedMedian" | "mean" | "median" | "geometricMeanOfOdds" | "extremized";
                        probability: number;
                      }
                    | {
                        /** @enum {string} */
                        method: "recencyWeightedMedian" | "mean" | "median" | "geometricMeanOfOdds" | "extremized";
                        /** @description Probability by option id */
                        probabilities: {
                          [key: string]: number;
                        };
                      }
                  )
                | null;
              /** @description True when others' forecasts are hidden from you until you forecast */
              crowdHidden: boolean;
              /** @description Your latest live forecast; null when signed out or not forecast yet */
              yourLatest:
                | (
                    | {
                        /**
                         * Format: date-time
                         * @description An ISO 8601 date-time in UTC
                         */
                        createdAt: string;
                        probability: number;
                      }
                    | {
                        /**
                         * Format: date-time
                         * @description An ISO 8601 date-time in UTC
                         */
                        createdAt: string;
                        /** @description Probability by option id */
                        probabilities: {
                          [key: string]: number;
                        };
                      }
                  )
                | null;
            }[];
            /** @description Questions matching the filter, on all pages */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** @default  */
          description?: string;
          resolutionCriteria: string;
          /**
           * @default BINARY
           * @enum {string}
           */
          type?: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
          range?: unknown;
          unit?: string;
          options?: string[];
          closeAt: string;
          resolveBy: string;
          /** @default [] */
          themes?: (
            | "truce"
            | "merger"
            | "cooperation"
            | "defections"
            | "aq-iraq"
            | "territory"
            | "leadership"
            | "insurgency"
            | "other"
          )[];
          teamId?: string;
          hideForecastsUntilForecast?: boolean;
          conditionQuestionId?: string;
          /** @enum {string} */
          conditionOutcome?: "YES" | "NO";
          fromExcerpt?: {
            sourceId: string;
            start: number;
            end: number;
          };
        };
      };
    };
    responses: {
      /** @description The question as GET /questions/{id} returns it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            title: string;
            description: string;
            resolutionCriteria: string;
            /** @enum {string} */
            type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
            /**
             * @description Derived: resolved once resolved, closed from closeAt, else open
             * @enum {string}
             */
            status: "open" | "closed" | "resolved";
            options: {
              id: string;
              label: string;
              position: number;
            }[];
            /** @description NUMERIC and DATE questions: the range forecasts spread over (ISO date-times for DATE) */
            range: {
              min: number | string;
              max: number | string;
              openLower: boolean;
              openUpper: boolean;
              /** @enum {string} */
              scale: "linear" | "log";
            } | null;
            /** @description NUMERIC questions: the unit of the values */
            unit: string | null;
            themes: string[];
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            openAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            closeAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            resolveBy: string;
            teamId: string | null;
            hideForecastsUntilForecast: boolean;
            condition: {
              questionId: string | null;
              title: string | null;
              outcome: ("YES" | "NO") | null;
              visible: boolean;
            } | null;
            conditionalOn: {
              questionId: string;
              title: string;
              requiredOutcome: ("YES" | "NO") | null;
            }[];
            resolution: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              /** @description The label of the option that happened (multiple choice) */
              option: string | null;
              /** @description NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE) */
              value: (number | string) | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              note: string;
              evidence: string | null;
              evidenceUrl: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              recordedAt: string;
            } | null;
            resolutionHistory: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              /** @description The label of the option that happened (multiple choice) */
              option: string | null;
              /** @description NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE) */
              value: (number | string) | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              note: string;
              reason: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              recordedAt: string;
              recordedBy: string | null;
            }[];
            excerpts: {
              id: string;
              quote: string;
              cue: string;
              cueProbability: number;
              impliedProbability: number;
              option: string | null;
              negated: boolean;
              attribution: string | null;
              condition: string | null;
              note: string | null;
              offsets: {
                start: number;
                end: number;
              };
              source: {
                id: string;
                title: string;
                author: string;
                outlet: string;
                url: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                publishedAt: string;
              };
            }[];
            forecastCount: number;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The team, condition question or excerpt source is unknown to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The question */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            title: string;
            description: string;
            resolutionCriteria: string;
            /** @enum {string} */
            type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
            /**
             * @description Derived: resolved once resolved, closed from closeAt, else open
             * @enum {string}
             */
            status: "open" | "closed" | "resolved";
            options: {
              id: string;
              label: string;
              position: number;
            }[];
            /** @description NUMERIC and DATE questions: the range forecasts spread over (ISO date-times for DATE) */
            range: {
              min: number | string;
              max: number | string;
              openLower: boolean;
              openUpper: boolean;
              /** @enum {string} */
              scale: "linear" | "log";
            } | null;
            /** @description NUMERIC questions: the unit of the values */
            unit: string | null;
            themes: string[];
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            openAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            closeAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            resolveBy: string;
            teamId: string | null;
            hideForecastsUntilForecast: boolean;
            condition: {
              questionId: string | null;
              title: string | null;
              outcome: ("YES" | "NO") | null;
              visible: boolean;
            } | null;
            conditionalOn: {
              questionId: string;
              title: string;
              requiredOutcome: ("YES" | "NO") | null;
            }[];
            resolution: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              /** @description The label of the option that happened (multiple choice) */
              option: string | null;
              /** @description NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE) */
              value: (number | string) | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              note: string;
              evidence: string | null;
              evidenceUrl: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              recordedAt: string;
            } | null;
            resolutionHistory: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              /** @description The label of the option that happened (multiple choice) */
              option: string | null;
              /** @description NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE) */
              value: (number | string) | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              note: string;
              reason: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              recordedAt: string;
              recordedBy: string | null;
            }[];
            excerpts: {
              id: string;
              quote: string;
              cue: string;
              cueProbability: number;
              impliedProbability: number;
              option: string | null;
              negated: boolean;
              attribution: string | null;
              condition: string | null;
              note: string | null;
              offsets: {
                start: number;
                end: number;
              };
              source: {
                id: string;
                title: string;
                author: string;
                outlet: string;
                url: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                publishedAt: string;
              };
            }[];
            forecastCount: number;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listForecasts: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of forecasts, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description True when others' forecasts are withheld: until you forecast (if the question says so), or from signed-out visitors */
            hidden: boolean;
            hiddenReason?: string;
            items: (
              | {
                  id: string;
                  userId: string;
                  userName: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                  rationale: string | null;
                  probability: number;
                }
              | {
                  id: string;
                  userId: string;
                  userName: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                  rationale: string | null;
                  /** @description Probability by option id */
                  probabilities: {
                    [key: string]: number;
                  };
                }
              | {
                  id: string;
                  userId: string;
                  userName: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                  rationale: string | null;
                  /** @description NUMERIC and DATE questions: the CDF at 201 evenly spaced points over the range in scale space; cdf[0] is the probability below the range, 1 − cdf[200] above it */
                  cdf: number[];
                  /** @description The 5th to 95th percentiles, for convenience (ISO date-times on a DATE question) */
                  quantiles: {
                    5: number | string;
                    25: number | string;
                    50: number | string;
                    75: number | string;
                    95: number | string;
                  };
                }
            )[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createForecast: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | {
              probability?: number;
              probabilities?: {
                [key: string]: number;
              };
              rationale?: string;
            }
          | {
              percentiles?: {
                [key: string]: unknown;
              };
              cdf?: unknown[];
              rationale?: string;
            };
      };
    };
    responses: {
      /** @description The forecast */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                id: string;
                questionId: string;
                userId: string;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                createdAt: string;
                rationale: string | null;
                probability: number;
              }
            | {
                id: string;
                questionId: string;
                userId: string;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                createdAt: string;
                rationale: string | null;
                /** @description Probability by option id */
                probabilities: {
                  [key: string]: number;
                };
              }
            | {
                id: string;
                questionId: string;
                userId: string;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                createdAt: string;
                rationale: string | null;
                /** @description NUMERIC and DATE questions: the CDF at 201 evenly spaced points over the range in scale space; cdf[0] is the probability below the range, 1 − cdf[200] above it */
                cdf: number[];
                /** @description The 5th to 95th percentiles, for convenience (ISO date-times on a DATE question) */
                quantiles: {
                  5: number | string;
                  25: number | string;
                  50: number | string;
                  75: number | string;
                  95: number | string;
                };
              };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The question is closed or resolved. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAggregate: {
    parameters: {
      query?: {
        method?: "recencyWeightedMedian" | "mean" | "median" | "geometricMeanOfOdds" | "extremized";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            method: "recencyWeightedMedian" | "mean" | "median" | "geometricMeanOfOdds" | "extremized";
            /** @enum {string} */
            type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
            /** @description In order; none for yes/no */
            options: {
              id: string;
              label: string;
            }[];
            hidden: boolean;
            points: (
              | {
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  t: string;
                  forecasters: number;
                  probability: number;
                }
              | {
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  t: string;
                  forecasters: number;
                  /** @description Probability by option id */
                  probabilities: {
                    [key: string]: number;
                  };
                }
            )[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  resolveQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          outcome?: string;
          value?: unknown;
          occurredAt: string;
          note: string;
          /** Format: uri */
          evidenceUrl?: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The resolution, with what it changed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            questionId: string;
            /** @enum {string} */
            outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
            optionId: string | null;
            /** @description The value a NUMERIC or DATE question resolved with (ISO date-time for DATE) */
            value: (number | string) | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            recordedAt: string;
            note: string;
            evidenceUrl: string | null;
            reason: string | null;
            /** @description Forecasters whose scores were (re)computed */
            scoredForecasters: number;
            /** @description Questions annulled because their condition failed */
            annulledQuestionIds: string[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description You may not resolve this question (now). Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Already resolved: re-resolving needs a reason. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getQuestionScores: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Scores, best first (time-averaged Brier; on NUMERIC and DATE questions the CRPS) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description False for unresolved, ambiguous or annulled questions */
            scored: boolean;
            resolution: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              optionId: string | null;
            } | null;
            /** @description Shown to everyone who may see the question, signed out included */
            summary: {
              /** @description How many forecasters were scored */
              forecasters: number;
              /** @description Their mean time-averaged Brier score (null on NUMERIC and DATE questions) */
              meanTimeAvgBrier: number | null;
              /** @description NUMERIC and DATE questions: their mean time-averaged baseline score (null otherwise) */
              meanBaselineScore: number | null;
            };
            /** @description Present when individual scores are withheld: signed-out visitors see the summary only */
            hiddenReason?: string;
            items: {
              userId: string;
              userName: string;
              /** @description Null on NUMERIC and DATE questions */
              finalBrier: number | null;
              /** @description Null on NUMERIC and DATE questions */
              timeAvgBrier: number | null;
              coverage: number;
              relativeBrier: number | null;
              /** @description Log score of the final forecast; on NUMERIC and DATE questions the time-averaged ln density at the outcome (per unit of the question; compare within a question only) */
              logScore: number;
              peerScore: number | null;
              /** @description NUMERIC and DATE questions: time-averaged baseline score (0 = uniform over the range, higher is better) */
              baselineScore: number | null;
              /** @description NUMERIC and DATE questions: time-averaged CRPS in the question's units (ms for DATE); lower is better */
              crps: number | null;
              /** @description NUMERIC and DATE questions: the CRPS over the range scaled to [0, 1]; comparable across questions */
              scaledCrps: number | null;
              forecastCount: number;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              computedAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listComments: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of comments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Top-level comments, oldest first, each with its replies */
            items: {
              id: string;
              questionId: string;
              /** @description The comment this one replies to; null for a top-level comment */
              parentId: string | null;
              /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
              author: {
                id: string;
                name: string;
              } | null;
              /** @description Markdown; null once deleted */
              body: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
              /** @description When it was last edited; null if never */
              editedAt: string | null;
              /** @description The deletion marker: when, and whether by its author or an administrator */
              deleted: {
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                at: string;
                /** @enum {string} */
                by: "author" | "moderator";
              } | null;
              /** @description How many earlier versions its edit history holds */
              revisionCount: number;
              /** @description Whether you may edit it (its author, while it is not deleted) */
              canEdit: boolean;
              /** @description Whether you may delete it (its author or an administrator) */
              canDelete: boolean;
              /** @description Its replies, oldest first (one level deep) */
              replies: {
                id: string;
                questionId: string;
                /** @description The comment this one replies to; null for a top-level comment */
                parentId: string | null;
                /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
                author: {
                  id: string;
                  name: string;
                } | null;
                /** @description Markdown; null once deleted */
                body: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                createdAt: string;
                /** @description When it was last edited; null if never */
                editedAt: string | null;
                /** @description The deletion marker: when, and whether by its author or an administrator */
                deleted: {
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  at: string;
                  /** @enum {string} */
                  by: "author" | "moderator";
                } | null;
                /** @description How many earlier versions its edit history holds */
                revisionCount: number;
                /** @description Whether you may edit it (its author, while it is not deleted) */
                canEdit: boolean;
                /** @description Whether you may delete it (its author or an administrator) */
                canDelete: boolean;
              }[];
            }[];
            /** @description Comments and replies on the question that are not deleted */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          body: string;
          parentId?: string;
        };
      };
    };
    responses: {
      /** @description The comment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            questionId: string;
            /** @description The comment this one replies to; null for a top-level comment */
            parentId: string | null;
            /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
            author: {
              id: string;
              name: string;
            } | null;
            /** @description Markdown; null once deleted */
            body: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description When it was last edited; null if never */
            editedAt: string | null;
            /** @description The deletion marker: when, and whether by its author or an administrator */
            deleted: {
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              at: string;
              /** @enum {string} */
              by: "author" | "moderator";
            } | null;
            /** @description How many earlier versions its edit history holds */
            revisionCount: number;
            /** @description Whether you may edit it (its author, while it is not deleted) */
            canEdit: boolean;
            /** @description Whether you may delete it (its author or an administrator) */
            canDelete: boolean;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The comment replied to was deleted. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The comment and its history */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            questionId: string;
            /** @description The comment this one replies to; null for a top-level comment */
            parentId: string | null;
            /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
            author: {
              id: string;
              name: string;
            } | null;
            /** @description Markdown; null once deleted */
            body: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description When it was last edited; null if never */
            editedAt: string | null;
            /** @description The deletion marker: when, and whether by its author or an administrator */
            deleted: {
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              at: string;
              /** @enum {string} */
              by: "author" | "moderator";
            } | null;
            /** @description How many earlier versions its edit history holds */
            revisionCount: number;
            /** @description Whether you may edit it (its author, while it is not deleted) */
            canEdit: boolean;
            /** @description Whether you may delete it (its author or an administrator) */
            canDelete: boolean;
            /** @description Earlier bodies, newest first: each as written at writtenAt and replaced at replacedAt */
            revisions: {
              body: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              writtenAt: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              replacedAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deletion marker */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            questionId: string;
            /** @description The comment this one replies to; null for a top-level comment */
            parentId: string | null;
            /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
            author: {
              id: string;
              name: string;
            } | null;
            /** @description Markdown; null once deleted */
            body: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description When it was last edited; null if never */
            editedAt: string | null;
            /** @description The deletion marker: when, and whether by its author or an administrator */
            deleted: {
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              at: string;
              /** @enum {string} */
              by: "author" | "moderator";
            } | null;
            /** @description How many earlier versions its edit history holds */
            revisionCount: number;
            /** @description Whether you may edit it (its author, while it is not deleted) */
            canEdit: boolean;
            /** @description Whether you may delete it (its author or an administrator) */
            canDelete: boolean;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only its author or an administrator may delete a comment. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  editComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          body: string;
        };
      };
    };
    responses: {
      /** @description The edited comment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            questionId: string;
            /** @description The comment this one replies to; null for a top-level comment */
            parentId: string | null;
            /** @description Null once deleted, and for signed-out readers (unless the install makes forecasters public) */
            author: {
              id: string;
              name: string;
            } | null;
            /** @description Markdown; null once deleted */
            body: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description When it was last edited; null if never */
            editedAt: string | null;
            /** @description The deletion marker: when, and whether by its author or an administrator */
            deleted: {
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              at: string;
              /** @enum {string} */
              by: "author" | "moderator";
            } | null;
            /** @description How many earlier versions its edit history holds */
            revisionCount: number;
            /** @description Whether you may edit it (its author, while it is not deleted) */
            canEdit: boolean;
            /** @description Whether you may delete it (its author or an administrator) */
            canDelete: boolean;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only its author may edit a comment. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Deleted, or edited meanwhile. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getTrackRecord: {
    parameters: {
      query?: {
        theme?:
          | "truce"
          | "merger"
          | "cooperation"
          | "defections"
          | "aq-iraq"
          | "territory"
          | "leadership"
          | "insurgency"
          | "other";
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your track record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            user: {
              id: string;
              name: string;
            };
            summary: {
              questionsScored: number;
              meanTimeAvgBrier: number | null;
              meanRelativeBrier: number | null;
              questionsWithRelativeBrier: number;
            };
            /** @description One page of the scored questions, newest event first (`summary.questionsScored` in all) */
            questions: {
              questionId: string;
              title: string;
              themes: string[];
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              option: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              finalBrier: number;
              timeAvgBrier: number;
              coverage: number;
              relativeBrier: number | null;
              logScore: number;
              peerScore: number | null;
              forecastCount: number;
            }[];
            /** @description Pass as `cursor` for the next page of questions; null on the last page */
            nextCursor: string | null;
            calibration: {
              lo: number;
              hi: number;
              n: number;
              meanP?: number;
              freq?: number;
              ciLow?: number;
              ciHigh?: number;
            }[];
            murphy: {
              reliability: number;
              resolution: number;
              uncertainty: number;
              brier: number;
            } | null;
            pairCount: number;
            /** @description Each question's score and the running mean, in event order; thinned to at most 300 points */
            overTime: {
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              t: string;
              questionId: string;
              title: string;
              timeAvgBrier: number;
              runningMean: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Authors, themes (with verdicts), questions and outcome events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            authors: {
              author: string;
              articles: {
                id: string;
                title: string;
                author: string;
                outlet: string;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                publishedAt: string;
                approximateDate: boolean;
                copies: {
                  id: string;
                  title: string;
                  outlet: string;
                }[];
              }[];
              claims: {
                /** @description excerptId:questionId */
                id: string;
                excerptId: string;
                questionId: string;
                questionTitle: string;
                /** @description The article the claim counts for (the original of a copy) */
                articleId: string;
                sourceId: string;
                author: string;
                attribution: string | null;
                quote: string;
                cue: string;
                impliedProbability: number;
                optionLabel: string | null;
                note: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                publishedAt: string;
                themes: string[];
                condition: {
                  text: string;
                  /** @enum {string} */
                  status: "met" | "not_met" | "unchecked";
                } | null;
                /** @description Set when the question does not fairly test its claims; its claims are then not scored */
                reading: {
                  /** @enum {string} */
                  status: "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";
                  reason: string;
                } | null;
                outcome: (0 | 1) | null;
                scored: boolean;
                brier: number | null;
                logScore: number | null;
                /** @description Why the claim is not scored; null when it is */
                reason: string | null;
              }[];
              claimCount: number;
              scoredCount: number;
              quotedCount: number;
              meanBrier: number | null;
              meanLogScore: number | null;
              calibration:
                | {
                    lo: number;
                    hi: number;
                    n: number;
                    meanP?: number;
                    freq?: number;
                    ciLow?: number;
                    ciHigh?: number;
                  }[]
                | null;
            }[];
            themes: {
              slug: string;
              label: string;
              description: string;
              verdict: string;
              questions: {
                id: string;
                title: string;
                /** @enum {string} */
                type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
                themes: string[];
                /** @enum {string} */
                outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
                optionLabel: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                occurredAt: string;
                /** @enum {string} */
                precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
                note: string;
                evidence: string | null;
                evidenceUrl: string | null;
                /** @description Set when the question does not fairly test its claims; its claims are then not scored */
                reading: {
                  /** @enum {string} */
                  status: "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";
                  reason: string;
                } | null;
              }[];
              claims: {
                /** @description excerptId:questionId */
                id: string;
                excerptId: string;
                questionId: string;
                questionTitle: string;
                /** @description The article the claim counts for (the original of a copy) */
                articleId: string;
                sourceId: string;
                author: string;
                attribution: string | null;
                quote: string;
                cue: string;
                impliedProbability: number;
                optionLabel: string | null;
                note: string | null;
                /**
                 * Format: date-time
                 * @description An ISO 8601 date-time in UTC
                 */
                publishedAt: string;
                themes: string[];
                condition: {
                  text: string;
                  /** @enum {string} */
                  status: "met" | "not_met" | "unchecked";
                } | null;
                /** @description Set when the question does not fairly test its claims; its claims are then not scored */
                reading: {
                  /** @enum {string} */
                  status: "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";
                  reason: string;
                } | null;
                outcome: (0 | 1) | null;
                scored: boolean;
                brier: number | null;
                logScore: number | null;
                /** @description Why the claim is not scored; null when it is */
                reason: string | null;
              }[];
              authors: {
                author: string;
                scoredCount: number;
                meanBrier: number | null;
              }[];
            }[];
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              themes: string[];
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              optionLabel: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              /** @enum {string} */
              precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
              note: string;
              evidence: string | null;
              evidenceUrl: string | null;
              /** @description Set when the question does not fairly test its claims; its claims are then not scored */
              reading: {
                /** @enum {string} */
                status: "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";
                reason: string;
              } | null;
            }[];
            events: {
              id: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              /** @enum {string} */
              precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
              summary: string;
            }[];
          };
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  startPractice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": {
          /** @enum {string} */
          theme?:
            | "truce"
            | "merger"
            | "cooperation"
            | "defections"
            | "aq-iraq"
            | "territory"
            | "leadership"
            | "insurgency"
            | "other";
          questionIds?: string[];
        };
      };
    };
    responses: {
      /** @description The run and its questions as of their dates, without outcomes */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            runId: string;
            theme: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              /**
               * Format: date-time
               * @description The date the question is asked as of: what was known then
               */
              asOf: string;
              resolutionCriteria: string;
              themes: string[];
              options: {
                id: string;
                label: string;
              }[];
              condition: {
                title: string;
                /** @enum {string} */
                requiredOutcome: "YES" | "NO";
              } | null;
              excerpts: {
                id: string;
                quote: string;
                cue: string;
                author: string;
                attribution: string | null;
                condition: string | null;
                source: {
                  title: string;
                  outlet: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  publishedAt: string;
                };
              }[];
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPracticeRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            runId: string;
            theme: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            finishedAt: string | null;
            progress: {
              answered: number;
              total: number;
              finished: boolean;
            };
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              /**
               * Format: date-time
               * @description The date the question is asked as of: what was known then
               */
              asOf: string;
              resolutionCriteria: string;
              themes: string[];
              options: {
                id: string;
                label: string;
              }[];
              condition: {
                title: string;
                /** @enum {string} */
                requiredOutcome: "YES" | "NO";
              } | null;
              excerpts: {
                id: string;
                quote: string;
                cue: string;
                author: string;
                attribution: string | null;
                condition: string | null;
                source: {
                  title: string;
                  outlet: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  publishedAt: string;
                };
              }[];
              answered: boolean;
              answer:
                | (
                    | {
                        rationale: string | null;
                        asOf: string | null;
                        /**
                         * Format: date-time
                         * @description An ISO 8601 date-time in UTC
                         */
                        createdAt: string;
                        probability: number;
                      }
                    | {
                        rationale: string | null;
                        asOf: string | null;
                        /**
                         * Format: date-time
                         * @description An ISO 8601 date-time in UTC
                         */
                        createdAt: string;
                        /** @description Probability by option id */
                        probabilities: {
                          [key: string]: number;
                        };
                      }
                  )
                | null;
              reveal: {
                outcome: {
                  /** @enum {string} */
                  outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
                  optionId: string | null;
                  optionLabel: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  occurredAt: string;
                  /** @enum {string} */
                  precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
                  note: string;
                  evidence: string | null;
                };
                authors: {
                  excerptId: string;
                  author: string;
                  attribution: string | null;
                  cue: string;
                  impliedProbability: number;
                  optionId: string | null;
                  optionLabel: string | null;
                  note: string | null;
                  yourProbability: number;
                  outcome: (0 | 1) | null;
                  scored: boolean;
                  brier: number | null;
                  yourBrier: number | null;
                  reason: string | null;
                }[];
                crowd:
                  | (
                      | {
                          forecasters: number;
                          brier: number;
                          probability: number;
                        }
                      | {
                          forecasters: number;
                          brier: number;
                          /** @description Probability by option id */
                          probabilities: {
                            [key: string]: number;
                          };
                        }
                    )
                  | null;
                yourScore: {
                  brier: number;
                  logScore: number;
                };
              } | null;
            }[];
            /** @description Null until at least one question is answered */
            summary: {
              answered: number;
              meanBrier: number;
              /** @description Mean Brier of answering 50% (equal odds across options) on the same questions: the bar to beat */
              uninformedBrier: number;
              vsAuthors: {
                author: string;
                claims: number;
                authorBrier: number;
                yourBrier: number;
              }[];
              vsCrowd: {
                questions: number;
                crowdBrier: number;
                yourBrier: number;
              } | null;
              calibration: {
                lo: number;
                hi: number;
                n: number;
                meanP?: number;
                freq?: number;
                ciLow?: number;
                ciHigh?: number;
              }[];
              pairCount: number;
            } | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  answerPractice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          probability?: number;
          probabilities?: {
            [key: string]: number;
          };
          rationale?: string;
          questionId: string;
        };
      };
    };
    responses: {
      /** @description The answer and what it reveals */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            questionId: string;
            answer:
              | {
                  id: string;
                  rationale: string | null;
                  asOf: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                  probability: number;
                }
              | {
                  id: string;
                  rationale: string | null;
                  asOf: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                  /** @description Probability by option id */
                  probabilities: {
                    [key: string]: number;
                  };
                };
            outcome: {
              /** @enum {string} */
              outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
              optionId: string | null;
              optionLabel: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              occurredAt: string;
              /** @enum {string} */
              precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
              note: string;
              evidence: string | null;
            };
            authors: {
              excerptId: string;
              author: string;
              attribution: string | null;
              cue: string;
              impliedProbability: number;
              optionId: string | null;
              optionLabel: string | null;
              note: string | null;
              yourProbability: number;
              outcome: (0 | 1) | null;
              scored: boolean;
              brier: number | null;
              yourBrier: number | null;
              reason: string | null;
            }[];
            crowd:
              | (
                  | {
                      forecasters: number;
                      brier: number;
                      probability: number;
                    }
                  | {
                      forecasters: number;
                      brier: number;
                      /** @description Probability by option id */
                      probabilities: {
                        [key: string]: number;
                      };
                    }
                )
              | null;
            yourScore: {
              brier: number;
              logScore: number;
            };
            progress: {
              answered: number;
              total: number;
              finished: boolean;
            };
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description This question was already answered in this run. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          teamId: string;
          title: string;
          questionIds: string[];
          /** @default true */
          anonymousReasons?: boolean;
        };
      };
    };
    responses: {
      /** @description The session, in round 1 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            title: string;
            teamId: string;
            /** @constant */
            step: "round1";
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only the team's owners and facilitators start sessions. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not a member of the team */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            title: string;
            /** @enum {string} */
            step: "round1" | "reveal" | "round2" | "closed";
            /** @description Bumped on every change; the events stream sends it */
            version: number;
            team: {
              id: string;
              name: string;
            };
            facilitator: {
              id: string;
              name: string;
            };
            canRun: boolean;
            anonymousReasons: boolean;
            notes: string;
            memberCount: number;
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              resolutionCriteria: string;
              options: {
                id: string;
                label: string;
              }[];
              answered: {
                round1: string[];
                round2: string[];
              };
              mine: {
                round1: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                } | null;
                round2: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                } | null;
              };
              /** @description Everyone's answers, once the step reveals them */
              round1: {
                answers: {
                  participant: string;
                  mine: boolean;
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                }[];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              } | null;
              /** @description Everyone's answers, once the step reveals them */
              round2: {
                answers: {
                  participant: string;
                  mine: boolean;
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                }[];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              } | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateSessionNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          notes: string;
        };
      };
    };
    responses: {
      /** @description The session with the new notes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            title: string;
            /** @enum {string} */
            step: "round1" | "reveal" | "round2" | "closed";
            /** @description Bumped on every change; the events stream sends it */
            version: number;
            team: {
              id: string;
              name: string;
            };
            facilitator: {
              id: string;
              name: string;
            };
            canRun: boolean;
            anonymousReasons: boolean;
            notes: string;
            memberCount: number;
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              resolutionCriteria: string;
              options: {
                id: string;
                label: string;
              }[];
              answered: {
                round1: string[];
                round2: string[];
              };
              mine: {
                round1: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                } | null;
                round2: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                } | null;
              };
              /** @description Everyone's answers, once the step reveals them */
              round1: {
                answers: {
                  participant: string;
                  mine: boolean;
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                }[];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              } | null;
              /** @description Everyone's answers, once the step reveals them */
              round2: {
                answers: {
                  participant: string;
                  mine: boolean;
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  probs: number[];
                  rationale: string | null;
                }[];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              } | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only the session's facilitator can do this. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  advanceSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new step */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            step: "round1" | "reveal" | "round2" | "closed";
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only the session's facilitator can do this. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Closed already, or moved on meanwhile. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  answerInSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          probability?: number;
          probabilities?: {
            [key: string]: number;
          };
          rationale?: string;
          questionId: string;
        };
      };
    };
    responses: {
      /** @description The answer */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            round: 1 | 2;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Answers are closed in this step. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  streamSessionEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/event-stream": string;
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many open streams for this account; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getSessionReport: {
    parameters: {
      query?: {
        format?: "csv" | "json";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report; `format=json` or `format=csv` send it as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            session: {
              id: string;
              title: string;
              team: {
                id: string;
                name: string;
              };
              closedAt: string | null;
            };
            questions: {
              id: string;
              title: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
              options: {
                id: string;
                label: string;
              }[];
              resolved: boolean;
              outcome: ("YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED") | null;
              round1: {
                values: number[][];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              };
              round2: {
                values: number[][];
                /** @description The team's pooled answer; null without answers */
                pooled: {
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  median: number[];
                  /** @description One probability per option in order; [P(yes)] for yes/no */
                  extremized: number[];
                  n: number;
                } | null;
              };
              team: {
                brier1Median: number | null;
                brier2Median: number | null;
                brier1Extremized: number | null;
                brier2Extremized: number | null;
              };
              people: {
                /** @description Null for others in an anonymous session */
                userId: string | null;
                you: boolean;
                participant: string;
                round1: number[] | null;
                round2: number[] | null;
                change: number[] | null;
                brier1: number | null;
                brier2: number | null;
                rationale2: string | null;
              }[];
            }[];
            people: {
              userId: string | null;
              you: boolean;
              participant: string;
              questionsAnswered: number;
              meanAbsoluteShift: number | null;
              meanBrier1: number | null;
              meanBrier2: number | null;
            }[];
            team: {
              meanBrier1: number | null;
              meanBrier2: number | null;
            };
            calibration: {
              lo: number;
              hi: number;
              n: number;
              meanP?: number;
              freq?: number;
              ciLow?: number;
              ciHigh?: number;
            }[];
            calibrationPairs: number;
          };
          "text/csv": string;
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The session is not closed yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  exportForecasts: {
    parameters: {
      query: {
        scope: "mine" | "question" | "team";
        id?: string;
        format?: "csv" | "json";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The forecasts, as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
          "application/json": {
            /** @constant */
            format: "forecast-workbench/forecasts";
            /** @constant */
            version: 1;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            exportedAt: string;
            scope: {
              /** @enum {string} */
              type: "user" | "question" | "team";
              id: string;
            };
            forecasts: {
              questionId: string;
              question: string;
              /** @enum {string} */
              type: "BINARY" | "MULTIPLE_CHOICE";
              forecaster: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
              /** @description P(yes) for a yes/no question */
              probability: number | null;
              /** @description Probability by option label */
              probabilities: {
                [key: string]: number;
              } | null;
              rationale: string | null;
              /** @description YES, NO, the option's label, AMBIGUOUS or ANNULLED */
              resolution: string | null;
              resolvedOn: string | null;
              timeAveragedBrier: number | null;
              finalBrier: number | null;
              relativeBrier: number | null;
              logScore: number | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The question or team is unknown to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  importForecasts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          format: "fatebook-csv" | "csv";
          content: string;
          /** @default true */
          dryRun?: boolean;
          yourName?: string;
          /**
           * @default skip
           * @enum {string}
           */
          otherForecasters?: "skip" | "match-by-name";
          teamId?: string;
          mapping?: {
            question?: string;
            forecast?: string;
            forecastDate?: string;
            resolveBy?: string;
            resolution?: string;
            resolvedDate?: string;
            tags?: string;
            notes?: string;
          };
        };
      };
    };
    responses: {
      /** @description What the file holds and what is (or would be) written; with `Accept: application/x-ndjson`, progress lines first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            format: "fatebook-csv" | "csv";
            dryRun: boolean;
            /** @description True when everything was written (in one transaction) */
            committed: boolean;
            /** @description Data rows read */
            rows: number;
            /** @description The header row */
            columns: string[];
            /** @description For csv: the column of each field (guessed, then as given) */
            mapping: {
              question?: string;
              forecast?: string;
              forecastDate?: string;
              resolveBy?: string;
              resolution?: string;
              resolvedDate?: string;
              tags?: string;
              notes?: string;
            } | null;
            questions: {
              total: number;
              new: number;
              /** @description Imported before: only what is new is added */
              existing: number;
              /** @description The first 500 questions */
              items: {
                row: number;
                title: string;
                /** @enum {string} */
                type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
                options: string[];
                resolution: string | null;
                forecasts: number;
                newForecasts: number;
                /** @enum {string} */
                status: "new" | "existing";
                questionId: string | null;
              }[];
            };
            forecasts: {
              total: number;
              new: number;
              alreadyImported: number;
              /** @description Other people's forecasts left out */
              skipped: number;
            };
            resolutions: {
              total: number;
              new: number;
              alreadyImported: number;
              /** @description Resolved differently here: the stored resolution is kept */
              conflicting: number;
            };
            forecasters: {
              /** @description The name in the file taken to be you */
              you: string;
              matched: string[];
              skipped: {
                name: string;
                forecasts: number;
                reason: string;
              }[];
            };
            scores: {
              row: number;
              title: string;
              reportedBrier: number | null;
              reportedRelativeBrier: number | null;
              timeAveragedBrier: number | null;
              finalBrier: number | null;
              relativeBrier: number | null;
              differs: boolean;
            }[];
            /** @description The first 200 problems; nothing is written while there is one */
            errors: {
              /** @description The spreadsheet row: the header is row 1 */
              row: number;
              column: string;
              message: string;
            }[];
            errorCount: number;
            warnings: {
              /** @description The spreadsheet row: the header is row 1 */
              row: number;
              column: string;
              message: string;
            }[];
          };
          "application/x-ndjson": string;
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Giving forecasts to other accounts needs an administrator, or a team's owner or facilitator. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The team is unknown to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listSources: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of sources */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              title: string;
              author: string;
              outlet: string;
              url: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              publishedAt: string;
              publishedAtNote: string | null;
              contentHash: string;
              /** @description The original, when this source is a copy of another */
              duplicateOf: {
                id: string;
                title: string;
                outlet: string;
              } | null;
              _count: {
                excerpts: number;
                duplicates: number;
              };
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createSource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          author: string;
          outlet: string;
          /** Format: uri */
          url?: string;
          publishedAt: string;
          text: string;
        };
      };
    };
    responses: {
      /** @description The stored source, what it duplicates, and the forecasts found */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                source: {
                  id: string;
                  title: string;
                  author: string;
                  outlet: string;
                  url: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  publishedAt: string;
                  contentHash: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                };
                duplicateOf: {
                  id: string;
                  title: string;
                  outlet: string;
                  author: string;
                  /** @enum {string} */
                  how?: "identical" | "near-duplicate";
                  containment?: number;
                } | null;
                candidates: {
                  sentence: string;
                  /** @description Offset into the text: text.slice(start, end) === sentence */
                  start: number;
                  end: number;
                  /** @description The estimative phrase found */
                  cue: string;
                  /** @description The probability the words imply: the stated number (a range's midpoint), else what the estimative-words table gives the cue */
                  probability: number;
                  negated: boolean;
                  /** @description Theme slugs the forecast bears on; empty (unassigned) unless the text is tied to the workbench's questions (see similarQuestions) */
                  topics: string[];
                  /** @description Up to three questions you may see that this forecast is most similar to (BM25 over titles and criteria), best first */
                  similarQuestions: {
                    id: string;
                    title: string;
                  }[];
                  conditional?: {
                    condition: string;
                    consequent: string;
                  };
                  attribution?: string;
                  cueStart?: number;
                  cueEnd?: number;
                }[];
              }
            | {
                source: {
                  id: string;
                  title: string;
                  author: string;
                  outlet: string;
                  url: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  publishedAt: string;
                  contentHash: string;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  createdAt: string;
                };
                duplicateOf: {
                  id: string;
                  title: string;
                  outlet: string;
                  author: string;
                  /** @enum {string} */
                  how?: "identical" | "near-duplicate";
                  containment?: number;
                } | null;
                candidates: null;
                /** @description Why the text could not be analysed in time; the source is stored */
                analysisProblem: string;
              };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The source (without its text) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            seedKey: string | null;
            title: string;
            author: string;
            outlet: string;
            url: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            publishedAt: string;
            publishedAtNote: string | null;
            summary: string | null;
            contentHash: string;
            fingerprint: string | null;
            duplicateOfId: string | null;
            addedById: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description Whether the full text is stored */
            hasText: boolean;
            duplicateOf: {
              id: string;
              title: string;
              outlet: string;
            } | null;
            duplicates: {
              id: string;
              title: string;
              outlet: string;
            }[];
            excerpts: {
              id: string;
              seedKey: string | null;
              sourceId: string;
              quote: string;
              startOffset: number;
              endOffset: number;
              cue: string;
              cueProbability: number;
              negated: boolean;
              attribution: string | null;
              condition: string | null;
              /** @description Comma-separated theme slugs */
              topics: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
              /** @description Questions you may see that cite this excerpt */
              questions: {
                questionId: string;
                excerptId: string;
                impliedProbability: number;
                optionId: string | null;
                note: string | null;
                question: {
                  id: string;
                  title: string;
                  resolvedAt: string | null;
                  /**
                   * Format: date-time
                   * @description An ISO 8601 date-time in UTC
                   */
                  closeAt: string;
                };
              }[];
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  extractForecasts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
        };
      };
    };
    responses: {
      /** @description Forecast candidates and page debris */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            candidates: {
              sentence: string;
              /** @description Offset into the text: text.slice(start, end) === sentence */
              start: number;
              end: number;
              /** @description The estimative phrase found */
              cue: string;
              /** @description The probability the words imply: the stated number (a range's midpoint), else what the estimative-words table gives the cue */
              probability: number;
              negated: boolean;
              /** @description Theme slugs the forecast bears on; empty (unassigned) unless the text is tied to the workbench's questions (see similarQuestions) */
              topics: string[];
              /** @description Up to three questions you may see that this forecast is most similar to (BM25 over titles and criteria), best first */
              similarQuestions: {
                id: string;
                title: string;
              }[];
              conditional?: {
                condition: string;
                consequent: string;
              };
              attribution?: string;
              cueStart?: number;
              cueEnd?: number;
            }[];
            /** @description Ranges of page debris (navigation, captions, notices) left out of the analysis */
            debris: {
              start: number;
              end: number;
              reason: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The text could not be analysed within the time bound */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Teams you belong to, with your role */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              name: string;
              /**
               * @description Your role
               * @enum {string}
               */
              role: "OWNER" | "FACILITATOR" | "MEMBER";
              members: number;
              questions: number;
              sessions: number;
            }[];
          };
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
        };
      };
    };
    responses: {
      /** @description The team */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            name: string;
            slug: string;
            /** @constant */
            role: "OWNER";
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getTeam: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            name: string;
            slug: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @enum {string} */
            yourRole: "OWNER" | "FACILITATOR" | "MEMBER";
            /** @description One page of members, oldest first */
            members: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: "OWNER" | "FACILITATOR" | "MEMBER";
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              joinedAt: string;
            }[];
            memberCount: number;
            /** @description Pass as `cursor` for the next page of members; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getTeamLeaderboard: {
    parameters: {
      query?: {
        theme?:
          | "truce"
          | "merger"
          | "cooperation"
          | "defections"
          | "aq-iraq"
          | "territory"
          | "leadership"
          | "insurgency"
          | "other";
        from?: string;
        to?: string;
        questions?: "team" | "team-and-public";
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leaderboard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            team: {
              id: string;
              name: string;
            };
            /** @description The filter as applied */
            filter: {
              theme?: string;
              from?: string;
              to?: string;
              /** @enum {string} */
              questions?: "team" | "team-and-public";
            };
            minQuestionsForRank: number;
            /** @enum {string} */
            counts: "team questions" | "team and public questions";
            questionCount: number;
            /** @description One page of members, ranked members first; ranks are over the whole team */
            entries: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: "OWNER" | "FACILITATOR" | "MEMBER";
              /** @description Null until the member has enough scored questions */
              rank: number | null;
              questionsScored: number;
              meanTimeAvgBrier: number | null;
              meanRelativeBrier: number | null;
              relativeBrierQuestions: number;
              meanCoverage: number | null;
            }[];
            /** @description Members in the team */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            calibration: {
              lo: number;
              hi: number;
              n: number;
              meanP?: number;
              freq?: number;
              ciLow?: number;
              ciHigh?: number;
            }[];
            pairCount: number;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createInvite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": {
          /** Format: email */
          email?: string;
          /**
           * @default MEMBER
           * @enum {string}
           */
          role?: "FACILITATOR" | "MEMBER";
          /** @default 7 */
          expiresInDays?: number;
        };
      };
    };
    responses: {
      /** @description The invite */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Shown once: only its hash is stored */
            token: string;
            /** @description The link to send */
            url: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            expiresAt: string;
            /** @enum {string} */
            role: "OWNER" | "FACILITATOR" | "MEMBER";
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only owners and facilitators invite. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only an owner can remove other members. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The last owner cannot leave. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  changeMemberRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          role: "OWNER" | "FACILITATOR" | "MEMBER";
        };
      };
    };
    responses: {
      /** @description The member */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            userId: string;
            name: string;
            /** @enum {string} */
            role: "OWNER" | "FACILITATOR" | "MEMBER";
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Owners only. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A team needs an owner. Also: Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  acceptInvite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your membership */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            teamId: string;
            /** @enum {string} */
            role: "OWNER" | "FACILITATOR" | "MEMBER";
            alreadyMember: boolean;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The invite is for another account. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unknown, revoked or expired invite. Also: Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Webhooks, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              url: string;
              events: (
                | "question.created"
                | "question.resolved"
                | "forecast.created"
                | "session.step_changed"
                | "comment.created"
              )[];
              /** @enum {string} */
              format: "slack" | "json";
              /** @description The team whose questions and sessions it reports; null for a personal webhook */
              team: {
                id: string;
                name: string;
              } | null;
              createdBy: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          url: string;
          events: (
            "question.created" | "question.resolved" | "forecast.created" | "session.step_changed" | "comment.created"
          )[];
          /** @enum {string} */
          format: "slack" | "json";
          teamId?: string;
        };
      };
    };
    responses: {
      /** @description The webhook and its signing secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            url: string;
            events: (
              "question.created" | "question.resolved" | "forecast.created" | "session.step_changed" | "comment.created"
            )[];
            /** @enum {string} */
            format: "slack" | "json";
            /** @description The team whose questions and sessions it reports; null for a personal webhook */
            team: {
              id: string;
              name: string;
            } | null;
            createdBy: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
            /** @description Shown once: verify `X-Workbench-Signature: sha256=<hex HMAC-SHA256 of the raw body with this secret>` */
            secret: string;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only a team's owners and facilitators add its webhooks. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The team is unknown to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only a team's owners and facilitators manage its webhooks. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unknown to you. Also: Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The queued delivery */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            deliveryId: string;
            /** @constant */
            status: "pending";
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only a team's owners and facilitators manage its webhooks. Also: A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unknown to you. Also: Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            webhook: {
              id: string;
              url: string;
              events: (
                | "question.created"
                | "question.resolved"
                | "forecast.created"
                | "session.step_changed"
                | "comment.created"
              )[];
              /** @enum {string} */
              format: "slack" | "json";
              /** @description The team whose questions and sessions it reports; null for a personal webhook */
              team: {
                id: string;
                name: string;
              } | null;
              createdBy: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
            };
            items: {
              /** @description Sent as X-Workbench-Delivery */
              id: string;
              event: string;
              /** @enum {string} */
              status: "pending" | "delivered" | "failed";
              attempts: number;
              /** @description The receiver's HTTP status on the last attempt */
              lastStatusCode: number | null;
              lastError: string | null;
              /** @description When a pending delivery is tried next */
              nextAttemptAt: string | null;
              deliveredAt: string | null;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              createdAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Only a team's owners and facilitators manage its webhooks */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unknown to you. Also: Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notifications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              /** @enum {string} */
              kind:
                | "question.resolved"
                | "question.past_resolve_by"
                | "session.started"
                | "session.step_changed"
                | "comment.replied"
                | "comment.mentioned"
                | "forecasts.stale_digest";
              /**
               * Format: date-time
               * @description When the event happened
               */
              createdAt: string;
              /** @description Null while unread */
              readAt: string | null;
              /** @description The question it is about (question.*, comment.*); null for session.* and the digest */
              question: {
                id: string;
                title: string;
              } | null;
              /** @description The calibration session it is about, for session.started and session.step_changed */
              session: {
                id: string;
                title: string;
              } | null;
              /** @description question.resolved: true when an earlier resolution was replaced */
              reResolved: boolean | null;
              /** @description question.resolved: your scores against that resolution, when you had a scored forecast */
              scores: {
                finalBrier: number;
                timeAvgBrier: number;
                peerScore: number | null;
              } | null;
              /** @description session.step_changed: the step it moved to ("reveal", "round2", "closed") */
              step: string | null;
              /** @description comment.replied, comment.mentioned: the comment (href links to it) */
              commentId: string | null;
              /** @description comment.replied, comment.mentioned: who wrote the comment */
              actorName: string | null;
              /** @description forecasts.stale_digest: how many open questions it lists */
              staleCount: number | null;
              /** @description forecasts.stale_digest: after how many days without a new forecast of yours a question counts */
              staleAfterDays: number | null;
              /** @description forecasts.stale_digest: its questions you may still see, the most stale first (at most 20) */
              staleQuestions:
                | {
                    id: string;
                    title: string;
                  }[]
                | null;
              /** @description The workbench page it links to */
              href: string;
            }[];
            /** @description All your unread notifications, not only this page's */
            unreadCount: number;
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  markNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          ids?: string[];
          /** @constant */
          all?: true;
        };
      };
    };
    responses: {
      /** @description How many were marked, and what is left unread */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description How many unread notifications this marked read */
            marked: number;
            unreadCount: number;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your settings (the defaults until you change them) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The kinds you turned off; you get every other kind */
            mutedKinds: (
              | "question.resolved"
              | "question.past_resolve_by"
              | "session.started"
              | "session.step_changed"
              | "comment.replied"
              | "comment.mentioned"
              | "forecasts.stale_digest"
            )[];
            /** @description The weekly digest lists open questions whose latest forecast of yours is older than this */
            staleAfterDays: number;
          };
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          mutedKinds: (
            | "question.resolved"
            | "question.past_resolve_by"
            | "session.started"
            | "session.step_changed"
            | "comment.replied"
            | "comment.mentioned"
            | "forecasts.stale_digest"
          )[];
          staleAfterDays: number;
        };
      };
    };
    responses: {
      /** @description Your settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The kinds you turned off; you get every other kind */
            mutedKinds: (
              | "question.resolved"
              | "question.past_resolve_by"
              | "session.started"
              | "session.step_changed"
              | "comment.replied"
              | "comment.mentioned"
              | "forecasts.stale_digest"
            )[];
            /** @description The weekly digest lists open questions whose latest forecast of yours is older than this */
            staleAfterDays: number;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is larger than the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed URL */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Shown once: subscribe to it in a calendar application; making a new one revokes it */
            url: string;
            /**
             * Format: date-time
             * @description An ISO 8601 date-time in UTC
             */
            createdAt: string;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  revokeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A cookie-authenticated write from another origin is refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description You have no live calendar feed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflicts with a concurrent or repeated request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Over the write rate limit; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calendar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/calendar": string;
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unknown or revoked token. Also: Not found, or not visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        actor?: string;
        action?:
          | "question.created"
          | "question.edited"
          | "question.deleted"
          | "question.imported"
          | "question.resolved"
          | "question.re-resolved"
          | "question.annulled"
          | "team.role-changed"
          | "team.member-removed"
          | "team.member-left"
          | "invite.created"
          | "invite.revoked"
          | "invite.accepted"
          | "apikey.created"
          | "apikey.revoked"
          | "session.report-exported"
          | "forecasts.exported"
          | "user.created"
          | "user.deactivated"
          | "user.reactivated"
          | "user.password-reset-link-issued"
          | "user.password-reset"
          | "webhook.created"
          | "webhook.deleted"
          | "calendar.created"
          | "calendar.revoked";
        targetType?: "question" | "team" | "invite" | "apikey" | "session" | "user" | "webhook" | "calendar";
        targetId?: string;
        from?: string;
        to?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              /**
               * Format: date-time
               * @description An ISO 8601 date-time in UTC
               */
              at: string;
              actor: {
                id: string | null;
                label: string;
                /** @description The actor's current address, when the account still exists */
                email: string | null;
              };
              /** @enum {string} */
              action:
                | "question.created"
                | "question.edited"
                | "question.deleted"
                | "question.imported"
                | "question.resolved"
                | "question.re-resolved"
                | "question.annulled"
                | "team.role-changed"
                | "team.member-removed"
                | "team.member-left"
                | "invite.created"
                | "invite.revoked"
                | "invite.accepted"
                | "apikey.created"
                | "apikey.revoked"
                | "session.report-exported"
                | "forecasts.exported"
                | "user.created"
                | "user.deactivated"
                | "user.reactivated"
                | "user.password-reset-link-issued"
                | "user.password-reset"
                | "webhook.created"
                | "webhook.deleted"
                | "calendar.created"
                | "calendar.revoked";
              target: {
                /** @enum {string} */
                type: "question" | "team" | "invite" | "apikey" | "session" | "user" | "webhook" | "calendar";
                id: string;
              };
              /** @description The recorded state before the change (any JSON), or null */
              before: unknown;
              /** @description The recorded state after the change (any JSON), or null */
              after: unknown;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad input: `error.issues` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description No credentials, or an API key that is unknown or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not an administrator */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            status: "ok" | "degraded";
            database: {
              reachable: boolean;
              /** @enum {string} */
              provider: "sqlite" | "postgresql";
              /** @constant */
              error?: "database unreachable";
            };
            migrations: {
              applied: number;
              committed: number;
              /** @description Committed migrations the database has not applied */
              pending: string[];
            };
          };
        };
      };
      /** @description Degraded: the database is unreachable or migrations are pending */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            status: "ok" | "degraded";
            database: {
              reachable: boolean;
              /** @enum {string} */
              provider: "sqlite" | "postgresql";
              /** @constant */
              error?: "database unreachable";
            };
            migrations: {
              applied: number;
              committed: number;
              /** @description Committed migrations the database has not applied */
              pending: string[];
            };
          };
        };
      };
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OpenAPI 3.1 document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            openapi: string;
            info: {
              title: string;
              version: string;
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description An API key that is unknown or revoked (no credentials at all is fine) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description An unexpected fault; the request was not applied */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The database is unreachable; see Retry-After */
      503: {
        headers: {
          /** @description Seconds to wait before trying again */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}
