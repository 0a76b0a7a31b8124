import type { Metadata } from "next";
import Link from "next/link";
import { RunHistoryTable } from "@/components/practice/run-history";
import { getDb } from "@/lib/db";
import { requireViewer } from "@/lib/http/session";
import { practiceCatalog } from "@/lib/practice/catalog";
import { listPracticeRuns } from "@/lib/practice/history";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Practice" };
export const dynamic = "force-dynamic";

export default async function PracticePage() {
  const viewer = await requireViewer("/practice");
  const db = getDb();
  const [catalog, runs] = await Promise.all([practiceCatalog(db, viewer), listPracticeRuns(db, viewer)]);
  return (
    <>
      <h1>Practice: forecast 2017 blind</h1>
      <p className="lede">
        Resolved questions, shown as they stood when the articles were written: the question, its criteria and what the
        authors wrote by then, never the outcome. Commit a probability, then see what happened, what the authors’ words
        implied and how you scored. Practice answers are kept apart from your live <Link href="/me">track record</Link>.
      </p>
      <section aria-labelledby="start" className="card">
        <h2 id="start">Start a run</h2>
        {catalog.in2017 === 0 && catalog.themes.length === 0 ? (
          <p className="muted">
            No resolved question to practise on yet. Once questions resolve, they appear here; meanwhile see{" "}
            <Link href="/questions?status=open">the open questions</Link>.
          </p>
        ) : (
          <StartForm in2017={catalog.in2017} themes={catalog.themes} />
        )}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">Your runs</h2>
        <RunHistoryTable runs={runs} />
      </section>
    </>
  );
}
