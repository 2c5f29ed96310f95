import { commandLoaders } from "./commands";
import { UsageError, type CliIo } from "./io";

function helpText(): string {
  const names = Object.keys(commandLoaders).sort();
  const width = Math.max(8, ...names.map((name) => name.length));
  const lines = [
    "unsc — the Security Council drafting and voting workbench, from the command line",
    "",
    "Usage: npm run --silent unsc -- <command> [options]",
    "",
    "Commands:",
    ...names.map((name) => `  ${name.padEnd(width)}  ${commandLoaders[name].summary}`),
    "",
    "Run `npm run --silent unsc -- <command> --help` for a command's options.",
    "Exit codes: 0 success, 1 the checked input has errors (lint), 2 bad arguments or input.",
  ];
  return lines.join("\n") + "\n";
}

export async function runCli(io: CliIo): Promise<number> {
  const [name, ...rest] = io.args;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return 0;
  }
  const entry = commandLoaders[name];
  if (!entry) {
    io.err(`unsc: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return 0;
    }
    return await command.run({ ...io, args: rest });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`unsc ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`unsc ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}
