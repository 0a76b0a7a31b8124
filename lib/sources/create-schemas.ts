// The one input schema for adding a source (the "add a source" form, its action, the API).
import { z } from "zod";
import { dateField, isWellFormedText, notUnicodeMessage, text } from "../validation/common";

export const MAX_SOURCE_TEXT_BYTES = 1024 * 1024;

const required = (name: string, max: number) =>
  text(name, { error: `${name} is required` })
    .trim()
    .min(1, { error: `${name} is required` })
    .max(max, { error: `${name} must be at most ${max} characters` });

export const createSourceInput = z
  .object({
    title: required("title", 300),
    author: required("author", 200),
    outlet: required("outlet", 200),
    url: z
      .url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
      .refine(isWellFormedText, { error: notUnicodeMessage("url"), abort: true })
      .max(2000)
      .optional(),
    publishedAt: dateField("publishedAt", "publishedAt must be a date (YYYY-MM-DD)"),
    text: text("text", { error: "text is required: paste the article's text" }),
  })
  .strict();

export type CreateSourceInput = z.output<typeof createSourceInput>;
