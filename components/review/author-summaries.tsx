// Per author: mean Brier, claims, calibration where there are enough claims, and every claim
// of each of their articles.
import Link from "next/link";
import { CalibrationTable } from "@/components/track-record/calibration-table";
import { formatDate, formatPercent } from "@/lib/format";
import { MIN_CLAIMS_FOR_CALIBRATION } from "@/lib/review/summary";
import type { AuthorSummary } from "@/lib/review/types";
import { ReadingMark } from "./reading-mark";
import { ScrollBox } from "@/components/scroll-box";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function AuthorSummaries({ authors }: { authors: AuthorSummary[] }) {
  if (authors.length === 0) return <p className="muted">No article claim feeds a resolved question yet.</p>;
  return (
    <>
      <ScrollBox label="Authors’ scores">
        <table className="data-table">
          <caption className="visually-hidden">Authors, best mean Brier first</caption>
          <thead>
            <tr>
              <th scope="col">Author</th>
              <th scope="col">Claims scored</th>
              <th scope="col">Mean Brier</th>
              <th scope="col">Mean log score</th>
              <th scope="col">Calibration</th>
            </tr>
          </thead>
          <tbody>
            {authors.map((author) => (
              <tr key={author.author}>
                <th scope="row">{author.author}</th>
                <td>
                  {author.scoredCount} of {author.claimCount}
                  {author.quotedCount > 0 ? ` (${author.quotedCount} quoted from others)` : ""}
                </td>
                <td>{score(author.meanBrier)}</td>
                <td>{score(author.meanLogScore)}</td>
                <td>{author.calibration ? "below" : `needs ${MIN_CLAIMS_FOR_CALIBRATION} scored claims`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {authors.map((author) => (
        <details key={author.author} className="author-details">
          <summary>{author.author}: every claim, article by article</summary>
          {author.articles.map((article) => (
            <div key={article.id}>
              <h4>
                <Link href={`/sources/${article.id}`}>{article.title}</Link> ({article.outlet},{" "}
                {formatDate(article.publishedAt)}
                {article.approximateDate ? ", approx." : ""})
              </h4>
              {article.copies.length > 0 && (
                <p className="muted">
                  Also published as {article.copies.map((copy) => `${copy.title} (${copy.outlet})`).join(", ")}; its
                  claims count once.
                </p>
              )}
              <ul>
                {author.claims
                  .filter((claim) => claim.articleId === article.id)
                  .map((claim) => (
                    <li key={claim.id}>
                      “{claim.cue}”{claim.attribution ? ` (${claim.attribution})` : ""}:{" "}
                      {formatPercent(claim.impliedProbability)}
                      {claim.optionLabel ? ` for “${claim.optionLabel}”` : ""} on{" "}
                      <Link href={`/questions/${claim.questionId}`}>{claim.questionTitle}</Link> —{" "}
                      {claim.reading ? (
                        <ReadingMark reading={claim.reading} />
                      ) : claim.scored ? (
                        `Brier ${score(claim.brier)}, log ${score(claim.logScore)}`
                      ) : (
                        claim.reason
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
          {author.calibration && (
            <>
              <h4>Calibration of {author.author}’s claims</h4>
              <CalibrationTable bins={author.calibration} />
            </>
          )}
        </details>
      ))}
    </>
  );
}
