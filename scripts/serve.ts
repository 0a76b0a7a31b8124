// The HTTP server in front of Next.js (started by `npm start` / `npm run dev`): it establishes
// who the client is and which protocol and host the browser used (lib/deployment/forwarded.ts)
// before any route runs, so rate limits, cookies and origin checks rest on facts, not on headers
// a client can write.
import { createServer } from "node:http";
import next from "next";
import { readDeploymentConfig } from "../lib/deployment/config";
import { applyForwarding, resolveForwarding } from "../lib/deployment/forwarded";
import { MALFORMED_PATH_BODY, hasMalformedPath } from "../lib/deployment/path-check";
import { BASELINE_SECURITY_HEADERS } from "../lib/security/content-security-policy";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
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
  console.log(`Ready on port ${port}${dev ? " (development)" : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
