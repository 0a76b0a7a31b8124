// A NUMERIC or DATE question's crowd over time: the median of the forecasters' distributions with
// its 50% and 90% bands after each forecast (lib/forecasts/continuous-crowd.ts), drawn in the
// browser; the headline above states the latest numbers in words.
import { FanChartClient } from "@/components/forecast/fan-chart-client";
import type { ContinuousRange } from "@/lib/forecasting/continuous";
import type { ValueFormat } from "@/lib/forecasts/continuous-display";
import type { FanPoint } from "@/lib/forecasts/continuous-crowd";

type Props = { fan: FanPoint[]; range: ContinuousRange; format: ValueFormat; hidden: boolean };

export function FanSection({ fan, range, format, hidden }: Props) {
  return (
    <section aria-labelledby="fan">
      <h2 id="fan">The crowd over time</h2>
      {hidden ? (
        <p className="muted">Others’ forecasts are hidden until you forecast this question.</p>
      ) : fan.length === 0 ? (
        <p className="muted">No forecasts yet.</p>
      ) : (
        <FanChartClient fan={fan} range={range} format={format} />
      )}
    </section>
  );
}
