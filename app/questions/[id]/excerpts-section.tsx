// What the sources said: each motivating quote with its cue, the probability it implies and its citation.
import Link from "next/link";
import { QuoteWithCue } from "@/components/quote-with-cue";
import { formatDate, formatPercent } from "@/lib/format";
import type { QuestionDetail } from "@/lib/questions/queries";

export function ExcerptsSection({ question }: { question: QuestionDetail }) {
  return (
    <section aria-labelledby="excerpts">
      <h2 id="excerpts">What the sources said</h2>
      {question.excerpts.length === 0 ? (
        <p className="muted">No excerpt motivates this question yet.</p>
      ) : (
        <ul className="excerpts">
          {question.excerpts.map(({ excerpt, impliedProbability, option, note }) => (
            <li key={excerpt.id} className="card">
              <QuoteWithCue quote={excerpt.quote} cue={excerpt.cue} />
              <p className="meta">
                <span>
                  Implies <span className="prob">{formatPercent(impliedProbability)}</span>
                  {option ? ` for “${option.label}”` : " for Yes"} (cue “{excerpt.cue}” ≈{" "}
                  {formatPercent(excerpt.cueProbability)}
                  {excerpt.negated ? ", negated" : ""})
                </span>
                {excerpt.condition && <span>Conditional: {excerpt.condition}</span>}
              </p>
              {note && <p className="muted">{note}</p>}
              <p className="meta">
                <cite>
                  {excerpt.attribution ? `${excerpt.attribution}, quoted by ` : ""}
                  {excerpt.source.author}, <Link href={`/sources/${excerpt.source.id}`}>{excerpt.source.title}</Link>,{" "}
                  {excerpt.source.outlet}, {formatDate(excerpt.source.publishedAt)}
                  {excerpt.source.publishedAtNote ? " (approx.)" : ""}
                </cite>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
