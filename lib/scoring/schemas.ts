import { z } from "zod";
import { THEME_SLUGS } from "../domain/themes";
import { limitUpTo } from "../validation/common";
import { offsetCursor } from "../validation/offset-cursor";

/** Resolved questions per page of a track record (newest first), and the most one page holds. */
export const DEFAULT_TRACK_RECORD_PAGE = 50;
export const MAX_TRACK_RECORD_PAGE = 500;

export const trackRecordQuery = z.object({
  theme: z.enum(THEME_SLUGS, { error: `theme must be one of ${THEME_SLUGS.join(", ")}` }).optional(),
  limit: limitUpTo(MAX_TRACK_RECORD_PAGE).optional(),
  cursor: offsetCursor.optional(),
});

export type TrackRecordQuery = z.output<typeof trackRecordQuery>;
