import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { formatPercent } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { sourceWithText } from "@/lib/sources/candidates";
import { linkedCandidateAt, type LinkedCandidate } from "@/lib/sources/question-links";
import { draftFromCandidate, type QuestionDraft } from "@/lib/sources/question-draft";
import { listMyTeams } from "@/lib/teams/teams";
import { recordId } from "@/lib/validation/common";
import { NewQuestionForm } from "./new-question-form";

export const metadata: Metadata = { title: "New question" };
export const dynamic = "force-dynamic";

const fromSourceQuery = z.object({
  source: recordId("source"),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewQuestionPage({ searchParams }: Props) {
  const viewer = await requireViewer("/questions/new");
  const db = getDb();
  const from = fromSourceQuery.safeParse(await searchParams);
  let draft: QuestionDraft | null = null;
  let similar: LinkedCandidate["similarQuestions"] = [];
  let problem: string | null = null;
  if (from.success) {
    try {
      const source = await sourceWithText(db, from.data.source);
      if (!source.text) throw new Error("no text");
      const candidate = await linkedCandidateAt(
        db,
        viewer,
        { id: source.id, text: source.text },
        from.data.start,
        from.data.end,
      );
      draft = draftFromCandidate(candidate, source);
      similar = candidate.similarQuestions;
    } catch {
      problem = "That forecast could not be found in the source any more; write the question from scratch.";
    }
  }
  const teams = (await listMyTeams(db, viewer)).map(({ team }) => ({ id: team.id, name: team.name }));
  const requestedTeam = (await searchParams).team;
  const teamId = teams.find((team) => team.id === requestedTeam)?.id ?? null;

  return (
    <div className="narrow-wide">
      <h1>New question</h1>
      <p className="lede">
        A good question can be settled by anyone reading the criteria on the resolve-by date, without asking you what
        you meant.
      </p>
      {problem && <p className="notice">{problem}</p>}
      {draft && (
        <p className="notice">
          Drafted from a forecast in a source: the author’s words imply{" "}
          <strong>{formatPercent(draft.impliedProbability)}</strong>, recorded with the question as the author’s
          forecast. Edit the title and criteria until they are sharp.
        </p>
      )}
      {draft?.horizonPassed && (
        <p className="notice" role="status">
          The sentence’s own horizon, {draft.closeAt}, has already passed: a question cannot close in the past. Choose
          new dates (and say in the title and criteria what the question now asks), or record what happened on an
          existing question instead.
        </p>
      )}
      {similar.length > 0 && (
        <section aria-labelledby="similar" className="card">
          <h2 id="similar">Already asked?</h2>
          <p>These existing questions look close; forecast one of them instead of creating a duplicate:</p>
          <ul>
            {similar.map((question) => (
              <li key={question.id}>
                <Link href={`/questions/${question.id}`}>{question.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NewQuestionForm draft={draft} teams={teams} teamId={teamId} />
    </div>
  );
}
