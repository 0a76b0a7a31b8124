// The API's representation of questions: explicit, stable field names, derived status included.
import { questionStatus } from "../domain/question-status";
import { DEFAULT_METHOD } from "../forecasts/current";
import { valueJson } from "../forecasts/continuous";
import { probabilitiesJson, type QuestionType } from "../forecasts/probabilities";
import type { QuestionSummary } from "./list";
import type { QuestionDetail } from "./queries";

type ResolutionLike = {
  outcome: string;
  occurredAt: Date;
  option?: { label: string } | null;
  value?: number | null;
};

function resolutionJson(resolution: ResolutionLike | null, type: QuestionType) {
  if (!resolution) return null;
  return {
    outcome: resolution.outcome,
    option: resolution.option?.label ?? null,
    value: resolution.value === null || resolution.value === undefined ? null : valueJson(type, resolution.value),
    occurredAt: resolution.occurredAt.toISOString(),
  };
}

export function toQuestionSummaryJson(question: QuestionSummary, now = new Date()) {
  return {
    id: question.id,
    title: question.title,
    type: question.type,
    status: questionStatus(question, now),
    themes: question.themes.map((theme) => theme.themeSlug),
    openAt: question.openAt.toISOString(),
    closeAt: question.closeAt.toISOString(),
    resolveBy: question.resolveBy.toISOString(),
    resolution: resolutionJson(question.currentResolution, question.type),
    // A condition the viewer cannot see is there (it decides whether this question counts) but unnamed.
    condition:
      question.conditionQuestionId || question.conditionHidden
        ? {
            questionId: question.conditionQuestionId,
            outcome: question.conditionOutcome,
            visible: !question.conditionHidden,
          }
        : null,
    teamId: question.teamId,
    excerptCount: question._count.excerpts,
    forecastCount: question.liveForecastCount,
    forecasterCount: question.numbers.forecasters,
    crowd: question.numbers.crowd && { method: DEFAULT_METHOD, ...probabilitiesJson(question, question.numbers.crowd) },
    crowdHidden: question.numbers.crowdHidden,
    yourLatest: question.numbers.mine && {
      createdAt: question.numbers.mine.createdAt.toISOString(),
      ...probabilitiesJson(question, question.numbers.mine.probs),
    },
  };
}

export function toQuestionDetailJson(question: QuestionDetail, now = new Date()) {
  return {
    id: question.id,
    title: question.title,
    description: question.description,
    resolutionCriteria: question.resolutionCriteria,
    type: question.type,
    status: questionStatus(question, now),
    options: question.options.map((option) => ({ id: option.id, label: option.label, position: option.position })),
    ...continuousRangeJson(question),
    themes: question.themes.map((link) => link.themeSlug),
    openAt: question.openAt.toISOString(),
    closeAt: question.closeAt.toISOString(),
    resolveBy: question.resolveBy.toISOString(),
    teamId: question.teamId,
    hideForecastsUntilForecast: question.hideForecastsUntilForecast,
    condition: question.conditionQuestion
      ? {
          questionId: question.conditionQuestion.id,
          title: question.conditionQuestion.title,
          outcome: question.conditionOutcome,
          visible: true,
        }
      : question.conditionHidden
        ? { questionId: null, title: null, outcome: question.conditionOutcome, visible: false }
        : null,
    // Questions that count only if this one resolves a given way (those the viewer may see).
    conditionalOn: question.conditionalOn.map((dependent) => ({
      questionId: dependent.id,
      title: dependent.title,
      requiredOutcome: dependent.conditionOutcome,
    })),
    resolution: question.currentResolution
      ? {
          ...resolutionJson(question.currentResolution, question.type),
          note: question.currentResolution.note,
          evidence: question.currentResolution.evidence,
          evidenceUrl: question.currentResolution.evidenceUrl,
          recordedAt: question.currentResolution.recordedAt.toISOString(),
        }
      : null,
    resolutionHistory: question.resolutions.map((resolution) => ({
      ...resolutionJson(resolution, question.type),
      note: resolution.note,
      reason: resolution.reason,
      recordedAt: resolution.recordedAt.toISOString(),
      recordedBy: resolution.recordedBy?.name ?? null,
    })),
    excerpts: question.excerpts.map((link) => ({
      id: link.excerpt.id,
      quote: link.excerpt.quote,
      cue: link.excerpt.cue,
      cueProbability: link.excerpt.cueProbability,
      impliedProbability: link.impliedProbability,
      option: link.option?.label ?? null,
      negated: link.excerpt.negated,
      attribution: link.excerpt.attribution,
      condition: link.excerpt.condition,
      note: link.note,
      offsets: { start: link.excerpt.startOffset, end: link.excerpt.endOffset },
      source: {
        id: link.excerpt.source.id,
        title: link.excerpt.source.title,
        author: link.excerpt.source.author,
        outlet: link.excerpt.source.outlet,
        url: link.excerpt.source.url,
        publishedAt: link.excerpt.source.publishedAt.toISOString(),
      },
    })),
    forecastCount: question.liveForecastCount,
  };
}

type RangeColumns = {
  type: string;
  rangeMin: number | null;
  rangeMax: number | null;
  openLower: boolean | null;
  openUpper: boolean | null;
  scale: string | null;
  unit: string | null;
};

/** `range` and `unit` of a NUMERIC or DATE question (DATE bounds back as ISO dates), null otherwise. */
export function continuousRangeJson(question: RangeColumns) {
  if (question.rangeMin === null || question.rangeMax === null) return { range: null, unit: null };
  const bound = (value: number) => (question.type === "DATE" ? new Date(value).toISOString() : value);
  return {
    range: {
      min: bound(question.rangeMin),
      max: bound(question.rangeMax),
      openLower: question.openLower ?? false,
      openUpper: question.openUpper ?? false,
      scale: question.scale === "log" ? ("log" as const) : ("linear" as const),
    },
    unit: question.unit,
  };
}
