import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The domain core is pure: no framework, database or Node I/O (house style).
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["next", "react", "react-dom", "@prisma/client", "fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process", "http", "node:http", "server-only"],
          patterns: ["next/*", "@/lib/generated/*", "@/lib/server/*", "@/app/*"],
        },
      ],
    },
  },
  {
    files: ["lib/core/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
