import { z } from "zod";
import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "@/lib/core/un/council";
import { isoDateSchema } from "@/lib/core/draft/schema";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { simulationInputSchema, type SimulationInput } from "./schema";

/**
 * A simulated vote in a URL's query string, both ways: the simulator encodes its vote for the
 * vote-record download, the download route decodes it.
 * ?year=2022&matter=substantive&votes=ALB:Y,RUS:N,…&basis=chapter-vi&parties=RUS,UKR&date=2022-02-25&draft=…&paper=a4
 */
export type VoteQueryInput = Pick<SimulationInput, "year" | "matter" | "pacificSettlement" | "parties" | "votes" | "voteDate" | "draftId"> &
  Partial<Pick<SimulationInput, "explanations">>;

export type Paper = "a4" | "letter";

export type DecodedVoteQuery = { ok: true; input: SimulationInput; paper: Paper } | { ok: false; message: string };

const YEAR_MESSAGE = `must be a year from ${COUNCIL_FIRST_YEAR} to ${COUNCIL_LAST_YEAR}`;

const voteQuerySchema = z.object({
  year: z.coerce.number({ error: YEAR_MESSAGE }).int(YEAR_MESSAGE).min(COUNCIL_FIRST_YEAR, YEAR_MESSAGE).max(COUNCIL_LAST_YEAR, YEAR_MESSAGE),
  matter: z.enum(["substantive", "procedural"], { error: "must be substantive or procedural" }).default("substantive"),
  basis: z.enum(["chapter-vi", "article-52-3"], { error: "must be chapter-vi or article-52-3" }).optional(),
  parties: z.string().max(200).optional(),
  votes: z.string({ error: "is required, as ALB:Y,BRA:N,…" }).min(1, "is required, as ALB:Y,BRA:N,…").max(2000),
  date: isoDateSchema.optional(),
  draft: z.string().max(64).optional(),
  paper: z.enum(["a4", "letter"], { error: "must be a4 or letter" }).default("a4"),
  /** Explanations of vote as JSON: [{"iso3":"IND","timing":"before","text":"…"}]. */
  explanations: z.string().max(70_000, "are too long").optional(),
});

export function encodeVoteQuery(input: VoteQueryInput, paper?: Paper): URLSearchParams {
  const params = new URLSearchParams({
    year: String(input.year),
    matter: input.matter,
    votes: Object.entries(input.votes)
      .map(([iso3, vote]) => `${iso3}:${vote}`)
      .join(","),
  });
  if (input.pacificSettlement) params.set("basis", input.pacificSettlement);
  if (input.parties.length) params.set("parties", input.parties.join(","));
  if (input.voteDate) params.set("date", input.voteDate);
  if (input.draftId) params.set("draft", input.draftId);
  if (input.explanations?.length) params.set("explanations", JSON.stringify(input.explanations));
  if (paper) params.set("paper", paper);
  return params;
}

/** Reads a vote back from a query string; every problem is told in words ("year: must be a year …"). */
export function decodeVoteQuery(params: URLSearchParams): DecodedVoteQuery {
  const parsed = voteQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const query = parsed.data;
  const votes: Record<string, VoteValue> = {};
  for (const pair of query.votes.split(",")) {
    const [iso3, vote] = pair.split(":");
    votes[(iso3 ?? "").toUpperCase()] = vote as VoteValue;
  }
  let explanations: unknown = [];
  if (query.explanations) {
    try {
      explanations = JSON.parse(query.explanations);
    } catch {
      return { ok: false, message: "explanations: must be a JSON list of { iso3, timing, text }" };
    }
  }
  const input = simulationInputSchema.safeParse({
    explanations,
    year: query.year,
    matter: query.matter,
    pacificSettlement: query.basis ?? null,
    parties: query.parties ? query.parties.split(",").map((code) => code.toUpperCase()) : [],
    votes,
    presidentIso3: null,
    voteDate: query.date ?? null,
    draftId: query.draft ?? null,
  });
  if (!input.success) return { ok: false, message: firstIssue(input.error) };
  return { ok: true, input: input.data, paper: query.paper };
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return `${issue.path.map(String).join(".") || "query"}: ${issue.message}`;
}
