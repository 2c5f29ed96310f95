import { getCouncil, type Council } from "../un/council";
import { getState } from "../un/states";
import type { CouncilSeat } from "./council-rules";

/**
 * The thin link between the UN reference data and the voting rules: the rules take members as
 * input and know no data file; this turns a year's Council into that input.
 */
export type CouncilVoteSetup = {
  year: number;
  members: CouncilSeat[];
  /** Charter Art. 27(2)–(3): 7 of 11 to 1965, 9 of 15 from 1966, as the Council of the year says. */
  required: number;
  /** Names for statements: the UN name of the state, or the seat's own name for a state that no longer exists ("USSR"). */
  names: Record<string, string>;
  /** Codes of seat holders that no longer exist, to the iso3 the Council lists them under: SUN → RUS, YUG → SRB. */
  aliases: Record<string, string>;
};

export function getCouncilVoteSetup(year: number): CouncilVoteSetup | undefined {
  const council = getCouncil(year);
  return council ? councilVoteSetup(council) : undefined;
}

export function councilVoteSetup(council: Council): CouncilVoteSetup {
  const names: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  for (const member of council.members) {
    names[member.iso3] = member.historicalCode ? member.name : (getState(member.iso3)?.name ?? member.name);
    if (member.historicalCode) aliases[member.historicalCode] = member.iso3;
  }
  return {
    year: council.year,
    members: council.members.map((member) => ({ iso3: member.iso3, permanent: member.permanent })),
    required: council.required,
    names,
    aliases,
  };
}

