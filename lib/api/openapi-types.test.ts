// The committed client types are what the document generates now: a change to a schema that
// is not followed by `npm run api:types` fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { GENERATED_TYPES_PATH, generateApiTypes } from "./types-generator";

it("lib/api/openapi-types.ts matches a fresh generation from the document (npm run api:types)", async () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, "../..", GENERATED_TYPES_PATH), "utf8");
  expect(
    committed === (await generateApiTypes()),
    `${GENERATED_TYPES_PATH} is out of date: run npm run api:types`,
  ).toBe(true);
});
