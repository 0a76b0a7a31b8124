import type { Metadata } from "next";
import { ESTIMATIVE_SOURCES, ESTIMATIVE_WORDS } from "@/lib/extraction/estimative-words";
import { formatPercent } from "@/lib/format";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "From words to numbers" };

export default function EstimativeWordsPage() {
  const words = [...ESTIMATIVE_WORDS].sort((a, b) => b.probability - a.probability || a.phrase.localeCompare(b.phrase));
  return (
    <article>
      <h1>From words to numbers</h1>
      <p className="lede">
        The probability the workbench reads into an author’s words. Negative phrases (“unlikely”, “not in the cards”)
        give the probability of the event they doubt or deny, so they are low; positive ones give the probability of the
        claim as written.
      </p>
      <section aria-labelledby="sources-of-values">
        <h2 id="sources-of-values">Sources</h2>
        <ul>
          {Object.entries(ESTIMATIVE_SOURCES).map(([name, source]) => (
            <li key={name}>
              <strong>{name}</strong>: {source.citation}
              {source.url && (
                <>
                  {" "}
                  <a href={source.url} rel="noreferrer">
                    Link
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="table">
        <h2 id="table">The table ({words.length} phrases)</h2>
        <ScrollBox label="Estimative phrases">
          {" "}
          <table className="data-table">
            <caption className="visually-hidden">Estimative phrases and the probability each implies</caption>
            <thead>
              <tr>
                <th scope="col">Phrase</th>
                <th scope="col">Implied probability</th>
                <th scope="col">Source</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {words.map((word) => (
                <tr key={word.phrase}>
                  <th scope="row">“{word.phrase}”</th>
                  <td>{formatPercent(word.probability)}</td>
                  <td>{word.source}</td>
                  <td>{word.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
    </article>
  );
}
