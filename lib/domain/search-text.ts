// Questions keep a lower-cased copy of their searchable text: `contains` on it is a
// case-insensitive search that behaves the same on SQLite and PostgreSQL.
export function questionSearchText(question: {
  title: string;
  description?: string;
  resolutionCriteria: string;
}): string {
  return [question.title, question.description ?? "", question.resolutionCriteria].join("\n").toLowerCase();
}
