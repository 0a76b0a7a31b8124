// Turning an extracted forecast into a question draft the user edits before publishing: a "Will …?" title about the
// event (the hedge is the implied probability, not part of the question), the quote as background, a close date from
// the sentence's own time expression, the themes the extractor detected.
import { eventQuestion, suggestCloseDate, type Candidate } from "../extraction";
import { THEME_SLUGS, type ThemeSlug } from "../domain/themes";

const DAY_MS = 86_400_000;

export type QuestionDraft = {
  title: string;
  description: string;
  resolutionCriteria: string;
  closeAt: string;
  resolveBy: string;
  themes: ThemeSlug[];
  impliedProbability: number;
  fromExcerpt: { sourceId: string; start: number; end: number };
  /** The sentence's own horizon is already past: the question cannot close then, the user picks a date. */
  horizonPassed: boolean;
};

function clauseOf(candidate: Candidate): string {
  const clause = (candidate.conditional?.consequent ?? candidate.sentence).trim().replace(/[.!?]+["”’]?$/, "");
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

export function draftFromCandidate(
  candidate: Candidate,
  source: { id: string; title: string; author: string; publishedAt: Date },
  now = new Date(),
): QuestionDraft {
  const suggested = suggestCloseDate(candidate.sentence, source.publishedAt);
  const statedHorizon = suggested.getTime() !== suggestCloseDate("", source.publishedAt).getTime();
  // The sentence's own horizon is kept even when it has passed (an old article): moving it would contradict the
  // text. Only the default horizon of a sentence that states none moves to a year from today.
  const close =
    statedHorizon || suggested.getTime() > now.getTime() ? suggested : new Date(now.getTime() + 365 * DAY_MS);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const byDate = day(close);
  const before = day(new Date(close.getTime() + DAY_MS));
  const condition = candidate.conditional ? ` (if ${candidate.conditional.condition.replace(/^if\s+/i, "")})` : "";
  const clause = clauseOf(candidate);
  const event = eventQuestion(candidate.conditional?.consequent ?? candidate.sentence);
  const short = clause.length > 160 ? `${clause.slice(0, 157)}…` : clause;
  const question = event && event.length <= 170 ? event : `Will the following come about: ${short}`;
  return {
    title: `${question} before ${before}${condition}?`,
    description: `${candidate.attribution ? `${candidate.attribution}, quoted by ` : ""}${source.author} in “${source.title}” (${day(source.publishedAt)}): “${candidate.sentence.trim()}”`,
    resolutionCriteria: `Resolves Yes if, by ${byDate}, credible reporting (two independent outlets or an official statement) shows that the answer to “${question}?” is yes. Resolves No otherwise. Edit this to name the exact event and source that settle it.`,
    closeAt: byDate,
    resolveBy: day(new Date(close.getTime() + 30 * DAY_MS)),
    themes: candidate.topics.filter(
      (topic): topic is ThemeSlug => (THEME_SLUGS as readonly string[]).includes(topic) && topic !== "other",
    ),
    impliedProbability: candidate.probability,
    fromExcerpt: { sourceId: source.id, start: candidate.start, end: candidate.end },
    horizonPassed: close.getTime() <= now.getTime(),
  };
}
