import type { CliCommand } from "./io";

/**
 * The registry of commands. Each feature adds its command here.
 * Loaded lazily so that `--help` stays fast and one command's data is not loaded by another.
 */
export const commandLoaders: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  amend: {
    summary: "Order the amendments to a draft for voting and apply the adopted ones",
    load: async () => (await import("./amend")).amendCommand,
  },
  export: {
    summary: "Export a draft resolution to Word (.docx) in UN or THIMUN layout",
    load: async () => (await import("./export")).exportCommand,
  },
  import: {
    summary: "Import a draft resolution from a Word file (.docx) or plain text (.txt) into the portable JSON",
    load: async () => (await import("./import")).importCommand,
  },
  lint: {
    summary: "Check a draft resolution (portable JSON) for errors of form and of Charter law",
    load: async () => (await import("./lint")).lintCommand,
  },
  council: {
    summary: "List the Security Council's members in a year (1946–2026)",
    load: async () => (await import("./council")).councilCommand,
  },
  president: {
    summary: "Name the President of the Security Council on a date (rule 18: monthly, in English alphabetical order)",
    load: async () => (await import("./president")).presidentCommand,
  },
  predict: {
    summary: "Predict the Security Council's vote on drafts from the 1994–2023 record",
    load: async () => (await import("./predict")).predictCommand,
  },
  vote: {
    summary: "Decide a vote of the Security Council or the General Assembly by the Charter's rules",
    load: async () => (await import("./vote")).voteCommand,
  },
};
