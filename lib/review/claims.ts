// One claim is one excerpt's implied probability for one resolved question. Scoring a claim is
// pure: the numbers come from lib/forecasting, this module only decides whether a claim can be
// scored at all (conditions, unscorable outcomes) and against which outcome.
import { brierScore, logScore } from "../forecasting";
import { READING_LABELS, type QuestionReading } from "./reading";

export type ResolutionOutcome = "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";

export type ClaimCondition = {
  text: string;
  /** met: it happened; not_met: it did not (or has not yet); unchecked: no resolved question tracks it. */
  status: "met" | "not_met" | "unchecked";
};

export type ClaimScoreInput = {
  impliedProbability: number;
  /** Multiple choice: the option the claim speaks to. */
  optionId: string | null;
  excerptCondition: string | null;
  questionType: "BINARY" | "MULTIPLE_CHOICE";
  resolution: { outcome: ResolutionOutcome; optionId: string | null };
  /** The question's own condition ("if question X resolves YES"), when it has one. */
  questionCondition: { title: string; required: "YES" | "NO"; resolvedAs: ResolutionOutcome | null } | null;
  /** The question's mark when it does not fairly test the claim (settled at opening, a different claim…). */
  reading?: QuestionReading | null;
};

export type ClaimScore = {
  /** 1 when what the claim gives a probability to happened, 0 when not; null when not settled. */
  outcome: 0 | 1 | null;
  scored: boolean;
  brier: number | null;
  logScore: number | null;
  condition: ClaimCondition | null;
  /** Why the claim is not scored; null when it is. */
  reason: string | null;
};

const yesNo = (outcome: string) => (outcome === "YES" ? "Yes" : outcome === "NO" ? "No" : outcome.toLowerCase());

function outcomeOf(input: ClaimScoreInput): 0 | 1 | null {
  const { resolution } = input;
  if (resolution.outcome === "YES") return 1;
  if (resolution.outcome === "NO") return 0;
  if (resolution.outcome === "OPTION" && input.optionId) return input.optionId === resolution.optionId ? 1 : 0;
  return null;
}

function conditionOf(input: ClaimScoreInput): ClaimCondition | null {
  const condition = input.questionCondition;
  if (condition) {
    const met = condition.resolvedAs === condition.required;
    return {
      text: `“${condition.title}” resolves ${yesNo(condition.required)}`,
      status: met ? "met" : "not_met",
    };
  }
  // A condition in the author's words that no question tracks cannot be checked against the outcomes.
  if (input.excerptCondition) return { text: input.excerptCondition, status: "unchecked" };
  return null;
}

export function scoreClaim(input: ClaimScoreInput): ClaimScore {
  const outcome = outcomeOf(input);
  const condition = conditionOf(input);
  const unscored = (reason: string): ClaimScore => ({
    outcome,
    scored: false,
    brier: null,
    logScore: null,
    condition,
    reason,
  });
  const resolved = input.resolution.outcome;
  if (resolved === "AMBIGUOUS" || resolved === "ANNULLED") {
    return unscored(
      `The question resolved ${resolved === "AMBIGUOUS" ? "ambiguous" : "annulled"}, so no claim on it is scored.`,
    );
  }
  if (outcome === null) return unscored("The claim names no option of this multiple-choice question.");
  if (input.reading) {
    return unscored(`${READING_LABELS[input.reading.status]}: ${input.reading.reason} So the claim is not scored.`);
  }
  if (condition?.status === "not_met") {
    const as = input.questionCondition?.resolvedAs;
    return unscored(
      `Conditional claim: its condition (${condition.text}) did not happen${as ? ` (it resolved ${yesNo(as)})` : " (not resolved yet)"}, so it is not scored.`,
    );
  }
  if (condition?.status === "unchecked") {
    return unscored(
      `Conditional claim (“${condition.text}”): no resolved question tracks this condition, so whether it happened is not established and the claim is not scored.`,
    );
  }
  return {
    outcome,
    scored: true,
    brier: brierScore(input.impliedProbability, outcome),
    logScore: logScore(input.impliedProbability, outcome),
    condition,
    reason: null,
  };
}

/** Same question, same article (a republication counts as the original), same words: one claim. */
export function claimIdentity(claim: { questionId: string; articleId: string; quote: string }): string {
  const words = claim.quote.toLowerCase().replace(/\s+/g, " ").trim();
  return `${claim.questionId}|${claim.articleId}|${words}`;
}

/**
 * Keeps one claim per identity, preferring the one taken from the article itself over a copy,
 * so the two copies of one article never count an author's claim twice.
 */
export function dedupeClaims<T extends { questionId: string; articleId: string; sourceId: string; quote: string }>(
  claims: readonly T[],
): T[] {
  const kept = new Map<string, T>();
  for (const claim of claims) {
    const key = claimIdentity(claim);
    const existing = kept.get(key);
    if (!existing || (existing.sourceId !== existing.articleId && claim.sourceId === claim.articleId)) {
      kept.set(key, claim);
    }
  }
  return [...kept.values()];
}
