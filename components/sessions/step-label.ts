import type { SessionStepName } from "@/lib/sessions/schemas";

export const SESSION_STEP_LABEL: Record<SessionStepName, string> = {
  ROUND1: "Round 1 (blind)",
  REVEAL: "Reveal",
  ROUND2: "Round 2",
  CLOSED: "Closed",
};
