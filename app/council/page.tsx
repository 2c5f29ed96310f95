import type { Metadata } from "next";
import { COUNCIL_ENLARGEMENT_YEAR, COUNCIL_LAST_YEAR, getCouncil, isBeforeEnlargement, orderMembersForDisplay } from "@/lib/core/un/council";
import { getRegionalGroupLabel, getRegionalGroupShortLabel } from "@/lib/core/un/states";
import { parseCouncilYear } from "@/lib/council/council-year";
import { StateFinder } from "@/lib/council/state-finder";
import { YearPicker } from "@/lib/council/year-picker";

export const metadata: Metadata = { title: "The Council by year" };

type Props = { searchParams: Promise<{ year?: string | string[] }> };

export default async function CouncilPage({ searchParams }: Props) {
  const { year: rawYear } = await searchParams;
  const parsed = parseCouncilYear(rawYear);
  const year = parsed ?? COUNCIL_LAST_YEAR;
  const council = getCouncil(year)!;
  const members = orderMembersForDisplay(council.members);
  return (
    <div className="stack">
      <h1>The Security Council in {year}</h1>
      {rawYear !== undefined && parsed === null ? (
        <div className="notice notice-warn" data-testid="year-error">
          “{String(rawYear)}” is not a year of the Council (1946–{COUNCIL_LAST_YEAR}). Showing {year}.
        </div>
      ) : null}
      <YearPicker year={year} />
      <div className="council-layout">
        <section aria-labelledby="members-heading" className="stack">
          <p className="muted" id="members-heading">
            {council.size} members; a decision needs {council.required} votes (Charter Art. 27)
            {isBeforeEnlargement(year) ? `. The Council had ${council.size} members until the 1963 amendment took effect in ${COUNCIL_ENLARGEMENT_YEAR}.` : "."}
          </p>
          <div className="table-wrap">
            <table className="data" data-testid="council-members">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Seat</th>
                  <th scope="col">Regional group</th>
                  <th scope="col">Term</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={`${member.iso3}-${member.historicalCode ?? ""}`}>
                    <td>
                      {member.name}
                      {member.note ? <div className="muted small">{member.note}</div> : null}
                    </td>
                    <td>{member.permanent ? <span className="badge badge-p5">Permanent</span> : <span className="badge">Elected</span>}</td>
                    <td>{member.regionalGroup ? <abbr title={getRegionalGroupLabel(member.regionalGroup)}>{getRegionalGroupShortLabel(member.regionalGroup)}</abbr> : "—"}</td>
                    <td className="nowrap">{member.permanent ? "—" : member.termStart === member.termEnd ? member.termStart : `${member.termStart}–${member.termEnd}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <StateFinder />
      </div>
    </div>
  );
}
