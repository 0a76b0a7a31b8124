import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters } from "@/components/questions-list/list-filters";
import { QuestionRow } from "@/components/questions-list/question-row";
import { getDb } from "@/lib/db";
import { questionStatus, QUESTION_STATUSES } from "@/lib/domain/question-status";
import { THEMES } from "@/lib/domain/themes";
import { getViewer } from "@/lib/http/session";
import { AppError } from "@/lib/errors";
import { listQuestions } from "@/lib/questions/list";
import { listQuestionsQuery, QUESTION_SORTS, type ListQuestionsQuery } from "@/lib/questions/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Questions" };
export const dynamic = "force-dynamic";

const DEFAULT_SORT = listQuestionsQuery.parse({}).sort;

const SORT_LABEL: Record<(typeof QUESTION_SORTS)[number], string> = {
  "open-first": "Open first",
  closing: "Closing soonest",
  newest: "Newest",
  oldest: "Oldest",
  title: "Title A–Z",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  const raw = searchParamsObject(await searchParams);
  let query: ListQuestionsQuery;
  let filterError: string | null = null;
  try {
    query = parseInput(listQuestionsQuery, raw);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    filterError = error.message;
    query = parseInput(listQuestionsQuery, {});
  }
  const viewer = await getViewer();
  const now = new Date();
  const page = await listQuestions(getDb(), query, viewer, now);
  const filtered = Boolean(query.status || query.theme || query.q);
  const nextHref = page.nextCursor
    ? `/questions?${new URLSearchParams({ ...keep(query), cursor: page.nextCursor })}`
    : null;

  return (
    <>
      <h1>Questions</h1>
      <p>
        <Link href="/questions/new" className="button-link">
          New question
        </Link>
      </p>
      <p className="lede">
        Explicit forecast questions drawn from the articles, each with a checkable resolution criterion.
      </p>

      <ListFilters
        values={{ q: query.q ?? "", status: query.status ?? "", theme: query.theme ?? "", sort: query.sort }}
        defaultSort={DEFAULT_SORT}
        statuses={[
          { value: "", label: "Any status" },
          ...QUESTION_STATUSES.map((status) => ({ value: status, label: capitalised(status) })),
        ]}
        themes={[
          { value: "", label: "All themes" },
          ...THEMES.map((theme) => ({ value: theme.slug, label: theme.label })),
        ]}
        sorts={QUESTION_SORTS.map((sort) => ({ value: sort, label: SORT_LABEL[sort] }))}
      />

      {filterError && (
        <p className="notice" role="alert">
          Part of the filter was not understood ({filterError}); showing all questions instead.
        </p>
      )}

      <p className="muted" aria-live="polite">
        {page.total} {page.total === 1 ? "question" : "questions"}
        {filtered ? " match" : ""}
      </p>

      {page.items.length === 0 ? (
        <div className="card">
          <p>
            {filtered
              ? "No question matches these filters. Try another theme or status, or clear the filters."
              : "There are no questions yet. Start the app with an empty database to load the articles' questions, or run npm run seed."}
          </p>
        </div>
      ) : (
        <ul className="question-list">
          {page.items.map((question) => (
            <QuestionRow
              key={question.id}
              question={question}
              status={questionStatus(question, now)}
              signedIn={viewer !== null}
            />
          ))}
        </ul>
      )}

      <nav className="pagination" aria-label="Pages">
        {query.cursor && <Link href={`/questions?${new URLSearchParams(keep(query))}`}>First page</Link>}
        {nextHref && <Link href={nextHref}>Next page</Link>}
      </nav>
    </>
  );
}

function keep(query: ListQuestionsQuery): Record<string, string> {
  const kept: Record<string, string> = {};
  if (query.status) kept.status = query.status;
  if (query.theme) kept.theme = query.theme;
  if (query.q) kept.q = query.q;
  if (query.sort !== DEFAULT_SORT) kept.sort = query.sort;
  return kept;
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
