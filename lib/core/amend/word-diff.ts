/**
 * Word-by-word comparison for tracked changes and for the size of a change: the longest common
 * subsequence of words, punctuation marks and spaces. Paragraphs are short, so the
 * quadratic table is small, and it is several times faster than a general text diff here.
 */

export type WordPart = { kind: "same" | "inserted" | "deleted"; text: string };

/** Words, single punctuation marks and runs of space, so that "borders," and "borders" share the word. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}'\u2019-]+|\s+|[^\s\p{L}\p{N}]/gu) ?? [];
}

export function diffWordParts(before: string, after: string): WordPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const rows = midA.length + 1;
  const cols = midB.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      table[i * cols + j] = midA[i] === midB[j] ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const parts: WordPart[] = [];
  const push = (kind: WordPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  for (let at = 0; at < start; at++) push("same", b[at]);
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      push("same", midB[j]);
      i++;
      j++;
    } else if (j < midB.length && (i >= midA.length || table[i * cols + j + 1] >= table[(i + 1) * cols + j])) {
      push("inserted", midB[j++]);
    } else {
      push("deleted", midA[i++]);
    }
  }
  for (let at = endB; at < b.length; at++) push("same", b[at]);
  return parts;
}

/** Words inserted plus words deleted. */
export function countChangedWords(before: string, after: string): number {
  let total = 0;
  for (const part of diffWordParts(before, after)) if (part.kind !== "same") total += (part.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return total;
}
