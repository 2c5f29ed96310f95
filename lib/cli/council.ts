import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR, getCouncil, orderMembersForDisplay, type CouncilMember } from "../core/un/council";
import { getRegionalGroupLabel } from "../core/un/states";
import { parseOptions, UsageError, type CliCommand } from "./io";

const USAGE = "npm run --silent unsc -- council --year <1946–2026> [--json]";

function parseYear(value: string | undefined): number {
  if (value === undefined) throw new UsageError(`--year is required (${COUNCIL_FIRST_YEAR}–${COUNCIL_LAST_YEAR})`);
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year must be a year such as 2022, not "${value}"`);
  const year = Number(value);
  if (year < COUNCIL_FIRST_YEAR || year > COUNCIL_LAST_YEAR) {
    throw new UsageError(`no Council data for ${year}: years ${COUNCIL_FIRST_YEAR}–${COUNCIL_LAST_YEAR}`);
  }
  return year;
}

function seatLabel(member: CouncilMember): string {
  return member.permanent ? "permanent" : "elected";
}

function termLabel(member: CouncilMember): string {
  if (member.permanent) return "";
  return member.termStart === member.termEnd ? String(member.termStart) : `${member.termStart}–${member.termEnd}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd()).join("\n");
}

export const councilCommand: CliCommand = {
  name: "council",
  summary: "List the Security Council's members in a year (1946–2026)",
  usage: USAGE,
  async run(io) {
    const { values: options, positionals } = parseOptions(io.args, { year: { type: "string" }, json: { type: "boolean" } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: ${USAGE})`);
    const year = parseYear(options.year);
    const council = getCouncil(year);
    if (!council) throw new UsageError(`no Council data for ${year}`);
    if (options.json) {
      const members = council.members.map(({ iso3, name, permanent }) => ({ iso3, name, permanent }));
      io.out(JSON.stringify({ year: council.year, required: council.required, members }) + "\n");
      return 0;
    }
    const rows = [
      ["Member", "ISO", "Seat", "Term", "Regional group"],
      ...orderMembersForDisplay(council.members).map((member) => [
        member.name,
        member.historicalCode ? `${member.iso3} (${member.historicalCode})` : member.iso3,
        seatLabel(member),
        termLabel(member),
        member.regionalGroup ? getRegionalGroupLabel(member.regionalGroup) : "",
      ]),
    ];
    const notes = council.members.filter((member) => member.note).map((member) => `Note: ${member.name}: ${member.note}`);
    io.out(
      [
        `Security Council ${year}: ${council.size} members; ${council.required} votes adopt a decision (Charter Art. 27)`,
        "",
        table(rows),
        ...(notes.length ? ["", ...notes] : []),
      ].join("\n") + "\n",
    );
    return 0;
  },
};
