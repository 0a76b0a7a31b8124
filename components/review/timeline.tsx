"use client";
// The timeline: outcome events from 2017 to 2025 along the bottom, and above each article's
// publication date its claims at the probability they implied, coloured by how they turned out.
// A theme filter narrows both; clicking a claim opens its question. The table view below holds
// the same points as links, for keyboards and screen readers.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import Link from "next/link";
import { ScrollBox } from "@/components/scroll-box";

export type TimelineClaim = {
  id: string;
  t: number;
  p: number;
  tone: "right" | "wrong" | "unscored";
  author: string;
  cue: string;
  questionId: string;
  questionTitle: string;
  themes: string[];
};
export type TimelineEvent = { id: string; t: number; summary: string };

const TONES = {
  right: { name: "Leaned the right way (Brier < 0.25)", fill: "#1c6b3a" },
  wrong: { name: "Leaned the wrong way", fill: "#a8322d" },
  unscored: { name: "Not scored (conditional or unsettled)", fill: "#8a8d93" },
} as const;
const EVENT_ROW = -0.1;
const DOMAIN: [number, number] = [Date.UTC(2017, 0, 1), Date.UTC(2025, 11, 31)];
const TICKS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => Date.UTC(year, 0, 1));
const year = (t: number) => String(new Date(t).getUTCFullYear());
const pct = (p: number) => (p < 0 ? "" : `${Math.round(p * 100)}%`);

type Point = { t: number; p: number; label: string; questionId?: string };

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="card">
      {new Date(point.t).toISOString().slice(0, 10)}: {point.label}
    </div>
  );
}

export function Timeline({
  claims,
  events,
  themes,
}: {
  claims: TimelineClaim[];
  events: TimelineEvent[];
  themes: { slug: string; label: string }[];
}) {
  const router = useRouter();
  const id = useId();
  const [theme, setTheme] = useState("");
  const shown = claims.filter((claim) => !theme || claim.themes.includes(theme));
  // Events rarely carry themes; all of them stay on the axis as the common timeline.
  const points = (tone: keyof typeof TONES): Point[] =>
    shown
      .filter((claim) => claim.tone === tone)
      .map((claim) => ({
        t: claim.t,
        p: claim.p,
        label: `${claim.author} “${claim.cue}” → ${claim.questionTitle}`,
        questionId: claim.questionId,
      }));
  const open = (point: unknown) => {
    const questionId = (point as { payload?: Point })?.payload?.questionId ?? (point as Point)?.questionId;
    if (questionId) router.push(`/questions/${questionId}`);
  };
  return (
    <>
      <p>
        <label htmlFor={`${id}-theme`}>Theme </label>
        <select id={`${id}-theme`} value={theme} onChange={(event) => setTheme(event.target.value)}>
          <option value="">All themes</option>
          {themes.map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {entry.label}
            </option>
          ))}
        </select>{" "}
        <span className="muted" aria-live="polite">
          {shown.length} claims, {events.length} events
        </span>
      </p>
      <figure
        className="chart-frame timeline-frame"
        aria-label="Timeline of claims and outcome events; a table view follows"
      >
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
            <CartesianGrid stroke="#e3e3de" />
            <XAxis type="number" dataKey="t" domain={DOMAIN} ticks={TICKS} tickFormatter={year} scale="time" />
            <YAxis
              type="number"
              dataKey="p"
              domain={[-0.15, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={pct}
              width={48}
            />
            <Tooltip content={<PointTooltip />} />
            <Legend />
            {(Object.keys(TONES) as (keyof typeof TONES)[]).map((tone) => (
              <Scatter
                key={tone}
                name={TONES[tone].name}
                data={points(tone)}
                fill={TONES[tone].fill}
                cursor="pointer"
                onClick={open}
                isAnimationActive={false}
              />
            ))}
            <Scatter
              name="Outcome events"
              data={events.map((event) => ({ t: event.t, p: EVENT_ROW, label: event.summary }))}
              fill="#1c1d21"
              shape="triangle"
              isAnimationActive={false}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </figure>
      <details>
        <summary>Table view of the timeline</summary>
        <ScrollBox label="Timeline in figures">
          <table className="data-table">
            <caption className="visually-hidden">Claims and outcome events in date order</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What</th>
                <th scope="col">Turned out</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...shown.map((claim) => ({ key: claim.id, t: claim.t, claim, event: null })),
                ...events.map((event) => ({ key: event.id, t: event.t, claim: null, event })),
              ]
                .sort((a, b) => a.t - b.t)
                .map((row) => (
                  <tr key={row.key}>
                    <td>{new Date(row.t).toISOString().slice(0, 10)}</td>
                    <td>
                      {row.claim ? (
                        <>
                          {row.claim.author} “{row.claim.cue}”, {pct(row.claim.p)} on{" "}
                          <Link href={`/questions/${row.claim.questionId}`}>{row.claim.questionTitle}</Link>
                        </>
                      ) : (
                        <>Event: {row.event!.summary}</>
                      )}
                    </td>
                    <td>{row.claim ? TONES[row.claim.tone].name : ""}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </>
  );
}
