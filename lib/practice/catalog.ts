// What can be practised: how many resolved questions each set holds, for the start form.
import type { Db } from "../db/client";
import { THEMES } from "../domain/themes";
import type { Viewer } from "../domain/viewer";
import { practiceQuestionsWhere, YEAR_2017 } from "./scope";

export async function practiceCatalog(db: Db, viewer: Viewer) {
  const questions = await db.question.findMany({
    where: practiceQuestionsWhere(viewer),
    select: { openAt: true, themes: { select: { themeSlug: true } } },
  });
  const in2017 = questions.filter((q) => q.openAt >= YEAR_2017.gte && q.openAt < YEAR_2017.lt).length;
  const themes = THEMES.map((theme) => ({
    slug: theme.slug,
    label: theme.label,
    count: questions.filter((q) => q.themes.some((t) => t.themeSlug === theme.slug)).length,
  })).filter((theme) => theme.count > 0);
  return { in2017, themes };
}
