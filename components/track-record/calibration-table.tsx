// The calibration chart's numbers as a table: every bin, including empty ones.
import type { CalibrationBin } from "@/lib/forecasting";
import { ScrollBox } from "@/components/scroll-box";

const pct = (p: number) => `${Math.round(p * 1000) / 10}%`;

export function CalibrationTable({ bins }: { bins: readonly CalibrationBin[] }) {
  return (
    <ScrollBox label="Calibration bins">
      <table className="data-table">
        <caption className="visually-hidden">
          Calibration bins: forecasts grouped by probability, with how often the events happened
        </caption>
        <thead>
          <tr>
            <th scope="col">Forecast range</th>
            <th scope="col">Forecasts (n)</th>
            <th scope="col">Mean forecast</th>
            <th scope="col">Observed frequency</th>
            <th scope="col">95% interval (Wilson)</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin, index) => (
            <tr key={bin.lo}>
              <th scope="row">
                {pct(bin.lo)} to {pct(bin.hi)}
                {index === bins.length - 1 ? " (inclusive)" : ""}
              </th>
              <td>{bin.n}</td>
              <td>{bin.meanP === undefined ? "—" : pct(bin.meanP)}</td>
              <td>{bin.freq === undefined ? "—" : pct(bin.freq)}</td>
              <td>
                {bin.ciLow === undefined || bin.ciHigh === undefined ? "—" : `${pct(bin.ciLow)} – ${pct(bin.ciHigh)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
