import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Lines Prettier cannot shorten (long strings, regexes, comments) still count: break them up or move the
// word lists to data.
const maxLen = (ignoreStrings) => [
  "error",
  {
    code: 120,
    ignoreUrls: true,
    ignoreStrings,
    ignoreTemplateLiterals: ignoreStrings,
    ignoreRegExpLiterals: false,
    ignoreComments: false,
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Prettier owns formatting; this turns off the stylistic rules that would fight it.
  prettier,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    // Only our own modules are read for cycles; parsing the packages' bundles is slow and cannot find one.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      // Modules depend one way (see docs/architecture.md): a cycle means a helper belongs a layer down.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: {
      // A file past 400 lines is one concept too many: split it.
      "max-lines": ["error", { max: 400 }],
      // Code within 120 characters; in pages, components and scripts, Tailwind class lists and messages are
      // strings and may run on.
      "max-len": maxLen(true),
    },
  },
  {
    // The domain and data code: every line, strings and regexes too.
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "max-len": maxLen(false) },
  },
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      // Scratch reports and scripts of eval:generate and eval:ingest (gitignored).
      ".eval/**",
    ],
  },
];

export default config;
