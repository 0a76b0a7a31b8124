"use client";
// Entering a distribution on a NUMERIC or DATE question by keyboard: the 5th, 50th and 95th
// percentiles (25th and 75th optional) as numbers or dates, empty to start with (a prefilled
// guess would anchor). Once they make a distribution, its density is drawn live and the line
// "P(between a and b)" reads it, with the same maths the server stores (lib/forecasting/
// continuous). Enter saves; the same schema as the API checks the input.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import type { FieldIssue } from "@/lib/errors";
import {
  cdfFromPercentiles,
  isoToEpochMs,
  percentilesProblem,
  probabilityBetween,
  type ContinuousRange,
  type Percentiles,
} from "@/lib/forecasting/continuous";
import { continuousForecastCdf, continuousForecastInput } from "@/lib/forecasts/continuous-schemas";
import { formatMedianInterval, formatValue, type ValueFormat } from "@/lib/forecasts/continuous-display";
import type { FanBands } from "@/lib/forecasting/continuous";
import type { SaveForecast } from "./forecast-entry";
import { formatPercent } from "@/lib/format";

const PdfChart = dynamic(() => import("./pdf-chart").then((module) => module.PdfChart), {
  ssr: false,
  loading: () => <div className="chart-frame pdf-frame" aria-hidden="true" />,
});

const LEVELS = [
  { level: "5", label: "5th percentile", required: true },
  { level: "25", label: "25th", required: false },
  { level: "50", label: "Median (50th)", required: true },
  { level: "75", label: "75th", required: false },
  { level: "95", label: "95th percentile", required: true },
] as const;

type Level = (typeof LEVELS)[number]["level"];

type Props = {
  questionId: string;
  save: SaveForecast;
  type: "NUMERIC" | "DATE";
  unit: string | null;
  range: ContinuousRange;
  /** The viewer's latest forecast's median and interval, shown beside the empty fields. */
  latest: FanBands | null;
  submitLabel?: string;
};

const EMPTY: Record<Level, string> = { "5": "", "25": "", "50": "", "75": "", "95": "" };

export function DistributionEntry({ questionId, save, type, unit, range, latest, submitLabel }: Props) {
  const router = useRouter();
  const id = useId();
  const format: ValueFormat = { type, unit };
  const [texts, setTexts] = useState<Record<Level, string>>(EMPTY);
  const [rationale, setRationale] = useState("");
  const [between, setBetween] = useState({ a: "", b: "" });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const toNumber = (text: string) => {
    if (!text.trim()) return undefined;
    if (type === "DATE") {
      try {
        return isoToEpochMs(text);
      } catch {
        return undefined;
      }
    }
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  };
  /** The percentiles given so far, as the API takes them (ISO dates stay text). */
  const body = () => {
    const percentiles: Record<string, string | number> = {};
    for (const { level } of LEVELS) {
      const text = texts[level].trim();
      if (text) percentiles[level] = type === "DATE" ? text : Number(text);
    }
    return { percentiles, ...(rationale.trim() ? { rationale: rationale.trim() } : {}) };
  };

  // The live preview: only once the given percentiles make a valid distribution.
  const cdf = useMemo(() => {
    const values: Record<string, number> = {};
    for (const { level } of LEVELS) {
      const value = toNumber(texts[level]);
      if (value !== undefined) values[level] = value;
    }
    if (percentilesProblem(values, range) !== null) return null;
    try {
      return cdfFromPercentiles(values as Percentiles, range);
    } catch {
      return null;
    }
    // toNumber reads only type, which never changes for a question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texts, range]);

  const a = toNumber(between.a);
  const b = toNumber(between.b);
  const chance = cdf && a !== undefined && b !== undefined && b > a ? probabilityBetween(cdf, range, a, b) : null;

  async function submit() {
    setMessage(null);
    const input = body();
    const parsed = continuousForecastInput(type).safeParse(input);
    const problem = parsed.success
      ? (() => {
          const built = continuousForecastCdf(parsed.data, range, type);
          return built.ok ? null : built.issue;
        })()
      : {
          path: parsed.error.issues[0]?.path.map(String).join(".") || "percentiles",
          message: parsed.error.issues[0]?.message ?? "Check the percentiles",
        };
    if (problem) {
      setIssues([problem]);
      setMessage({ kind: "error", text: problem.message });
      return;
    }
    setPending(true);
    try {
      const result = await save(questionId, input);
      if (!result.ok) {
        setIssues(result.issues);
        setMessage({ kind: "error", text: `${result.message} Your percentiles are kept here.` });
        return;
      }
      setIssues([]);
      setTexts(EMPTY);
      setRationale("");
      setMessage({ kind: "success", text: "Forecast saved." });
      router.refresh();
    } catch {
      setMessage({ kind: "error", text: "Could not reach the server. Your percentiles are kept here; try again." });
    } finally {
      setPending(false);
    }
  }

  const inputType = type === "DATE" ? "date" : "number";
  const bound = (value: number) => (type === "DATE" ? new Date(value).toISOString().slice(0, 10) : String(value));
  return (
    <form
      className="forecast-entry"
      aria-label="Your forecast"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>
          Your percentiles{type === "NUMERIC" && unit ? ` (${unit})` : ""}:{" "}
          <span className="hint">
            the value you are 5%, 50% and 95% sure the outcome falls below; 25th and 75th optional
          </span>
        </legend>
        <div className="percentile-grid">
          {LEVELS.map(({ level, label, required }) => (
            <label key={level}>
              {label}
              {!required && <span className="hint"> (optional)</span>}
              <input
                type={inputType}
                name={`p${level}`}
                step="any"
                inputMode={type === "DATE" ? undefined : "decimal"}
                autoComplete="off"
                min={range.openLower ? undefined : bound(range.min)}
                max={range.openUpper ? undefined : bound(range.max)}
                value={texts[level]}
                onChange={(event) => setTexts({ ...texts, [level]: event.target.value })}
                aria-invalid={issues.some((issue) => issue.path === "percentiles") || undefined}
                aria-describedby={`${id}-range`}
              />
            </label>
          ))}
        </div>
        <FieldError issues={issues} path="percentiles" id={`${id}-percentiles-error`} label="Percentiles" />
        <p id={`${id}-range`} className="muted">
          Range {formatValue(format, range.min)} to {formatValue(format, range.max)}
          {range.openLower || range.openUpper
            ? ` (the outcome may also fall ${[range.openLower && "below", range.openUpper && "above"].filter(Boolean).join(" or ")} it)`
            : ""}
          {range.scale === "log" ? ", log scale" : ""}.
          {latest ? ` Your last forecast: ${formatMedianInterval(format, latest)}.` : ""} Enter saves.
        </p>
      </fieldset>
      {cdf ? (
        <>
          <PdfChart cdf={cdf} range={range} format={format} />
          <fieldset className="between-row">
            <legend>Chance the outcome falls between</legend>
            <input
              type={inputType}
              step="any"
              aria-label="From"
              value={between.a}
              onChange={(event) => setBetween({ ...between, a: event.target.value })}
            />{" "}
            and{" "}
            <input
              type={inputType}
              step="any"
              aria-label="To"
              value={between.b}
              onChange={(event) => setBetween({ ...between, b: event.target.value })}
            />
            <output aria-live="polite">{chance === null ? " —" : ` P(between) = ${formatPercent(chance)}`}</output>
          </fieldset>
        </>
      ) : (
        <p className="muted">Your distribution appears here once the 5th, 50th and 95th percentiles are in order.</p>
      )}
      <label>
        Rationale <span className="hint">(optional; Markdown)</span>
        <textarea
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void submit();
            }
          }}
          placeholder="What sets your median and how wide you are? (Ctrl+Enter saves)"
        />
      </label>
      <div aria-live="polite">
        {message && (
          <p className={`form-${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </p>
        )}
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : (submitLabel ?? "Save forecast")}
        </button>
      </p>
    </form>
  );
}
