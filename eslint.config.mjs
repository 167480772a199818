import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The pipeline runs at build time in Node: it must never pull in the UI stack.
    files: ["pipeline/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-dom", "react/*", "next", "next/*"], message: "pipeline/ is build-time only: no React or Next." },
          { group: ["@/components/*", "../components/*", "../../components/*"], message: "pipeline/ must not import UI components." },
        ],
      }],
    },
  },
  {
    // Components render data they are given; reading files belongs to lib/ and app/.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [
          { name: "fs", message: "components/ never touch the filesystem." },
          { name: "node:fs", message: "components/ never touch the filesystem." },
          { name: "fs/promises", message: "components/ never touch the filesystem." },
          { name: "node:fs/promises", message: "components/ never touch the filesystem." },
        ],
        patterns: [{ group: ["@/pipeline/*", "../pipeline/*"], message: "components/ must not import the build-time pipeline." }],
      }],
    },
  },
  globalIgnores([".next/**", ".next-export/**", "out/**", "build/**", "next-env.d.ts", "data/generated/**", "test-results/**", "playwright-report/**"]),
]);
