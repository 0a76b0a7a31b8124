import path from "node:path";
import { expect, test } from "./fixtures";
import { seriousViolations, signUp } from "./support";

const FATEBOOK = path.resolve(import.meta.dirname, "../tests/fixtures/imports/fatebook-export.csv");

test("import a Fatebook export on a phone: preview, a broken paste named by row and column, then commit", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, "Imogen");
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import forecasts" })).toBeVisible();

  // A pasted file with a broken date: the preview names the row and column, and nothing can be committed.
  await page
    .getByLabel("…or paste its text")
    .fill(
      [
        "Question title,Forecast created by,Forecast (scale = 0-1),Forecast created at,Question created at,Question resolve by",
        "Will it rain in Raqqa tomorrow?,Imogen,0.4,yesterday,2024-01-01T00:00:00Z,2024-02-01T00:00:00Z",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = page.getByRole("table", { name: /1 problem/ });
  await expect(problems).toContainText("Forecast created at");
  await expect(problems.getByRole("cell", { name: "2", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import / })).toBeDisabled();

  // The real export, uploaded, with its forecasts under another name than this account's.
  await page.getByLabel("CSV file").setInputFiles(FATEBOOK);
  await expect(page.getByText("From fatebook-export.csv")).toBeVisible();
  await page.getByLabel(/Your name in the file/).fill("Ana Analyst");
  await page.getByRole("button", { name: "Preview" }).click();
  const questions = page.getByRole("table", { name: "Questions" });
  await expect(questions.getByRole("row")).toHaveCount(5);
  await expect(questions).toContainText("Which group claims the Raqqa attack first?");
  await expect(questions).toContainText("Islamic State / HTS / Other group, or none");
  await expect(page.getByRole("table", { name: /Your scores/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);

  // Keyboard only: focus the import button and press Enter.
  const commit = page.getByRole("button", { name: "Import 4 questions and 6 forecasts" });
  await commit.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Imported: 4 new questions, 6 forecasts, 3 resolutions");
  await expect(page.getByRole("heading", { name: "What was imported" })).toBeVisible();

  // Importing again adds nothing.
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByText("6 imported before, 2 left out")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 4 questions and 0 forecasts" })).toBeEnabled();

  await page.goto("/questions?q=Geneva+track");
  await expect(page.getByRole("link", { name: /Geneva track/ })).toBeVisible();

  // And out again: the track record links a CSV of every forecast with its scores.
  await page.goto("/me");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(file, "utf8");
  expect(csv).toContain('"Will the ""Geneva track"" talks produce a signed ceasefire, by 30 June 2024?"');
  expect(csv.trim().split("\r\n")).toHaveLength(7);
});
