import { getCouncil, isCouncilMember } from "../un/council";
import { getState } from "../un/states";
import type { PortableDraft } from "./schema";
import { finding, placeholderFindings, type Finding, type FindingLocation, type MetadataField } from "./findings";
import { findPlaceholders } from "./templates";

/** Checks of the draft's metadata: symbol, date, agenda item, sponsors, title, session. */
/**
 * Year-based symbols S/YYYY/N date from 1994 (S/1994/1); before, drafts and documents were
 * numbered without a year (S/3710, S/25000). Resolutions: S/RES/N (YYYY).
 */
const COUNCIL_SYMBOL = /^S\/(\d{4})\/\d+(?:\/Rev\.\d+)?$|^S\/RES\/\d+ \((\d{4})\)$|^S\/\d{1,5}(?:\/Rev\.\d+)?$/;
const FIRST_YEAR_BASED_SYMBOL = 1994;
const ASSEMBLY_SYMBOL =
  /^A\/(?:(?:C\.\d|ES-\d+|S-\d+)\/)?(?:\d+\/)?L\.\d+(?:\/Rev\.\d+)?(?:\/Add\.\d+)?$|^A\/RES\/(?:ES-\d+\/|S-\d+\/)?\d+\/\d+$/;

export function checkMetadata(draft: PortableDraft): Finding[] {
  const out: Finding[] = [];
  const headerFields = ["symbol", "agendaItem", "session", "agendaItemNumber", "title"] as const;
  for (const field of headerFields) {
    const value = draft[field];
    if (value) out.push(...placeholderFindings(value, { section: "metadata", field }, fieldName(field)));
  }

  const symbol = draft.symbol?.trim();
  if (symbol && findPlaceholders(symbol).length === 0) out.push(...checkSymbol(draft, symbol));

  const seen = new Set<string>();
  (draft.sponsors ?? []).forEach((code, index) => {
    const where: FindingLocation = { section: "metadata", field: "sponsors", index };
    if (seen.has(code)) {
      out.push(finding("duplicate-sponsor", where, `${stateName(code)} is listed twice among the sponsors.`, { kind: "remove-sponsor", code }));
      return;
    }
    seen.add(code);
    const state = getState(code);
    if (!state) {
      out.push(
        finding(
          "sponsor-not-a-state",
          where,
          `"${code}" is not the code of a State Member of the United Nations or of an observer State. Only States sponsor draft resolutions; an organization such as the European Union or the African Union cannot.`,
          { kind: "remove-sponsor", code },
        ),
      );
      return;
    }
    // Observer States (Holy See, State of Palestine) take part in debates and may be listed
    // among the sponsors in practice, but they never vote (Charter Arts. 18, 27: Members vote).
    if (state.status === "observer") {
      out.push(
        finding(
          "sponsor-observer-state",
          where,
          `${state.name} is a non-member observer State: it may be listed among the sponsors, but it has no vote in the Council or the Assembly.`,
        ),
      );
    }
  });

  out.push(...rule38Findings(draft));

  if (draft.body === "security-council" && draft.title?.trim()) {
    out.push(
      finding(
        "title-in-council-draft",
        { section: "metadata", field: "title" },
        "Security Council resolutions bear no title: the sponsor line and \"The Security Council,\" follow the masthead directly.",
        { kind: "remove-title" },
      ),
    );
  }
  if (draft.body === "general-assembly" && !draft.title?.trim()) {
    out.push(
      finding(
        "missing-title",
        { section: "metadata", field: "title" },
        "General Assembly draft resolutions carry a title, the question the Assembly takes up (for example \"Aggression against Ukraine\").",
      ),
    );
  }
  return out;
}

function checkSymbol(draft: PortableDraft, symbol: string): Finding[] {
  const where: FindingLocation = { section: "metadata", field: "symbol" };
  switch (draft.body) {
    case "security-council": {
      const match = COUNCIL_SYMBOL.exec(symbol);
      if (!match) {
        return [
          finding(
            "malformed-symbol",
            where,
            `"${symbol}" does not look like a Security Council document symbol: a draft resolution reads S/YYYY/N, such as S/2022/155.`,
          ),
        ];
      }
      const year = match[1] ?? match[2];
      const draftYear = draft.date?.slice(0, 4);
      if (match[1] && Number(match[1]) < FIRST_YEAR_BASED_SYMBOL) {
        return [
          finding(
            "malformed-symbol",
            where,
            `"${symbol}" reads as a year-based symbol, but those began in ${FIRST_YEAR_BASED_SYMBOL}: earlier Council documents were numbered without a year (S/3710).`,
          ),
        ];
      }
      if (!year && draftYear && Number(draftYear) >= FIRST_YEAR_BASED_SYMBOL) {
        return [
          finding(
            "symbol-year-mismatch",
            where,
            `The symbol ${symbol} has no year, but the draft is dated ${draft.date}: since ${FIRST_YEAR_BASED_SYMBOL} Council symbols read S/YYYY/N, such as S/2022/155.`,
          ),
        ];
      }
      if (draftYear && year && draftYear !== year) {
        return [
          finding(
            "symbol-year-mismatch",
            where,
            `The symbol ${symbol} belongs to ${year}, but the draft is dated ${draft.date}: Council symbols carry the year of issue.`,
          ),
        ];
      }
      return [];
    }
    case "general-assembly":
      if (ASSEMBLY_SYMBOL.test(symbol)) return [];
      return [
        finding(
          "malformed-symbol",
          where,
          `"${symbol}" does not look like a General Assembly draft symbol: A/session/L.N, such as A/76/L.1 or A/ES-11/L.1.`,
        ),
      ];
    default: {
      const unreachable: never = draft.body;
      return unreachable;
    }
  }
}

/**
 * Provisional rules of procedure, rule 38: a Member not on the Council may submit a draft, but it
 * is put to the vote only at the request of a member of the Council.
 */
function rule38Findings(draft: PortableDraft): Finding[] {
  if (draft.body !== "security-council" || !draft.date) return [];
  const year = Number(draft.date.slice(0, 4));
  const sponsors = [...new Set(draft.sponsors ?? [])].filter((code) => getState(code));
  if (sponsors.length === 0 || !getCouncil(year)) return [];
  if (sponsors.some((code) => isCouncilMember(year, code))) return [];
  return [
    finding(
      "non-member-sponsors",
      { section: "metadata", field: "sponsors" },
      `No sponsor is a member of the Council in ${year}: a draft submitted only by States not on the Council is put to the vote only at the request of a Council member (provisional rules of procedure, rule 38).`,
    ),
  ];
}

function fieldName(field: MetadataField): string {
  switch (field) {
    case "symbol":
      return "The symbol";
    case "date":
      return "The date";
    case "agendaItem":
      return "The agenda item";
    case "sponsors":
      return "The sponsor list";
    case "title":
      return "The title";
    case "session":
      return "The session";
    case "agendaItemNumber":
      return "The agenda item number";
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

function stateName(code: string): string {
  return getState(code)?.name ?? `"${code}"`;
}

// ---------------------------------------------------------------------------------------------
// One paragraph at a time.
