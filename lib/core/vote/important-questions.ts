import type { AssemblyMajority } from "./assembly-rules";

/**
 * Charter Art. 18(2): decisions of the General Assembly on important questions are made by a
 * two-thirds majority of the members present and voting. The Charter's list.
 */
export const IMPORTANT_QUESTIONS = [
  {
    id: "peace-and-security",
    label: "recommendations with respect to the maintenance of international peace and security",
    pattern: /\b(?:international\s+peace\s+and\s+security|aggression|threat\s+to\s+the\s+peace|ceasefire|cease-fire|withdraw)/i,
  },
  {
    id: "elections",
    label: "the election of the non-permanent members of the Security Council, of the members of the Economic and Social Council and of the Trusteeship Council",
    pattern: /\belect(?:ion|ed|s)?\b[\s\S]*\b(?:Security\s+Council|Economic\s+and\s+Social\s+Council|Trusteeship\s+Council)\b/i,
  },
  { id: "admission", label: "the admission of new Members", pattern: /\badmi(?:ssion|tted)\b[\s\S]*\bmembership\b|\bbe\s+admitted\b/i },
  { id: "suspension", label: "the suspension of the rights and privileges of membership", pattern: /\bsuspen(?:d|sion)\b[\s\S]*\b(?:rights|membership)\b/i },
  { id: "expulsion", label: "the expulsion of Members", pattern: /\bexpul(?:sion)?|\bexpel/i },
  { id: "trusteeship", label: "questions relating to the operation of the trusteeship system", pattern: /\btrusteeship\s+system\b/i },
  { id: "budget", label: "budgetary questions", pattern: /\b(?:budget(?:ary)?|programme\s+budget|assessments?|apportionment\s+of\s+(?:the\s+)?expenses)\b/i },
] as const satisfies readonly { id: string; label: string; pattern: RegExp }[];

export type MajoritySuggestion = { majority: AssemblyMajority; reason: string };

/**
 * The majority the Charter suggests for a draft, from its title or text: two-thirds when it reads
 * as one of Art. 18(2)'s important questions, otherwise a simple majority (Art. 18(3)). A
 * suggestion only: the Assembly itself decides, by a majority, whether a question is important.
 */
export function suggestAssemblyMajority(text: string): MajoritySuggestion {
  const match = IMPORTANT_QUESTIONS.find((question) => question.pattern.test(text));
  if (match) return { majority: "two-thirds", reason: `an important question under Art. 18(2): ${match.label}` };
  return { majority: "simple", reason: "not on the Art. 18(2) list of important questions: a simple majority (Art. 18(3))" };
}
