// Starting a practice run: a set of resolved questions (a theme, chosen ids, or all 2017
// questions), each returned as of its date with nothing that happened later.
import { isProbabilityQuestion } from "../forecasts/probabilities";
import type { Db } from "../db/client";
import { themeLabel } from "../domain/themes";
import type { SignedInViewer } from "../domain/viewer";
import { AppError } from "../errors";
import { parseInput } from "../validation/parse";
import { asOfView, practiceQuestionSelect } from "./as-of";
import { startPracticeInput } from "./schemas";
import { practiceSetWhere } from "./scope";

const NOT_PRACTISABLE = "not a resolved question you can practise on (unknown, not visible to you, or not scorable)";

export async function startPractice(db: Db, viewer: SignedInViewer, rawInput: unknown, now = new Date()) {
  const input = parseInput(startPracticeInput, rawInput ?? {});
  const found = await db.question.findMany({
    where: practiceSetWhere(viewer, input),
    select: practiceQuestionSelect,
    orderBy: [{ openAt: "asc" }, { title: "asc" }],
  });
  let questions = found.filter(isProbabilityQuestion);
  if (input.questionIds) {
    const byId = new Map(found.map((question) => [question.id, question]));
    const missing = input.questionIds.findIndex((id) => !byId.has(id));
    if (missing >= 0) {
      throw new AppError("bad_request", `questionIds.${missing}: ${NOT_PRACTISABLE}`, [
        { path: `questionIds.${missing}`, message: NOT_PRACTISABLE },
      ]);
    }
    // Chosen questions keep the order they were given in.
    questions = input.questionIds.map((id) => byId.get(id)!).filter(isProbabilityQuestion);
  }
  if (questions.length === 0) {
    const message = input.theme
      ? `No resolved question in the theme “${themeLabel(input.theme)}” to practise on yet`
      : "No resolved 2017 question to practise on yet";
    throw new AppError("bad_request", message, [{ path: input.theme ? "theme" : "(root)", message }]);
  }
  const run = await db.practiceRun.create({
    data: {
      userId: viewer.userId,
      theme: input.theme ?? null,
      questionIds: questions.map((question) => question.id).join(" "),
      createdAt: now,
    },
  });
  return { run, questions: questions.map((question) => asOfView(question, viewer)) };
}
