import "server-only";
import { z } from "zod";
import { buildVoteRecordDocx } from "@/lib/core/docx/build-vote-record-docx";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import { isoDateSchema } from "@/lib/core/draft/schema";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import { getDraftForUser } from "@/lib/drafts/data";
import { decideSimulation } from "./decide";
import { simulationInputSchema } from "./schema";

/** The query string of a vote-record download: ?year=2022&matter=substantive&votes=ALB:Y,RUS:N,… */
const voteRecordQuerySchema = z.object({
  year: z.coerce
    .number({ error: "must be a year from 1946 to 2026" })
    .int("must be a year from 1946 to 2026")
    .min(1946, "must be a year from 1946 to 2026")
    .max(2026, "must be a year from 1946 to 2026"),
  matter: z.enum(["substantive", "procedural"], { error: "must be substantive or procedural" }).default("substantive"),
  basis: z.enum(["chapter-vi", "article-52-3"], { error: "must be chapter-vi or article-52-3" }).optional(),
  parties: z.string().max(200).optional(),
  votes: z.string({ error: "is required, as ALB:Y,BRA:N,…" }).min(1, "is required, as ALB:Y,BRA:N,…").max(2000),
  date: isoDateSchema.optional(),
  draft: z.string().max(64).optional(),
  paper: z.enum(["a4", "letter"], { error: "must be a4 or letter" }).default("a4"),
});

export type VoteRecordFile = { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; status: 400 | 404; message: string };

export async function buildVoteRecordFile(params: URLSearchParams, userId: string | null, today: string): Promise<VoteRecordFile> {
  const parsed = voteRecordQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, status: 400, message: `${issue.path.join(".") || "query"}: ${issue.message}` };
  }
  const query = parsed.data;
  const votes: Record<string, VoteValue> = {};
  for (const pair of query.votes.split(",")) {
    const [iso3, vote] = pair.split(":");
    votes[(iso3 ?? "").toUpperCase()] = vote as VoteValue;
  }
  const input = simulationInputSchema.safeParse({
    year: query.year,
    matter: query.matter,
    pacificSettlement: query.basis ?? null,
    parties: query.parties ? query.parties.split(",").map((code) => code.toUpperCase()) : [],
    votes,
    presidentIso3: null,
    voteDate: query.date ?? null,
    draftId: query.draft ?? null,
  });
  if (!input.success) {
    const issue = input.error.issues[0];
    return { ok: false, status: 400, message: `${issue.path.join(".") || "query"}: ${issue.message}` };
  }
  const decided = decideSimulation(input.data);
  if (!decided.ok) return { ok: false, status: 400, message: decided.issues[0].message };
  const setup = getCouncilVoteSetup(input.data.year)!;

  let title = "Simulated vote of the Security Council";
  let symbol: string | undefined;
  if (query.draft) {
    const draft = userId ? await getDraftForUser(userId, query.draft) : null;
    if (!draft) return { ok: false, status: 404, message: "That draft was not found." };
    symbol = draft.document.symbol || undefined;
    title = draft.document.title || (symbol ? `Draft resolution ${symbol}` : "Draft resolution");
  }
  const { decision } = decided;
  const bytes = await buildVoteRecordDocx(
    {
      title,
      symbol,
      date: query.date ?? today,
      body: "security-council",
      matter: decision.matter,
      members: setup.members.map((member) => ({
        iso3: member.iso3,
        name: setup.names[member.iso3] ?? member.iso3,
        permanent: member.permanent,
        vote: votes[member.iso3],
      })),
      tally: { yes: decision.yes, no: decision.no, abstain: decision.abstain, notVoting: decision.notVoting },
      outcome: decision.outcome,
      statement: decision.statement,
    },
    { paper: query.paper },
  );
  const base = symbol ? symbol.replace(/[^A-Za-z0-9]+/g, "-") : `vote-${input.data.year}`;
  return { ok: true, bytes, fileName: `${base}-vote-record.docx` };
}
