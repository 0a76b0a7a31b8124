import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Imports flow one way: app → components → lib. The pure domain (forecasting maths and
// extraction) imports nothing with I/O, so it stays testable and reusable anywhere.
const layerRules = {
  files: ["**/*.{ts,tsx,mjs}"],
  // The generated Prisma client is large and cannot take part in a cycle: not parsing it keeps
  // import/no-cycle fast.
  settings: { "import/ignore": ["generated/", "node_modules"] },
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            target: "./lib",
            from: ["./app", "./components"],
            message: "lib/ is framework-free: it must not import routes or UI.",
          },
          { target: "./components", from: "./app", message: "Shared components must not import from routes." },
          {
            target: ["./lib/forecasting", "./lib/extraction"],
            from: ["./lib/db", "./generated", "./prisma", "./app", "./components", "./lib/http"],
            message: "lib/forecasting and lib/extraction are pure: no database, HTTP or UI.",
          },
        ],
      },
    ],
    "import/no-cycle": ["error", { ignoreExternal: true }],
    "no-console": ["error", { allow: ["error", "warn"] }],
  },
};

// Routes, pages and server actions are thin adapters: every query and rule lives in a lib/
// service that takes a database handle, so the API, the pages and the CLI share it.
const thinRoutes = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "CallExpression[callee.object.object.name=/^(db|tx|prisma)$/]",
        message: "No Prisma calls in app/ or components/: call a lib/ service instead.",
      },
      {
        selector: "CallExpression[callee.object.object.callee.name='getDb']",
        message: "No Prisma calls in app/ or components/: call a lib/ service instead.",
      },
      {
        selector: "MemberExpression[object.name=/^(db|tx|prisma)$/][property.name=/^\\$/]",
        message: "No raw queries or transactions in app/ or components/: a lib/ service owns them.",
      },
    ],
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["@/generated/*", "**/generated/*", "@prisma/client"], message: "Only lib/ talks to Prisma." },
          { group: ["@/prisma/*", "**/prisma/*"], message: "The seed and schema are reached through lib/." },
        ],
      },
    ],
  },
};

const scriptsMayPrint = {
  files: ["scripts/**", "prisma/**", "e2e/**", "tests/**", "**/*.bench.ts", "lib/forecasting/bench-report.ts"],
  rules: { "no-console": "off" },
};

const config = [
  {
    ignores: [
      "generated/**",
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "data/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  layerRules,
  thinRoutes,
  scriptsMayPrint,
];

export default config;
