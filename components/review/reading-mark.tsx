// A question's mark (settled when it opened, a different claim, an ambiguous claim) and its reason,
// shown wherever a claim on that question appears, so an unscored claim always says why.
import { READING_LABELS, type QuestionReading } from "@/lib/review/reading";

export function ReadingMark({ reading, withReason = true }: { reading: QuestionReading; withReason?: boolean }) {
  return (
    <span className="reading-mark">
      <span className="badge badge-marked">{READING_LABELS[reading.status]}</span>
      {withReason && <span className="muted"> {reading.reason} Its claims are not scored.</span>}
    </span>
  );
}
