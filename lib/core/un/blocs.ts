import { listStates, type Bloc } from "./states";

/**
 * Who belonged to a bloc in a given year. The state list carries today's memberships only; for the
 * blocs whose enlargements are few and well documented, the year each member joined (and left) is
 * written here, so that "EU: yes" on the Assembly of 1980 sets the nine members of the European
 * Communities, not the twenty-seven of today. The other blocs count today's members, and only from
 * the year the bloc was founded.
 */
type DatedMembership = { founded: number; joined: Readonly<Record<string, number>>; left?: Readonly<Record<string, number>> };

const DATED: Partial<Record<Bloc, DatedMembership>> = {
  // Treaties of Rome (in force 1 January 1958), the enlargements of 1973–2013; the United Kingdom
  // left on 31 January 2020 (from the 2020 votes on, not a member). The European Communities until
  // the Treaty of Maastricht (1993).
  EU: {
    founded: 1958,
    joined: {
      BEL: 1958, FRA: 1958, DEU: 1958, ITA: 1958, LUX: 1958, NLD: 1958,
      DNK: 1973, IRL: 1973, GBR: 1973,
      GRC: 1981,
      PRT: 1986, ESP: 1986,
      AUT: 1995, FIN: 1995, SWE: 1995,
      CYP: 2004, CZE: 2004, EST: 2004, HUN: 2004, LVA: 2004, LTU: 2004, MLT: 2004, POL: 2004, SVK: 2004, SVN: 2004,
      BGR: 2007, ROU: 2007,
      HRV: 2013,
    },
    left: { GBR: 2020 },
  },
  // North Atlantic Treaty (1949) and its accessions, to Sweden (March 2024).
  NATO: {
    founded: 1949,
    joined: {
      BEL: 1949, CAN: 1949, DNK: 1949, FRA: 1949, ISL: 1949, ITA: 1949, LUX: 1949, NLD: 1949, NOR: 1949, PRT: 1949, GBR: 1949, USA: 1949,
      GRC: 1952, TUR: 1952,
      DEU: 1955,
      ESP: 1982,
      CZE: 1999, HUN: 1999, POL: 1999,
      BGR: 2004, EST: 2004, LVA: 2004, LTU: 2004, ROU: 2004, SVK: 2004, SVN: 2004,
      ALB: 2009, HRV: 2009,
      MNE: 2017,
      MKD: 2020,
      FIN: 2023,
      SWE: 2024,
    },
  },
  // First summit of Brazil, Russia, India and China (2009); South Africa from 2011; the 2024 and 2025 enlargements.
  BRICS: {
    founded: 2009,
    joined: { BRA: 2009, RUS: 2009, IND: 2009, CHN: 2009, ZAF: 2011, EGY: 2024, ETH: 2024, IRN: 2024, ARE: 2024, IDN: 2025 },
  },
  // Rambouillet (1975); Canada from 1976.
  G7: { founded: 1975, joined: { FRA: 1975, DEU: 1975, ITA: 1975, JPN: 1975, GBR: 1975, USA: 1975, CAN: 1976 } },
  // Bangkok Declaration (1967) and the admissions that followed, to Timor-Leste (2025).
  ASEAN: {
    founded: 1967,
    joined: { IDN: 1967, MYS: 1967, PHL: 1967, SGP: 1967, THA: 1967, BRN: 1984, VNM: 1995, LAO: 1997, MMR: 1997, KHM: 1999, TLS: 2025 },
  },
};

/** The year each other bloc was founded (under this name): before it, the bloc is not offered. */
const FOUNDED: Record<Exclude<Bloc, "EU" | "NATO" | "BRICS" | "G7" | "ASEAN">, number> = {
  CSTO: 2002,
  "African Union": 2002,
  "Arab League": 1945,
  NAM: 1961,
  OIC: 1969,
  G77: 1964,
  SCO: 2001,
  CIS: 1991,
  Commonwealth: 1949,
  OAS: 1948,
  CELAC: 2011,
};

/** The blocs in the order they are offered: the groups delegates most often vote by first. */
export const BLOC_ORDER: readonly Bloc[] = [
  "EU",
  "NATO",
  "G7",
  "African Union",
  "Arab League",
  "OIC",
  "NAM",
  "G77",
  "ASEAN",
  "CELAC",
  "OAS",
  "CIS",
  "CSTO",
  "SCO",
  "BRICS",
  "Commonwealth",
];

export function getBlocLabel(bloc: Bloc): string {
  switch (bloc) {
    case "EU":
      return "European Union";
    case "NATO":
      return "NATO";
    case "CSTO":
      return "Collective Security Treaty Organization";
    case "African Union":
      return "African Union";
    case "Arab League":
      return "League of Arab States";
    case "NAM":
      return "Non-Aligned Movement";
    case "OIC":
      return "Organisation of Islamic Cooperation";
    case "BRICS":
      return "BRICS";
    case "G77":
      return "Group of 77";
    case "G7":
      return "Group of Seven";
    case "ASEAN":
      return "ASEAN";
    case "SCO":
      return "Shanghai Cooperation Organisation";
    case "CIS":
      return "Commonwealth of Independent States";
    case "Commonwealth":
      return "Commonwealth of Nations";
    case "OAS":
      return "Organization of American States";
    case "CELAC":
      return "CELAC";
    default: {
      const unreachable: never = bloc;
      throw new Error(`unknown bloc ${String(unreachable)}`);
    }
  }
}

/** Whether the bloc's members in `year` are known year by year, or are today's members. */
export function isBlocMembershipDated(bloc: Bloc): boolean {
  return DATED[bloc] !== undefined;
}

/**
 * The bloc's members (ISO3) in `year`: by the dated enlargements where written above, else
 * today's members from the year of founding. Empty before the bloc existed. Not filtered by UN
 * membership: the caller keeps the Members of that year.
 */
export function listBlocMembers(bloc: Bloc, year: number): string[] {
  const dated = DATED[bloc];
  if (dated) {
    if (year < dated.founded) return [];
    return Object.entries(dated.joined)
      .filter(([iso3, joined]) => joined <= year && !(dated.left?.[iso3] !== undefined && dated.left[iso3] <= year))
      .map(([iso3]) => iso3);
  }
  const founded = FOUNDED[bloc as keyof typeof FOUNDED];
  if (year < founded) return [];
  return listStates()
    .filter((state) => state.blocs.includes(bloc))
    .map((state) => state.iso3);
}
