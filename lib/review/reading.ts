// The marks a question can carry when it does not fairly test the claims linked to it, in words.
export type ReadingStatus = "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";

export type QuestionReading = { status: ReadingStatus; reason: string };

export const READING_LABELS: Record<ReadingStatus, string> = {
  SETTLED_AT_OPENING: "Settled when it opened",
  DIFFERS_FROM_AUTHOR: "Tests a different claim than the author’s",
  AMBIGUOUS_CLAIM: "The author’s claim is ambiguous",
};

export function readingOf(row: { readingStatus: ReadingStatus | null; readingReason: string | null }) {
  return row.readingStatus ? { status: row.readingStatus, reason: row.readingReason ?? "" } : null;
}
