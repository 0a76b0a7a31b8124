import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { forecastQueue, STALE_AFTER_DAYS } from "@/lib/forecasts/queue";
import { requireViewer } from "@/lib/http/session";
import { submitForecast } from "../questions/[id]/actions";
import { QuickEntry } from "./quick-entry";

export const metadata: Metadata = { title: "Quick entry" };
export const dynamic = "force-dynamic";

export default async function QuickEntryPage() {
  const viewer = await requireViewer("/forecast");
  const queue = await forecastQueue(getDb(), viewer);
  return (
    <>
      <h1>Quick entry</h1>
      <p className="lede">
        Open questions you have not forecast, or last forecast more than {STALE_AFTER_DAYS} days ago. Type a number,
        press Enter, and the next question comes up.
      </p>
      {queue.length === 0 ? (
        <div className="card">
          <p>You are up to date: every open question has a recent forecast of yours.</p>
          <p>
            <Link href="/questions?status=open">Browse open questions</Link> to revise one, or{" "}
            <Link href="/questions/new">write a new question</Link>.
          </p>
        </div>
      ) : (
        <QuickEntry
          save={submitForecast}
          queue={queue.map((item) => ({
            id: item.id,
            title: item.title,
            resolutionCriteria: item.resolutionCriteria,
            type: item.type,
            closeAt: item.closeAt.toISOString(),
            options: item.options,
            latest: item.latest,
            lastForecastAt: item.lastForecastAt?.toISOString() ?? null,
          }))}
        />
      )}
    </>
  );
}
