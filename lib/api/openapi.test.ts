// The document's shape: the audit filters are listed, every wrapped operation documents the
// statuses lib/http/api-route.ts can answer for it, and every response has a body schema.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type OperationObject = {
  parameters?: { name: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
const document = openApiDocument() as unknown as { paths: Record<string, Record<string, OperationObject>> };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ label: `${method.toUpperCase()} ${path}`, method, operation })),
);

describe("openApiDocument", () => {
  it("describes GET /admin/audit with the filters the endpoint accepts", () => {
    const names = document.paths["/admin/audit"]?.get?.parameters?.map((parameter) => parameter.name);
    expect(names).toEqual(["actor", "action", "targetType", "targetId", "from", "to", "cursor", "limit"]);
  });

  it("documents the guards' statuses: 401 and 503 everywhere, 403/415/429 on writes, 413 with a body", () => {
    for (const { label, method, operation } of operations) {
      if (label === "GET /health") continue;
      const statuses = Object.keys(operation.responses);
      expect(statuses, label).toEqual(expect.arrayContaining(["401", "500", "503"]));
      if (method !== "get") expect(statuses, label).toEqual(expect.arrayContaining(["400", "403", "415", "429"]));
      if (operation.requestBody) expect(statuses, label).toContain("413");
    }
  });

  it("gives every response but 204 a body schema", () => {
    for (const { label, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === "204") continue;
        const media = Object.values(response.content ?? {});
        expect(media.length, `${label} ${status}`).toBeGreaterThan(0);
        for (const type of media) expect(type.schema, `${label} ${status}`).toBeDefined();
      }
    }
  });

  it("refers only to schemas it defines", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    const defined = Object.keys((document as unknown as { components: { schemas: object } }).components.schemas);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(defined).toContain(ref);
  });
});

describe("the document as OpenAPI 3.1", () => {
  it("is valid against the OpenAPI 3.1 schema", async () => {
    const { Validator } = await import("@seriousme/openapi-schema-validator");
    const result = await new Validator().validate(openApiDocument() as never);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
