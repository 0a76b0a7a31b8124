// The HTTP server in front of Next.js (started by `npm start` / `npm run dev`): it establishes
// who the client is and which protocol and host the browser used (lib/deployment/forwarded.ts)
// before any route runs, so rate limits, cookies and origin checks rest on facts, not on headers
// a client can write.
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import { createDb } from "../lib/db/client";
import { readDeploymentConfig } from "../lib/deployment/config";
import { applyForwarding, resolveForwarding } from "../lib/deployment/forwarded";
import { MALFORMED_PATH_BODY, hasMalformedPath } from "../lib/deployment/path-check";
import { BASELINE_SECURITY_HEADERS } from "../lib/security/content-security-policy";
import { createWebhookDispatcher } from "../lib/webhooks/dispatcher";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// scripts/start.ts has checked WEB_CONCURRENCY; several processes share the port (node:cluster).
const workers = dev ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1);

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  const recentExits: number[] = [];
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A crashed process is replaced, so one bad request cannot take a share of capacity away;
    // processes that keep dying at once (a port in use, a broken build) stop the server instead.
    const now = Date.now();
    recentExits.push(now);
    while (recentExits[0]! < now - 60_000) recentExits.shift();
    if (recentExits.length > workers * 3) {
      console.error("Server processes keep stopping; giving up (see the errors above)");
      process.exit(1);
    }
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      process.exit(0);
    });
  }
} else {
  await serve();
}

async function serve() {
  const hostname = process.env.HOSTNAME?.trim() || undefined;
  const config = readDeploymentConfig();

  const app = next({ dev, dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
  const handle = app.getRequestHandler();

  await app.prepare();
  const server = createServer((request, response) => {
    if (hasMalformedPath(request.url)) {
      response.writeHead(400, { ...BASELINE_SECURITY_HEADERS, "Content-Type": "application/json" });
      response.end(MALFORMED_PATH_BODY);
      return;
    }
    applyForwarding(
      request.headers,
      resolveForwarding(request.headers, request.socket.remoteAddress, config.trustedProxyHops),
    );
    void handle(request, response);
  });
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  }
  // Slow-loris bodies and idle keep-alives must not pin sockets forever.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  server.listen(port, hostname, () => {
    console.log(
      `Ready on port ${port}${dev ? " (development)" : ""}${cluster.isWorker ? ` (process ${process.pid})` : ""}`,
    );
  });
  // Every server process sends webhooks from the outbox; they claim deliveries in the database,
  // so running several is safe (lib/webhooks/dispatcher.ts).
  createWebhookDispatcher(createDb()).start();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
  }
}
