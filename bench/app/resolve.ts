// Resolving the question with 10,000 forecasts through the API (scores recomputed in the same
// transaction), while one client keeps asking for /api/v1/health; its latencies during the
// resolution are compared with the same loop on an idle server just before.
import { timedRequest } from "./http";

export type ResolveRun = { resolveMs: number; scoredForecasters: number; idle: number[]; during: number[] };

async function healthLoop(base: string, until: () => boolean, into: number[], minimum = 0) {
  while (!until() || into.length < minimum) {
    into.push((await timedRequest(base, "/api/v1/health")).ms);
  }
}

export async function measureResolve(base: string, questionId: string, apiKey: string): Promise<ResolveRun> {
  const idle: number[] = [];
  const idleUntil = Date.now() + 5_000;
  await healthLoop(base, () => Date.now() >= idleUntil, idle, 100);

  const during: number[] = [];
  let done = false;
  const resolving = timedRequest(base, `/api/v1/questions/${questionId}/resolution`, {
    method: "POST",
    expect: 201,
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({
      outcome: "YES",
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      note: "Resolved by the app benchmark.",
    }),
  }).finally(() => {
    done = true;
  });
  const [resolved] = await Promise.all([resolving, healthLoop(base, () => done, during)]);
  const body = JSON.parse(resolved.body) as { scoredForecasters?: number };
  return { resolveMs: resolved.ms, scoredForecasters: body.scoredForecasters ?? 0, idle, during };
}
