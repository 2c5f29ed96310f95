import type { CliCommand } from "./io";

/**
 * The registry of commands. Each feature adds its command here.
 * Loaded lazily so that `--help` stays fast and one command's data is not loaded by another.
 */
export const commandLoaders: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  council: {
    summary: "List the Security Council's members in a year (1946–2026)",
    load: async () => (await import("./council")).councilCommand,
  },
  vote: {
    summary: "Decide a vote of the Security Council or the General Assembly by the Charter's rules",
    load: async () => (await import("./vote")).voteCommand,
  },
};
