import { getPresidentOnDate } from "../core/un/presidency";
import { parseOptions, UsageError, type CliCommand } from "./io";

const USAGE = "npm run --silent unsc -- president --date YYYY-MM-DD   (1946–2026)";

export const presidentCommand: CliCommand = {
  name: "president",
  summary: "Name the President of the Security Council on a date (rule 18: monthly, in English alphabetical order)",
  usage: USAGE,
  async run(io) {
    const { values: options, positionals } = parseOptions(io.args, { date: { type: "string" } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: ${USAGE})`);
    if (options.date === undefined) throw new UsageError(`--date is required (usage: ${USAGE})`);
    const lookup = getPresidentOnDate(options.date);
    if (!lookup.ok) throw new UsageError(lookup.message);
    const { date, iso3, name } = lookup.president;
    io.out(JSON.stringify({ date, iso3, name }) + "\n");
    return 0;
  },
};
