// The check every API test relies on (tests/support/openapi-validation.ts) refuses what the
// document does not allow: a status the operation does not list, a body off its schema, a
// media type not documented for the status.
import { describe, expect, it } from "vitest";
import { expectDocumentedResponse, operationFor } from "../support/openapi-validation";

const json = (status: number, body: unknown) => Response.json(body, { status });
const check = async (method: string, path: string, response: Response) =>
  expectDocumentedResponse(await operationFor(method, `http://test/api/v1${path}`), response);

describe("checking responses against the OpenAPI document", () => {
  const page = { items: [], total: 0, nextCursor: null };

  it("accepts a documented status with a matching body", async () => {
    await expect(check("GET", "/questions", json(200, page))).resolves.toBeUndefined();
    const error = { error: { code: "bad_request", message: "limit must be at most 100", issues: [] } };
    await expect(check("GET", "/questions", json(400, error))).resolves.toBeUndefined();
  });

  it("refuses a status the operation does not document", async () => {
    await expect(check("GET", "/questions", json(409, { error: { code: "conflict", message: "x" } }))).rejects.toThrow(
      /answered 409, which the document does not list/,
    );
    // Reads take no body, so they cannot be refused as cross-site or over-large.
    await expect(check("GET", "/questions/{id}".replace("{id}", "c".repeat(25)), json(413, {}))).rejects.toThrow(/413/);
  });

  it("refuses a body that is off its schema: a missing field, an extra one, a wrong type", async () => {
    await expect(check("GET", "/questions", json(200, { items: [], total: 0 }))).rejects.toThrow(/nextCursor/);
    await expect(check("GET", "/questions", json(200, { ...page, secret: 1 }))).rejects.toThrow(/secret/);
    await expect(check("GET", "/questions", json(200, { ...page, total: "0" }))).rejects.toThrow(/total/);
    await expect(check("GET", "/questions", json(400, { message: "flat" }))).rejects.toThrow(/does not match/);
  });

  it("refuses an undocumented media type, and accepts an empty 204", async () => {
    const csv = new Response("a,b\n", { headers: { "content-type": "text/csv" } });
    await expect(check("GET", "/questions", csv)).rejects.toThrow(/text\/csv/);
    const member = `/teams/${"c".repeat(25)}/members/${"c".repeat(25)}`;
    await expect(check("DELETE", member, new Response(null, { status: 204 }))).resolves.toBeUndefined();
    await expect(check("DELETE", member, json(200, {}))).rejects.toThrow(/answered 200/);
  });

  it("refuses a path the document does not have", async () => {
    await expect(operationFor("GET", "http://test/api/v1/nowhere")).rejects.toThrow(/not an operation/);
  });
});
