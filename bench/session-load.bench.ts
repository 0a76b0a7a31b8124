// Load check for live calibration sessions (issue 7): 50 participants submit their round-1
// answers at the same moment, through the same use case the API calls. Reports per-call
// latency percentiles against a baseline read measured in the same run, and fails the run if
// a single answer is lost. Run: npx vitest bench --run bench/
import { bench, describe } from "vitest";
import { answerInSession, sessionVersion } from "../lib/sessions/sessions";
import { latencyTable, summarize, timed } from "./latency-report";
import { buildSessionFixture } from "./session-fixture";

const PARTICIPANTS = 50;
const ROUNDS = 8; // one fresh session per round, so each round starts from zero answers
const BASELINE_READS = 400;

const fixture = await buildSessionFixture(PARTICIPANTS);
const baselineSession = await fixture.newSession("Baseline session");
const baselineMs: number[] = [];
const answerMs: number[] = [];
let roundsChecked = 0;

/** Every participant's answer must be stored exactly once, and every answer must bump the version. */
async function checkNothingLost(sessionId: string) {
  const [answers, people, session] = await Promise.all([
    fixture.db.forecast.count({ where: { sessionId, mode: "SESSION", sessionRound: 1 } }),
    fixture.db.forecast.groupBy({ by: ["userId"], where: { sessionId, mode: "SESSION", sessionRound: 1 } }),
    fixture.db.calibrationSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } }),
  ]);
  if (answers !== PARTICIPANTS || people.length !== PARTICIPANTS || session.version !== PARTICIPANTS) {
    throw new Error(
      `Answers lost: expected ${PARTICIPANTS} stored answers from ${PARTICIPANTS} people and version ` +
        `${PARTICIPANTS}, found ${answers} answers from ${people.length} people and version ${session.version}`,
    );
  }
  roundsChecked++;
}

async function report() {
  const baseline = summarize(baselineMs);
  console.log(
    `\n${roundsChecked} rounds of ${PARTICIPANTS} concurrent answers, all ${roundsChecked * PARTICIPANTS} stored ` +
      `(none lost); baseline = one sessionVersion read, ${baselineMs.length} sequential calls\n`,
  );
  console.log(
    latencyTable(
      [
        ["sessionVersion read (baseline)", baseline],
        [`answerInSession, ${PARTICIPANTS} at once`, summarize(answerMs)],
      ],
      baseline,
    ),
  );
  await fixture.cleanup();
}

const benchOptions = { time: 0, warmupTime: 0, warmupIterations: 0, throws: true };

describe(`live session: ${PARTICIPANTS} participants answer round 1 at once`, () => {
  bench(
    "baseline: one sessionVersion read (what live screens poll)",
    async () => {
      await timed(baselineMs, () => sessionVersion(fixture.db, fixture.members[1]!, baselineSession));
    },
    { ...benchOptions, iterations: BASELINE_READS },
  );

  bench(
    `round 1: ${PARTICIPANTS} concurrent answerInSession calls`,
    async () => {
      const sessionId = await fixture.newSession(`Load round ${roundsChecked + 1}`);
      await Promise.all(
        fixture.members.map((member, i) =>
          timed(answerMs, () =>
            answerInSession(fixture.db, member, sessionId, {
              questionId: fixture.questionId,
              probability: 0.05 + (0.9 * i) / PARTICIPANTS,
              rationale: `Participant ${i + 1}'s reason`,
            }),
          ),
        ),
      );
      await checkNothingLost(sessionId);
    },
    // Vitest runs no afterAll hooks in bench mode; tinybench's teardown runs after the measured runs.
    {
      ...benchOptions,
      iterations: ROUNDS,
      teardown: async (_task, mode) => {
        if (mode === "run") await report();
      },
    },
  );
});
