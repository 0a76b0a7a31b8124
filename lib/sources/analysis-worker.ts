// Runs in a worker thread: analyses one text and posts the result back. Kept apart from the
// request thread so a slow or hostile text cannot stall the server (lib/sources/analyse.ts).
import { parentPort, workerData } from "node:worker_threads";
import { ExtractionTimeoutError, extractPredictions, findDebris } from "../extraction";

const { text, budgetMs } = workerData as { text: string; budgetMs: number };
try {
  parentPort?.postMessage({ ok: true, candidates: extractPredictions(text, { budgetMs }), debris: findDebris(text) });
} catch (error) {
  if (!(error instanceof ExtractionTimeoutError)) throw error;
  parentPort?.postMessage({ ok: false, reason: "budget" });
}
