import { listClassSeats } from "../classroom/seats";
import { BLOC_ORDER, getBlocLabel, isBlocMembershipDated, listBlocMembers } from "../un/blocs";
import { compareEnglishNames } from "../un/names";
import { getRegionalGroupLabel, getRegionalGroupShortLabel, getState, REGIONAL_GROUPS, type RegionalGroup } from "../un/states";
import { IMPORTANT_QUESTIONS, suggestAssemblyMajority, type MajoritySuggestion } from "./important-questions";
import type { VoteValue } from "./vote-value";

/** One Member's seat in the Assembly of a year: named as the UN named it that year (Czechoslovakia in 1980). */
export type AssemblySeat = { iso3: string; name: string; shortName: string; group: RegionalGroup | null };

/**
 * The Members of the General Assembly in `year`, in the order of the voting board: English
 * alphabetical order of their names that year, as the board in the hall lists them. Empty for a
 * year whose members are not known.
 */
export function listAssemblySeats(year: number): AssemblySeat[] {
  return listClassSeats("general-assembly", year).map((seat) => ({
    iso3: seat.iso3,
    name: seat.name,
    shortName: seat.shortName,
    group: getState(seat.iso3)?.regionalGroup ?? null,
  }));
}

/** The voting board's order: English alphabetical order of the names, accents ignored ("Côte d'Ivoire" after "Costa Rica"). */
export function assemblyBoardOrder<T extends { name: string }>(seats: readonly T[]): T[] {
  return [...seats].sort((left, right) => compareEnglishNames(left.name, right.name));
}

/** A set of Members voted together in one click: a regional group or a bloc. */
export type VotingBloc = {
  id: string;
  kind: "regional-group" | "bloc";
  /** What the button says: "EU", "African", "WEOG". */
  shortLabel: string;
  label: string;
  /** ISO3 of the Members of the year in the group, in board order. */
  members: string[];
  /** Said when the membership is today's rather than that year's. */
  note: string | null;
};

/**
 * The regional groups, then the blocs, each with its Members among `seats`; a bloc with no Member
 * that year (before it was founded) is left out. Regional groups are today's (the state list's);
 * dated blocs (EU, NATO, G7, ASEAN, BRICS) follow their enlargements.
 */
export function listVotingBlocs(seats: readonly AssemblySeat[], year: number): VotingBloc[] {
  const ordered = assemblyBoardOrder(seats);
  const groups: VotingBloc[] = REGIONAL_GROUPS.map((group) => ({
    id: `group:${group}`,
    kind: "regional-group" as const,
    shortLabel: getRegionalGroupShortLabel(group),
    label: getRegionalGroupLabel(group),
    members: ordered.filter((seat) => seat.group === group).map((seat) => seat.iso3),
    note: null,
  })).filter((bloc) => bloc.members.length > 0);
  const blocs: VotingBloc[] = [];
  for (const bloc of BLOC_ORDER) {
    const inBloc = new Set(listBlocMembers(bloc, year));
    const members = ordered.filter((seat) => inBloc.has(seat.iso3)).map((seat) => seat.iso3);
    if (members.length === 0) continue;
    blocs.push({
      id: `bloc:${bloc}`,
      kind: "bloc",
      shortLabel: bloc,
      label: bloc === "EU" && year < 1993 ? "European Communities" : getBlocLabel(bloc),
      members,
      note: isBlocMembershipDated(bloc) ? null : "today's members",
    });
  }
  return [...groups, ...blocs];
}

export function findVotingBloc(blocs: readonly VotingBloc[], id: string): VotingBloc | undefined {
  return blocs.find((bloc) => bloc.id === id);
}

/** Every member of the bloc takes `vote`; the others keep theirs. */
export function setBlocVote(votes: Readonly<Record<string, VoteValue>>, bloc: Pick<VotingBloc, "members">, vote: VoteValue): Record<string, VoteValue> {
  const next = { ...votes };
  for (const iso3 of bloc.members) next[iso3] = vote;
  return next;
}

/** What the Art. 18(2) list is asked about: the draft's own text, one of the Charter's categories, or none. */
export type ImportantQuestionChoice = "from-text" | "none" | (typeof IMPORTANT_QUESTIONS)[number]["id"];

/** Whether a value sent by a form (a select's value) is one of the choices. */
export function isImportantQuestionChoice(value: string): value is ImportantQuestionChoice {
  return value === "from-text" || value === "none" || IMPORTANT_QUESTIONS.some((question) => question.id === value);
}

/**
 * The majority the Charter suggests: from the draft's text (`suggestAssemblyMajority`), or from a
 * category the user chose. Charter Art. 18(2): two-thirds on an important question; Art. 18(3):
 * a simple majority otherwise.
 */
export function suggestMajorityFor(choice: ImportantQuestionChoice, text: string): MajoritySuggestion & { questionId: string | null } {
  if (choice === "from-text") {
    const match = IMPORTANT_QUESTIONS.find((question) => question.pattern.test(text));
    return { ...suggestAssemblyMajority(text), questionId: match?.id ?? null };
  }
  if (choice === "none") return { majority: "simple", reason: "not one of the important questions of Art. 18(2): a simple majority (Art. 18(3))", questionId: null };
  const question = IMPORTANT_QUESTIONS.find((entry) => entry.id === choice);
  if (!question) return { majority: "simple", reason: "not one of the important questions of Art. 18(2): a simple majority (Art. 18(3))", questionId: null };
  return { majority: "two-thirds", reason: `an important question under Art. 18(2): ${question.label}`, questionId: question.id };
}

/**
 * GA practice: most texts are adopted without a vote (by consensus), recorded as "The draft
 * resolution was adopted without a vote." Nobody is counted: no recorded or non-recorded vote.
 */
export const ADOPTED_WITHOUT_A_VOTE = "The draft resolution was adopted without a vote.";

/**
 * The hemicycle drawn as rows of seats round a half circle, the Members grouped by regional group
 * in wedges from left to right (African, Asia-Pacific, Eastern European, GRULAC, WEOG), each group
 * in board order. Coordinates in a 1000 × 540 drawing, the centre of the half circle at (500, 510).
 */
export type HemicycleLayout = {
  width: number;
  height: number;
  center: { x: number; y: number };
  seats: { iso3: string; group: RegionalGroup | null; x: number; y: number; r: number }[];
  groups: { group: RegionalGroup | null; count: number; label: { x: number; y: number; anchor: "start" | "middle" | "end" }; arc: { from: number; to: number } }[];
};

const HEMICYCLE = { width: 1000, height: 540, center: { x: 500, y: 510 }, inner: 200, outer: 460 } as const;

export function layoutHemicycle(seats: readonly AssemblySeat[]): HemicycleLayout {
  const { center, inner, outer } = HEMICYCLE;
  const count = seats.length;
  const rows = count > 150 ? 8 : count > 90 ? 7 : count > 50 ? 6 : 4;
  const radii = Array.from({ length: rows }, (_, row) => inner + ((outer - inner) * row) / Math.max(1, rows - 1));
  // Seats per row in proportion to the row's length, the remainder to the outer rows.
  const total = radii.reduce((sum, radius) => sum + radius, 0);
  const perRow = radii.map((radius) => Math.floor((count * radius) / total));
  let missing = count - perRow.reduce((sum, value) => sum + value, 0);
  for (let row = rows - 1; missing > 0; row = (row - 1 + rows) % rows, missing--) perRow[row]++;
  const seatRadius = Math.min(((outer - inner) / Math.max(1, rows - 1)) * 0.42, 20);
  const slots: { x: number; y: number; angle: number; row: number }[] = [];
  radii.forEach((radius, row) => {
    const n = perRow[row];
    for (let index = 0; index < n; index++) {
      // From the left end (angle π) to the right end (angle 0).
      const angle = n === 1 ? Math.PI / 2 : Math.PI - (index / (n - 1)) * Math.PI;
      slots.push({ x: center.x + radius * Math.cos(angle), y: center.y - radius * Math.sin(angle), angle, row });
    }
  });
  // Filled by angle, left to right, inner row first at the same angle: a group takes a wedge.
  slots.sort((left, right) => right.angle - left.angle || left.row - right.row);

  const order: (RegionalGroup | null)[] = [...REGIONAL_GROUPS, null];
  const grouped = order.flatMap((group) => assemblyBoardOrder(seats.filter((seat) => seat.group === group)));
  const placed = grouped.map((seat, index) => ({
    iso3: seat.iso3,
    group: seat.group,
    x: round(slots[index].x),
    y: round(slots[index].y),
    r: round(seatRadius),
  }));

  const groups: HemicycleLayout["groups"] = [];
  let start = 0;
  for (const group of order) {
    const size = grouped.filter((seat) => seat.group === group).length;
    if (size === 0) continue;
    const from = slots[start].angle;
    const to = slots[start + size - 1].angle;
    const middle = (from + to) / 2;
    const labelRadius = outer + seatRadius + 22;
    const cos = Math.cos(middle);
    groups.push({
      group,
      count: size,
      label: { x: round(center.x + labelRadius * cos), y: round(center.y - labelRadius * Math.sin(middle)), anchor: Math.abs(cos) < 0.3 ? "middle" : cos < 0 ? "end" : "start" },
      arc: { from: round(from), to: round(to) },
    });
    start += size;
  }
  return { width: HEMICYCLE.width, height: HEMICYCLE.height, center: { ...center }, seats: placed, groups };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
