import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listSources } from "@/lib/sources/queries";
import { listSourcesQuery } from "@/lib/sources/schemas";
import { searchParamsObject } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  const parsed = listSourcesQuery.safeParse(searchParamsObject(await searchParams));
  const page = await listSources(getDb(), parsed.success ? parsed.data : listSourcesQuery.parse({}));
  return (
    <>
      <h1>Sources</h1>
      <p>
        <Link href="/sources/new" className="button-link">
          Add a source
        </Link>
      </p>
      <p className="lede">
        The articles the questions come from. The workbench stores each article’s citation and short verbatim excerpts,
        not its full text.
      </p>
      {page.items.length === 0 ? (
        <div className="card">
          <p>No sources yet. Start the app on an empty database to load the articles, or run npm run seed.</p>
        </div>
      ) : (
        <ul className="question-list">
          {page.items.map((source) => (
            <li key={source.id}>
              <h2>
                <Link href={`/sources/${source.id}`}>{source.title}</Link>
              </h2>
              <p className="meta">
                <span>{source.author}</span>
                <span>{source.outlet}</span>
                <span>
                  {formatDate(source.publishedAt)}
                  {source.publishedAtNote ? " (approx.)" : ""}
                </span>
                <span>
                  {source._count.excerpts} {source._count.excerpts === 1 ? "excerpt" : "excerpts"}
                </span>
              </p>
              {source.duplicateOf && (
                <p className="muted">
                  Same article as <Link href={`/sources/${source.duplicateOf.id}`}>{source.duplicateOf.title}</Link> (
                  {source.duplicateOf.outlet}); its claims are counted once.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <nav className="pagination" aria-label="Pages">
          <Link href={`/sources?cursor=${page.nextCursor}`}>Next page</Link>
        </nav>
      )}
    </>
  );
}
