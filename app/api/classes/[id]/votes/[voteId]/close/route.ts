import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { closeVote } from "@/lib/classes/mutations";
import { closeVoteSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; voteId: string }> };

/** `{ botsVoteForSilent? }` → the result (chair); closing twice answers the same result. */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/votes/[voteId]/close", async () => {
    const { id, voteId } = await params;
    const member = await getClassMember(id);
    const input = await readRequest(request, closeVoteSchema, { allowEmpty: true });
    return jsonOk(await closeVote(member, voteId, input, new Date()));
  });
}
