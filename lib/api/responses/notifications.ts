// The inbox (lib/notifications).
import { z } from "zod";
import { NOTIFICATION_KINDS } from "../../notifications/kinds";
import { isoDateTime, nextCursor } from "./common";

const subject = z.object({ id: z.string(), title: z.string() }).strict();

export const notification = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    createdAt: isoDateTime.describe("When the event happened"),
    readAt: isoDateTime.nullable().describe("Null while unread"),
    question: subject
      .nullable()
      .describe("The question it is about (question.*, comment.*); null for session.* and the digest"),
    session: subject
      .nullable()
      .describe("The calibration session it is about, for session.started and session.step_changed"),
    reResolved: z.boolean().nullable().describe("question.resolved: true when an earlier resolution was replaced"),
    scores: z
      .object({ finalBrier: z.number(), timeAvgBrier: z.number(), peerScore: z.number().nullable() })
      .strict()
      .nullable()
      .describe("question.resolved: your scores against that resolution, when you had a scored forecast"),
    step: z.string().nullable().describe('session.step_changed: the step it moved to ("reveal", "round2", "closed")'),
    commentId: z.string().nullable().describe("comment.replied, comment.mentioned: the comment (href links to it)"),
    actorName: z.string().nullable().describe("comment.replied, comment.mentioned: who wrote the comment"),
    staleCount: z.number().int().nullable().describe("forecasts.stale_digest: how many open questions it lists"),
    staleAfterDays: z
      .number()
      .int()
      .nullable()
      .describe("forecasts.stale_digest: after how many days without a new forecast of yours a question counts"),
    staleQuestions: z
      .array(subject)
      .nullable()
      .describe("forecasts.stale_digest: its questions you may still see, the most stale first (at most 20)"),
    href: z.string().describe("The workbench page it links to"),
  })
  .strict();

export const notificationPage = z
  .object({
    items: z.array(notification),
    unreadCount: z.number().int().describe("All your unread notifications, not only this page's"),
    nextCursor,
  })
  .strict();

export const notificationsMarked = z
  .object({
    marked: z.number().int().describe("How many unread notifications this marked read"),
    unreadCount: z.number().int(),
  })
  .strict();

export const notificationSettings = z
  .object({
    mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).describe("The kinds you turned off; you get every other kind"),
    staleAfterDays: z
      .number()
      .int()
      .describe("The weekly digest lists open questions whose latest forecast of yours is older than this"),
  })
  .strict();
