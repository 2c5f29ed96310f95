/**
 * What a command may touch: its arguments, standard input and two output streams.
 * Commands never call process.exit themselves; they return an exit code or throw a UsageError.
 */
export type CliIo = {
  args: string[];
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
};

/** Bad arguments or bad input: one clear line on stderr, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  run: (io: CliIo) => Promise<number>;
};

/** Parses `--flag value` and `--flag` (boolean) options; the rest are positionals. */
export function parseOptions(
  args: string[],
  spec: Record<string, "string" | "boolean">,
): { options: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [rawName, inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
      const kind = spec[rawName];
      if (!kind) throw new UsageError(`unknown option --${rawName}`);
      if (kind === "boolean") {
        if (inlineValue !== undefined) throw new UsageError(`option --${rawName} takes no value`);
        options[rawName] = true;
      } else {
        const value = inlineValue ?? args[++index];
        if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) {
          throw new UsageError(`option --${rawName} needs a value`);
        }
        options[rawName] = value;
      }
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

/** Reads the JSON input of a command from a file argument or from standard input. */
export async function readJsonInput(io: CliIo, file: string | undefined): Promise<unknown> {
  let text: string;
  if (file && file !== "-") {
    try {
      text = await io.readFile(file);
    } catch {
      throw new UsageError(`cannot read file ${file}`);
    }
  } else {
    text = await io.readStdin();
  }
  if (!text.trim()) throw new UsageError(file ? `file ${file} is empty` : "no JSON on standard input");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`invalid JSON${file ? ` in ${file}` : ""}: ${(error as Error).message}`);
  }
}
