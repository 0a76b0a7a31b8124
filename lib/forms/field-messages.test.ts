import { describe, expect, it } from "vitest";
import { formIssuesSummary, labelFieldMessage } from "./field-messages";

describe("labelFieldMessage", () => {
  it("puts the form's label where the API's field name was", () => {
    expect(
      labelFieldMessage(
        "resolutionCriteria must be at least 20 characters",
        "resolutionCriteria",
        "Resolution criteria",
      ),
    ).toBe("Resolution criteria must be at least 20 characters");
    expect(labelFieldMessage("closeAt: closeAt must be a date", "closeAt", "Closes on")).toBe(
      "Closes on must be a date",
    );
    expect(labelFieldMessage("mapping.question must name a column", "mapping.question", "Question column")).toBe(
      "Question column must name a column",
    );
  });

  it("leaves other wording alone, only capitalising it, and never rewrites part of a word", () => {
    expect(labelFieldMessage("must be after the close date", "resolveBy", "Resolve by")).toBe(
      "Must be after the close date",
    );
    expect(labelFieldMessage("titles must differ", "title", "Question")).toBe("Titles must differ");
  });
});

describe("formIssuesSummary", () => {
  const labels = { title: "Question", resolutionCriteria: "Resolution criteria", closeAt: "Closes on" };

  it("names the one field to fix with its message", () => {
    expect(formIssuesSummary([{ path: "closeAt", message: "closeAt must be in the future" }], labels)).toBe(
      "Closes on must be in the future.",
    );
  });

  it("lists several fields by label in the form's order", () => {
    const issues = [
      { path: "closeAt", message: "closeAt is required" },
      { path: "title", message: "title is required" },
    ];
    expect(formIssuesSummary(issues, labels)).toBe("Check 2 fields: Question, Closes on.");
  });

  it("falls back to the first message for an issue outside the labelled fields", () => {
    expect(formIssuesSummary([{ path: "(root)", message: "Sign in first" }], labels)).toBe("Sign in first");
  });
});
