import "server-only";
import { buildVoteRecordDocx } from "@/lib/core/docx/build-vote-record-docx";
import { voteRecordFileName } from "@/lib/core/docx/file-name";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import { getDraftForUser } from "@/lib/drafts/data";
import { decideSimulation } from "./decide";
import { decodeVoteQuery } from "./vote-query";

export type VoteRecordFile = { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; status: 400 | 404; message: string };

export async function buildVoteRecordFile(params: URLSearchParams, userId: string | null, today: string): Promise<VoteRecordFile> {
  const decoded = decodeVoteQuery(params);
  if (!decoded.ok) return { ok: false, status: 400, message: decoded.message };
  const { input, paper } = decoded;
  const decided = decideSimulation(input);
  if (!decided.ok) return { ok: false, status: 400, message: decided.issues[0].message };
  const setup = getCouncilVoteSetup(input.year)!;
  const stranger = input.explanations.find((explanation) => !setup.members.some((member) => member.iso3 === explanation.iso3));
  if (stranger) return { ok: false, status: 400, message: `explanations: ${stranger.iso3} is not a member of the Council in ${input.year}` };

  let title = "Simulated vote of the Security Council";
  let symbol: string | undefined;
  if (input.draftId) {
    const draft = userId ? await getDraftForUser(userId, input.draftId) : null;
    if (!draft) return { ok: false, status: 404, message: "That draft was not found." };
    symbol = draft.document.symbol || undefined;
    title = draft.document.title || (symbol ? `Draft resolution ${symbol}` : "Draft resolution");
  }
  const { decision } = decided;
  const bytes = await buildVoteRecordDocx(
    {
      title,
      symbol,
      date: input.voteDate ?? today,
      body: "security-council",
      matter: decision.matter,
      members: setup.members.map((member) => ({
        iso3: member.iso3,
        name: setup.names[member.iso3] ?? member.iso3,
        permanent: member.permanent,
        vote: input.votes[member.iso3],
      })),
      tally: { yes: decision.yes, no: decision.no, abstain: decision.abstain, notVoting: decision.notVoting },
      outcome: decision.outcome,
      statement: decision.statement,
      explanations: input.explanations.map((explanation) => ({ name: setup.names[explanation.iso3] ?? explanation.iso3, timing: explanation.timing, text: explanation.text })),
    },
    { paper },
  );
  return { ok: true, bytes, fileName: voteRecordFileName(symbol, input.year) };
}
