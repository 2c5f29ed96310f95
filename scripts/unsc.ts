import { readFile, stat, writeFile } from "node:fs/promises";
import { runCli } from "../lib/cli/main";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

runCli({
  args: process.argv.slice(2),
  readStdin,
  readFile: (path) => readFile(path, "utf8"),
  readBytes: async (path, maxBytes) => ((await stat(path)).size > maxBytes ? "too-large" : new Uint8Array(await readFile(path))),
  writeFile: (path, data) => writeFile(path, data),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
