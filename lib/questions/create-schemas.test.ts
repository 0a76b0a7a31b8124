import { describe, expect, it } from "vitest";
import { formIssuesSummary, labelFieldMessage } from "../forms/field-messages";
import { createQuestionInput } from "./create-schemas";

const valid = {
  title: "Will the two groups sign a truce before 2028-01-01?",
  resolutionCriteria: "Yes if both groups announce a truce in a public statement.",
  closeAt: "2027-06-30",
  resolveBy: "2028-01-31",
};

const issuesOf = (input: unknown) =>
  createQuestionInput.safeParse(input).error?.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  })) ?? [];

describe("createQuestionInput title", () => {
  it("joins a multi-line or spaced-out title into one line", () => {
    const parsed = createQuestionInput.parse({
      ...valid,
      title: "  Will the two groups\nsign a truce\r\n\r\n before\t 2028-01-01?\u2028 ",
    });
    expect(parsed.title).toBe("Will the two groups sign a truce before 2028-01-01?");
  });

  it("measures the length after joining, so line breaks cannot pad a title past the minimum", () => {
    expect(issuesOf({ ...valid, title: "Truce?\n\n\n\n\n\n" })).toEqual([
      { path: "title", message: "title must be at least 10 characters: state the question" },
    ]);
  });
});

describe("an empty required date", () => {
  it("says the date is required, not that it is malformed, whether blank or missing", () => {
    expect(issuesOf({ ...valid, closeAt: "" })).toEqual([{ path: "closeAt", message: "closeAt is required" }]);
    expect(issuesOf({ ...valid, closeAt: "   " })).toEqual([{ path: "closeAt", message: "closeAt is required" }]);
    expect(issuesOf({ ...valid, resolveBy: undefined })).toEqual([
      { path: "resolveBy", message: "resolveBy is required" },
    ]);
  });

  it("still calls a filled-in wrong value malformed", () => {
    expect(issuesOf({ ...valid, closeAt: "March 3" })).toEqual([
      { path: "closeAt", message: "closeAt must be a date (YYYY-MM-DD or an ISO timestamp)" },
    ]);
  });

  it("reads as the form's label says it", () => {
    const labels = { closeAt: "The closing date" };
    expect(labelFieldMessage("closeAt is required", "closeAt", labels.closeAt)).toBe("The closing date is required");
    expect(formIssuesSummary(issuesOf({ ...valid, closeAt: "" }), labels)).toBe("The closing date is required.");
  });
});
