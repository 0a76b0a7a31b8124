// What a delivery says. Built from the event's ids when it is sent, from what the webhook's
// audience may read: titles, names, outcomes and links, never a forecast's numbers (a team
// question may hide forecasts from members who have not forecast yet, and a chat channel is
// such a member; on such a question not even the forecaster's name). "json" is a plain document;
// "slack" adds Slack's `text` and `blocks`.
import { valueJson } from "../forecasts/continuous";
import type { Db } from "../db/client";
import { readDeploymentConfig } from "../deployment/config";
import { parseOutboxPayload, type OutboxEventType } from "../outbox/record";
import type { WebhookFormat } from "./events";

type Link = { path: string; url: string | null };

type Rendered = { summary: string; link: Link | null; data: Record<string, unknown> };

function publicOrigin(): string | null {
  try {
    return readDeploymentConfig().publicOrigin;
  } catch {
    return null;
  }
}

const linkTo = (path: string): Link => {
  const origin = publicOrigin();
  return { path, url: origin ? `${origin}${path}` : null };
};

async function questionFacts(db: Db, questionId: string) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { id: true, title: true, team: { select: { id: true, name: true } } },
  });
  if (!question) return null;
  return { id: question.id, title: question.title, team: question.team, ...linkTo(`/questions/${question.id}`) };
}

const nameOf = async (db: Db, userId: string) =>
  (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "Someone";

const EXCERPT_CHARS = 280;
const excerptOf = (body: string) =>
  body.length > EXCERPT_CHARS ? `${body.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : body;

const OUTCOME_WORDS: Record<string, string> = { YES: "Yes", NO: "No", AMBIGUOUS: "ambiguous", ANNULLED: "annulled" };

async function renderEvent(db: Db, type: OutboxEventType, payloadText: string): Promise<Rendered> {
  switch (type) {
    case "question.created": {
      const payload = parseOutboxPayload(type, payloadText);
      const question = await questionFacts(db, payload.questionId);
      const actor = await nameOf(db, payload.actorId);
      return {
        summary: `${actor} created a question: ${question?.title ?? payload.questionId}`,
        link: question,
        data: { question, actor: { name: actor } },
      };
    }
    case "question.resolved": {
      const payload = parseOutboxPayload(type, payloadText);
      const question = await questionFacts(db, payload.questionId);
      const resolution = await db.resolution.findUnique({
        where: { id: payload.resolutionId },
        select: {
          outcome: true,
          value: true,
          option: { select: { label: true } },
          question: { select: { type: true, unit: true } },
        },
      });
      // A NUMERIC or DATE question resolves with a value: the value is the outcome's word.
      const value =
        resolution && resolution.value !== null ? valueJson(resolution.question.type, resolution.value) : null;
      const valueWords =
        value === null
          ? null
          : typeof value === "string"
            ? value.slice(0, 10)
            : `${value}${resolution?.question.unit ? ` ${resolution.question.unit}` : ""}`;
      const outcome = resolution?.option?.label ?? valueWords ?? OUTCOME_WORDS[resolution?.outcome ?? ""] ?? "unknown";
      const actor = await nameOf(db, payload.actorId);
      return {
        summary: `${actor} ${payload.reResolved ? "re-resolved" : "resolved"} ${question?.title ?? payload.questionId}: ${outcome}`,
        link: question,
        data: {
          question,
          resolution: {
            id: payload.resolutionId,
            outcome: resolution?.outcome ?? null,
            option: resolution?.option?.label ?? null,
            value,
            reResolved: payload.reResolved,
          },
          actor: { name: actor },
        },
      };
    }
    case "forecast.created": {
      const payload = parseOutboxPayload(type, payloadText);
      const question = await questionFacts(db, payload.questionId);
      // While a question hides forecasts from those who have not forecast, a channel (such a
      // reader) learns that someone forecast, not who.
      const hiding = await db.question.count({
        where: { id: payload.questionId, hideForecastsUntilForecast: true, resolvedAt: null },
      });
      const forecaster = hiding ? null : await nameOf(db, payload.userId);
      return {
        summary: `${forecaster ?? "Someone"} made a forecast on ${question?.title ?? payload.questionId}`,
        link: question,
        data: { question, forecast: { id: payload.forecastId, forecaster: forecaster ? { name: forecaster } : null } },
      };
    }
    case "session.started": {
      // Not a webhook event (nothing subscribes to it): the inbox alone announces it.
      return {
        summary: "A calibration session started",
        link: linkTo(`/sessions/${parseOutboxPayload(type, payloadText).sessionId}`),
        data: {},
      };
    }
    case "session.step_changed": {
      const payload = parseOutboxPayload(type, payloadText);
      const session = await db.calibrationSession.findUnique({
        where: { id: payload.sessionId },
        select: { id: true, title: true, team: { select: { id: true, name: true } } },
      });
      const link = linkTo(`/sessions/${payload.sessionId}`);
      const step = payload.step.toLowerCase();
      return {
        summary: `Session ${session?.title ?? payload.sessionId} moved to ${step === "closed" ? "closed" : step.replace("round", "round ")}`,
        link: { ...link },
        data: { session: session ? { ...session, ...link } : null, step },
      };
    }
    case "comment.created": {
      const payload = parseOutboxPayload(type, payloadText);
      const question = await questionFacts(db, payload.questionId);
      const comment = await db.comment.findUnique({
        where: { id: payload.commentId },
        select: { body: true, deletedAt: true, author: { select: { name: true } } },
      });
      // A comment deleted before its delivery went out is announced without its words.
      const body = comment && !comment.deletedAt ? excerptOf(comment.body) : null;
      const author = comment?.author.name ?? "Someone";
      const link = linkTo(`/questions/${payload.questionId}#comment-${payload.commentId}`);
      return {
        summary: `${author} ${payload.parentId ? "replied" : "commented"} on ${question?.title ?? payload.questionId}${body ? `: ${body}` : ""}`,
        link,
        data: {
          question,
          comment: { id: payload.commentId, parentId: payload.parentId, body, author: { name: author }, ...link },
        },
      };
    }
    case "ping":
      return {
        summary: "Test delivery from Forecast Workbench: this webhook is set up correctly.",
        link: null,
        data: { webhook: { id: parseOutboxPayload(type, payloadText).webhookId } },
      };
  }
}

/** Slack's mrkdwn needs &, < and > escaped; links are <url|text>. */
const slackEscape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function renderDeliveryBody(
  db: Db,
  delivery: { id: string; event: { type: string; payload: string; occurredAt: Date } },
  format: WebhookFormat,
): Promise<string> {
  const type = delivery.event.type as OutboxEventType;
  const rendered = await renderEvent(db, type, delivery.event.payload);
  const document = {
    event: type,
    deliveryId: delivery.id,
    occurredAt: delivery.event.occurredAt.toISOString(),
    summary: rendered.summary,
    ...rendered.data,
  };
  if (format === "json") return JSON.stringify(document);
  const linked = rendered.link?.url
    ? `${slackEscape(rendered.summary)} <${rendered.link.url}|Open>`
    : slackEscape(rendered.summary);
  return JSON.stringify({
    ...document,
    text: rendered.summary,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: linked } },
      { type: "context", elements: [{ type: "mrkdwn", text: `Forecast Workbench · ${slackEscape(type)}` }] },
    ],
  });
}
