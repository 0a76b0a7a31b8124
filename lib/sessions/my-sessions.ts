// The calibration sessions of every team a person belongs to, newest first, a page at a time.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";

export const MY_SESSIONS_PAGE_SIZE = 20;

export async function listMySessions(db: Db, viewer: SignedInViewer, page: number) {
  const pageIndex = Number.isInteger(page) && page > 1 ? page - 1 : 0;
  const rows = await db.calibrationSession.findMany({
    where: { teamId: { in: viewer.teamIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: pageIndex * MY_SESSIONS_PAGE_SIZE,
    // One more than a page says whether a next page exists without a count query.
    take: MY_SESSIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      step: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
      facilitator: { select: { name: true } },
      _count: { select: { questions: true } },
    },
  });
  return {
    page: pageIndex + 1,
    items: rows.slice(0, MY_SESSIONS_PAGE_SIZE),
    hasNext: rows.length > MY_SESSIONS_PAGE_SIZE,
  };
}

/** Sessions still running in a person's teams (not closed), newest first: what the home page offers to rejoin. */
export async function listLiveSessions(db: Db, viewer: SignedInViewer, limit: number) {
  return db.calibrationSession.findMany({
    where: { teamId: { in: viewer.teamIds }, step: { not: "CLOSED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, step: true, team: { select: { id: true, name: true } } },
  });
}
