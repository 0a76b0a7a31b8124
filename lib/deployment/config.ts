// Where the workbench is reached from, read once from the environment: the public URL (or none,
// then each request's own origin counts), extra trusted origins, and how many reverse proxies
// in front of it may be believed about the client's address and protocol.

export class DeploymentConfigError extends Error {
  override name = "DeploymentConfigError";
}

export type DeploymentConfig = {
  /** The origin users type, e.g. `https://forecasts.example.org`; null: each request's own. */
  publicOrigin: string | null;
  /** Other origins whose browsers may send state-changing requests (e.g. a second host name). */
  trustedOrigins: string[];
  /** Reverse proxies in front of the app whose X-Forwarded-* headers are believed (0: none). */
  trustedProxyHops: number;
};

type Env = Record<string, string | undefined>;

function originOf(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeploymentConfigError(
      `${variable} "${value}" is not a URL (expected e.g. http://forecasts.internal:3000)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DeploymentConfigError(`${variable} "${value}" must start with http:// or https://`);
  }
  return url.origin;
}

export function readDeploymentConfig(env: Env = process.env): DeploymentConfig {
  const publicUrl = env.PUBLIC_URL?.trim() || env.BETTER_AUTH_URL?.trim() || "";
  const publicVariable = env.PUBLIC_URL?.trim() ? "PUBLIC_URL" : "BETTER_AUTH_URL";
  const trustedOrigins = (env.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => originOf(entry, "TRUSTED_ORIGINS"));
  const rawProxy = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  let trustedProxyHops = 0;
  if (rawProxy === "true" || rawProxy === "yes") trustedProxyHops = 1;
  else if (rawProxy === "" || rawProxy === "false" || rawProxy === "no") trustedProxyHops = 0;
  else if (/^\d{1,2}$/.test(rawProxy)) trustedProxyHops = Number(rawProxy);
  else throw new DeploymentConfigError(`TRUST_PROXY "${env.TRUST_PROXY}" must be true, false or a number of proxies`);
  return {
    publicOrigin: publicUrl ? originOf(publicUrl, publicVariable) : null,
    trustedOrigins,
    trustedProxyHops,
  };
}

export type CookieMode = "secure" | "plain" | "per-request";

/** Secure cookies exactly when the browser talks HTTPS: a plain-HTTP host would drop them. */
export function cookieMode(config: DeploymentConfig): CookieMode {
  if (config.publicOrigin) return config.publicOrigin.startsWith("https:") ? "secure" : "plain";
  return config.trustedProxyHops > 0 ? "per-request" : "plain";
}

/** The one line `npm start` prints about how the app is reached. */
export function describeDeployment(config: DeploymentConfig, port: string): string {
  const where = config.publicOrigin ?? `each request's own origin (e.g. http://localhost:${port})`;
  const cookies = {
    secure: "secure cookies (HTTPS)",
    plain: "plain cookies (HTTP; set PUBLIC_URL=https://… behind TLS)",
    "per-request": "secure cookies when the proxy reports HTTPS (X-Forwarded-Proto)",
  }[cookieMode(config)];
  const proxy = config.trustedProxyHops > 0 ? `, trusting ${config.trustedProxyHops} proxy hop(s)` : "";
  return `Public URL: ${where}; ${cookies}${proxy}`;
}
