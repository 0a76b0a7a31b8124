// Importing forecasts from a Fatebook export or a spreadsheet: read and check the whole file,
// match it against earlier imports, and either describe what would be written (dry run) or write
// it all in one transaction. The read models and scores of every question touched are rebuilt
// in that same transaction by the app's own code (lib/forecasts/read-model, lib/scoring).
import { actorOf, recordAudits } from "../audit/record";
import { insertRows } from "../db/bulk-insert";
import type { Db, DbTransaction } from "../db/client";
import { questionSearchText } from "../domain/search-text";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import {
  CROWD_POINT_COLUMNS,
  crowdPointId,
  LATEST_FORECAST_COLUMNS,
  replayQuestionReadModel,
  replayReadModel,
  type LoggedLiveForecast,
} from "../forecasts/read-model";
import { recomputeQuestionScores, scoredUntil } from "../scoring/recompute";
import { scoreQuestion } from "../scoring/question-scores";
import { parseInput } from "../validation/parse";
import { requireRole } from "../teams/access";
import { readCsv } from "./csv-read";
import { FATEBOOK_COLUMNS, fatebookHeaderIssues, planFatebook } from "./fatebook";
import { accountOf, mapForecasters, type ForecasterMap } from "./forecasters";
import { newRecordId } from "./ids";
import { forecastKey, questionKey, storedMatches, type StoredMatch } from "./match";
import type { ImportPlan, PlannedQuestion, RowIssue } from "./plan";
import { MAX_LISTED_QUESTIONS, type ImportPreview, type QuestionPreview, type ScoreComparison } from "./preview";
import { importInput, type ImportInput } from "./schemas";
import { REQUIRED_SPREADSHEET_FIELDS, guessMapping, planSpreadsheet, type ColumnMapping } from "./spreadsheet";

/**
 * How far an import has got: rows read, questions checked, forecasts written, then questions
 * finished (read models, resolutions and scores).
 */
export type ImportProgress = {
  phase: "reading" | "checking" | "writing" | "finishing";
  done: number;
  total: number | null;
};

/** How long the one write transaction may run (a 100,000-row file takes well under this). */
const WRITE_TIMEOUT_MS = 10 * 60_000;
const CHUNK = 500;

export async function importForecasts(
  db: Db,
  viewer: SignedInViewer,
  rawInput: unknown,
  now = new Date(),
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportPreview> {
  const input = parseInput(importInput, rawInput);
  if (input.teamId && !viewer.teamIds.includes(input.teamId)) throw notFound("Team");
  await requireRightToAttribute(db, viewer, input);

  const table = await readCsv(input.content);
  const reading = (done: number) => onProgress({ phase: "reading", done, total: null });
  let plan: ImportPlan;
  let mapping: ColumnMapping | null = null;
  if (input.format === "fatebook-csv") {
    const missing = fatebookHeaderIssues(table.header);
    plan = missing.length
      ? emptyPlan(
          missing.map((column) => ({ row: 1, column, message: "this Fatebook column is missing from the header" })),
        )
      : await planFatebook(table.rows, reading);
  } else {
    mapping = { ...guessMapping(table.header), ...(input.mapping ?? {}) };
    const headerIssues = mappingIssues(mapping, table.header);
    plan = headerIssues.length ? emptyPlan(headerIssues) : await planSpreadsheet(table.rows, mapping, reading);
  }

  onProgress({ phase: "checking", done: 0, total: plan.questions.length });
  await keepStoredThemes(db, plan);
  const forecasters = await mapForecasters(db, viewer, plan, input);
  const matches = await storedMatches(db, viewer.userId, plan.questions);
  const checked = checkPlan(plan, forecasters, matches, viewer, now);
  const errors = [...plan.errors, ...checked.errors].slice(0, 200);
  const errorCount = plan.errorCount + checked.errors.length;

  const preview: ImportPreview = {
    format: input.format,
    dryRun: input.dryRun,
    committed: false,
    rows: plan.rows,
    columns: table.header,
    mapping,
    questions: {
      total: checked.items.length,
      new: checked.items.filter((item) => item.preview.status === "new").length,
      existing: checked.items.filter((item) => item.preview.status === "existing").length,
      items: checked.items.slice(0, MAX_LISTED_QUESTIONS).map((item) => item.preview),
    },
    forecasts: checked.forecastCounts,
    resolutions: checked.resolutionCounts,
    forecasters: {
      you: forecasters.yourName,
      matched: [...forecasters.byName.keys()].filter((name) => name !== forecasters.yourName.trim().toLowerCase()),
      skipped: forecasters.skipped,
    },
    scores: [],
    errors,
    errorCount,
    warnings: [...forecasters.warnings, ...plan.warnings, ...checked.warnings, ...privacyWarnings(plan, input)].slice(
      0,
      200,
    ),
  };

  if (input.dryRun) {
    preview.scores = previewScores(checked.items, viewer.userId, now);
    return preview;
  }
  if (errorCount > 0) {
    const first = errors[0]!;
    throw new AppError(
      "bad_request",
      `content: the file has ${errorCount} problem${errorCount === 1 ? "" : "s"}, so nothing was imported; row ${first.row}, column “${first.column}”: ${first.message}`,
      errors.map((issue) => ({ path: `content.row${issue.row}.${issue.column}`, message: issue.message })),
    );
  }

  await writeImport(db, viewer, input, checked.items, now, onProgress);
  preview.committed = true;
  preview.scores = await storedScores(db, checked.items, viewer.userId);
  return preview;
}

/** Tags name themes; a theme this install does not have is left out, and the preview says so. */
async function keepStoredThemes(db: Db, plan: ImportPlan) {
  const wanted = new Set(plan.questions.flatMap((question) => question.themes));
  if (wanted.size === 0) return;
  const stored = new Set(
    (await db.theme.findMany({ where: { slug: { in: [...wanted] } }, select: { slug: true } })).map((t) => t.slug),
  );
  for (const question of plan.questions) {
    const missing = question.themes.filter((slug) => !stored.has(slug));
    if (missing.length === 0) continue;
    question.themes = question.themes.filter((slug) => stored.has(slug));
    plan.warnings.push({
      row: question.row,
      column: "tags",
      message: `theme ${missing.join(", ")} is not set up here; left out`,
    });
  }
}

/**
 * Giving forecasts to other accounts writes into their track records, so only someone who already
 * answers for them may: an administrator, or an owner or facilitator importing into their team
 * (whose members alone can be matched).
 */
async function requireRightToAttribute(db: Db, viewer: SignedInViewer, input: ImportInput) {
  if (input.otherForecasters !== "match-by-name" || viewer.role === "ADMIN") return;
  if (!input.teamId) {
    throw new AppError(
      "forbidden",
      "otherForecasters: only an administrator, or a team's owner or facilitator importing into that team, may give forecasts to other accounts",
    );
  }
  await requireRole(db, viewer, input.teamId, ["OWNER", "FACILITATOR"]);
}

const emptyPlan = (errors: RowIssue[]): ImportPlan => ({
  questions: [],
  rows: 0,
  errors,
  errorCount: errors.length,
  warnings: [],
});

function mappingIssues(mapping: ColumnMapping, header: readonly string[]): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const field of REQUIRED_SPREADSHEET_FIELDS) {
    if (!mapping[field]) issues.push({ row: 1, column: field, message: `choose the column that holds ${field}` });
  }
  for (const [field, column] of Object.entries(mapping)) {
    if (column && !header.includes(column)) {
      issues.push({ row: 1, column, message: `mapping.${field} names a column the header does not have` });
    }
  }
  return issues;
}

function privacyWarnings(plan: ImportPlan, input: ImportInput): RowIssue[] {
  if (input.teamId || input.format !== "fatebook-csv") return [];
  const private_ = plan.questions.filter((question) => question.wasPrivate);
  if (private_.length === 0) return [];
  return [
    {
      row: private_[0]!.row,
      column: FATEBOOK_COLUMNS.sharedPublicly,
      message: `${private_.length} question(s) were not shared publicly in Fatebook; imported without a team, everyone on this workbench can read them`,
    },
  ];
}

type NewForecast = { userId: string; createdAt: Date; probs: number[] };

type CheckedQuestion = {
  planned: PlannedQuestion;
  match: StoredMatch | undefined;
  newForecasts: NewForecast[];
  /** Every forecast of the file on this question that goes to an account, new or not. */
  mappedForecasts: NewForecast[];
  addResolution: boolean;
  preview: QuestionPreview;
};

/** Everything that can be known before writing: which rows are new, and what cannot be stored. */
function checkPlan(
  plan: ImportPlan,
  forecasters: ForecasterMap,
  matches: Map<string, StoredMatch>,
  viewer: SignedInViewer,
  now: Date,
) {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const forecastCounts = { total: 0, new: 0, alreadyImported: 0, skipped: 0 };
  const resolutionCounts = { total: 0, new: 0, alreadyImported: 0, conflicting: 0 };
  const items: CheckedQuestion[] = [];
  for (const planned of plan.questions) {
    const match = matches.get(questionKey(planned.title, planned.createdAt));
    if (match && (match.type !== planned.type || !sameOptions(match, planned))) {
      errors.push({
        row: planned.row,
        column: "options",
        message:
          "an earlier import of this question has other options; change its title or creation time to import it as a new question",
      });
      continue;
    }
    const seen = new Set(match?.forecastKeys ?? []);
    const newForecasts: NewForecast[] = [];
    const mappedForecasts: NewForecast[] = [];
    for (const forecast of planned.forecasts) {
      forecastCounts.total += 1;
      const userId = accountOf(forecasters, viewer.userId, forecast.forecaster);
      if (!userId) {
        forecastCounts.skipped += 1;
        continue;
      }
      if (forecast.createdAt > now) {
        errors.push({ row: forecast.row, column: "forecast date", message: "this forecast is dated in the future" });
        continue;
      }
      const entry = { userId, createdAt: forecast.createdAt, probs: forecast.probs };
      mappedForecasts.push(entry);
      const key = forecastKey(userId, forecast.createdAt, forecast.probs);
      if (seen.has(key)) {
        forecastCounts.alreadyImported += 1;
        continue;
      }
      seen.add(key);
      newForecasts.push(entry);
      forecastCounts.new += 1;
    }
    let addResolution = false;
    const resolution = planned.resolution;
    if (resolution) {
      resolutionCounts.total += 1;
      if (resolution.occurredAt > now) {
        errors.push({ row: resolution.row, column: "resolved at", message: "the resolution is dated in the future" });
      } else if (!match?.resolution) {
        addResolution = true;
        resolutionCounts.new += 1;
      } else if (sameResolution(match, resolution)) {
        resolutionCounts.alreadyImported += 1;
      } else {
        resolutionCounts.conflicting += 1;
        warnings.push({
          row: resolution.row,
          column: "resolution",
          message:
            "this question was resolved differently here; the stored resolution is kept (re-resolve it on its page, with a reason)",
        });
      }
    }
    items.push({
      planned,
      match,
      newForecasts,
      mappedForecasts,
      addResolution,
      preview: {
        row: planned.row,
        title: planned.title,
        type: planned.type,
        options: planned.options,
        resolution: resolution ? describeResolution(planned) : null,
        forecasts: planned.forecasts.length,
        newForecasts: newForecasts.length,
        status: match ? "existing" : "new",
        questionId: match?.id ?? null,
      },
    });
  }
  return { items, errors, warnings, forecastCounts, resolutionCounts };
}

const sameOptions = (match: StoredMatch, planned: PlannedQuestion) =>
  match.options.length === planned.options.length &&
  match.options.every((option, i) => option.label.toLowerCase() === planned.options[i]!.toLowerCase());

function sameResolution(match: StoredMatch, resolution: NonNullable<PlannedQuestion["resolution"]>) {
  if (resolution.outcome !== "OPTION") return match.resolution!.outcome === resolution.outcome;
  return match.resolution!.outcome === "OPTION" && match.resolution!.optionId === match.options[resolution.option]?.id;
}

function describeResolution(planned: PlannedQuestion): string {
  const resolution = planned.resolution!;
  return resolution.outcome === "OPTION" ? planned.options[resolution.option]! : resolution.outcome;
}

function resolutionCriteriaOf(format: ImportInput["format"]) {
  return format === "fatebook-csv"
    ? "Imported from Fatebook, where a question resolves by its creator's judgement; see the notes for what was meant."
    : "Imported from a spreadsheet, where a question resolves by its author's judgement; see the notes for what was meant.";
}

async function writeImport(
  db: Db,
  viewer: SignedInViewer,
  input: ImportInput,
  items: CheckedQuestion[],
  now: Date,
  onProgress: (progress: ImportProgress) => void,
) {
  const touched = items.filter((item) => !item.match || item.newForecasts.length > 0 || item.addResolution);
  await db.$transaction(
    async (tx) => {
      const ids = new Map<CheckedQuestion, { id: string; optionIds: string[] }>();
      for (const item of touched) {
        ids.set(
          item,
          item.match
            ? { id: item.match.id, optionIds: item.match.options.map((option) => option.id) }
            : { id: newRecordId(), optionIds: item.planned.options.map(() => newRecordId()) },
        );
      }
      const created = touched.filter((item) => !item.match);
      for (let i = 0; i < created.length; i += CHUNK) {
        const slice = created.slice(i, i + CHUNK);
        await tx.question.createMany({
          data: slice.map((item) => questionRow(item, ids.get(item)!.id, input, viewer)),
        });
        await tx.questionOption.createMany({
          data: slice.flatMap((item) =>
            item.planned.options.map((label, position) => ({
              id: ids.get(item)!.optionIds[position]!,
              questionId: ids.get(item)!.id,
              label,
              position,
            })),
          ),
        });
        await tx.questionTheme.createMany({
          data: slice.flatMap((item) =>
            item.planned.themes.map((themeSlug) => ({ questionId: ids.get(item)!.id, themeSlug })),
          ),
        });
      }
      // Writing counts each forecast, then each crowd point of the new questions' history.
      const forecastTotal = touched.reduce((sum, item) => sum + item.newForecasts.length, 0);
      const total = forecastTotal + created.reduce((sum, item) => sum + item.newForecasts.length, 0);
      onProgress({ phase: "writing", done: 0, total });
      const written = await writeForecasts(tx, touched, ids, (done) => onProgress({ phase: "writing", done, total }));
      // A new question's log is exactly what this import wrote: its read models are replayed in
      // memory and written in bulk. A question imported before may hold forecasts made here since,
      // so its read models are replayed from the stored log.
      await writeNewReadModels(tx, created, ids, written, (done) =>
        onProgress({ phase: "writing", done: forecastTotal + done, total }),
      );
      for (const [index, item] of touched.entries()) {
        const { id, optionIds } = ids.get(item)!;
        if (item.addResolution) await writeResolution(tx, item, id, optionIds, viewer, input, now);
        if (item.match && item.newForecasts.length > 0) await replayQuestionReadModel(tx, id);
        // Scores exist only for resolved questions, and change only with their log or resolution.
        const resolved = item.addResolution || Boolean(item.match?.resolution);
        if (resolved && (item.addResolution || item.newForecasts.length > 0)) await recomputeQuestionScores(tx, id);
        if ((index + 1) % 100 === 0) onProgress({ phase: "finishing", done: index + 1, total: touched.length });
      }
      await recordAudits(
        tx,
        touched.map((item) => ({
          actor: actorOf(viewer),
          action: "question.imported" as const,
          target: { type: "question" as const, id: ids.get(item)!.id },
          after: {
            format: input.format,
            title: item.planned.title,
            createdNow: !item.match,
            forecastsAdded: item.newForecasts.length,
            resolution: item.addResolution ? describeResolution(item.planned) : null,
          },
        })),
        now,
      );
      onProgress({ phase: "finishing", done: touched.length, total: touched.length });
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** Read-model rows buffered before a bulk write: bounded, whatever the file's size. */
const READ_MODEL_BATCH = 2_000;

async function writeNewReadModels(
  tx: DbTransaction,
  created: CheckedQuestion[],
  ids: Map<CheckedQuestion, { id: string; optionIds: string[] }>,
  written: Map<CheckedQuestion, LoggedLiveForecast[]>,
  onWritten: (points: number) => void,
) {
  let done = 0;
  let points: unknown[][] = [];
  let latest: unknown[][] = [];
  const flush = async () => {
    await insertRows(tx, "CrowdPoint", CROWD_POINT_COLUMNS, points);
    await insertRows(tx, "LatestForecast", LATEST_FORECAST_COLUMNS, latest);
    done += points.length;
    onWritten(done);
    points = [];
    latest = [];
  };
  for (const item of created) {
    const log = written.get(item);
    if (!log || log.length === 0) continue;
    const { id, optionIds } = ids.get(item)!;
    const question = { id, type: item.planned.type, options: optionIds.map((optionId) => ({ id: optionId })) };
    const replayed = replayReadModel(question, [...log].sort(byLogOrder));
    for (const point of replayed.points) {
      points.push([
        crowdPointId(),
        point.questionId,
        point.forecastId,
        point.t,
        point.forecasters,
        point.values,
        point.seq,
        point.level,
      ]);
    }
    for (const row of replayed.latest)
      latest.push([row.questionId, row.userId, row.forecastId, row.createdAt, row.probs]);
    if (points.length >= READ_MODEL_BATCH) await flush();
  }
  await flush();
}

const byLogOrder = (a: LoggedLiveForecast, b: LoggedLiveForecast) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function questionRow(item: CheckedQuestion, id: string, input: ImportInput, viewer: SignedInViewer) {
  const planned = item.planned;
  const resolutionCriteria = resolutionCriteriaOf(input.format);
  return {
    id,
    title: planned.title,
    description: planned.description,
    resolutionCriteria,
    type: planned.type,
    openAt: planned.createdAt,
    closeAt: planned.resolveBy,
    resolveBy: planned.resolveBy,
    searchText: questionSearchText({ title: planned.title, description: planned.description, resolutionCriteria }),
    teamId: input.teamId ?? null,
    createdById: viewer.userId,
    hideForecastsUntilForecast: Boolean(input.teamId),
    createdAt: planned.createdAt,
    // Everything this new question's log will hold is known now (lib/forecasts/read-model.ts).
    liveForecastCount: item.newForecasts.length,
    forecasterCount: new Set(item.newForecasts.map((forecast) => forecast.userId)).size,
  };
}

async function writeForecasts(
  tx: DbTransaction,
  items: CheckedQuestion[],
  ids: Map<CheckedQuestion, { id: string; optionIds: string[] }>,
  onWritten: (done: number) => void,
): Promise<Map<CheckedQuestion, LoggedLiveForecast[]>> {
  let done = 0;
  const written = new Map<CheckedQuestion, LoggedLiveForecast[]>();
  type Row = { id: string; questionId: string; userId: string; probability: number | null; createdAt: Date };
  let forecasts: Row[] = [];
  let probabilities: { forecastId: string; optionId: string; probability: number }[] = [];
  const flush = async () => {
    if (forecasts.length)
      await tx.forecast.createMany({ data: forecasts.map((row) => ({ ...row, mode: "LIVE" as const })) });
    done += forecasts.length;
    onWritten(done);
    for (let i = 0; i < probabilities.length; i += CHUNK) {
      await tx.forecastOptionProbability.createMany({ data: probabilities.slice(i, i + CHUNK) });
    }
    forecasts = [];
    probabilities = [];
  };
  for (const item of items) {
    const { id: questionId, optionIds } = ids.get(item)!;
    const log: LoggedLiveForecast[] = [];
    written.set(item, log);
    for (const forecast of item.newForecasts) {
      const id = newRecordId();
      const binary = item.planned.type === "BINARY";
      forecasts.push({
        id,
        questionId,
        userId: forecast.userId,
        probability: binary ? forecast.probs[0]! : null,
        createdAt: forecast.createdAt,
      });
      const optionRows = binary
        ? []
        : forecast.probs.map((probability, i) => ({ forecastId: id, optionId: optionIds[i]!, probability }));
      probabilities.push(...optionRows);
      log.push({
        id,
        userId: forecast.userId,
        createdAt: forecast.createdAt,
        probability: binary ? forecast.probs[0]! : null,
        probabilities: optionRows,
      });
      if (forecasts.length >= CHUNK) await flush();
    }
  }
  await flush();
  return written;
}

async function writeResolution(
  tx: DbTransaction,
  item: CheckedQuestion,
  questionId: string,
  optionIds: string[],
  viewer: SignedInViewer,
  input: ImportInput,
  now: Date,
) {
  const resolution = item.planned.resolution!;
  const from = input.format === "fatebook-csv" ? "Fatebook" : "a spreadsheet";
  const created = await tx.resolution.create({
    data: {
      questionId,
      outcome: resolution.outcome,
      optionId: resolution.outcome === "OPTION" ? optionIds[resolution.option]! : null,
      occurredAt: resolution.occurredAt,
      recordedAt: now,
      recordedById: viewer.userId,
      note: `Imported from ${from}, where it resolved ${describeResolution(item.planned)} on ${resolution.occurredAt.toISOString().slice(0, 10)}.`,
      reason: null,
    },
    select: { id: true },
  });
  await tx.question.update({
    where: { id: questionId },
    data: { currentResolutionId: created.id, resolvedAt: resolution.occurredAt },
  });
}

const DIFFERENCE = 0.001;

function comparison(
  item: CheckedQuestion,
  score: { timeAvgBrier: number; finalBrier: number; relativeBrier: number | null } | undefined,
): ScoreComparison {
  const reported = item.planned.reportedScore!;
  return {
    row: reported.row,
    title: item.planned.title,
    reportedBrier: reported.brier,
    reportedRelativeBrier: reported.relativeBrier,
    timeAveragedBrier: score?.timeAvgBrier ?? null,
    finalBrier: score?.finalBrier ?? null,
    relativeBrier: score?.relativeBrier ?? null,
    differs: !score || (reported.brier !== null && Math.abs(reported.brier - score.timeAvgBrier) > DIFFERENCE),
  };
}

/** What our scoring makes of the file's forecasts, before anything is written. */
function previewScores(items: CheckedQuestion[], viewerId: string, now: Date): ScoreComparison[] {
  return items
    .filter((item) => item.planned.reportedScore && item.planned.resolution)
    .map((item) => {
      const resolution = item.planned.resolution!;
      const outcome =
        resolution.outcome === "YES" || resolution.outcome === "NO"
          ? ({ kind: "binary", outcome: resolution.outcome === "YES" ? 1 : 0 } as const)
          : resolution.outcome === "OPTION"
            ? ({ kind: "multi", outcomeIndex: resolution.option } as const)
            : null;
      const scores = outcome
        ? scoreQuestion(
            item.mappedForecasts.map((f) => ({ userId: f.userId, t: f.createdAt.getTime(), probs: f.probs })),
            outcome,
            {
              openAt: item.planned.createdAt.getTime(),
              closeAt: item.planned.resolveBy.getTime(),
              occurredAt: scoredUntil(resolution.occurredAt, now),
            },
          )
        : [];
      return comparison(
        item,
        scores.find((score) => score.userId === viewerId),
      );
    });
}

/** The scores stored for the importer, beside the file's own figures. */
async function storedScores(db: Db, items: CheckedQuestion[], viewerId: string): Promise<ScoreComparison[]> {
  const reported = items.filter((item) => item.planned.reportedScore && item.planned.resolution);
  const comparisons: ScoreComparison[] = [];
  for (let i = 0; i < reported.length; i += CHUNK) {
    const slice = reported.slice(i, i + CHUNK);
    const keys = new Map(slice.map((item) => [questionKey(item.planned.title, item.planned.createdAt), item]));
    const rows = await db.questionScore.findMany({
      where: {
        userId: viewerId,
        question: { createdById: viewerId, title: { in: slice.map((item) => item.planned.title) } },
      },
      select: {
        timeAvgBrier: true,
        finalBrier: true,
        relativeBrier: true,
        question: { select: { title: true, createdAt: true } },
      },
    });
    const byKey = new Map(rows.map((row) => [questionKey(row.question.title, row.question.createdAt), row]));
    for (const [key, item] of keys) comparisons.push(comparison(item, byKey.get(key)));
  }
  return comparisons;
}
