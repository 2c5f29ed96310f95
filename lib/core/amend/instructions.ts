import { joinPhrase, letterLabel, romanLabel } from "../draft/layout";
import type { Draft } from "../draft/schema";
import type { Amendment } from "./schema";
import { indexParagraphs } from "./targets";

/**
 * The instructions of an amendment document, in the form of the UN's amendments (for example
 * A/C.3/77/L.54 or S/2022/720): "Operative paragraph 3: Replace "…" with "…"", "After preambular
 * paragraph 2, insert a new paragraph reading: "…"", "Delete operative paragraph 5".
 */

const quoted = (text: string) => `\u201C${text.trim()}\u201D`;

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function newText(amendment: Amendment): string {
  const paragraph = amendment.paragraph;
  if (!paragraph) return "";
  const lines = [joinPhrase((paragraph.phrase ?? "").trim(), paragraph.text.trim())];
  const walk = (list: NonNullable<typeof paragraph.subparagraphs>, depth: number) => {
    list.forEach((sub, at) => {
      lines.push(`${"  ".repeat(depth)}(${depth % 2 === 1 ? letterLabel(at) : romanLabel(at)}) ${sub.text.trim()}`);
      walk(sub.subparagraphs ?? [], depth + 1);
    });
  };
  walk(paragraph.subparagraphs ?? [], 1);
  return lines.join(" ");
}

/**
 * One instruction line; labels in the numbering of `draft` (the draft the amendment is tabled to).
 * Given the other amendments, an amendment to an amendment reads against the text it amends:
 * "Amendment A2: Replace "…" with "…"".
 */
export function amendmentInstruction(draft: Draft, amendment: Amendment, amendments?: readonly Amendment[]): string {
  const parent = amendment.amends === undefined ? undefined : amendments?.find((other) => other.id === amendment.amends);
  if (parent) return `Amendment ${parent.id}: Replace ${quoted(newText(parent))} with ${quoted(newText(amendment))}`;
  const index = indexParagraphs(draft).byId;
  const label = index.get(amendment.targetId)?.label ?? amendment.writtenAgainst.label;
  switch (amendment.action) {
    case "insert":
      return `${amendment.position === "before" ? "Before" : "After"} ${lower(label)}, insert a new paragraph reading: ${quoted(newText(amendment))}`;
    case "delete":
      return `Delete ${lower(label)}`;
    case "replace": {
      const target = index.get(amendment.targetId);
      const old = target ? joinPhrase(target.phrase.trim(), target.text.trim()) : joinPhrase(amendment.writtenAgainst.phrase.trim(), amendment.writtenAgainst.text.trim());
      return `${label}: Replace ${quoted(old)} with ${quoted(newText(amendment))}`;
    }
    case "move": {
      const destination = amendment.destinationId ? index.get(amendment.destinationId)?.label : undefined;
      return `Move ${lower(label)} to ${amendment.position === "before" ? "before" : "after"} ${destination ? lower(destination) : "the paragraph named"}`;
    }
    default: {
      const unreachable: never = amendment.action;
      return unreachable;
    }
  }
}
