// The session report, once closed: per question both rounds' spread and pooled values, each
// person's change, and on resolved questions the Brier of each round for individuals and for
// the team's pooled forecast; a calibration table of the session's final answers.
import { isProbabilityQuestion } from "../forecasts/probabilities";
import type { Db } from "../db/client";
import { csvCell } from "../exports/csv";
import type { SignedInViewer } from "../domain/viewer";
import { AppError } from "../errors";
import { brierScore, calibrationBins, multiBrierScore, type CalibrationPair } from "../forecasting";
import { calibrationPairs, scoredOutcome, type ScoredOutcome } from "../forecasts/outcome";
import { loadSessionFor } from "./access";
import { latestAnswers, type SessionAnswer } from "./answers";
import { poolAnswers } from "./pool";

// Plain averages: multiple-choice Briers run to 2 and shifts are signed, outside the [0, 1] that
// lib/forecasting's probability aggregates accept.
const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

const scoreOf = (probs: number[], outcome: ScoredOutcome | null) =>
  !outcome
    ? null
    : outcome.kind === "binary"
      ? brierScore(probs[0]!, outcome.outcome)
      : multiBrierScore(probs, outcome.outcomeIndex);

export async function sessionReport(db: Db, viewer: SignedInViewer, sessionId: string) {
  const { session } = await loadSessionFor(db, viewer, sessionId);
  if (session.step !== "CLOSED") throw new AppError("conflict", "The report is ready once the session is closed");
  // Only probability questions can be in a session (sessionQuestionsWhere); this narrows the type.
  const questions = session.questions.map((link) => link.question).filter(isProbabilityQuestion);
  const answers = await latestAnswers(db, session.id, questions);
  const anonymous = session.anonymousReasons;
  // Anonymous sessions hide who is who in the report too: no user ids but the viewer's own.
  const publicId = (userId: string) => (anonymous && userId !== viewer.userId ? null : userId);
  const label = new Map<string, string>();
  for (const answer of answers) {
    if (!label.has(answer.userId)) {
      label.set(
        answer.userId,
        session.anonymousReasons && answer.userId !== viewer.userId ? `Participant ${label.size + 1}` : answer.userName,
      );
    }
  }

  const pairs: CalibrationPair[] = [];
  const perQuestion = questions.map((question) => {
    const outcome = scoredOutcome(question, question.currentResolution);
    const round = (r: 1 | 2) => answers.filter((a) => a.questionId === question.id && a.round === r);
    const r1 = round(1);
    const r2 = round(2);
    const pooled1 = poolAnswers(r1.map((a) => a.probs));
    const pooled2 = poolAnswers(r2.map((a) => a.probs));
    const people = [...new Set([...r1, ...r2].map((a) => a.userId))].map((userId) => {
      const first = r1.find((a) => a.userId === userId) ?? null;
      // Who skipped round 2 keeps their round-1 answer.
      const second = r2.find((a) => a.userId === userId) ?? first;
      return {
        userId: publicId(userId),
        you: userId === viewer.userId,
        participant: label.get(userId)!,
        round1: first?.probs ?? null,
        round2: second?.probs ?? null,
        change: first && second ? second.probs.map((p, i) => p - first.probs[i]!) : null,
        brier1: first ? scoreOf(first.probs, outcome) : null,
        brier2: second ? scoreOf(second.probs, outcome) : null,
        rationale2: second?.rationale ?? null,
      };
    });
    if (outcome) {
      for (const person of people) {
        if (!person.round2) continue;
        pairs.push(...calibrationPairs(person.round2, outcome));
      }
    }
    return {
      id: question.id,
      title: question.title,
      type: question.type,
      options: question.options,
      resolved: outcome !== null,
      outcome: question.currentResolution?.outcome ?? null,
      round1: { values: r1.map((a) => a.probs), pooled: pooled1 },
      round2: { values: r2.map((a) => a.probs), pooled: pooled2 },
      team: {
        brier1Median: pooled1 ? scoreOf(pooled1.median, outcome) : null,
        brier2Median: pooled2 ? scoreOf(pooled2.median, outcome) : null,
        brier1Extremized: pooled1 ? scoreOf(pooled1.extremized, outcome) : null,
        brier2Extremized: pooled2 ? scoreOf(pooled2.extremized, outcome) : null,
      },
      people,
    };
  });

  const personIds = [...label.keys()];
  const perPerson = personIds.map((userId) => {
    const rows = perQuestion.flatMap((q) => q.people.filter((p) => p.participant === label.get(userId)));
    const scored1 = rows.map((r) => r.brier1).filter((v): v is number => v !== null);
    const scored2 = rows.map((r) => r.brier2).filter((v): v is number => v !== null);
    const shifts = rows.map((r) => (r.change ? Math.abs(r.change[0]!) : null)).filter((v): v is number => v !== null);
    return {
      userId: publicId(userId),
      you: userId === viewer.userId,
      participant: label.get(userId)!,
      questionsAnswered: rows.length,
      meanAbsoluteShift: average(shifts),
      meanBrier1: average(scored1),
      meanBrier2: average(scored2),
    };
  });
  const teamBriers = (key: "brier1Median" | "brier2Median") =>
    perQuestion.map((q) => q.team[key]).filter((v): v is number => v !== null);

  return {
    session: { id: session.id, title: session.title, team: session.team, closedAt: session.closedAt },
    questions: perQuestion,
    people: perPerson,
    team: {
      meanBrier1: average(teamBriers("brier1Median")),
      meanBrier2: average(teamBriers("brier2Median")),
    },
    calibration: pairs.length ? calibrationBins(pairs, 5) : [],
    calibrationPairs: pairs.length,
  };
}

export type SessionReport = Awaited<ReturnType<typeof sessionReport>>;

/** One CSV row per person, question and round (RFC 4180 quoting, no cell read as a formula). */
export function reportCsv(report: SessionReport): string {
  // Titles and names are neutralised against formula injection (lib/exports/csv.ts).
  const quote = csvCell;
  const lines = [["question", "participant", "round", "probabilities", "outcome", "brier"].join(",")];
  for (const question of report.questions) {
    for (const person of question.people) {
      for (const [round, probs, brier] of [
        [1, person.round1, person.brier1],
        [2, person.round2, person.brier2],
      ] as const) {
        if (!probs) continue;
        lines.push(
          [
            question.title,
            person.participant,
            round,
            probs.map((p) => p.toFixed(4)).join(" "),
            question.outcome,
            brier?.toFixed(4),
          ]
            .map(quote)
            .join(","),
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export type { SessionAnswer };
