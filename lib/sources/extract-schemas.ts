import { z } from "zod";

export const extractInput = z.object({ text: z.string({ error: 'text is required: send { "text": "…" }' }) }).strict();
