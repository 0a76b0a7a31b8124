import type { Metadata } from "next";
import Link from "next/link";
import { ThemeTags } from "@/components/theme-tags";
import { getDb } from "@/lib/db";
import { canResolveQuestion } from "@/lib/domain/viewer";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { NEEDS_RESOLUTION_LIMIT, questionsNeedingResolution } from "@/lib/questions/queries";

export const metadata: Metadata = { title: "Needs resolution" };
export const dynamic = "force-dynamic";

export default async function NeedsResolutionPage() {
  const viewer = await requireViewer("/resolve");
  const { items, total } = await questionsNeedingResolution(getDb(), viewer);
  return (
    <>
      <h1>Needs resolution</h1>
      <p className="lede">Questions past their resolve-by date with no resolution recorded, most overdue first.</p>
      {items.length === 0 ? (
        <p className="card">Nothing is overdue. Questions appear here once their resolve-by date passes.</p>
      ) : (
        <>
          <p className="muted">
            {total} question{total === 1 ? "" : "s"}
            {total > NEEDS_RESOLUTION_LIMIT ? `; the ${NEEDS_RESOLUTION_LIMIT} most overdue are shown` : ""}.
          </p>
          <ul className="question-list">
            {items.map((question) => (
              <li key={question.id} className="card">
                <Link href={`/questions/${question.id}#resolve`}>{question.title}</Link>
                <p className="meta">
                  <ThemeTags slugs={question.themes.map((theme) => theme.themeSlug)} />
                  <span>Resolve by {formatDate(question.resolveBy)}</span>
                  <span>
                    {canResolveQuestion(viewer, question)
                      ? "You can resolve it"
                      : "Its creator, a team owner or facilitator, or an administrator resolves it"}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
