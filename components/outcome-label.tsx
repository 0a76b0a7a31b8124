const TEXT: Record<string, string> = { YES: "Yes", NO: "No", AMBIGUOUS: "Ambiguous", ANNULLED: "Annulled" };

export function OutcomeLabel({ outcome, option }: { outcome: string; option?: string | null }) {
  const text = outcome === "OPTION" ? (option ?? "Option") : (TEXT[outcome] ?? outcome);
  const tone = outcome === "YES" ? "outcome-yes" : outcome === "NO" ? "outcome-no" : "";
  return <strong className={tone}>{text}</strong>;
}
