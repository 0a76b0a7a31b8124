import type { Metadata } from "next";
import Link from "next/link";
import { OutcomeLabel } from "@/components/outcome-label";
import { StatusBadge } from "@/components/status-badge";
import { ThemeTags } from "@/components/theme-tags";
import { getDb } from "@/lib/db";
import { questionStatus, QUESTION_STATUSES } from "@/lib/domain/question-status";
import { THEMES } from "@/lib/domain/themes";
import { getViewer } from "@/lib/http/session";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { listQuestions } from "@/lib/questions/queries";
import { listQuestionsQuery, QUESTION_SORTS, type ListQuestionsQuery } from "@/lib/questions/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Questions" };
export const dynamic = "force-dynamic";

const SORT_LABEL: Record<(typeof QUESTION_SORTS)[number], string> = {
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
  const page = await listQuestions(getDb(), query, await getViewer());
  const now = new Date();
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

      <form className="filters" method="get" action="/questions" role="search" aria-label="Filter questions">
        <label>
          Search
          <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="truce, Baghdadi, Iraq…" />
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            {QUESTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status[0]?.toUpperCase() + status.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select name="theme" defaultValue={query.theme ?? ""}>
            <option value="">All themes</option>
            {THEMES.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select name="sort" defaultValue={query.sort}>
            {QUESTION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABEL[sort]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
        {filtered && (
          <Link href="/questions" className="button button-secondary">
            Clear filters
          </Link>
        )}
      </form>

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
            <li key={question.id}>
              <h2>
                <Link href={`/questions/${question.id}`}>{question.title}</Link>
              </h2>
              <p className="meta">
                <StatusBadge status={questionStatus(question, now)} />
                <ThemeTags slugs={question.themes.map((theme) => theme.themeSlug)} />
                <span>Closes {formatDate(question.closeAt)}</span>
                {question.currentResolution && (
                  <span>
                    Resolved{" "}
                    <OutcomeLabel
                      outcome={question.currentResolution.outcome}
                      option={question.currentResolution.option?.label}
                    />
                  </span>
                )}
                {(question.conditionQuestionId || question.conditionHidden) && <span>Conditional</span>}
                {question.type === "MULTIPLE_CHOICE" && <span>Multiple choice</span>}
                <span>
                  {question._count.excerpts} {question._count.excerpts === 1 ? "excerpt" : "excerpts"}
                </span>
              </p>
            </li>
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
  if (query.sort !== "closing") kept.sort = query.sort;
  return kept;
}
