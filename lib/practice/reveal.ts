// What a practice answer unlocks: the outcome, what the authors' words implied (scored the
// same way as in the review), the crowd, and your score. Pure; numbers from lib/forecasting.
import { brierScore, logScore, multiBrierScore } from "../forecasting";
import { probabilityOfOutcome, scoredOutcome, type ScoredOutcome } from "../forecasts/outcome";
import { scoreClaim } from "../review/claims";
import { readingOf } from "../review/reading";
import type { Crowd } from "./crowd";
import type { Viewer } from "../domain/viewer";
import { conditionTitle, knownLinks, type PracticeQuestionRow } from "./as-of";

/** One probability per option in option order; yes/no questions hold [P(yes)]. */
export type AnswerProbs = number[];

export type RevealClaim = {
  excerptId: string;
  author: string;
  attribution: string | null;
  cue: string;
  impliedProbability: number;
  optionId: string | null;
  optionLabel: string | null;
  note: string | null;
  /** Your probability for the same event (Yes, or the option the claim names). */
  yourProbability: number;
  outcome: 0 | 1 | null;
  scored: boolean;
  brier: number | null;
  yourBrier: number | null;
  reason: string | null;
};

/** What scoring a whole answer needs to know of its question. */
export type ScorableQuestion = Pick<PracticeQuestionRow, "type" | "options"> & {
  currentResolution: { outcome: string; optionId: string | null } | null;
};

/** Practice questions are resolved with a scorable outcome by construction (lib/practice/scope.ts). */
export function practiceOutcome(question: ScorableQuestion): ScoredOutcome {
  const outcome = scoredOutcome(question, question.currentResolution);
  if (!outcome) throw new Error("A practice question has no scorable outcome");
  return outcome;
}

/** Brier and log score of a whole answer: binary Brier for yes/no, the multi-option sum otherwise. */
export function scoreAnswer(question: ScorableQuestion, probs: AnswerProbs) {
  const outcome = practiceOutcome(question);
  const logOfOutcome = logScore(probabilityOfOutcome(probs, outcome), 1);
  if (outcome.kind === "binary") return { brier: brierScore(probs[0]!, outcome.outcome), logScore: logOfOutcome };
  return { brier: multiBrierScore(probs, outcome.outcomeIndex), logScore: logOfOutcome };
}

function scoreCrowd(question: PracticeQuestionRow, crowd: Crowd | undefined) {
  if (!crowd) return null;
  return { probs: crowd.probs, forecasters: crowd.forecasters, brier: scoreAnswer(question, crowd.probs).brier };
}

export function revealClaims(question: PracticeQuestionRow, probs: AnswerProbs, viewer: Viewer): RevealClaim[] {
  const resolution = question.currentResolution!;
  const condition = question.conditionQuestion;
  return knownLinks(question).map((link) => {
    const optionIndex = link.optionId ? question.options.findIndex((option) => option.id === link.optionId) : 0;
    const yourProbability = probs[optionIndex] ?? probs[0]!;
    const score = scoreClaim({
      impliedProbability: link.impliedProbability,
      optionId: link.optionId,
      excerptCondition: link.excerpt.condition,
      questionType: question.type,
      resolution: { outcome: resolution.outcome, optionId: resolution.optionId },
      reading: readingOf(question),
      questionCondition:
        condition && question.conditionOutcome
          ? {
              title: conditionTitle(question, viewer)!,
              required: question.conditionOutcome,
              resolvedAs: condition.currentResolution?.outcome ?? null,
            }
          : null,
    });
    return {
      excerptId: link.excerpt.id,
      author: link.excerpt.source.duplicateOf?.author ?? link.excerpt.source.author,
      attribution: link.excerpt.attribution,
      cue: link.excerpt.cue,
      impliedProbability: link.impliedProbability,
      optionId: link.optionId,
      optionLabel: question.options.find((option) => option.id === link.optionId)?.label ?? null,
      note: link.note,
      yourProbability,
      outcome: score.outcome,
      scored: score.scored,
      brier: score.brier,
      yourBrier: score.scored ? brierScore(yourProbability, score.outcome!) : null,
      reason: score.reason,
    };
  });
}

export function buildReveal(
  question: PracticeQuestionRow,
  probs: AnswerProbs,
  crowd: Crowd | undefined,
  viewer: Viewer,
) {
  const resolution = question.currentResolution!;
  return {
    outcome: {
      outcome: resolution.outcome,
      optionId: resolution.optionId,
      optionLabel: resolution.option?.label ?? null,
      occurredAt: resolution.occurredAt,
      precision: resolution.occurredAtPrecision,
      note: resolution.note,
      evidence: resolution.evidence,
    },
    authors: revealClaims(question, probs, viewer),
    crowd: scoreCrowd(question, crowd),
    yourScore: scoreAnswer(question, probs),
  };
}

export type Reveal = ReturnType<typeof buildReveal>;
