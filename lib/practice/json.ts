// The API's representation of practice runs: dates as ISO strings; probabilities as in the
// forecast API (lib/forecasts/probabilities.ts).
import { probabilitiesJson } from "../forecasts/probabilities";
import type { AsOfQuestion } from "./as-of";
import type { Reveal } from "./reveal";
import type { PracticeRunView } from "./run";

const iso = (date: Date) => date.toISOString();

export function toAsOfJson(question: AsOfQuestion) {
  return {
    ...question,
    asOf: iso(question.asOf),
    excerpts: question.excerpts.map((excerpt) => ({
      ...excerpt,
      source: { ...excerpt.source, publishedAt: iso(excerpt.source.publishedAt) },
    })),
  };
}

export function toRevealJson(question: Pick<AsOfQuestion, "type" | "options">, reveal: Reveal) {
  return {
    outcome: { ...reveal.outcome, occurredAt: iso(reveal.outcome.occurredAt) },
    authors: reveal.authors,
    crowd: reveal.crowd
      ? {
          ...probabilitiesJson(question, reveal.crowd.probs),
          forecasters: reveal.crowd.forecasters,
          brier: reveal.crowd.brier,
        }
      : null,
    yourScore: reveal.yourScore,
  };
}

export function toRunJson(run: PracticeRunView) {
  return {
    runId: run.id,
    theme: run.theme,
    createdAt: iso(run.createdAt),
    finishedAt: run.finishedAt ? iso(run.finishedAt) : null,
    progress: run.progress,
    questions: run.items.map((item) => ({
      ...toAsOfJson(item.question),
      answered: item.answer !== null,
      // Outcome, authors' probabilities, crowd and score exist only once the question is answered.
      answer: item.answer
        ? {
            ...probabilitiesJson(item.question, item.answer.probs),
            rationale: item.answer.rationale,
            asOf: item.answer.asOf ? iso(item.answer.asOf) : null,
            createdAt: iso(item.answer.createdAt),
          }
        : null,
      reveal: item.reveal ? toRevealJson(item.question, item.reveal) : null,
    })),
    summary: run.summary,
  };
}
