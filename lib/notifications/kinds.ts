// What a notification can be about, and what it carries beyond its subject's title.
export const NOTIFICATION_KINDS = ["question.resolved", "session.step_changed"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationScores = { finalBrier: number; timeAvgBrier: number; peerScore: number | null };

export type NotificationPayload = {
  reResolved?: boolean;
  /** The recipient's scores against this resolution, when they were computed. */
  scores?: NotificationScores | null;
  /** The step a session moved to: "reveal", "round2" or "closed". */
  step?: string;
};
