import type { QuestionStatus } from "@/lib/domain/question-status";

const LABEL: Record<QuestionStatus, string> = { open: "Open", closed: "Closed", resolved: "Resolved" };

export function StatusBadge({ status }: { status: QuestionStatus }) {
  return <span className={`badge badge-${status}`}>{LABEL[status]}</span>;
}
