// Who may see and run a session: team members see it (others get 404); the facilitator, and the
// team's owners and facilitators, run it (members get 403).
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { canFacilitate } from "../teams/access";

export async function loadSessionFor(db: Db, viewer: SignedInViewer, sessionId: string) {
  const session = await db.calibrationSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      teamId: true,
      title: true,
      step: true,
      facilitatorId: true,
      anonymousReasons: true,
      notes: true,
      version: true,
      createdAt: true,
      closedAt: true,
      team: { select: { id: true, name: true } },
      facilitator: { select: { id: true, name: true } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          question: {
            select: {
              id: true,
              title: true,
              type: true,
              resolutionCriteria: true,
              options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
              currentResolution: { select: { outcome: true, optionId: true, occurredAt: true } },
            },
          },
        },
      },
    },
  });
  if (!session) throw notFound("Session");
  const membership = await db.teamMembership.findUnique({
    where: { teamId_userId: { teamId: session.teamId, userId: viewer.userId } },
    select: { role: true },
  });
  if (!membership) throw notFound("Session");
  const canRun = session.facilitatorId === viewer.userId || canFacilitate(membership.role);
  return { session, canRun };
}

export type LoadedSession = Awaited<ReturnType<typeof loadSessionFor>>["session"];

export function requireRunner(canRun: boolean): void {
  if (!canRun) throw new AppError("forbidden", "Only the session's facilitator can do this");
}
