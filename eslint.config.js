// Lint: the dependency rule of docs/design/architecture.md, enforced rather than hoped for.
import tseslint from "typescript-eslint";

const hostSpecific = [
  {
    group: ["**/addin/**", "**/extension/**", "@tuomin/addin", "@tuomin/extension"],
    message: "core imports nothing host-specific.",
  },
  {
    group: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js", "office-*", "@plasmohq/*", "plasmo"],
    message: "core stays host-neutral: no UI, Office or extension packages.",
  },
];
const nodeBuiltins = [
  {
    group: ["node:*", "fs", "path", "os", "child_process", "worker_threads"],
    message: "only core/src/cli touches process and the file system; pass bytes in instead.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/build/**",
      "coverage/**",
      "tmp/**",
      ".bench-out/**",
      "**/*.generated.*",
      "extension/.plasmo/**",
      "release/**",
      "tests/data/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // parsed XML object trees and published test-vector files are dynamic by nature
    files: [
      "core/src/formats/xml.ts",
      "core/src/formats/xlsx/package.ts",
      "tests/helpers/**/*.ts",
      "tests/addin/manifest.test.ts",
    ],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off" },
  },
  {
    files: ["core/src/**/*.ts"],
    ignores: ["core/src/cli/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...hostSpecific, ...nodeBuiltins] }] },
  },
  {
    files: ["core/src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: hostSpecific }] },
  },
  {
    files: ["addin/**/*.{ts,tsx}", "extension/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/core/src/**", "@tuomin/core/*"],
              message: 'hosts reach the core through its public index: import from "@tuomin/core".',
            },
          ],
        },
      ],
    },
  },
  {
    // architecture.md: Excel.* only in addin/src/excel; the rest of the add-in talks to a WorkbookPort
    files: ["addin/src/**/*.{ts,tsx}"],
    ignores: ["addin/src/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel.* lives in addin/src/excel only: use the WorkbookPort." },
      ],
    },
  },
  {
    // architecture.md: chrome.* in extension/background only, plus the two calls an extension page must
    // make on the user's click (extension/lib/browser.ts)
    files: ["extension/**/*.{ts,tsx}"],
    ignores: ["extension/background/**", "extension/lib/browser.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "chrome",
          message: "chrome.* lives in extension/background (and lib/browser.ts): send a message instead.",
        },
      ],
    },
  },
);
