import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { overrideBot } from "@/lib/classes/mutations";
import { botOverrideSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; voteId: string }> };

/** `{ iso3, vote }`: the chair overrides a bot seat's vote. */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/votes/[voteId]/bots", async () => {
    const { id, voteId } = await params;
    const member = await getClassMember(id);
    const input = await readRequest(request, botOverrideSchema);
    return jsonOk(await overrideBot(member, voteId, input.iso3, input.vote, new Date()));
  });
}
