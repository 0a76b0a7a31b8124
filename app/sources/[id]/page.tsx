import type { Metadata } from "next";
import Link from "next/link";
import { QuoteWithCue } from "@/components/quote-with-cue";
import { ThemeTags } from "@/components/theme-tags";
import { getDb } from "@/lib/db";
import { HighlightedText, describeCandidate } from "@/components/sources/highlighted-text";
import { getViewer } from "@/lib/http/session";
import { linkToQuestions } from "@/lib/sources/question-links";
import { sourceAnalysis } from "@/lib/sources/stored-analysis";
import { sourceWithText } from "@/lib/sources/candidates";
import { formatDate, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/http/page-guards";
import { getSource } from "@/lib/sources/queries";
import { sourceIdParam } from "@/lib/sources/schemas";
import { parseInput } from "@/lib/validation/parse";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  const viewer = await getViewer();
  return orNotFound(async () => getSource(getDb(), parseInput(sourceIdParam, { id }).id, viewer));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function SourcePage({ params }: Props) {
  const source = await load(params);
  const viewer = await getViewer();
  const text = source.hasText ? (await sourceWithText(getDb(), source.id)).text : null;
  const { analysis, problem } = text
    ? await sourceAnalysis(getDb(), { id: source.id, text })
    : { analysis: null, problem: null };
  const candidates = analysis ? await linkToQuestions(getDb(), viewer, analysis.candidates) : [];
  return (
    <article>
      <p className="meta">
        <Link href="/sources">← All sources</Link>
      </p>
      <h1>{source.title}</h1>
      <dl className="facts card">
        <dt>Author</dt>
        <dd>{source.author}</dd>
        <dt>Outlet</dt>
        <dd>{source.outlet}</dd>
        <dt>Published</dt>
        <dd>
          {formatDate(source.publishedAt)}
          {source.publishedAtNote && <span className="muted"> ({source.publishedAtNote})</span>}
        </dd>
        {source.url && (
          <>
            <dt>Link</dt>
            <dd>
              <a href={source.url} rel="noreferrer">
                {source.url}
              </a>
            </dd>
          </>
        )}
        <dt>Content hash</dt>
        <dd>
          <code>{source.contentHash.slice(0, 16)}…</code>
        </dd>
      </dl>
      {source.summary && <p className="lede">{source.summary}</p>}
      {source.duplicateOf && (
        <p className="notice">
          Same article as <Link href={`/sources/${source.duplicateOf.id}`}>{source.duplicateOf.title}</Link> (
          {source.duplicateOf.outlet}). Its predictions are recorded once, on that copy.
        </p>
      )}
      {source.duplicates.length > 0 && (
        <p className="muted">
          Also published as:{" "}
          {source.duplicates.map((duplicate) => (
            <Link key={duplicate.id} href={`/sources/${duplicate.id}`}>
              {duplicate.title} ({duplicate.outlet})
            </Link>
          ))}
        </p>
      )}

      {text && problem && (
        <section aria-labelledby="found">
          <h2 id="found">Forecasts found in the text</h2>
          <p role="status">{problem}. The text is stored; its forecasts are not highlighted.</p>
        </section>
      )}

      {text && analysis && (
        <section aria-labelledby="found">
          <h2 id="found">Forecasts found in the text ({candidates.length})</h2>
          <p className="muted">
            Highlighted sentences state a forecast; focus or hover one to see its cue, the probability its words imply (
            <Link href="/estimative-words">the table</Link>) and its themes (a forecast is unassigned unless the text is
            about what the workbench’s questions are about). Struck-through lines are page debris and are left out of
            the analysis.
          </p>
          <HighlightedText text={text} candidates={candidates} debris={analysis.debris} />
          {candidates.length === 0 ? (
            <p className="muted">No forecast found: the text reports facts or history only.</p>
          ) : (
            <ol className="candidate-list">
              {candidates.map((candidate, index) => (
                <li key={candidate.start} className="card">
                  <blockquote>
                    <a href={`#forecast-${index}`}>{candidate.sentence}</a>
                  </blockquote>
                  <p className="meta">{describeCandidate(candidate)}</p>
                  {candidate.similarQuestions.length > 0 && (
                    <p className="meta">
                      Similar questions:{" "}
                      {candidate.similarQuestions.map((question) => (
                        <span key={question.id}>
                          <Link href={`/questions/${question.id}`}>{question.title}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                  {viewer ? (
                    <Link
                      className="button-link"
                      href={`/questions/new?source=${source.id}&start=${candidate.start}&end=${candidate.end}`}
                      aria-label={`Make a question from forecast ${index + 1}`}
                    >
                      Make a question
                    </Link>
                  ) : (
                    <Link href={`/sign-in?next=/sources/${source.id}`}>Sign in to make a question</Link>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <h2>Predictions in this article</h2>
      {source.excerpts.length === 0 ? (
        <p className="muted">
          {source.duplicateOf
            ? "Recorded on the other copy of this article."
            : "No prediction has been excerpted from this source yet."}
        </p>
      ) : (
        <ul className="excerpts">
          {source.excerpts.map((excerpt) => (
            <li key={excerpt.id} className="card">
              <QuoteWithCue quote={excerpt.quote} cue={excerpt.cue} />
              <p className="meta">
                <span>
                  Cue “{excerpt.cue}” ≈ <span className="prob">{formatPercent(excerpt.cueProbability)}</span>
                  {excerpt.negated ? " (negated)" : ""}
                </span>
                {excerpt.attribution && <span>Claim by {excerpt.attribution}</span>}
                {excerpt.condition && <span>Conditional: {excerpt.condition}</span>}
                <ThemeTags slugs={excerpt.topics.split(" ").filter(Boolean)} />
              </p>
              {excerpt.questions.length > 0 && (
                <p className="meta">
                  Feeds:{" "}
                  {excerpt.questions.map((link) => (
                    <span key={link.questionId}>
                      <Link href={`/questions/${link.questionId}`}>{link.question.title}</Link> (implies{" "}
                      {formatPercent(link.impliedProbability)})
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
