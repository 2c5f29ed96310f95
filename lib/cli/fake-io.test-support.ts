import type { CliIo } from "./io";

/** A command's world in a test: arguments, standard input, files by path, and what it printed or wrote. */
export function fakeIo(args: string[], options: { files?: Record<string, string>; stdin?: string } = {}) {
  const files = options.files ?? {};
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    args,
    readStdin: async () => options.stdin ?? "",
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT ${path}`);
      return files[path];
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
  return { io, out, err, written, stdout: () => out.join(""), stderr: () => err.join("") };
}
