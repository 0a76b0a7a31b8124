import type { FieldIssue } from "@/lib/errors";
import { labelFieldMessage } from "@/lib/forms/field-messages";

/**
 * The message for one field, linked to its input by id for screen readers, worded with the
 * field's label (the API's own field name otherwise).
 */
export function FieldError({
  issues,
  path,
  id,
  label,
}: {
  issues: FieldIssue[] | undefined;
  path: string;
  id: string;
  label?: string;
}) {
  const issue = issues?.find((candidate) => candidate.path === path);
  if (!issue) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {label ? labelFieldMessage(issue.message, path, label) : issue.message}
    </span>
  );
}

export function hasIssue(issues: FieldIssue[] | undefined, path: string): boolean {
  return Boolean(issues?.some((issue) => issue.path === path));
}
