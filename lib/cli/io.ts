import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * What a command may touch: its arguments, standard input and two output streams.
 * Commands never call process.exit themselves; they return an exit code or throw a UsageError.
 */
export type CliIo = {
  args: string[];
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
  /** A file's bytes (Word files); its size is checked before it is read. */
  readBytes?: (path: string, maxBytes: number) => Promise<Uint8Array | "too-large">;
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

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses `--flag value`, `--flag=value` and `--flag` (boolean) options with node's
 * util.parseArgs; the rest, `-` (standard input) and everything after `--` are positionals.
 * A bad option is one UsageError line: unknown option, a value missing, a value given to a flag.
 */
export function parseOptions<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(args, options, error);
  }
}

/** Names the option parseArgs refused, from its own tokens (not from its English message). */
function optionError(args: string[], options: OptionSpec, error: unknown): UsageError {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const kind = options[token.name]?.type;
    if (!kind) return new UsageError(`unknown option ${token.rawName}`);
    if (kind === "boolean" && token.inlineValue) return new UsageError(`option ${token.rawName} takes no value`);
    if (kind === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))) {
      return new UsageError(`option ${token.rawName} needs a value`);
    }
  }
  return new UsageError((error as Error)?.message ?? String(error));
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
