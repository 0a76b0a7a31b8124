// Runs in a worker thread: analyses one text and posts the result back. Kept apart from the
// request thread so a slow or hostile text cannot stall the server (lib/sources/analyse.ts).
import { parentPort, workerData } from "node:worker_threads";
import { extractPredictions, findDebris } from "../extraction";

const { text } = workerData as { text: string };
parentPort?.postMessage({ candidates: extractPredictions(text), debris: findDebris(text) });
