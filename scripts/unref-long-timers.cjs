// Preloaded (NODE_OPTIONS=--require) for Prisma CLI calls only. Prisma 6.19's WASM schema
// engine leaves a 10–60 s timer pending after migrate commands, so the CLI idles that long
// before exiting. Unref'd timers still fire while other work keeps the process alive.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function (callback, ms, ...args) {
  const timer = setTimeoutOriginal(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
