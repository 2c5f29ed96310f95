import { getCouncil, COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "../un/council";
import { compareEnglishNames } from "../un/names";
import { getState, listStates } from "../un/states";

export const CLASS_BODIES = ["security-council", "general-assembly"] as const;
export type ClassBody = (typeof CLASS_BODIES)[number];

export const CLASS_FIRST_YEAR = COUNCIL_FIRST_YEAR;
export const CLASS_LAST_YEAR = COUNCIL_LAST_YEAR;

export type ClassSeat = {
  iso3: string;
  /** The name as the UN wrote it that year ("USSR" on the Council of 1980), else the UN name today. */
  name: string;
  shortName: string;
  permanent: boolean;
};

/**
 * Members of the United Nations that no longer exist and whose seat is shown under a successor
 * whose own admission date is later (Czechia 1993, Serbia 2000): the class of 1980 seats
 * "Czechoslovakia" and "Yugoslavia" under CZE and SRB. The USSR needs no entry: the state list
 * dates the Russian Federation's membership from 1945 (it continued the USSR's membership).
 */
const PREDECESSORS: readonly { iso3: string; name: string; from: number; to: number }[] = [
  { iso3: "CZE", name: "Czechoslovakia", from: 1945, to: 1992 },
  { iso3: "SRB", name: "Yugoslavia", from: 1945, to: 1999 },
];

/**
 * The seats of a class: the Security Council of the year (11 seats to 1965, 15 from 1966,
 * permanent members first, then elected, each in English alphabetical order), or the members of
 * the General Assembly that year by admission date, in English alphabetical order.
 * Predecessor states (USSR, Yugoslavia, Czechoslovakia) are shown as their successors' seats
 * (RUS, SRB, CZE), named as they were that year where the records say so; states that merged into
 * another member (German Democratic Republic, Democratic Yemen) have no seat of their own.
 */
export function listClassSeats(body: ClassBody, year: number): ClassSeat[] {
  if (!Number.isInteger(year) || year < CLASS_FIRST_YEAR || year > CLASS_LAST_YEAR) return [];
  switch (body) {
    case "security-council": {
      const council = getCouncil(year);
      if (!council) return [];
      return council.members
        .map((member) => ({
          iso3: member.iso3,
          name: member.historicalCode ? member.name : (getState(member.iso3)?.name ?? member.name),
          shortName: member.historicalCode ? member.name : (getState(member.iso3)?.shortName ?? member.name),
          permanent: member.permanent,
        }))
        .sort((left, right) => Number(right.permanent) - Number(left.permanent) || compareEnglishNames(left.name, right.name));
    }
    case "general-assembly": {
      const seats: ClassSeat[] = [];
      for (const state of listStates()) {
        if (state.status !== "member" || !state.admissionDate) continue;
        const admitted = Number(state.admissionDate.slice(0, 4));
        const predecessor = PREDECESSORS.find((entry) => entry.iso3 === state.iso3 && year >= entry.from && year <= entry.to);
        if (predecessor) seats.push({ iso3: state.iso3, name: predecessor.name, shortName: predecessor.name, permanent: false });
        else if (admitted <= year) seats.push({ iso3: state.iso3, name: state.name, shortName: state.shortName, permanent: false });
      }
      return seats.sort((left, right) => compareEnglishNames(left.name, right.name));
    }
    default: {
      const unreachable: never = body;
      throw new Error(`unhandled body ${String(unreachable)}`);
    }
  }
}
