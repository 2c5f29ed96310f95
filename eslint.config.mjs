import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Every Node built-in, bare and with the `node:` scheme: the core does no I/O. */
const NODE_BUILTINS = [...builtinModules.filter((name) => !name.startsWith("_")), ...builtinModules.map((name) => `node:${name}`)];

/** What the pure core may not import, beside Node's built-ins (house style: "the shape of the house"). */
const CORE_FORBIDDEN = {
  paths: [
    { name: "next", message: "The core is framework-free: pass plain data in from the feature." },
    { name: "react", message: "The core has no UI: components live in lib/<feature>/components." },
    { name: "react-dom", message: "The core has no UI: components live in lib/<feature>/components." },
    { name: "next-auth", message: "The core knows no session: the feature authenticates and passes plain data in." },
    { name: "server-only", message: "The core runs anywhere: server-only code belongs in a feature's data.ts or mutations.ts." },
  ],
  patterns: [
    { group: ["next/*", "next-auth/*"], message: "The core is framework-free: pass plain data in from the feature." },
    { group: ["react/*", "react-dom/*"], message: "The core has no UI: components live in lib/<feature>/components." },
    { group: ["@prisma/*", "@/lib/generated/*"], message: "The core has no database: the feature's data.ts reads, its mutations.ts writes." },
    { regex: "^@/lib/(?!core/)", message: "The core imports only the core (@/lib/core/*), never a feature or the server." },
    { group: ["@/app/*"], message: "The core imports only the core (@/lib/core/*), never a route." },
  ],
};

const NODE_FORBIDDEN = NODE_BUILTINS.map((name) => ({ name, message: "The core does no I/O: read files, the network or the process in a script or a feature, and pass the data in." }));

/** Relative paths are resolved: any import from outside lib/core, however it is spelled. */
const CORE_ZONES = [
  { target: "./lib/core", from: "./lib", except: ["./core"], message: "The core imports only the core, never a feature or the server." },
  { target: "./lib/core", from: "./app", message: "The core imports only the core, never a route." },
  { target: "./lib/core", from: "./scripts", message: "The core imports only the core, never a script." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // One module never imports another that imports it back, however far round (type-only imports excepted).
    files: ["**/*.{js,mjs,ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // The domain core is pure: no framework, database, Node I/O, clock or randomness (house style).
    files: ["lib/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [...CORE_FORBIDDEN.paths, ...NODE_FORBIDDEN], patterns: CORE_FORBIDDEN.patterns }],
      "import/no-restricted-paths": ["error", { zones: CORE_ZONES }],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "The core reads no clock: take `now` as an argument." },
        { object: "performance", property: "now", message: "The core reads no clock: take `now` as an argument." },
        { object: "Math", property: "random", message: "The core draws no randomness: take a seed (lib/core/seeded-random.ts)." },
        { object: "crypto", property: "randomUUID", message: "The core draws no randomness: take ids or a seed as arguments." },
        { object: "crypto", property: "getRandomValues", message: "The core draws no randomness: take a seed (lib/core/seeded-random.ts)." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The core reads no clock: take `now` as an argument (new Date() reads it)." },
        { selector: "CallExpression[callee.name='Date']", message: "The core reads no clock: take `now` as an argument (Date() reads it)." },
      ],
    },
  },
  {
    files: ["lib/core/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "Program", message: "The core has no components: a .tsx file belongs in lib/<feature>/components." }],
    },
  },
  {
    // Tests read their fixtures from disk (and run LibreOffice), and check the generated data
    // against the scripts that build it: Node's built-ins and scripts/, nothing else.
    files: ["lib/core/**/*.test.ts", "lib/core/**/*.test-support.ts"],
    rules: {
      "no-restricted-imports": ["error", CORE_FORBIDDEN],
      "import/no-restricted-paths": ["error", { zones: CORE_ZONES.filter((zone) => zone.from !== "./scripts") }],
    },
  },
];

export default config;
