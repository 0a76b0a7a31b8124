import type { FieldIssue } from "@/lib/errors";

/** The message for one field, linked to its input by id for screen readers. */
export function FieldError({ issues, path, id }: { issues: FieldIssue[] | undefined; path: string; id: string }) {
  const issue = issues?.find((candidate) => candidate.path === path);
  if (!issue) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {issue.message}
    </span>
  );
}

export function hasIssue(issues: FieldIssue[] | undefined, path: string): boolean {
  return Boolean(issues?.some((issue) => issue.path === path));
}
