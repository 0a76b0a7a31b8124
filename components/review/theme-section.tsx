// One theme on one screen: the verdict, then each resolved question with what happened and
// every author's claims side by side, then the claims in the authors' own words.
import Link from "next/link";
import { OutcomeLabel } from "@/components/outcome-label";
import { QuoteWithCue } from "@/components/quote-with-cue";
import { formatDate, formatPercent } from "@/lib/format";
import type { ThemeReview } from "@/lib/review/types";
import { ClaimCell } from "./claim-cell";
import { ReadingMark } from "./reading-mark";
import { ScrollBox } from "@/components/scroll-box";

export function ThemeSection({ theme }: { theme: ThemeReview }) {
  const authors = theme.authors.map((row) => row.author);
  return (
    <section aria-labelledby="theme-heading" className="review-theme">
      <h2 id="theme-heading">{theme.label}</h2>
      <p className="muted">{theme.description}</p>
      <p className="verdict">
        <strong>Verdict:</strong> {theme.verdict}
      </p>
      {theme.questions.length === 0 ? (
        <p className="muted">Nothing to score here yet: no question in this theme with article claims has resolved.</p>
      ) : (
        <ScrollBox label="Claims by question">
          <table className="data-table review-grid">
            <caption className="visually-hidden">
              {theme.label}: each resolved question, what happened, and every author&apos;s claims
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">What happened</th>
                {theme.authors.map((row) => (
                  <th scope="col" key={row.author}>
                    {row.author}
                    <span className="muted">
                      {" "}
                      {row.meanBrier === null ? "(nothing scored)" : `(mean Brier ${row.meanBrier.toFixed(3)})`}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {theme.questions.map((question) => (
                <tr key={question.id}>
                  <th scope="row">
                    <Link href={`/questions/${question.id}`}>{question.title}</Link>
                    {question.reading && (
                      <>
                        <br />
                        <ReadingMark reading={question.reading} />
                      </>
                    )}
                  </th>
                  <td>
                    <OutcomeLabel outcome={question.outcome} option={question.optionLabel} />,{" "}
                    {formatDate(question.occurredAt, question.precision)}
                    <br />
                    <span className="muted">{question.note}</span>
                  </td>
                  {authors.map((author) => {
                    const claims = theme.claims.filter((c) => c.questionId === question.id && c.author === author);
                    return (
                      <td key={author}>
                        {claims.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <ul className="claim-list">
                            {claims.map((claim) => (
                              <li key={claim.id}>
                                <ClaimCell claim={claim} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {theme.claims.length > 0 && (
        <details>
          <summary>The {theme.claims.length} claims in the authors’ words</summary>
          <ul className="excerpts">
            {theme.claims.map((claim) => (
              <li key={claim.id} className="card">
                <QuoteWithCue quote={claim.quote} cue={claim.cue} />
                <p className="meta">
                  <span>
                    {claim.attribution ? `${claim.attribution}, quoted by ` : ""}
                    {claim.author}, {formatDate(claim.publishedAt)}
                  </span>
                  <span>
                    Implies {formatPercent(claim.impliedProbability)}
                    {claim.optionLabel ? ` for “${claim.optionLabel}”` : " for Yes"} on{" "}
                    <Link href={`/questions/${claim.questionId}`}>{claim.questionTitle}</Link>
                  </span>
                </p>
                <p>
                  {claim.reading ? (
                    <ReadingMark reading={claim.reading} />
                  ) : claim.scored ? (
                    `Brier ${claim.brier!.toFixed(3)}, log score ${claim.logScore!.toFixed(3)}${claim.condition ? ` (condition met: ${claim.condition.text})` : ""}.`
                  ) : (
                    claim.reason
                  )}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
