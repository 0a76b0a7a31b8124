// The one query of a forecast export (GET /api/v1/exports/forecasts and the pages' links).
import { z } from "zod";
import { recordId } from "../validation/common";

export const forecastExportQuery = z
  .object({
    scope: z.enum(["mine", "question", "team"], { error: "scope must be mine, question or team" }),
    id: recordId("id").optional().describe("The question's or the team's id (not for scope=mine)"),
    format: z.enum(["csv", "json"], { error: "format must be csv or json" }).default("csv"),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.scope !== "mine" && !value.id) {
      ctx.addIssue({ code: "custom", path: ["id"], message: `id is required for scope=${value.scope}` });
    }
  });

export type ForecastExportQuery = z.output<typeof forecastExportQuery>;
