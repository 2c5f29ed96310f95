import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { openVote } from "@/lib/classes/mutations";
import { openVoteSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string }> };

/** Opens a vote (chair; one at a time): bot seats are voted at once from the record. → 201 `{ voteId }`. */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/votes", async () => {
    const member = await getClassMember((await params).id);
    const input = await readRequest(request, openVoteSchema);
    return jsonOk(await openVote(member, input, new Date()), 201);
  });
}
