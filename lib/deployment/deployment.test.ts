// How the app decides where it is reached from and whom to believe about it.
import { describe, expect, it } from "vitest";
import { cookieMode, describeDeployment, readDeploymentConfig, DeploymentConfigError } from "./config";
import { applyForwarding, clientIpOf, edgeMark, requestOriginOf, resolveForwarding } from "./forwarded";
import { hasMalformedPath } from "./path-check";
import { DEFAULT_SERVER_HEAP_MB, ServerHeapError, serverHeapMb } from "./heap";
import { WorkerCountError, webConcurrency } from "./workers";

describe("deployment configuration", () => {
  it("uses the request's own origin and plain cookies when nothing is set", () => {
    const config = readDeploymentConfig({});
    expect(config).toEqual({ publicOrigin: null, trustedOrigins: [], trustedProxyHops: 0 });
    expect(cookieMode(config)).toBe("plain");
    expect(describeDeployment(config, "3000")).toMatch(/each request's own origin.*plain cookies/);
  });

  it("makes cookies Secure exactly when the public URL is HTTPS", () => {
    expect(cookieMode(readDeploymentConfig({ PUBLIC_URL: "https://forecasts.example.org/x" }))).toBe("secure");
    expect(cookieMode(readDeploymentConfig({ PUBLIC_URL: "http://forecasts.internal:3000" }))).toBe("plain");
    expect(cookieMode(readDeploymentConfig({ BETTER_AUTH_URL: "https://a.example" }))).toBe("secure");
    expect(cookieMode(readDeploymentConfig({ TRUST_PROXY: "true" }))).toBe("per-request");
    expect(readDeploymentConfig({ PUBLIC_URL: "https://a.example/path" }).publicOrigin).toBe("https://a.example");
  });

  it("reads trusted origins and proxy hops, and names the variable that is wrong", () => {
    const config = readDeploymentConfig({
      TRUSTED_ORIGINS: "http://a.internal:3000, https://b.example",
      TRUST_PROXY: "2",
    });
    expect(config.trustedOrigins).toEqual(["http://a.internal:3000", "https://b.example"]);
    expect(config.trustedProxyHops).toBe(2);
    expect(() => readDeploymentConfig({ PUBLIC_URL: "forecasts" })).toThrow(/PUBLIC_URL/);
    expect(() => readDeploymentConfig({ PUBLIC_URL: "ftp://x" })).toThrow(DeploymentConfigError);
    expect(() => readDeploymentConfig({ TRUSTED_ORIGINS: "nope" })).toThrow(/TRUSTED_ORIGINS/);
    expect(() => readDeploymentConfig({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY/);
  });
});

describe("forwarding headers at the edge", () => {
  const spoofed = {
    host: "forecasts.internal:3000",
    "x-forwarded-for": "6.6.6.6",
    "x-forwarded-proto": "https",
    "x-forwarded-host": "evil.test",
  };

  it("ignores a client's own forwarding headers when no proxy is trusted", () => {
    expect(resolveForwarding(spoofed, "::ffff:10.0.0.7", 0)).toEqual({
      clientIp: "10.0.0.7",
      proto: "http",
      host: "forecasts.internal:3000",
    });
  });

  it("believes exactly the configured number of proxies", () => {
    const headers = {
      ...spoofed,
      "x-forwarded-for": "6.6.6.6, 192.0.2.10",
      "x-forwarded-host": "forecasts.example.org",
    };
    // The proxy at 10.0.0.1 appended the client it saw (192.0.2.10); 6.6.6.6 was written by the client.
    expect(resolveForwarding(headers, "10.0.0.1", 1)).toEqual({
      clientIp: "192.0.2.10",
      proto: "https",
      host: "forecasts.example.org",
    });
    expect(resolveForwarding(headers, "10.0.0.1", 2).clientIp).toBe("6.6.6.6");
    expect(resolveForwarding({ host: "a" }, "10.0.0.1", 3).clientIp).toBe("10.0.0.1");
  });

  it("refuses host names that are not host names", () => {
    expect(resolveForwarding({ host: "evil.test/<script>" }, "1.2.3.4", 0).host).toBeNull();
  });

  it("is believed by the app only on requests the edge stamped", () => {
    const bag: Record<string, string | string[] | undefined> = { ...spoofed };
    applyForwarding(bag, resolveForwarding(bag, "10.0.0.7", 0));
    const stamped = new Headers(bag as Record<string, string>);
    expect(clientIpOf(stamped)).toBe("10.0.0.7");
    expect(requestOriginOf(stamped)).toBe("http://forecasts.internal:3000");

    const unstamped = new Headers({ ...spoofed });
    expect(clientIpOf(unstamped)).toBe("unknown");
    expect(requestOriginOf(unstamped)).toBe("http://forecasts.internal:3000");
    const forged = new Headers({ ...spoofed, "x-workbench-edge": "guess" });
    expect(clientIpOf(forged)).toBe("unknown");
    expect(edgeMark()).not.toBe("guess");
  });

  it("spots paths whose percent-encoding is broken", () => {
    expect(hasMalformedPath("/api/v1/questions/%E0%A4%A")).toBe(true);
    expect(hasMalformedPath("/api/v1/questions/%")).toBe(true);
    expect(hasMalformedPath("/api/v1/questions/abc%20d?q=%")).toBe(false);
  });
});

describe("server processes (WEB_CONCURRENCY)", () => {
  it("defaults to one on SQLite and one per core (at most four) on PostgreSQL", () => {
    expect(webConcurrency("sqlite", undefined, 8)).toBe(1);
    expect(webConcurrency("sqlite", " ", 8)).toBe(1);
    expect(webConcurrency("postgresql", undefined, 2)).toBe(2);
    expect(webConcurrency("postgresql", undefined, 16)).toBe(4);
    expect(webConcurrency("postgresql", undefined, 0)).toBe(1);
  });

  it("takes a whole number from 1 to 32 and names the variable otherwise", () => {
    expect(webConcurrency("sqlite", "3", 2)).toBe(3);
    expect(webConcurrency("postgresql", "32", 2)).toBe(32);
    for (const bad of ["0", "33", "-1", "2.5", "two", "1e3"]) {
      expect(() => webConcurrency("sqlite", bad, 2), bad).toThrow(WorkerCountError);
      expect(() => webConcurrency("sqlite", bad, 2), bad).toThrow(/^WEB_CONCURRENCY/);
    }
  });
});

describe("heap per server process (SERVER_HEAP_MB)", () => {
  it("defaults to 512 MB and takes whole megabytes from 256", () => {
    expect(serverHeapMb(undefined)).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMb(" ")).toBe(512);
    expect(serverHeapMb("256")).toBe(256);
    expect(serverHeapMb("4096")).toBe(4096);
  });

  it("names the variable when the value is not a usable size", () => {
    for (const bad of ["0", "255", "-512", "1.5", "lots", "99999999"]) {
      expect(() => serverHeapMb(bad), bad).toThrow(ServerHeapError);
      expect(() => serverHeapMb(bad), bad).toThrow(/SERVER_HEAP_MB/);
    }
  });
});

describe("PUBLIC_FORECASTERS", () => {
  it("is off unless set to true or yes, and refuses anything else", async () => {
    const { publicForecasters, PrivacyConfigError } = await import("./privacy");
    expect(publicForecasters(undefined)).toBe(false);
    expect(publicForecasters(" ")).toBe(false);
    expect(publicForecasters("false")).toBe(false);
    expect(publicForecasters("TRUE")).toBe(true);
    expect(publicForecasters("yes")).toBe(true);
    expect(() => publicForecasters("1")).toThrow(PrivacyConfigError);
    expect(() => publicForecasters("public")).toThrow(/PUBLIC_FORECASTERS "public" must be true or false/);
  });
});
