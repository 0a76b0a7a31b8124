"use client";
import Link from "next/link";
import { useState } from "react";
import { ForecastEntry, type SaveForecast } from "@/components/forecast/forecast-entry";

type Item = {
  id: string;
  title: string;
  resolutionCriteria: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  closeAt: string;
  options: { id: string; label: string }[];
  latest: number[] | null;
  lastForecastAt: string | null;
};

export function QuickEntry({ queue: initial, save }: { queue: Item[]; save: SaveForecast }) {
  // A snapshot: refreshing the page data after each save must not reshuffle the queue mid-run.
  const [queue] = useState(initial);
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState(0);
  const current = queue[index];

  if (!current) {
    return (
      <div className="card" role="status">
        <p>
          Done: {saved} forecast{saved === 1 ? "" : "s"} saved, {queue.length - saved} skipped.
        </p>
        <p>
          <Link href="/me">See your track record</Link> or{" "}
          <Link href="/questions?status=open">browse open questions</Link>.
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="queue-question" className="card">
      <p className="queue-progress" aria-live="polite">
        Question {index + 1} of {queue.length}
      </p>
      <h2 id="queue-question">
        <Link href={`/questions/${current.id}`}>{current.title}</Link>
      </h2>
      <p className="muted">{current.resolutionCriteria}</p>
      <p className="muted">
        Closes {current.closeAt.slice(0, 10)}
        {current.lastForecastAt ? ` · your last forecast: ${current.lastForecastAt.slice(0, 10)}` : ""}
      </p>
      <ForecastEntry
        key={current.id}
        questionId={current.id}
        save={save}
        type={current.type}
        options={current.options}
        latest={current.latest}
        autoFocus
        submitLabel="Save and next"
        onSaved={() => {
          setSaved((count) => count + 1);
          setIndex((i) => i + 1);
        }}
      />
      <p>
        <button type="button" className="secondary-button" onClick={() => setIndex((i) => i + 1)}>
          Skip this question
        </button>
      </p>
    </section>
  );
}
