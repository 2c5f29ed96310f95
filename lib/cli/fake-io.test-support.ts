import type { CliIo } from "./io";

/** A command's world in a test: arguments, standard input, files by path, and what it printed or wrote. */
export function fakeIo(args: string[], options: { files?: Record<string, string>; binaryFiles?: Record<string, Uint8Array>; stdin?: string } = {}) {
  const files = options.files ?? {};
  const binaryFiles = options.binaryFiles ?? {};
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
    readBytes: async (path, maxBytes) => {
      const bytes = path in binaryFiles ? binaryFiles[path] : path in files ? new TextEncoder().encode(files[path]) : undefined;
      if (!bytes) throw new Error(`ENOENT ${path}`);
      return bytes.length > maxBytes ? "too-large" : bytes;
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
