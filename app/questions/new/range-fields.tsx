"use client";
// The range of a NUMERIC or DATE question on the new-question form: bounds (numbers or dates),
// whether each is open, a log scale and a unit for numbers. What they mean is checked by the same
// schema as the API's (lib/questions/continuous-range-schema.ts).
import { FieldError, hasIssue } from "@/components/forms/field-error";
import type { FieldIssue } from "@/lib/errors";

export const RANGE_LABELS = {
  range: "The range",
  "range.min": "The lowest value",
  "range.max": "The highest value",
  unit: "Unit",
} as const;

type Props = { type: "NUMERIC" | "DATE"; issues: FieldIssue[] };

/** The range and unit as the schema takes them, read from the form. */
export function rangeInputFrom(form: FormData, type: "NUMERIC" | "DATE") {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const bound = (name: string) => {
    const value = text(name);
    if (!value) return undefined;
    return type === "DATE" ? value : Number(value);
  };
  const unit = text("unit");
  return {
    range: {
      min: bound("rangeMin"),
      max: bound("rangeMax"),
      openLower: form.get("openLower") === "on",
      openUpper: form.get("openUpper") === "on",
      scale: type === "NUMERIC" && form.get("logScale") === "on" ? "log" : "linear",
    },
    ...(type === "NUMERIC" && unit ? { unit } : {}),
  };
}

export function RangeFields({ type, issues }: Props) {
  const invalid = (path: string) => hasIssue(issues, path) || undefined;
  const describedBy = (path: string) => (hasIssue(issues, path) ? `new-${path}-error` : undefined);
  const inputType = type === "DATE" ? "date" : "number";
  return (
    <fieldset>
      <legend>{type === "DATE" ? "Range of dates" : "Range of values"}</legend>
      <FieldError issues={issues} path="range" id="new-range-error" label={RANGE_LABELS.range} />
      <label>
        {type === "DATE" ? "Earliest date" : "Lowest value"}
        <input
          type={inputType}
          name="rangeMin"
          step="any"
          required
          aria-invalid={invalid("range.min")}
          aria-describedby={describedBy("range.min")}
        />
        <FieldError issues={issues} path="range.min" id="new-range.min-error" label={RANGE_LABELS["range.min"]} />
      </label>
      <label className="inline-check">
        <input type="checkbox" name="openLower" /> Open below: the outcome may fall before/below it
      </label>
      <label>
        {type === "DATE" ? "Latest date" : "Highest value"}
        <input
          type={inputType}
          name="rangeMax"
          step="any"
          required
          aria-invalid={invalid("range.max")}
          aria-describedby={describedBy("range.max")}
        />
        <FieldError issues={issues} path="range.max" id="new-range.max-error" label={RANGE_LABELS["range.max"]} />
      </label>
      <label className="inline-check">
        <input type="checkbox" name="openUpper" /> Open above: the outcome may fall after/above it
      </label>
      {type === "NUMERIC" && (
        <>
          <label className="inline-check">
            <input type="checkbox" name="logScale" /> Log scale (for a positive quantity spanning orders of magnitude)
          </label>
          <label>
            Unit <span className="hint">(optional, e.g. fighters)</span>
            <input name="unit" aria-invalid={invalid("unit")} aria-describedby={describedBy("unit")} />
            <FieldError issues={issues} path="unit" id="new-unit-error" label={RANGE_LABELS.unit} />
          </label>
        </>
      )}
    </fieldset>
  );
}
