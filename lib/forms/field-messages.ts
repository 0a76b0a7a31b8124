// The API names fields as its clients send them ("resolutionCriteria must be at least 20
// characters"); a form names them as the person filling it in reads them ("Resolution criteria
// must be …"). One message per issue, two wordings: these functions make the second from the first.
export type LabelledIssue = { path: string; message: string };

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The message with its field's API name (at the start, or after "path: ") replaced by the
 * form's label; any other message is returned as it is, with a capital first letter.
 */
export function labelFieldMessage(message: string, path: string, label: string): string {
  const name = escapeForPattern(path);
  const lastSegment = escapeForPattern(path.split(".").at(-1) ?? path);
  const prefix = new RegExp(`^(?:${name}:\\s*)?(?:${name}|${lastSegment})(?=[\\s:,]|$)`);
  const replaced = prefix.test(message) ? message.replace(prefix, label) : message;
  return replaced.charAt(0).toUpperCase() + replaced.slice(1);
}

/** The line above a form: which fields to fix, by label, in the form's order. */
export function formIssuesSummary(issues: readonly LabelledIssue[], labels: Readonly<Record<string, string>>): string {
  const named = Object.entries(labels)
    .filter(([path]) => issues.some((issue) => issue.path === path))
    .map(([, label]) => label);
  if (named.length === 0) return issues[0]?.message ?? "Something in the form needs fixing.";
  if (named.length === 1) return labelledMessageFor(issues, named, labels);
  return `Check ${named.length} fields: ${named.join(", ")}.`;
}

function labelledMessageFor(
  issues: readonly LabelledIssue[],
  named: readonly string[],
  labels: Readonly<Record<string, string>>,
): string {
  const path = Object.keys(labels).find((candidate) => labels[candidate] === named[0])!;
  const issue = issues.find((candidate) => candidate.path === path)!;
  const text = labelFieldMessage(issue.message, path, labels[path]!);
  return text.endsWith(".") ? text : `${text}.`;
}
