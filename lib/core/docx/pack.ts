import { Packer, type Document } from "docx";

/**
 * Writes a document to bytes. An ArrayBuffer rather than a Node Buffer keeps the builder free of
 * Node, so the same code runs in a route handler, the command line and a browser.
 */
export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
