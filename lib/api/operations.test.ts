// The operation list and the route files agree: every exported method of every
// app/api/v1/**/route.ts is documented, and nothing documented is missing a handler.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { HTTP_METHODS } from "./operations";

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");

/** "questions/[id]/route.ts" → "/questions/{id}". */
const pathOf = (file: string) => `/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, "{$1}").replace(/\/\.$/, "") || "/";

function routeOperations(): string[] {
  const files = readdirSync(API_ROOT, { recursive: true, encoding: "utf8" }).filter(
    (file) => path.basename(file) === "route.ts",
  );
  return files.flatMap((file) => {
    const source = readFileSync(path.join(API_ROOT, file), "utf8");
    const methods = [
      ...source.matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm),
    ];
    return methods.map((match) => `${match[1]} ${pathOf(file.split(path.sep).join("/"))}`);
  });
}

function documentedOperations(): string[] {
  const document = openApiDocument();
  return Object.entries(document.paths).flatMap(([route, item]) =>
    Object.keys(item)
      .filter((key) => (HTTP_METHODS as readonly string[]).includes(key))
      .map((method) => `${method.toUpperCase()} ${route}`),
  );
}

describe("the OpenAPI document covers the route files", () => {
  it("finds the route files' operations", () => {
    // A guard against the walker silently finding nothing (a moved folder, a changed export style).
    expect(routeOperations()).toContain("GET /questions/{id}");
    expect(routeOperations().length).toBeGreaterThanOrEqual(35);
  });

  it("documents every operation a route file exports, and none that no route file exports", () => {
    expect(documentedOperations().sort()).toEqual(routeOperations().sort());
  });
});
