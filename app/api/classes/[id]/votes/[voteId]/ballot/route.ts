import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { castBallot } from "@/lib/classes/mutations";
import { ballotSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; voteId: string }> };

/** `{ vote: "Y" | "N" | "A" }` for the caller's own seat; changeable until the close (then 409). */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/votes/[voteId]/ballot", async () => {
    const { id, voteId } = await params;
    const member = await getClassMember(id);
    const input = await readRequest(request, ballotSchema);
    return jsonOk(await castBallot(member, voteId, input.vote, new Date()));
  });
}
