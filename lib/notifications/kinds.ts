// What a notification can be about, and what it carries beyond its subject's title.
export const NOTIFICATION_KINDS = [
  "question.resolved",
  "question.past_resolve_by",
  "session.started",
  "session.step_changed",
  "comment.replied",
  "comment.mentioned",
  "forecasts.stale_digest",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How the settings page names each kind ("Tell me when …"). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  "question.resolved": "a question you forecast is resolved or re-resolved (with your scores)",
  "question.past_resolve_by": "a question you created is past its resolve-by date and still unresolved",
  "session.started": "a calibration session of one of your teams starts",
  "session.step_changed": "a calibration session of one of your teams moves to its next step",
  "comment.replied": "someone replies to your comment",
  "comment.mentioned": "someone mentions you (@name) in a comment",
  "forecasts.stale_digest": "once a week: the open questions whose latest forecast of yours has gone stale",
};

export type NotificationScores = { finalBrier: number; timeAvgBrier: number; peerScore: number | null };

export type NotificationPayload = {
  reResolved?: boolean;
  /** The recipient's scores against this resolution, when they were computed. */
  scores?: NotificationScores | null;
  /** The step a session moved to: "reveal", "round2" or "closed". */
  step?: string;
  /** The comment a reply or mention is in, and who wrote it. */
  commentId?: string;
  actorName?: string;
  /** The digest: open questions whose latest forecast of the recipient is older than staleAfterDays. */
  staleQuestionIds?: string[];
  staleCount?: number;
  staleAfterDays?: number;
};

/** A notification about to be written by a fan-out or a periodic check. */
export type NotificationDraft = {
  recipientId: string;
  kind: NotificationKind;
  questionId: string | null;
  sessionId: string | null;
  payload: NotificationPayload;
};
