// Inputs of the settings page's forms, validated in the server actions.
import { z } from "zod";
import { recordId, text } from "@/lib/validation/common";

export const API_KEY_NAME_MAX = 100;

export const createApiKeyInput = z.object({
  name: text("name", { error: "name is required" })
    .trim()
    .min(1, { error: "name is required" })
    .max(API_KEY_NAME_MAX, { error: `name must be at most ${API_KEY_NAME_MAX} characters` }),
});

export const revokeApiKeyInput = z.object({ keyId: recordId("keyId") });

export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;
