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
    question: subject.nullable().describe("The question it is about, for question.resolved"),
    session: subject.nullable().describe("The calibration session it is about, for session.step_changed"),
    reResolved: z.boolean().nullable().describe("question.resolved: true when an earlier resolution was replaced"),
    scores: z
      .object({ finalBrier: z.number(), timeAvgBrier: z.number(), peerScore: z.number().nullable() })
      .strict()
      .nullable()
      .describe("question.resolved: your scores against that resolution, when you had a scored forecast"),
    step: z.string().nullable().describe('session.step_changed: the step it moved to ("reveal", "round2", "closed")'),
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
