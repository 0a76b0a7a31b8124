// The one input schema for a new question (the "new question" form, its action, the API).
import { z } from "zod";
import { THEME_SLUGS } from "../domain/themes";
import type { ContinuousRange } from "../forecasting/continuous";
import { dateField, recordId, text } from "../validation/common";
import { continuousUnit, dateRangeInput, numericRangeInput, toContinuousRange } from "./continuous-range-schema";

const date = (name: string) => dateField(name);
const collapseWhitespace = (value: string) => value.replace(/\s+/g, " ");

export const createQuestionInput = z
  .object({
    // A title is one line: line breaks and runs of spaces (a pasted or multi-line entry) become
    // single spaces before the length rules apply.
    title: text("title", { error: "title is required" })
      .overwrite(collapseWhitespace)
      .trim()
      .min(10, { error: "title must be at least 10 characters: state the question" })
      .max(300, { error: "title must be at most 300 characters" }),
    description: text("description")
      .trim()
      .max(5000, { error: "description must be at most 5000 characters" })
      .default(""),
    resolutionCriteria: text("resolutionCriteria", { error: "resolutionCriteria is required" })
      .trim()
      .min(20, { error: "resolutionCriteria must be at least 20 characters: say exactly what counts as Yes" })
      .max(5000, { error: "resolutionCriteria must be at most 5000 characters" }),
    type: z
      .enum(["BINARY", "MULTIPLE_CHOICE", "NUMERIC", "DATE"], {
        error: "type must be BINARY, MULTIPLE_CHOICE, NUMERIC or DATE",
      })
      .default("BINARY"),
    // NUMERIC and DATE only: checked against the type below (continuous-range-schema.ts).
    range: z.unknown().optional(),
    unit: continuousUnit.optional(),
    options: z
      .array(
        text("each option", { error: "each option must be a string" })
          .trim()
          .min(1, { error: "options must not be empty" })
          .max(200, { error: "each option must be at most 200 characters" }),
        { error: "options must be a list of strings" },
      )
      .max(20, { error: "at most 20 options" })
      .optional(),
    closeAt: date("closeAt"),
    resolveBy: date("resolveBy"),
    themes: z
      .array(z.enum(THEME_SLUGS, { error: `each theme must be one of ${THEME_SLUGS.join(", ")}` }))
      .max(5, { error: "at most 5 themes" })
      .default([]),
    teamId: recordId("teamId").optional(),
    hideForecastsUntilForecast: z.boolean({ error: "hideForecastsUntilForecast must be true or false" }).optional(),
    conditionQuestionId: recordId("conditionQuestionId").optional(),
    conditionOutcome: z.enum(["YES", "NO"], { error: "conditionOutcome must be YES or NO" }).optional(),
    // A question drafted from a forecast the extractor found in a source: the excerpt is linked
    // with the author's implied probability.
    fromExcerpt: z
      .object({
        sourceId: recordId("fromExcerpt.sourceId"),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      })
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.type === "MULTIPLE_CHOICE") {
      const options = value.options ?? [];
      if (options.length < 2) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: "a multiple-choice question needs at least 2 options",
        });
      }
      if (new Set(options.map((option) => option.toLowerCase())).size !== options.length) {
        ctx.addIssue({ code: "custom", path: ["options"], message: "options must be distinct" });
      }
    } else if (value.options && value.options.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `a ${value.type === "BINARY" ? "yes/no" : value.type} question takes no options`,
      });
    }
    if (value.type !== "NUMERIC" && value.type !== "DATE") {
      if (value.range !== undefined) {
        ctx.addIssue({ code: "custom", path: ["range"], message: "only NUMERIC and DATE questions take a range" });
      }
    } else if (value.range === undefined) {
      ctx.addIssue({ code: "custom", path: ["range"], message: `range is required for a ${value.type} question` });
    }
    if (value.unit !== undefined && value.type !== "NUMERIC") {
      ctx.addIssue({ code: "custom", path: ["unit"], message: "only NUMERIC questions take a unit" });
    }
    if (value.resolveBy < value.closeAt) {
      ctx.addIssue({ code: "custom", path: ["resolveBy"], message: "resolveBy must be on or after the closing date" });
    }
    if (Boolean(value.conditionQuestionId) !== Boolean(value.conditionOutcome)) {
      ctx.addIssue({
        code: "custom",
        path: ["conditionOutcome"],
        message: "a condition needs both conditionQuestionId and conditionOutcome",
      });
    }
  })
  .transform(({ range, ...value }, ctx) => {
    let continuousRange: ContinuousRange | null = null;
    if (value.type === "NUMERIC" || value.type === "DATE") {
      const parsed = (value.type === "DATE" ? dateRangeInput : numericRangeInput).safeParse(range);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const message =
            issue.code === "custom" || issue.path.length > 0 ? issue.message : rangeMessage(issue.message);
          ctx.addIssue({ code: "custom", path: ["range", ...issue.path.map(String)], message });
        }
        return z.NEVER;
      }
      continuousRange = toContinuousRange(parsed.data);
    }
    return { ...value, range: continuousRange };
  });

// A range that is not an object at all gets zod's generic message: name the field.
const rangeMessage = (message: string) =>
  message.startsWith("range") ? message : `range must be an object: ${message}`;

export type CreateQuestionInput = z.output<typeof createQuestionInput>;
