// Whom the comment form suggests after "@": people the viewer already sees by name in this
// context — a team question's members, or a public question's commenters — never its
// forecasters (their names may be hidden from this viewer until they forecast).
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { displayHandleOf } from "./mentions";

const MAX_SUGGESTED = 200;

export type Mentionable = { name: string; handle: string };

export async function mentionablePeople(
  db: Db,
  viewer: SignedInViewer,
  question: { id: string; teamId: string | null },
): Promise<Mentionable[]> {
  const people = await db.user.findMany({
    where: {
      deactivatedAt: null,
      id: { not: viewer.userId },
      ...(question.teamId
        ? { memberships: { some: { teamId: question.teamId } } }
        : { comments: { some: { questionId: question.id, deletedAt: null } } }),
    },
    orderBy: { name: "asc" },
    take: MAX_SUGGESTED,
    select: { name: true },
  });
  return people.map((person) => ({ name: person.name, handle: displayHandleOf(person) }));
}
