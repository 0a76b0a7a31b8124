// The forecasts and page debris in a text, with a time bound. Long texts are analysed in a worker
// thread, so the request thread stays free (health checks and other users keep being served) and
// a text that takes too long is abandoned, not left running. Article-sized texts take a few
// milliseconds with the linear extractor, less than starting a thread, so they stay in-process
// under the extractor's own budget.
import { Worker } from "node:worker_threads";
import {
  ExtractionTimeoutError,
  extractPredictions,
  findDebris,
  type Candidate,
  type DebrisRange,
} from "../extraction";
import { AppError } from "../errors";

export type TextAnalysis = { candidates: Candidate[]; debris: DebrisRange[] };

/** Time one analysis may take (EXTRACTION_TIMEOUT_MS, default 10 s; a 1 MB article needs well under 1 s). */
export function analysisTimeoutMs(): number {
  const configured = Number(process.env.EXTRACTION_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10_000;
}

// In the built app the bundler compiles the worker (it recognises `new Worker(new URL(…))`); under
// Vitest and tsx the worker is still TypeScript, so it is loaded through tsx's loader.
function startWorker(text: string, timeoutMs: number): Worker {
  // The extractor's own budget stops it a little before the thread is terminated from outside.
  const options = {
    workerData: { text, budgetMs: Math.max(1, timeoutMs * 0.9) },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  };
  if (import.meta.url.endsWith(".ts")) {
    const source = `${import.meta.url.slice(0, import.meta.url.lastIndexOf("/"))}/analysis-worker.ts`;
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL("./analysis-worker.ts", import.meta.url), options);
}

// At most this many analyses run at once per process; the rest wait their turn, so a burst of
// large texts cannot take every core or all memory.
const MAX_CONCURRENT = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(run: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await run();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Texts up to this many characters are analysed on the calling thread. */
export const IN_PROCESS_MAX_CHARS = 64 * 1024;

export async function analyseText(text: string, timeoutMs = analysisTimeoutMs()): Promise<TextAnalysis> {
  if (text.length > IN_PROCESS_MAX_CHARS) return withSlot(() => analyseInWorker(text, timeoutMs));
  try {
    return { candidates: extractPredictions(text, { budgetMs: timeoutMs }), debris: findDebris(text) };
  } catch (error) {
    if (error instanceof ExtractionTimeoutError) throw tooSlow(timeoutMs);
    throw error;
  }
}

function tooSlow(timeoutMs: number): AppError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new AppError(
    "unprocessable",
    `The text could not be analysed within ${seconds} s; send a shorter or more ordinary text`,
  );
}

type WorkerReply = ({ ok: true } & TextAnalysis) | { ok: false; reason: "budget" };

function analyseInWorker(text: string, timeoutMs: number): Promise<TextAnalysis> {
  return new Promise<TextAnalysis>((resolve, reject) => {
    const worker = startWorker(text, timeoutMs);
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(tooSlow(timeoutMs));
    }, timeoutMs);
    worker.once("message", (reply: WorkerReply) => {
      clearTimeout(timer);
      void worker.terminate();
      if (reply.ok) resolve({ candidates: reply.candidates, debris: reply.debris });
      else reject(tooSlow(timeoutMs));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new AppError("internal", "The text analysis stopped unexpectedly"));
    });
  });
}

/** The analysis, or the reason it could not be made (a text over the time bound): for pages and
 * responses that still have something to show without it. */
export async function analyseTextOrExplain(
  text: string,
): Promise<{ analysis: TextAnalysis; problem: null } | { analysis: null; problem: string }> {
  try {
    return { analysis: await analyseText(text), problem: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "unprocessable") return { analysis: null, problem: error.message };
    throw error;
  }
}
