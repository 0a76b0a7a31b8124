// Turns the OpenAPI document into TypeScript types (openapi-typescript), formatted as the
// repository formats code, so a fresh generation can be compared with the committed file.
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { openApiDocument } from "./openapi";

export const GENERATED_TYPES_PATH = "lib/api/openapi-types.ts";

const HEADER = `// Generated from the OpenAPI document by \`npm run api:types\` (scripts/api-types.ts); do not edit.
// lib/api/openapi-types.test.ts fails when this file differs from a fresh generation.
`;

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as never);
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(GENERATED_TYPES_PATH)) ?? {};
  return prettier.format(source, { ...options, filepath: GENERATED_TYPES_PATH });
}
