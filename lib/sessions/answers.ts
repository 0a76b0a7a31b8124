// Session answers: forecasts with mode SESSION and the round they belong to. Kept apart from live
// forecasts, so a practice session never moves anyone's live track record. The latest answer of a
// person in a round counts; earlier ones stay stored.
import type { Db, DbTransaction } from "../db/client";
import { probsOf } from "../forecasts/probabilities";

export type SessionAnswer = {
  userId: string;
  userName: string;
  questionId: string;
  round: 1 | 2;
  probs: number[];
  rationale: string | null;
  createdAt: Date;
};

export async function latestAnswers(
  db: Db | DbTransaction,
  sessionId: string,
  questions: { id: string; type: "BINARY" | "MULTIPLE_CHOICE"; options: { id: string }[] }[],
): Promise<SessionAnswer[]> {
  const rows = await db.forecast.findMany({
    where: { sessionId, mode: "SESSION" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      userId: true,
      questionId: true,
      sessionRound: true,
      probability: true,
      rationale: true,
      createdAt: true,
      user: { select: { name: true } },
      probabilities: { select: { optionId: true, probability: true } },
    },
  });
  const byKey = new Map<string, SessionAnswer>();
  for (const row of rows) {
    const question = questions.find((q) => q.id === row.questionId);
    if (!question || (row.sessionRound !== 1 && row.sessionRound !== 2)) continue;
    byKey.set(`${row.userId}:${row.questionId}:${row.sessionRound}`, {
      userId: row.userId,
      userName: row.user.name,
      questionId: row.questionId,
      round: row.sessionRound,
      rationale: row.rationale,
      createdAt: row.createdAt,
      probs: probsOf(question, row),
    });
  }
  return [...byKey.values()];
}
