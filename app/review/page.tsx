import type { Metadata } from "next";
import Link from "next/link";
import { AuthorSummaries } from "@/components/review/author-summaries";
import { claimTone } from "@/components/review/claim-cell";
import { ThemeSection } from "@/components/review/theme-section";
import { Timeline } from "@/components/review/timeline";
import { getDb } from "@/lib/db";
import { getViewer } from "@/lib/http/session";
import { loadReview } from "@/lib/review/queries";
import { reviewQuery } from "@/lib/review/schemas";
import { searchParamsObject } from "@/lib/validation/common";

export const metadata: Metadata = { title: "How the 2017 predictions resolved" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const review = await loadReview(getDb(), viewer);
  const query = reviewQuery.safeParse(searchParamsObject(await searchParams));
  const requested = query.success ? query.data.theme : undefined;
  const theme =
    review.themes.find((entry) => entry.slug === requested) ??
    review.themes.find((entry) => entry.claims.length > 0) ??
    review.themes[0];
  const claims = review.authors.flatMap((author) => author.claims);

  return (
    <>
      <h1>How the 2017 predictions resolved</h1>
      <p className="lede">
        Every forecast the articles made, in the probability their words implied, scored against what happened between
        2017 and 2025. Brier score: 0 is perfect, 0.25 is a coin toss, 1 is certain and wrong. Conditional claims count
        only when their condition happened; an article published twice counts once. A question that does not fairly test
        a claim (its answer was known when it opened, or it reads the author differently) is marked, and its claims are
        shown with the reason but not scored. <Link href="/practice">Try the questions yourself, blind</Link>.
      </p>
      {!query.success && (
        <p className="notice" role="alert">
          That theme was not understood; showing {theme?.label ?? "the review"} instead.
        </p>
      )}

      <nav aria-label="Themes" className="theme-nav">
        <ul>
          {review.themes.map((entry) => (
            <li key={entry.slug}>
              <Link
                href={`/review?theme=${entry.slug}`}
                aria-current={entry.slug === theme?.slug ? "page" : undefined}
                className={entry.slug === theme?.slug ? "tag" : undefined}
              >
                {entry.label} ({entry.claims.length})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {theme ? <ThemeSection theme={theme} /> : <p className="muted">No resolved question carries a claim yet.</p>}

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline, 2017 to 2025</h2>
        <p>
          Each article’s claims sit above its publication date, at the probability they implied; the triangles along the
          bottom are the events that settled the questions. Select a point to open its question.
        </p>
        <Timeline
          claims={claims.map((claim) => ({
            id: claim.id,
            t: claim.publishedAt.getTime(),
            p: claim.impliedProbability,
            tone: claimTone(claim),
            author: claim.author,
            cue: claim.cue,
            questionId: claim.questionId,
            questionTitle: claim.questionTitle,
            themes: claim.themes,
          }))}
          events={review.events.map((event) => ({
            id: event.id,
            t: event.occurredAt.getTime(),
            summary: event.summary,
          }))}
          themes={review.themes.map((entry) => ({ slug: entry.slug, label: entry.label }))}
        />
      </section>

      <section aria-labelledby="authors">
        <h2 id="authors">Authors</h2>
        <p>
          Each author’s claims across all themes, best mean Brier first. Claims the author reports from someone else (an
          official, an institute) are marked and count for the author who chose to cite them.
        </p>
        <AuthorSummaries authors={review.authors} />
      </section>
    </>
  );
}
