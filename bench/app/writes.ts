// Forecast writes: through the API with `clients` concurrent clients, against single-row
// committed inserts of the same rows through Prisma in this process (same database, the app's own
// client factory and adapter settings, the same concurrency). Blocks alternate API / Prisma /
// API / Prisma so both see the same machine load.
import { performance } from "node:perf_hooks";
import { createDb } from "../../lib/db/client";
import { resolveDatabaseConfig } from "../../lib/db/config";
import { timedRequest } from "./http";

export type WriteRun = { ms: number[]; seconds: number; count: number };

async function pool(total: number, clients: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(clients, total) }, async () => {
      while (next < total) await work(next++);
    }),
  );
  return (performance.now() - start) / 1000;
}

export async function measureWrites(
  base: string,
  databaseUrl: string,
  target: { questionId: string; email: string; apiKey: string },
  total: number,
  clients: number,
): Promise<{ api: WriteRun; prisma: WriteRun }> {
  const db = createDb(resolveDatabaseConfig(databaseUrl));
  const api: WriteRun = { ms: [], seconds: 0, count: 0 };
  const prisma: WriteRun = { ms: [], seconds: 0, count: 0 };
  const half = Math.ceil(total / 2);
  try {
    // The API key's owner writes through the API; the same person's rows go in through Prisma.
    const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: target.email }, select: { id: true } });
    for (let block = 0; block < 2; block++) {
      const count = block === 0 ? half : total - half;
      api.seconds += await pool(count, clients, async () => {
        const { ms } = await timedRequest(base, `/api/v1/questions/${target.questionId}/forecasts`, {
          method: "POST",
          expect: 201,
          headers: { authorization: `Bearer ${target.apiKey}`, "content-type": "application/json" },
          body: JSON.stringify({ probability: 0.4 }),
        });
        api.ms.push(ms);
      });
      api.count += count;
      prisma.seconds += await pool(count, clients, async () => {
        const start = performance.now();
        await db.forecast.create({
          data: {
            questionId: target.questionId,
            userId,
            probability: 0.4,
            rationale: null,
            mode: "LIVE",
            createdAt: new Date(),
          },
          select: { id: true, questionId: true, userId: true, createdAt: true, rationale: true },
        });
        prisma.ms.push(performance.now() - start);
      });
      prisma.count += count;
    }
  } finally {
    await db.$disconnect();
  }
  return { api, prisma };
}
