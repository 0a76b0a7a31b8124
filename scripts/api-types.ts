// `npm run api:types`: writes lib/api/openapi-types.ts from the OpenAPI document;
// `npm run api:types -- --check` only reports whether the committed file is current.
import { readFileSync, writeFileSync } from "node:fs";
import { GENERATED_TYPES_PATH, generateApiTypes } from "../lib/api/types-generator";

const fresh = await generateApiTypes();
if (process.argv.includes("--check")) {
  const committed = readFileSync(GENERATED_TYPES_PATH, "utf8");
  if (committed !== fresh) {
    console.error(`${GENERATED_TYPES_PATH} is out of date: run npm run api:types`);
    process.exit(1);
  }
  console.log(`${GENERATED_TYPES_PATH} is up to date`);
} else {
  writeFileSync(GENERATED_TYPES_PATH, fresh);
  console.log(`Wrote ${GENERATED_TYPES_PATH}`);
}
