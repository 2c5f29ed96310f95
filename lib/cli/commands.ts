import type { CliCommand } from "./io";

/**
 * The registry of commands. Each feature adds its command here.
 * Loaded lazily so that `--help` stays fast and one command's data is not loaded by another.
 */
export const commandLoaders: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {};
