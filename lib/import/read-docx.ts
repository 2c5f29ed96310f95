import JSZip from "jszip";
import mammoth from "mammoth";
import type { SourceLine } from "@/lib/core/import/source";
import { MAX_SOURCE_LINES } from "@/lib/core/import/source";
import { ImportError, MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "./errors";

/**
 * Reads a Word file's paragraphs with mammoth, which knows Word's list numbering and run
 * formatting. Before mammoth sees the file: the size, the kind of file (zip, or the compound
 * file Word uses for encrypted and 97–2003 documents), and the unpacked size that the zip
 * declares; mammoth then reads the parts through a reader that counts what it really unpacks.
 * Nothing is executed (macros are never read) and no external link is followed.
 */

const ZIP_MAGIC = [0x50, 0x4b];
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, COMPOUND_FILE_MAGIC);
}

/** Word stores a password-protected .docx in a compound file with an "EncryptionInfo" stream. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

type ZipEntry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } };
type InternalStream = {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  on(event: "error", listener: (error: unknown) => void): InternalStream;
  resume(): void;
  pause(): void;
};

/** Unpacks one part, stopping as soon as the whole file's budget is spent. */
function readCapped(entry: JSZip.JSZipObject, budget: { left: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let stopped = false;
    const stream = (entry as unknown as { internalStream: (type: "uint8array") => InternalStream }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (stopped) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stopped = true;
          stream.pause();
          reject(new ImportError("zip-bomb"));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error) => {
        if (!stopped) reject(error);
      })
      .on("end", () => {
        if (!stopped) resolve(Buffer.concat(chunks));
      });
    stream.resume();
  });
}

async function openWordZip(bytes: Uint8Array): Promise<{ zip: JSZip; budget: { left: number } }> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError("too-large");
  if (bytes.length === 0) throw new ImportError("empty");
  if (isCompoundFile(bytes)) throw new ImportError(isEncryptedPackage(bytes) ? "encrypted" : "old-word-format");
  if (!isZip(bytes)) throw new ImportError("not-word");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError("corrupted");
  }
  const entries = Object.values(zip.files) as ZipEntry[];
  if (entries.length > MAX_ZIP_ENTRIES) throw new ImportError("zip-bomb");
  const declared = entries.reduce((total, entry) => total + (entry._data?.uncompressedSize ?? 0), 0);
  if (declared > MAX_UNPACKED_BYTES) throw new ImportError("zip-bomb");
  const budget = { left: MAX_UNPACKED_BYTES };
  const types = zip.file("[Content_Types].xml");
  if (!types) throw new ImportError("not-word");
  let contentTypes: string;
  try {
    contentTypes = new TextDecoder().decode(await readCapped(types, budget));
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError("corrupted");
  }
  if (!/wordprocessingml\.document\.main|ms-word\.document\.macroEnabled\.main|wordprocessingml\.template\.main/.test(contentTypes)) {
    throw new ImportError("not-word");
  }
  return { zip, budget };
}

/** The reader mammoth is given: the zip already opened and checked, every part read within the budget. */
function mammothFile(zip: JSZip, budget: { left: number }) {
  return {
    exists: (name: string) => zip.file(name) !== null,
    read: async (name: string, encoding?: string) => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`missing part ${name}`);
      const data = await readCapped(entry, budget);
      if (encoding === "base64") return Buffer.from(data).toString("base64");
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
    write: () => {
      throw new Error("read only");
    },
    toArrayBuffer: () => {
      throw new Error("read only");
    },
  };
}

type MammothElement = {
  type: string;
  children?: MammothElement[];
  value?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
  isItalic?: boolean;
  isUnderline?: boolean;
};

type Block = { text: string; listLevel?: number; emphasis?: string };

/** One paragraph's text, split at manual line breaks, with the emphasised words it opens with. */
function paragraphBlocks(paragraph: MammothElement): Block[] {
  const lines: string[] = [""];
  let emphasis = "";
  let isLeading = true;
  const visit = (element: MammothElement, emphasised: boolean) => {
    switch (element.type) {
      case "text": {
        const value = element.value ?? "";
        lines[lines.length - 1] += value;
        if (isLeading && lines.length === 1) {
          if (emphasised) emphasis += value;
          else if (value.trim()) isLeading = false;
          else emphasis += value;
        }
        return;
      }
      case "tab":
        lines[lines.length - 1] += " ";
        return;
      case "break":
        lines.push("");
        return;
      case "run":
        for (const child of element.children ?? []) visit(child, Boolean(element.isItalic || element.isUnderline));
        return;
      case "hyperlink":
      case "checkbox":
        for (const child of element.children ?? []) visit(child, emphasised);
        return;
      default:
        // Notes, comments, images and bookmarks carry no resolution text.
        return;
    }
  };
  for (const child of paragraph.children ?? []) visit(child, false);
  const numbering = paragraph.numbering;
  const listLevel = numbering && numbering.isOrdered ? Number(numbering.level) : undefined;
  return lines.map((text, index) => ({
    text,
    listLevel: index === 0 && Number.isInteger(listLevel) ? listLevel : undefined,
    emphasis: index === 0 && emphasis.trim() ? emphasis.trim() : undefined,
  }));
}

function collectBlocks(element: MammothElement, out: Block[]): void {
  if (out.length >= MAX_SOURCE_LINES) return;
  if (element.type === "paragraph") {
    out.push(...paragraphBlocks(element));
    return;
  }
  for (const child of element.children ?? []) collectBlocks(child, out);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * mammoth reads the body only, and the UN masthead (symbol, date, distribution) sits in the
 * first page's header: the headers' paragraphs are read here, their text runs only, each
 * distinct line once (running heads repeat the symbol).
 */
async function headerBlocks(zip: JSZip, budget: { left: number }): Promise<Block[]> {
  const names = Object.keys(zip.files)
    .filter((name) => /^word\/header\d*\.xml$/.test(name))
    .sort((left, right) => Number(/\d+/.exec(left)?.[0] ?? 0) - Number(/\d+/.exec(right)?.[0] ?? 0));
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const name of names) {
    const xml = new TextDecoder().decode(await readCapped(zip.file(name)!, budget));
    for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      const text = decodeXmlText(
        [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => (match[1] === undefined ? " " : match[1])).join(""),
      ).trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      out.push({ text });
    }
  }
  return out;
}

/** The lines of a .docx: header lines first (region "header"), then the body's paragraphs. */
export async function readDocxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const { zip, budget } = await openWordZip(bytes);
  let body: Block[] = [];
  let header: Block[];
  try {
    header = await headerBlocks(zip, budget);
    await mammoth.convertToHtml({ file: mammothFile(zip, budget) } as unknown as { buffer: Buffer }, {
      externalFileAccess: false,
      transformDocument: (document: MammothElement) => {
        const blocks: Block[] = [];
        collectBlocks(document, blocks);
        body = blocks;
        // Nothing to render: the paragraphs are all that is wanted.
        return { ...document, children: [] };
      },
    });
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError("corrupted");
  }
  const lines: SourceLine[] = [];
  for (const block of header) lines.push({ line: lines.length + 1, text: block.text, region: "header" });
  for (const block of body) {
    if (lines.length >= MAX_SOURCE_LINES) break;
    lines.push({ line: lines.length + 1, text: block.text, listLevel: block.listLevel, emphasis: block.emphasis, region: "body" });
  }
  return lines;
}
