// A NUMERIC or DATE question's crowd over time: the median of the forecasters' distributions with
// its 50% and 90% bands after each forecast (lib/forecasts/continuous-crowd.ts), drawn in the
// browser; the headline above states the latest numbers in words.
import { FanChartClient } from "@/components/forecast/fan-chart-client";
import type { ContinuousRange } from "@/lib/forecasting/continuous";
import type { ValueFormat } from "@/lib/forecasts/continuous-display";
import type { FanPoint } from "@/lib/forecasts/continuous-crowd";
import { questionSpan } from "@/lib/charts/time-axis";

type Props = {
  fan: FanPoint[];
  range: ContinuousRange;
  format: ValueFormat;
  hidden: boolean;
  question: { openAt: Date; closeAt: Date };
  /** The value it resolved with, marked on the chart. */
  outcome: number | null;
  now: Date;
};

export function FanSection({ fan, range, format, hidden, question, outcome, now }: Props) {
  // The axis spans the question's life, as the binary chart's does; the last bands hold to its end.
  const domain = questionSpan(
    question.openAt.getTime(),
    question.closeAt.getTime(),
    now.getTime(),
    fan.map((point) => point.t),
  );
  return (
    <section aria-labelledby="fan">
      <h2 id="fan">The crowd over time</h2>
      {hidden ? (
        <p className="muted">Others’ forecasts are hidden until you forecast this question.</p>
      ) : fan.length === 0 ? (
        <p className="muted">No forecasts yet.</p>
      ) : (
        <FanChartClient fan={fan} range={range} format={format} domain={domain} outcome={outcome} />
      )}
    </section>
  );
}
