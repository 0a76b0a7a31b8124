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
  scriptsMayPrint,
];

export default config;
