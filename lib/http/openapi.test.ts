// The OpenAPI document names the admin audit endpoint with its filters, and the error statuses
// the API's guards answer (415, 429, 503) are documented on every operation.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type Operation = { parameters?: { name: string }[]; responses: Record<string, unknown> };
const document = openApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };

describe("openApiDocument", () => {
  it("describes GET /admin/audit with the filters the endpoint accepts", () => {
    const names = document.paths["/admin/audit"]?.get?.parameters?.map((parameter) => parameter.name);
    expect(names).toEqual(["actor", "action", "targetType", "targetId", "from", "to", "cursor", "limit"]);
  });

  it("documents the guards' statuses on every operation that documents errors", () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (path === "/health") continue;
        for (const status of ["415", "429", "503"]) {
          expect(Object.keys(operation.responses), `${method} ${path}`).toContain(status);
        }
      }
    }
  });
});
