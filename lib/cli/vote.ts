import { z } from "zod";
import { decideAssemblyVote, type AssemblyDecision } from "@/lib/core/vote/assembly-rules";
import { decideCouncilVote, type CouncilDecision } from "@/lib/core/vote/council-rules";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import { VoteError } from "@/lib/core/vote/vote-error";
import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "@/lib/core/un/council";
import { listStates } from "@/lib/core/un/states";
import { parseOptions, readJsonInput, UsageError, type CliCommand, type CliIo } from "./io";

const votesSchema = z.record(z.string(), z.string({ error: 'expected a vote: "Y", "N", "A" or "NP"' }), {
  error: 'expected an object of state codes to votes, e.g. {"ALB": "Y"}',
});

const councilInputSchema = z.strictObject({
  body: z.literal("security-council"),
  year: z.number({ error: "expected a year as a number, e.g. 2022" }).int({ error: "expected a whole year, e.g. 2022" }),
  matter: z.enum(["substantive", "procedural"], { error: 'expected "substantive" or "procedural"' }),
  votes: votesSchema,
  chapterVI: z.boolean({ error: "expected true or false" }).optional(),
  partiesToDispute: z.array(z.string({ error: "expected a state code" }), { error: "expected a list of state codes" }).optional(),
});

const assemblyInputSchema = z.strictObject({
  body: z.literal("general-assembly"),
  majority: z.enum(["simple", "two-thirds"], { error: 'expected "simple" or "two-thirds"' }),
  votes: votesSchema,
});

/** The decision as printed: the Council's fields for either body (an Assembly vote has no veto). */
type VoteOutput = { body: "security-council" | "general-assembly"; outcome: CouncilDecision["outcome"] | AssemblyDecision["outcome"] } & Pick<
  CouncilDecision,
  "yes" | "no" | "abstain" | "notVoting" | "required" | "vetoedBy" | "missingYes" | "statement"
>;

export const voteCommand: CliCommand = {
  name: "vote",
  summary: "Decide a vote of the Security Council or the General Assembly by the Charter's rules",
  usage: [
    "npm run --silent unsc -- vote [file.json]   (reads standard input without a file)",
    "",
    "Security Council:",
    '  {"body": "security-council", "year": 2022, "matter": "substantive" | "procedural",',
    '   "votes": {"ALB": "Y", "RUS": "N", "CHN": "A", ...}, "chapterVI": false, "partiesToDispute": []}',
    "  Every member of that year's Council needs a vote: Y, N, A or NP (not participating or absent).",
    "General Assembly:",
    '  {"body": "general-assembly", "majority": "simple" | "two-thirds", "votes": {"UKR": "Y", ...}}',
    "  Members with no vote are counted as not voting; observer States cannot vote.",
    "",
    "Prints one JSON line: outcome (adopted, vetoed, failed), the counts, required, vetoedBy, missingYes, statement.",
  ].join("\n"),
  run: async (io: CliIo) => {
    const { positionals } = parseOptions(io.args, {});
    if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}`);
    const input = await readJsonInput(io, positionals[0]);
    const output = decide(input);
    io.out(`${JSON.stringify(output)}\n`);
    return 0;
  },
};

function decide(input: unknown): VoteOutput {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError("input: expected a JSON object");
  const body = (input as { body?: unknown }).body;
  if (body === "security-council") return decideCouncil(parse(councilInputSchema, input));
  if (body === "general-assembly") return decideAssembly(parse(assemblyInputSchema, input));
  throw new UsageError(`body: expected "security-council" or "general-assembly"${body === undefined ? "" : `, got ${JSON.stringify(body)}`}`);
}

function decideCouncil(input: z.infer<typeof councilInputSchema>): VoteOutput {
  const setup = getCouncilVoteSetup(input.year);
  if (!setup) throw new UsageError(`year: no Security Council on record for ${input.year} (${COUNCIL_FIRST_YEAR}–${COUNCIL_LAST_YEAR})`);
  const states = listStates();
  // A former seat holder may be named by its own code (SUN for the USSR in 1950).
  const code = (raw: string) => {
    const upper = raw.trim().toUpperCase();
    return setup.aliases[upper] ?? upper;
  };
  const knownStates = new Set([...states.map((state) => state.iso3), ...Object.keys(setup.aliases)]);
  const partiesToDispute = (input.partiesToDispute ?? []).map(code);
  const unknownParty = partiesToDispute.find((iso3) => !knownStates.has(iso3));
  if (unknownParty) throw new UsageError(`partiesToDispute: ${unknownParty} is not a known state code`);

  const decision = withVoteErrors(() =>
    decideCouncilVote({
      members: setup.members,
      required: setup.required,
      matter: input.matter,
      votes: Object.entries(input.votes).map(([iso3, vote]) => ({ iso3: code(iso3), vote })),
      ...(input.chapterVI ? { pacificSettlement: "chapter-vi" as const } : {}),
      partiesToDispute,
      names: { ...Object.fromEntries(states.map((state) => [state.iso3, state.name])), ...setup.names },
      knownStates,
      year: input.year,
    }),
  );
  return {
    body: "security-council",
    outcome: decision.outcome,
    yes: decision.yes,
    no: decision.no,
    abstain: decision.abstain,
    notVoting: decision.notVoting,
    required: decision.required,
    vetoedBy: decision.vetoedBy,
    missingYes: decision.missingYes,
    statement: decision.statement,
  };
}

function decideAssembly(input: z.infer<typeof assemblyInputSchema>): VoteOutput {
  const states = listStates();
  const decision = withVoteErrors(() =>
    decideAssemblyVote({
      majority: input.majority,
      votes: Object.entries(input.votes).map(([iso3, vote]) => ({ iso3: iso3.trim().toUpperCase(), vote })),
      members: states.filter((state) => state.status === "member").map((state) => state.iso3),
      observers: states.filter((state) => state.status === "observer").map((state) => state.iso3),
      names: Object.fromEntries(states.map((state) => [state.iso3, state.name])),
    }),
  );
  return {
    body: "general-assembly",
    outcome: decision.outcome,
    yes: decision.yes,
    no: decision.no,
    abstain: decision.abstain,
    notVoting: decision.notVoting,
    required: decision.required,
    vetoedBy: [],
    missingYes: decision.missingYes,
    statement: decision.statement,
  };
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "input";
  const message =
    issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}` : issue.message;
  throw new UsageError(`${field}: ${message}`);
}

function withVoteErrors<T>(decideVote: () => T): T {
  try {
    return decideVote();
  } catch (error) {
    if (error instanceof VoteError) throw new UsageError(`votes: ${error.message}`);
    throw error;
  }
}
