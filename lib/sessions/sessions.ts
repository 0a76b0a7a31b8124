// Calibration sessions (a Delphi round): blind round 1, reveal of the spread and reasons,
// round 2 to update, close with a report. The facilitator moves the steps; every change bumps
// the session's version so live screens know to refresh.
import { isProbabilityQuestion, PROBABILITY_QUESTION_TYPES } from "../forecasts/probabilities";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { probsFromInput } from "../forecasts/probabilities";
import { storedProbabilities } from "../forecasts/probabilities";
import { forecastInput } from "../forecasts/schemas";
import { recordOutboxEvent } from "../outbox/record";
import { visibleQuestionsWhere } from "../domain/viewer";
import { requireRole } from "../teams/access";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { loadSessionFor, requireRunner } from "./access";
import { latestAnswers } from "./answers";
import { poolAnswers } from "./pool";
import { answerTarget, createSessionInput, sessionNotesInput, STEP_NAMES, type SessionStepName } from "./schemas";

const NEXT_STEP: Record<SessionStepName, SessionStepName | null> = {
  ROUND1: "REVEAL",
  REVEAL: "ROUND2",
  ROUND2: "CLOSED",
  CLOSED: null,
};

/** A team session uses public questions and the team's own, never another team's. */
function sessionQuestionsWhere(viewer: SignedInViewer, teamId: string) {
  const teamViewer = { ...viewer, teamIds: [...new Set([...viewer.teamIds, teamId])] };
  // Sessions compare probabilities: NUMERIC and DATE questions cannot be put in one yet.
  return {
    AND: [
      visibleQuestionsWhere(teamViewer),
      { OR: [{ teamId: null }, { teamId }] },
      { type: { in: [...PROBABILITY_QUESTION_TYPES] } },
    ],
  };
}

/**
 * The questions a facilitator may put in a new session of this team, the team's own first, then
 * by close date, newest first. Facilitators and owners only.
 */
export async function questionsForNewSession(db: Db, viewer: SignedInViewer, teamId: string, limit = 100) {
  await requireRole(db, viewer, teamId, ["OWNER", "FACILITATOR"]);
  return db.question.findMany({
    where: sessionQuestionsWhere(viewer, teamId),
    orderBy: [{ teamId: "desc" }, { closeAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, teamId: true, resolvedAt: true },
  });
}

export async function createSession(db: Db, viewer: SignedInViewer, rawInput: unknown, now = new Date()) {
  const input = parseInput(createSessionInput, rawInput);
  await requireRole(db, viewer, input.teamId, ["OWNER", "FACILITATOR"]);
  const questions = await db.question.findMany({
    where: { AND: [{ id: { in: input.questionIds } }, sessionQuestionsWhere(viewer, input.teamId)] },
    select: { id: true },
  });
  const missing = input.questionIds.filter((id) => !questions.some((q) => q.id === id));
  if (missing.length > 0) {
    throw new AppError("bad_request", `questionIds: unknown question ${missing[0]}`, [
      { path: `questionIds.${input.questionIds.indexOf(missing[0]!)}`, message: "unknown question" },
    ]);
  }
  return db.$transaction(async (tx) => {
    const session = await tx.calibrationSession.create({
      data: {
        teamId: input.teamId,
        facilitatorId: viewer.userId,
        title: input.title,
        anonymousReasons: input.anonymousReasons,
        questions: { create: input.questionIds.map((questionId, position) => ({ questionId, position })) },
      },
      select: { id: true, title: true, step: true, teamId: true },
    });
    // The team hears that round 1 is open (lib/notifications/fan-out.ts).
    await recordOutboxEvent(tx, {
      type: "session.started",
      payload: { sessionId: session.id, teamId: session.teamId, actorId: viewer.userId },
      occurredAt: now,
    });
    return session;
  });
}

export async function listTeamSessions(db: Db, teamId: string) {
  return db.calibrationSession.findMany({
    where: { teamId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, title: true, step: true, createdAt: true, _count: { select: { questions: true } } },
  });
}

/** What one participant sees now. Others' values appear only from the reveal on (round 2's at the close). */
export async function sessionView(db: Db, viewer: SignedInViewer, sessionId: string) {
  const { session, canRun } = await loadSessionFor(db, viewer, sessionId);
  const questions = session.questions.map((link) => link.question).filter(isProbabilityQuestion);
  const answers = await latestAnswers(db, session.id, questions);
  const memberCount = await db.teamMembership.count({ where: { teamId: session.teamId } });
  const step = session.step as SessionStepName;
  const round1Visible = step !== "ROUND1";
  const round2Visible = step === "CLOSED";
  const label = (userId: string, name: string, index: number) =>
    session.anonymousReasons && userId !== viewer.userId ? `Participant ${index + 1}` : name;

  return {
    id: session.id,
    title: session.title,
    step: STEP_NAMES[step],
    version: session.version,
    team: session.team,
    facilitator: session.facilitator,
    canRun,
    anonymousReasons: session.anonymousReasons,
    notes: session.notes,
    memberCount,
    questions: questions.map((question) => {
      const round = (r: 1 | 2) => answers.filter((a) => a.questionId === question.id && a.round === r);
      // Sorted by value, so the order of the reveal says nothing about who answered first.
      const reveal = (r: 1 | 2) =>
        [...round(r)]
          .sort((a, b) => a.probs[0]! - b.probs[0]! || a.createdAt.getTime() - b.createdAt.getTime())
          .map((a, index) => ({
            participant: label(a.userId, a.userName, index),
            mine: a.userId === viewer.userId,
            probs: a.probs,
            rationale: a.rationale,
          }));
      const mine = (r: 1 | 2) => round(r).find((a) => a.userId === viewer.userId) ?? null;
      return {
        id: question.id,
        title: question.title,
        type: question.type,
        resolutionCriteria: question.resolutionCriteria,
        options: question.options,
        answered: {
          round1: round(1)
            .map((a) => a.userName)
            .sort((a, b) => a.localeCompare(b)),
          round2: round(2)
            .map((a) => a.userName)
            .sort((a, b) => a.localeCompare(b)),
        },
        mine: {
          round1: mine(1) && { probs: mine(1)!.probs, rationale: mine(1)!.rationale },
          round2: mine(2) && { probs: mine(2)!.probs, rationale: mine(2)!.rationale },
        },
        round1: round1Visible ? { answers: reveal(1), pooled: poolAnswers(round(1).map((a) => a.probs)) } : null,
        round2: round2Visible ? { answers: reveal(2), pooled: poolAnswers(round(2).map((a) => a.probs)) } : null,
      };
    }),
  };
}

export type SessionView = Awaited<ReturnType<typeof sessionView>>;

export async function answerInSession(db: Db, viewer: SignedInViewer, sessionId: string, rawInput: unknown) {
  requireId(sessionId, "sessionId");
  const { questionId } = parseInput(answerTarget, rawInput);
  const forecast = { ...(rawInput as Record<string, unknown>) };
  delete forecast.questionId;
  const input = parseInput(forecastInput, forecast);
  const { session } = await loadSessionFor(db, viewer, sessionId);
  const question = session.questions.map((link) => link.question).find((q) => q.id === questionId);
  if (!question) throw notFound("Question in this session");
  const step = session.step as SessionStepName;
  if (step === "REVEAL") throw new AppError("conflict", "Round 1 is over: answers cannot change after the reveal");
  if (step === "CLOSED") throw new AppError("conflict", "This session is closed");
  const probs = probsFromInput(question, input);
  const round = step === "ROUND1" ? 1 : 2;

  return db.$transaction(async (tx) => {
    // Re-check inside the transaction: the facilitator may have moved on since the read above.
    const current = await tx.calibrationSession.findUniqueOrThrow({
      where: { id: session.id },
      select: { step: true },
    });
    if (current.step !== step) throw new AppError("conflict", "The session moved on; reload to see the current step");
    const created = await tx.forecast.create({
      data: {
        questionId,
        userId: viewer.userId,
        mode: "SESSION",
        sessionId: session.id,
        sessionRound: round,
        ...storedProbabilities(question, probs),
        rationale: input.rationale || null,
      },
      select: { id: true, createdAt: true },
    });
    await tx.calibrationSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
    return { ...created, round };
  });
}

export async function advanceSession(db: Db, viewer: SignedInViewer, sessionId: string, now = new Date()) {
  requireId(sessionId, "sessionId");
  const { session, canRun } = await loadSessionFor(db, viewer, sessionId);
  requireRunner(canRun);
  const next = NEXT_STEP[session.step as SessionStepName];
  if (!next) throw new AppError("conflict", "This session is already closed");
  await db.$transaction(async (tx) => {
    const updated = await tx.calibrationSession.updateMany({
      // Compare-and-set on the step: two clicks never skip a step.
      where: { id: session.id, step: session.step },
      data: {
        step: next,
        stepChangedAt: now,
        version: { increment: 1 },
        ...(next === "CLOSED" ? { closedAt: now } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("conflict", "The session moved on already; reload");
    await recordOutboxEvent(tx, {
      type: "session.step_changed",
      payload: { sessionId: session.id, teamId: session.teamId, step: next, actorId: viewer.userId },
      occurredAt: now,
    });
  });
  return { step: STEP_NAMES[next] };
}

export async function updateSessionNotes(db: Db, viewer: SignedInViewer, sessionId: string, rawInput: unknown) {
  requireId(sessionId, "sessionId");
  const input = parseInput(sessionNotesInput, rawInput);
  const { session, canRun } = await loadSessionFor(db, viewer, sessionId);
  requireRunner(canRun);
  await db.calibrationSession.update({
    where: { id: session.id },
    data: { notes: input.notes, version: { increment: 1 } },
  });
}

/** The cheap read live screens poll: two indexed lookups, members only. */
export async function sessionVersion(db: Db, viewer: SignedInViewer, sessionId: string) {
  const session = await db.calibrationSession.findUnique({
    where: { id: sessionId },
    select: { teamId: true, version: true, step: true },
  });
  const member =
    session &&
    (await db.teamMembership.findUnique({
      where: { teamId_userId: { teamId: session.teamId, userId: viewer.userId } },
      select: { role: true },
    }));
  if (!session || !member) throw notFound("Session");
  return { version: session.version, step: STEP_NAMES[session.step as SessionStepName] };
}
