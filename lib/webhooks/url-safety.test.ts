import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isPublicAddress, privateNetworksAllowed } from "./url-safety";

describe("isPublicAddress", () => {
  it("accepts globally routed unicast addresses only", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      "127.0.0.1",
      "0.0.0.0",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe("checkWebhookUrl", () => {
  it("names the url field for every refusal", async () => {
    for (const url of ["not a url", "ftp://8.8.8.8/x", "http://user:pw@8.8.8.8/x", "http://127.0.0.1/x"]) {
      await expect(checkWebhookUrl(url, false), url).rejects.toMatchObject({
        status: 400,
        issues: [expect.objectContaining({ path: "url" })],
      });
    }
  });

  it("lets private addresses through when the operator allows them", async () => {
    expect((await checkWebhookUrl("http://127.0.0.1:8080/hook", true)).href).toBe("http://127.0.0.1:8080/hook");
    expect((await checkWebhookUrl("https://8.8.8.8/hook", false)).href).toBe("https://8.8.8.8/hook");
  });
});

describe("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", () => {
  it("is true or false, and anything else stops start-up", () => {
    expect(privateNetworksAllowed(undefined)).toBe(false);
    expect(privateNetworksAllowed("true")).toBe(true);
    expect(privateNetworksAllowed(" FALSE ")).toBe(false);
    expect(() => privateNetworksAllowed("1")).toThrow(/WEBHOOKS_ALLOW_PRIVATE_NETWORKS/);
  });
});
