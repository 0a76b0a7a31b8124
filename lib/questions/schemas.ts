// Inputs of the question use cases; the same schemas validate the page's query string and the API.
import { z } from "zod";
import { QUESTION_STATUSES } from "../domain/question-status";
import { THEME_SLUGS } from "../domain/themes";
import { cursor, pageLimit, recordId, text } from "../validation/common";

// "open-first": open questions closing soonest, then those awaiting resolution, then the resolved
// ones most recently resolved first (lib/questions/list.ts).
export const QUESTION_SORTS = ["open-first", "closing", "newest", "oldest", "title"] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

export const listQuestionsQuery = z.object({
  status: z.enum(QUESTION_STATUSES, { error: `status must be one of ${QUESTION_STATUSES.join(", ")}` }).optional(),
  theme: z.enum(THEME_SLUGS, { error: `theme must be one of ${THEME_SLUGS.join(", ")}` }).optional(),
  q: text("q").trim().max(200, { error: "q must be at most 200 characters" }).optional(),
  sort: z.enum(QUESTION_SORTS, { error: `sort must be one of ${QUESTION_SORTS.join(", ")}` }).default("open-first"),
  cursor,
  limit: pageLimit,
});
export type ListQuestionsQuery = z.output<typeof listQuestionsQuery>;

export const questionIdParam = z.object({ id: recordId("question id") });
