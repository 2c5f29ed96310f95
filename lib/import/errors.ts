/**
 * Why a file could not be imported: a closed set of codes, each with the one message the user
 * reads (the page and the command line say the same).
 */
export type ImportErrorCode =
  | "too-large"
  | "empty"
  | "not-word"
  | "old-word-format"
  | "encrypted"
  | "corrupted"
  | "zip-bomb"
  | "not-text"
  | "unsupported-type"
  | "no-resolution";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** A Word file's parts, unpacked: generous for text with pictures, far below what a zip bomb unpacks to. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;

export function importErrorMessage(code: ImportErrorCode): string {
  switch (code) {
    case "too-large":
      return `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Save the resolution alone in a smaller file, or paste its text.`;
    case "empty":
      return "The file is empty.";
    case "not-word":
      return "This is not a Word document. Upload a .docx file (Word, Google Docs or LibreOffice: “Save as Word”) or a .txt file.";
    case "old-word-format":
      return "This is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice and save it as .docx, then upload that.";
    case "encrypted":
      return "This Word document is password-protected. Remove the password in Word (File › Info › Protect Document) and upload it again.";
    case "corrupted":
      return "This Word document is damaged and cannot be read. Open it in Word or LibreOffice, save it again, and upload the new file.";
    case "zip-bomb":
      return `This Word document unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, which no resolution needs. It was not read.`;
    case "not-text":
      return "This text file is not UTF-8 text. Save it as UTF-8 text, or paste its text.";
    case "unsupported-type":
      return "Only Word documents (.docx) and plain text files (.txt) can be imported.";
    case "no-resolution":
      return "No resolution was found in this document: no preambular or operative paragraph was recognised.";
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode) {
    super(importErrorMessage(code));
    this.name = "ImportError";
    this.code = code;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
