import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

/**
 * Reads a produced .docx back for the tests: the parts a user's word processor reads, turned
 * into paragraphs and runs with the formatting a reader would see. Test support only (it uses
 * fast-xml-parser, a development dependency).
 */

export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string };

export type DocxRun = { text: string; italic: boolean; bold: boolean; underline: boolean; size?: number; field?: string };

export type DocxParagraph = {
  style?: string;
  alignment?: string;
  numbering?: { level: number; numId: string };
  runs: DocxRun[];
  text: string;
  node: XmlNode;
};

export type DocxPart = { xml: string; root: XmlNode; paragraphs: DocxParagraph[]; text: string };

export type OpenedDocx = {
  zip: JSZip;
  files: string[];
  document: DocxPart;
  headers: Partial<Record<"first" | "default" | "even", DocxPart>>;
  footers: Partial<Record<"first" | "default" | "even", DocxPart>>;
  styles: XmlNode;
  numbering?: XmlNode;
  settings: XmlNode;
  core: XmlNode;
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

type Ordered = Record<string, unknown>;

function toNodes(list: Ordered[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of list) {
    const attributes = (item[":@"] as Record<string, string> | undefined) ?? {};
    for (const [key, value] of Object.entries(item)) {
      if (key === ":@") continue;
      if (key === "#text") {
        out.push({ name: "#text", attributes: {}, children: [], text: String(value) });
        continue;
      }
      const children = toNodes((value as Ordered[]) ?? []);
      out.push({ name: key, attributes, children, text: "" });
    }
  }
  return out;
}

export function parseXml(xml: string): XmlNode {
  const nodes = toNodes(parser.parse(xml) as Ordered[]);
  const root = nodes.find((node) => node.name !== "?xml" && node.name !== "#text");
  if (!root) throw new Error("no root element");
  return root;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((item) => item.name === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((item) => item.name === name);
}

/** Every descendant with the name, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (current: XmlNode) => {
    for (const item of current.children) {
      if (item.name === name) out.push(item);
      walk(item);
    }
  };
  walk(node);
  return out;
}

export function textOf(node: XmlNode): string {
  if (node.name === "#text") return node.text;
  return node.children.map(textOf).join("");
}

function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = node.attributes["w:val"];
  return value === undefined || !["0", "false", "none"].includes(value);
}

function readRun(run: XmlNode): DocxRun {
  const properties = child(run, "w:rPr");
  let text = "";
  for (const item of run.children) {
    if (item.name === "w:t") text += textOf(item);
    if (item.name === "w:tab") text += "\t";
  }
  const instruction = child(run, "w:instrText");
  const size = child(properties, "w:sz")?.attributes["w:val"];
  return {
    text,
    italic: isOn(child(properties, "w:i")),
    bold: isOn(child(properties, "w:b")),
    underline: isOn(child(properties, "w:u")),
    size: size ? Number(size) : undefined,
    field: instruction ? textOf(instruction).trim() : undefined,
  };
}

export function readParagraph(paragraph: XmlNode): DocxParagraph {
  const properties = child(paragraph, "w:pPr");
  const numPr = child(properties, "w:numPr");
  const runs = descendants(paragraph, "w:r").map(readRun);
  return {
    style: child(properties, "w:pStyle")?.attributes["w:val"],
    alignment: child(properties, "w:jc")?.attributes["w:val"],
    numbering: numPr
      ? { level: Number(child(numPr, "w:ilvl")?.attributes["w:val"] ?? 0), numId: child(numPr, "w:numId")?.attributes["w:val"] ?? "" }
      : undefined,
    runs,
    text: runs.map((run) => run.text).join(""),
    node: paragraph,
  };
}

async function readPart(zip: JSZip, path: string): Promise<DocxPart> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  const xml = await file.async("string");
  const root = parseXml(xml);
  const paragraphs = descendants(root, "w:p").map(readParagraph);
  return { xml, root, paragraphs, text: paragraphs.map((paragraph) => paragraph.text).join("\n") };
}

type HeaderKind = "first" | "default" | "even";

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const document = await readPart(zip, "word/document.xml");
  const relations = parseXml(await zip.file("word/_rels/document.xml.rels")!.async("string"));
  const targets = new Map(childrenNamed(relations, "Relationship").map((item) => [item.attributes.Id, item.attributes.Target]));
  const sectPr = descendants(document.root, "w:sectPr")[0];
  const headers: OpenedDocx["headers"] = {};
  const footers: OpenedDocx["footers"] = {};
  for (const reference of sectPr?.children ?? []) {
    const kind = reference.attributes["w:type"] as HeaderKind;
    const target = targets.get(reference.attributes["r:id"]);
    if (!target) continue;
    if (reference.name === "w:headerReference") headers[kind] = await readPart(zip, `word/${target}`);
    if (reference.name === "w:footerReference") footers[kind] = await readPart(zip, `word/${target}`);
  }
  const numberingFile = zip.file("word/numbering.xml");
  return {
    zip,
    files,
    document,
    headers,
    footers,
    styles: parseXml(await zip.file("word/styles.xml")!.async("string")),
    numbering: numberingFile ? parseXml(await numberingFile.async("string")) : undefined,
    settings: parseXml(await zip.file("word/settings.xml")!.async("string")),
    core: parseXml(await zip.file("docProps/core.xml")!.async("string")),
  };
}

/** The body's paragraphs, without those inside tables. */
export function bodyParagraphs(docx: OpenedDocx): DocxParagraph[] {
  const body = child(docx.document.root, "w:body");
  return body ? childrenNamed(body, "w:p").map(readParagraph) : [];
}

/** The level definitions of the list a paragraph's numId points to: lvlText and numFmt by level. */
export function listLevels(docx: OpenedDocx, numId: string): { text: string; format: string }[] {
  if (!docx.numbering) throw new Error("the document has no numbering part");
  const num = childrenNamed(docx.numbering, "w:num").find((item) => item.attributes["w:numId"] === numId);
  const abstractId = child(num, "w:abstractNumId")?.attributes["w:val"];
  const abstract = childrenNamed(docx.numbering, "w:abstractNum").find((item) => item.attributes["w:abstractNumId"] === abstractId);
  if (!abstract) throw new Error(`no list definition for numId ${numId}`);
  return childrenNamed(abstract, "w:lvl").map((level) => ({
    text: child(level, "w:lvlText")?.attributes["w:val"] ?? "",
    format: child(level, "w:numFmt")?.attributes["w:val"] ?? "",
  }));
}
