// Entry point of the prediction extractor. Everything here is pure: no file, network or database access.

export {
  extractPredictions,
  ExtractionTimeoutError,
  EXTRACTION_BUDGET_MS,
  type Candidate,
  type ExtractOptions,
} from "./extract";
export { findDebris, isInDebris, maskDebris, removeDebris, type DebrisRange, type DebrisReason } from "./debris";
export { splitSentences, splitBlocks, MAX_SENTENCE_CHARS, type Sentence, type Span } from "./sentences";
export { findCues, selectCue, rejectionReason, findTablePhrases, type CueMatch } from "./cues";
export { detectNegation, DENIAL_PHRASES, type NegationResult } from "./negation";
export { splitConditional, type Conditional } from "./conditionals";
export { findAttribution, type AttributionHit } from "./attribution";
export {
  assignThemes,
  questionIndex,
  SIMILAR_SHOWN,
  themesGivenSimilar,
  similarQuestions,
  type LinkableQuestion,
  type QuestionIndex,
  type SimilarQuestion,
  type ThemedCandidate,
} from "./similar-questions";
export { detectTopics, isAnaphoric, type TopicSlug } from "./topics";
export { suggestCloseDate } from "./time-expressions";
export {
  compareTexts,
  containment,
  findNearDuplicate,
  jaccard,
  normalizeForComparison,
  shingles,
  MIN_SHINGLES,
  NEAR_DUPLICATE_THRESHOLD,
  SHINGLE_SIZE,
  type NearDuplicateMatch,
} from "./near-duplicates";
export { ESTIMATIVE_WORDS, probabilityForCue, type EstimativeWord } from "./estimative-words";
export { eventQuestion } from "./event-question";
export { statedProbability, type StatedProbability } from "./stated-probability";
