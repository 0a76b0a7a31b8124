// Probes a running workbench from outside, as the deployment issue measured it, and prints one
// line per finding. Usage: npx tsx bench/security-probe.ts http://127.0.0.1:3000 <api key>
// (the key of an account that may create questions; e.g. from `npm run admin -- create-user … --api-key`).
import { request as httpRequest } from "node:http";

const [base = "http://127.0.0.1:3000", key = ""] = process.argv.slice(2);
const port = new URL(base).port || "80";
const auth = { authorization: `Bearer ${key}` };
const json = { "content-type": "application/json" };

type Reply = { status: number; headers: Headers; text: string; json(): Promise<unknown> };

// node:http rather than fetch: a probe must be free to send any Host and Origin header.
function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${base}${path}`,
      { method: "POST", headers: { ...json, "content-length": Buffer.byteLength(payload), ...headers } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          const replyHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : [value ?? ""]) replyHeaders.append(name, one);
          }
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: incoming.statusCode ?? 0,
            headers: replyHeaders,
            text,
            json: async () => JSON.parse(text),
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

function cookieOf(response: Reply) {
  return response.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");
}

async function signUp(email: string, host?: string, origin?: string) {
  return post(
    "/api/auth/sign-up/email",
    { email, name: email.split("@")[0], password: "correct horse battery" },
    { ...(host ? { host } : {}), origin: origin ?? base },
  );
}

const stamp = Date.now().toString(36);
const note = (line: string) => process.stdout.write(`${line}\n`);

// 1. Sign-up on an intranet host name: is the session cookie one a plain-HTTP browser keeps?
const intranet = await signUp(
  `intranet-${stamp}@example.org`,
  `workbench.test:${port}`,
  `http://workbench.test:${port}`,
);
const setCookie = intranet.headers.getSetCookie().find((entry) => entry.includes("session_token"));
note(
  `intranet sign-up: ${intranet.status}; session cookie ${!setCookie ? "none" : /;\s*secure/i.test(setCookie) ? "Secure (dropped on plain HTTP)" : "not Secure (kept)"}`,
);

// 2. Origin pinned by the first request?
await fetch(`http://localhost:${port}/api/v1/health`);
const loopback = await signUp(`loopback-${stamp}@example.org`, undefined, base);
note(`sign-up from ${base} after a request via localhost: ${loopback.status}`);
// A browser session for the CSRF probes, through whichever origin the server accepts.
let cookie = cookieOf(loopback);
if (loopback.status !== 200) {
  const viaLocalhost = await signUp(`localhost-${stamp}@example.org`, `localhost:${port}`, `http://localhost:${port}`);
  cookie = cookieOf(viaLocalhost);
}

// 3. Security headers.
for (const path of ["/", "/api/v1/questions"]) {
  const headers = (await fetch(`${base}${path}`)).headers;
  const present = [
    "content-security-policy",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
  ].filter((name) => headers.has(name));
  note(`security headers on ${path}: ${present.length}/5 (${present.join(", ") || "none"})`);
}

// 4. CSRF and content types with the browser cookie.
note(
  `cookie POST /api/v1/teams from Origin http://evil.test: ${(await post("/api/v1/teams", { name: `evil ${stamp}` }, { cookie, origin: "http://evil.test" })).status}`,
);
note(
  `cookie POST /api/v1/teams as text/plain: ${(await post("/api/v1/teams", { name: `plain ${stamp}` }, { cookie, origin: base, "content-type": "text/plain" })).status}`,
);

// A question to write forecasts to.
const question = await post(
  "/api/v1/questions",
  {
    title: `Probe question ${stamp}: will the probe finish?`,
    resolutionCriteria: "Resolves YES if the probe run completes and prints its report.",
    type: "BINARY",
    closeAt: "2030-01-01",
    resolveBy: "2030-02-01",
  },
  auth,
);
const questionId = ((await question.json()) as { id?: string }).id;
// 5. Hostile extraction (anonymous) and the health probe meanwhile.
for (const kilobytes of [25, 100, 200]) {
  const text = "is unlikely. ".repeat(Math.round((kilobytes * 1024) / 13));
  const started = performance.now();
  const extraction = post("/api/v1/extract", { text }).then(async (response) => ({
    status: response.status,
    ms: performance.now() - started,
  }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const healthStarted = performance.now();
  const health = await fetch(`${base}/api/v1/health`, { headers: { connection: "close" } })
    .then((response) => `${response.status}`)
    .catch((error: Error) => `failed (${(error.cause as { code?: string } | undefined)?.code ?? error.message})`);
  const healthMs = performance.now() - healthStarted;
  const done = await extraction;
  note(
    `extract ${kilobytes} KB hostile: ${done.status} in ${(done.ms / 1000).toFixed(1)} s; health meanwhile ${health} in ${healthMs.toFixed(0)} ms`,
  );
}

// 6. Malformed input that used to answer 500.
const broken = await fetch(`${base}/api/v1/questions/%E0%A4%A`);
note(`GET /api/v1/questions/%E0%A4%A: ${broken.status} ${broken.headers.get("content-type")?.split(";")[0]}`);
note(
  `lone surrogate in a rationale: ${(await post(`/api/v1/questions/${questionId}/forecasts`, '{"probability":0.4,"rationale":"\\ud800"}', auth)).status}`,
);
note(
  `resolveBy in year 99999: ${(await post("/api/v1/questions", { title: "Year 99999 probe question?", resolutionCriteria: "Resolves as the probe says it does.", type: "BINARY", closeAt: "2030-01-01", resolveBy: "+099999-01-01" }, auth)).status}`,
);

// 7. Write rate limit with one key.
const statuses = new Map<number, number>();
for (let index = 0; index < 300; index += 1) {
  const response = await post(`/api/v1/questions/${questionId}/forecasts`, { probability: 0.4 }, auth);
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
}
note(
  `300 rapid forecast writes with one key: ${[...statuses].map(([status, count]) => `${count}×${status}`).join(", ")}`,
);

// 8. Password guessing with a rotating X-Forwarded-For.
let throttled = 0;
let firstThrottled = 0;
for (let index = 0; index < 200; index += 1) {
  const response = await post(
    "/api/auth/sign-in/email",
    { email: `loopback-${stamp}@example.org`, password: `wrong ${index}` },
    { origin: base, "x-forwarded-for": `198.51.100.${index % 250}` },
  );
  if (response.status === 429) {
    throttled += 1;
    firstThrottled ||= index + 1;
  }
}
note(
  `200 wrong passwords, rotating X-Forwarded-For: ${throttled} throttled (first at attempt ${firstThrottled || "-"})`,
);
