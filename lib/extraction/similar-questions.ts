// Which existing questions a forecast found in a text is about, by BM25 over the questions' titles and
// resolution criteria (MiniSearch), and the themes that follows from: a theme is taken from a similar
// question only on strong evidence, so a sentence about interest rates in a workbench of ISIS questions
// is "unassigned" rather than filed under a theme whose keyword it happens to share.
import MiniSearch from "minisearch";
import type { ThemeSlug } from "../domain/themes";

export type LinkableQuestion = {
  id: string;
  title: string;
  resolutionCriteria: string;
  themes: readonly ThemeSlug[];
};

export type SimilarQuestion = {
  id: string;
  title: string;
  /** BM25 score of the question for the sentence (MiniSearch's BM25+, unnormalised). */
  score: number;
  /** The sentence's words (stemmed) that the question shares. */
  sharedTerms: string[];
};

/**
 * Evidence a link must carry to count: distinct shared words, and a score. One shared word ("leaders",
 * "union") is how keyword lists filed unrelated sentences under a theme; three distinct ones, one of them
 * rare across the questions, is a sentence about the same thing. Measured on the seed articles against
 * their questions and on the out-of-domain corpus (tests/fixtures/extraction): see similar-questions.test.ts.
 */
export const MIN_SHARED_TERMS = 3;
export const MIN_SCORE = 8;
/** Links shown for one sentence at most. */
export const SIMILAR_SHOWN = 3;

// Function words carry no topic; forecasting words ("will", "likely", "before") appear in every question.
const STOP_WORDS = new Set(
  `a an and are as at be been before being between both but by can could did do does during each either for from
  had has have if in into is it its may might more most must no nor not of on once only or other otherwise our out
  over own resolves resolve resolved same shall should so some such than that the their them then there these they
  this those through to under until up very was we were what when where whether which while who whom why will with
  would yes you announce announced announces credible reporting report reports date dates day days year years month
  months counts count inclusive between any one two three first new`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case, strip possessives and plural -s: "groups'" and "group" are one term. */
function normalise(term: string): string | null {
  const word = term
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return null;
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

export type QuestionIndex = { search: MiniSearch<LinkableQuestion>; byId: Map<string, LinkableQuestion> };

export function questionIndex(questions: readonly LinkableQuestion[]): QuestionIndex {
  const search = new MiniSearch<LinkableQuestion>({
    fields: ["title", "resolutionCriteria"],
    storeFields: [],
    processTerm: normalise,
    // A title says what the question is about; criteria repeat definitions and dates.
    searchOptions: { boost: { title: 2 }, processTerm: normalise },
  });
  search.addAll(questions.map((question) => ({ ...question })));
  return { search, byId: new Map(questions.map((question) => [question.id, question])) };
}

/** The questions most similar to `sentence` that pass the evidence bar, best first. */
export function similarQuestions(index: QuestionIndex, sentence: string, limit = SIMILAR_SHOWN): SimilarQuestion[] {
  if (index.byId.size === 0) return [];
  return index.search
    .search(sentence, { combineWith: "OR" })
    .filter((result) => result.terms.length >= MIN_SHARED_TERMS && result.score >= MIN_SCORE)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      title: index.byId.get(String(result.id))!.title,
      score: result.score,
      sharedTerms: result.terms,
    }));
}

/** Share of a text's forecasts that must be strongly similar to some question for the text to count as
 * being about the workbench's questions at all. */
export const LINKED_SHARE_FOR_TEXT = 0.2;

export type ThemedCandidate = { themes: ThemeSlug[]; similar: SimilarQuestion[] };

/**
 * The themes of each forecast found in one text. The extractor's own topics are words that name a theme
 * ("truce", "defect"); they are trusted only where the text is about what the workbench's questions are
 * about: the forecast itself is strongly similar to a question, or enough of the text's forecasts are.
 * Anywhere else a forecast is unassigned (no theme), so an article about interest rates is never filed
 * under "leadership" because it mentions the Fed's leaders.
 */
export function assignThemes(
  index: QuestionIndex,
  candidates: readonly { sentence: string; topics: readonly string[] }[],
): ThemedCandidate[] {
  return themesGivenSimilar(
    candidates,
    candidates.map((candidate) => similarQuestions(index, candidate.sentence)),
  );
}

/** assignThemes with each candidate's similar questions already found (and filtered for a reader). */
export function themesGivenSimilar(
  candidates: readonly { topics: readonly string[] }[],
  similar: readonly SimilarQuestion[][],
): ThemedCandidate[] {
  const linked = similar.filter((found) => found.length > 0).length;
  const textLinked = linked > 0 && linked >= LINKED_SHARE_FOR_TEXT * candidates.length;
  return candidates.map((candidate, i) => ({
    similar: similar[i]!,
    themes:
      textLinked || similar[i]!.length > 0
        ? (candidate.topics.filter((topic) => topic !== "other") as ThemeSlug[])
        : [],
  }));
}
