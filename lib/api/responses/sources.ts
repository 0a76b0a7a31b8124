// Sources, their excerpts, and the extractor's findings (GET/POST /sources, GET /sources/{id},
// POST /extract). Lists and details are the stored rows as read (lib/sources/queries.ts).
import { z } from "zod";
import { isoDateTime, nextCursor } from "./common";

const sourceRef = z.object({ id: z.string(), title: z.string(), outlet: z.string() });

export const sourcePage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      author: z.string(),
      outlet: z.string(),
      url: z.string().nullable(),
      publishedAt: isoDateTime,
      publishedAtNote: z.string().nullable(),
      contentHash: z.string(),
      duplicateOf: sourceRef.nullable().describe("The original, when this source is a copy of another"),
      _count: z.object({ excerpts: z.number().int(), duplicates: z.number().int() }),
    }),
  ),
  nextCursor,
});

export const sourceDetail = z.object({
  id: z.string(),
  seedKey: z.string().nullable(),
  title: z.string(),
  author: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  publishedAt: isoDateTime,
  publishedAtNote: z.string().nullable(),
  summary: z.string().nullable(),
  contentHash: z.string(),
  fingerprint: z.string().nullable(),
  duplicateOfId: z.string().nullable(),
  addedById: z.string().nullable(),
  createdAt: isoDateTime,
  hasText: z.boolean().describe("Whether the full text is stored"),
  duplicateOf: sourceRef.nullable(),
  duplicates: z.array(sourceRef),
  excerpts: z.array(
    z.object({
      id: z.string(),
      seedKey: z.string().nullable(),
      sourceId: z.string(),
      quote: z.string(),
      startOffset: z.number().int(),
      endOffset: z.number().int(),
      cue: z.string(),
      cueProbability: z.number(),
      negated: z.boolean(),
      attribution: z.string().nullable(),
      condition: z.string().nullable(),
      topics: z.string().describe("Comma-separated theme slugs"),
      createdAt: isoDateTime,
      questions: z
        .array(
          z.object({
            questionId: z.string(),
            excerptId: z.string(),
            impliedProbability: z.number(),
            optionId: z.string().nullable(),
            note: z.string().nullable(),
            question: z.object({
              id: z.string(),
              title: z.string(),
              resolvedAt: isoDateTime.nullable(),
              closeAt: isoDateTime,
            }),
          }),
        )
        .describe("Questions you may see that cite this excerpt"),
    }),
  ),
});

export const candidate = z.object({
  sentence: z.string(),
  start: z.number().int().describe("Offset into the text: text.slice(start, end) === sentence"),
  end: z.number().int(),
  cue: z.string().describe("The estimative phrase found"),
  probability: z
    .number()
    .describe(
      "The probability the words imply: the stated number (a range's midpoint), else what the estimative-words table gives the cue",
    ),
  negated: z.boolean(),
  topics: z
    .array(z.string())
    .describe(
      "Theme slugs the forecast bears on; empty (unassigned) unless the text is tied to the workbench's questions (see similarQuestions)",
    ),
  similarQuestions: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .describe(
      "Up to three questions you may see that this forecast is most similar to (BM25 over titles and criteria), best first",
    ),
  conditional: z.object({ condition: z.string(), consequent: z.string() }).optional(),
  attribution: z.string().optional(),
  cueStart: z.number().int().optional(),
  cueEnd: z.number().int().optional(),
});

export const extraction = z.object({
  candidates: z.array(candidate),
  debris: z
    .array(z.object({ start: z.number().int(), end: z.number().int(), reason: z.string() }))
    .describe("Ranges of page debris (navigation, captions, notices) left out of the analysis"),
});

const storedSource = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  publishedAt: isoDateTime,
  contentHash: z.string(),
  createdAt: isoDateTime,
});

const duplicateOf = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    author: z.string(),
    how: z.enum(["identical", "near-duplicate"]).optional(),
    containment: z.number().optional(),
  })
  .nullable();

export const sourceCreated = z.union([
  z.object({ source: storedSource, duplicateOf, candidates: z.array(candidate) }),
  z.object({
    source: storedSource,
    duplicateOf,
    candidates: z.null(),
    analysisProblem: z.string().describe("Why the text could not be analysed in time; the source is stored"),
  }),
]);
