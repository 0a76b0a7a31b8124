import { z } from "zod";
import { text } from "../validation/common";

export const extractInput = z
  .object({ text: text("text", { error: 'text is required: send { "text": "…" }' }) })
  .strict();
