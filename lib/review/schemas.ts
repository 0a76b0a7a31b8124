// The review page's query string: which theme fills the screen.
import { z } from "zod";
import { THEME_SLUGS } from "../domain/themes";

export const reviewQuery = z.object({
  theme: z.enum(THEME_SLUGS, { error: `theme must be one of ${THEME_SLUGS.join(", ")}` }).optional(),
});
