import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../seed/data/questions";
import { readOutOfDomainArticles } from "../../tests/fixtures/extraction/out-of-domain";
import { extractPredictions } from "./extract";
import { assignThemes, questionIndex, similarQuestions, type LinkableQuestion } from "./similar-questions";

const QUESTIONS_HERE: LinkableQuestion[] = [
  {
    id: "truce",
    title: "Will ISIS and al-Qaeda announce a truce before 2028-01-01?",
    resolutionCriteria: "Yes if both groups' official media announce a ceasefire or a truce between ISIS and al-Qaeda.",
    themes: ["truce"],
  },
  {
    id: "iraq",
    title: "Will al-Qaeda claim an attack in Iraq that kills at least five people before 2028-01-01?",
    resolutionCriteria: "Yes if al-Qaeda or an affiliate claims an attack in Iraq killing five or more people.",
    themes: ["aq-iraq"],
  },
];

describe("similar questions", () => {
  const index = questionIndex(QUESTIONS_HERE);

  it("links a sentence to the question it shares several words with, best first", () => {
    const found = similarQuestions(index, "A truce between ISIS and al-Qaeda is soon expected.");
    expect(found.map((question) => question.id)).toEqual(["truce"]);
    expect(found[0]!.sharedTerms).toEqual(expect.arrayContaining(["truce", "isis", "qaeda"]));
  });

  it("needs more than one shared word: 'leaders' alone links nothing", () => {
    expect(similarQuestions(index, "The central bank's leaders expect inflation to ease next year.")).toEqual([]);
  });

  it("links nothing when the workbench has no questions", () => {
    expect(similarQuestions(questionIndex([]), "A truce between ISIS and al-Qaeda is soon expected.")).toEqual([]);
  });
});

describe("assigning themes", () => {
  const index = questionIndex(QUESTIONS_HERE);

  it("keeps a forecast's own topics when the text is about the workbench's questions", () => {
    const themed = assignThemes(index, [
      { sentence: "A truce between ISIS and al-Qaeda is soon expected.", topics: ["truce"] },
      { sentence: "Their leaders will probably meet again.", topics: ["leadership"] },
    ]);
    expect(themed.map((candidate) => candidate.themes)).toEqual([["truce"], ["leadership"]]);
  });

  it("leaves a text about something else unassigned, whatever words it shares with a theme", () => {
    const themed = assignThemes(index, [
      { sentence: "The Fed's leaders will likely cut rates as unemployment rises.", topics: ["leadership"] },
      { sentence: "Firms are set to cooperate on a new wage deal.", topics: ["cooperation"] },
    ]);
    expect(themed.map((candidate) => candidate.themes)).toEqual([[], []]);
  });

  it("files none of the out-of-domain corpus's forecasts under a theme of the seed questions", () => {
    const index = questionIndex(
      QUESTIONS.map((question) => ({
        id: question.key,
        title: question.title,
        resolutionCriteria: question.resolutionCriteria,
        themes: question.themes,
      })),
    );
    const articles = readOutOfDomainArticles();
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const themed = articles.flatMap((article) => assignThemes(index, extractPredictions(article.text)));
    expect(themed.length).toBeGreaterThan(50);
    expect(themed.filter((candidate) => candidate.themes.length > 0)).toEqual([]);
  });
});
