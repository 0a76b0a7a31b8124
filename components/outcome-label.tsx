const TEXT: Record<string, string> = { YES: "Yes", NO: "No", AMBIGUOUS: "Ambiguous", ANNULLED: "Annulled" };

/** `value`: a NUMERIC or DATE question's outcome, already formatted ("1,300 fighters", "17 Oct 2017"). */
export function OutcomeLabel({
  outcome,
  option,
  value,
}: {
  outcome: string;
  option?: string | null;
  value?: string | null;
}) {
  const text =
    outcome === "OPTION"
      ? (option ?? "Option")
      : outcome === "VALUE"
        ? (value ?? "a value")
        : (TEXT[outcome] ?? outcome);
  const tone = outcome === "YES" ? "outcome-yes" : outcome === "NO" ? "outcome-no" : "";
  return <strong className={tone}>{text}</strong>;
}
