"use server";
import { revalidatePath } from "next/cache";
import { actorOf } from "@/lib/audit/record";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { enforceRateLimit, rateRules } from "@/lib/security/rate-limit";
import { parseInput } from "@/lib/validation/parse";
import { createApiKeyInput, revokeApiKeyInput } from "./schemas";

export type CreatedApiKey = { id: string; name: string; prefix: string; createdAt: string; key: string };

export async function createKey(input: unknown): Promise<ActionResult<CreatedApiKey>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const { name } = parseInput(createApiKeyInput, input);
    await enforceRateLimit(db, rateRules.apiKeyCreation(), `user:${viewer.userId}`);
    const created = await createApiKey(db, viewer.userId, name, actorOf(viewer));
    return { ...created, createdAt: created.createdAt.toISOString() };
  });
  if (result.ok) revalidatePath("/settings");
  return result;
}

export async function revokeKey(keyId: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const input = parseInput(revokeApiKeyInput, { keyId });
    await revokeApiKey(db, viewer.userId, input.keyId, actorOf(viewer));
    return { id: input.keyId };
  });
  if (result.ok) revalidatePath("/settings");
  return result;
}
