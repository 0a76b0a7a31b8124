// Interleaved reads: every round requests each probe once, in a fresh random order, so the
// baseline (health) and the pages share the same moments of machine load. The first rounds warm
// the server's caches and compiled code and are not counted.
import { headersFor, timedRequest, type Credentials, type Probe } from "./http";

export const WARMUP_ROUNDS = 3;

export function readProbes(ids: { small: string; big: string; teamId: string }): Probe[] {
  return [
    { name: "health", path: "/api/v1/health", auth: "none" },
    { name: "question page (100 forecasts)", path: `/questions/${ids.small}`, auth: "cookie" },
    { name: "question page (10,000 forecasts)", path: `/questions/${ids.big}`, auth: "cookie" },
    { name: "forecasts API page 1 (100)", path: `/api/v1/questions/${ids.small}/forecasts`, auth: "bearer" },
    { name: "forecasts API page 1 (10,000)", path: `/api/v1/questions/${ids.big}/forecasts`, auth: "bearer" },
    { name: "home /", path: "/", auth: "cookie" },
    { name: "/questions", path: "/questions", auth: "cookie" },
    { name: "GET /api/v1/questions", path: "/api/v1/questions", auth: "bearer" },
    { name: "/me", path: "/me", auth: "cookie" },
    { name: "team page", path: `/teams/${ids.teamId}`, auth: "cookie" },
    { name: "leaderboard API", path: `/api/v1/teams/${ids.teamId}/leaderboard`, auth: "bearer" },
  ];
}

export async function measureReads(
  base: string,
  probes: Probe[],
  credentials: Credentials,
  rounds: number,
  onRound: (round: number) => void = () => {},
): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(probes.map((probe) => [probe.name, []]));
  for (let round = 0; round < WARMUP_ROUNDS + rounds; round++) {
    const order = [...probes].sort(() => Math.random() - 0.5);
    for (const probe of order) {
      const { ms } = await timedRequest(base, probe.path, { headers: headersFor(probe, credentials) });
      if (round >= WARMUP_ROUNDS) samples.get(probe.name)!.push(ms);
    }
    onRound(round);
  }
  return samples;
}
