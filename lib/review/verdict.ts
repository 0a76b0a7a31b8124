// The one-line verdict of a theme, derived from its resolved questions and its authors' scores.
import type { ReviewClaim, ReviewQuestion } from "./types";

type AuthorRow = { author: string; scoredCount: number; meanBrier: number | null };

const brier = (value: number) => value.toFixed(3);
const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

function outcomeSentence(questions: ReviewQuestion[]): string | null {
  const binary = questions.filter((q) => q.outcome === "YES" || q.outcome === "NO");
  const multi = questions.filter((q) => q.outcome === "OPTION");
  const parts: string[] = [];
  if (binary.length === 1) {
    parts.push(`The one resolved yes/no question ${binary[0]!.outcome === "YES" ? "came true" : "did not come true"}`);
  } else if (binary.length > 1) {
    const yes = binary.filter((q) => q.outcome === "YES").length;
    const of = `${binary.length} resolved yes/no questions`;
    parts.push(
      yes === 0
        ? `None of the ${of} came true`
        : yes === binary.length
          ? `All ${of} came true`
          : `${yes} of the ${of} came true`,
    );
  }
  for (const q of multi) parts.push(`“${q.title}” resolved “${q.optionLabel ?? "an option"}”`);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Mean probability the author gave to the event (Yes, or the option named) across scored claims. */
function meanImplied(author: string, themeClaims: ReviewClaim[]): number | null {
  const own = themeClaims.filter((claim) => claim.author === author && claim.scored);
  if (own.length === 0) return null;
  return own.reduce((sum, claim) => sum + claim.impliedProbability, 0) / own.length;
}

/** Marked questions do not test their claims fairly, so the verdict sets them aside and says so. */
function markedClause(marked: ReviewQuestion[]): string {
  if (marked.length === 0) return "";
  const which = marked.length === 1 ? "1 marked question is" : `${marked.length} marked questions are`;
  return ` (${which} left out: ${marked.length === 1 ? "it does" : "they do"} not fairly test the authors’ claims)`;
}

export function themeVerdict(
  allQuestions: ReviewQuestion[],
  themeClaims: ReviewClaim[],
  authorsBestFirst: AuthorRow[],
): string {
  const questions = allQuestions.filter((question) => question.reading === null);
  const marked = allQuestions.filter((question) => question.reading !== null);
  const outcomes = outcomeSentence(questions);
  if (!outcomes) {
    return marked.length > 0
      ? `No question here tests the authors’ claims fairly${markedClause(marked)}, so none of its claims is scored.`
      : "No question in this theme has resolved yet, so none of its claims can be scored.";
  }
  const happened = `${outcomes}${markedClause(marked)}`;
  const ranked = authorsBestFirst.filter((row) => row.meanBrier !== null);
  if (ranked.length === 0) return `${happened}. None of the authors' claims here could be scored.`;
  const best = ranked[0]!;
  const worst = ranked.at(-1)!;
  const bestText = `${best.author} (mean Brier ${brier(best.meanBrier!)} over ${claims(best.scoredCount)})`;
  if (ranked.length === 1) return `${happened}. Only ${bestText} made a scored claim here.`;
  const binary = questions.filter((q) => q.outcome === "YES" || q.outcome === "NO");
  // The lean is judged on the yes/no questions; a multiple-choice question has no single "it".
  const allNo = binary.length > 0 && binary.every((q) => q.outcome === "NO");
  const allYes = binary.length > 0 && binary.every((q) => q.outcome === "YES");
  const lean = meanImplied(best.author, themeClaims);
  let bestClause = `${bestText} scored best`;
  if (allNo && lean !== null && lean < 0.5) bestClause = `authors who called it unlikely scored best: ${bestText}`;
  if (allYes && lean !== null && lean > 0.5) bestClause = `authors who called it likely scored best: ${bestText}`;
  const worstClause =
    worst.author === best.author
      ? ""
      : `; ${worst.author} scored worst (${brier(worst.meanBrier!)} over ${claims(worst.scoredCount)})`;
  return `${happened}; ${bestClause}${worstClause}.`;
}
