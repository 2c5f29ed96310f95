/**
 * Refreshes data/un/ from an upstream folder of UN source records (the shared data folder the
 * project was first built from): every file but its README is gzipped into data/un/ as
 * `<name>.gz`; files no longer upstream are removed. data/un/README.md is the project's own and
 * is left alone. Deterministic: the same upstream files give the same bytes.
 *
 *   npm run data:sources -- <folder>     copies from the upstream folder (the data folder beside
 *                                        the repository on the team's machines)
 *
 * Then rebuild and check what is generated from them: `npm run data:build`, `npm run model:data`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { UN_SOURCES_DIR } from "./un-sources";

function main(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error("name the upstream folder: npm run data:sources -- <folder>");
  const upstream = path.resolve(positionals[0]);
  if (!existsSync(upstream) || !statSync(upstream).isDirectory()) throw new Error(`no folder at ${upstream}`);
  const files = readdirSync(upstream)
    .filter((name) => name !== "README.md" && statSync(path.join(upstream, name)).isFile())
    .sort();
  if (files.length === 0) throw new Error(`no source files in ${upstream}`);
  mkdirSync(UN_SOURCES_DIR, { recursive: true });
  let total = 0;
  const changed: string[] = [];
  for (const name of files) {
    const target = path.join(UN_SOURCES_DIR, `${name}.gz`);
    const bytes = gzipSync(readFileSync(path.join(upstream, name)), { level: 9 });
    total += bytes.length;
    if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
    writeFileSync(target, bytes);
    changed.push(name);
  }
  const kept = new Set(files.map((name) => `${name}.gz`));
  const removed = readdirSync(UN_SOURCES_DIR).filter((name) => name.endsWith(".gz") && !kept.has(name));
  for (const name of removed) rmSync(path.join(UN_SOURCES_DIR, name));
  process.stdout.write(
    `copy-un-sources: ${files.length} files from ${upstream}, ${(total / 1024 / 1024).toFixed(2)} MB compressed; ` +
      `updated ${changed.length ? changed.join(", ") : "none"}; removed ${removed.length ? removed.join(", ") : "none"}\n`,
  );
  if (changed.length || removed.length) process.stdout.write("copy-un-sources: now run `npm run data:build` and `npm run model:data`, and update data/un/README.md if files changed\n");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`copy-un-sources: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
