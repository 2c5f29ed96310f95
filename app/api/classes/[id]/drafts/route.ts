import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { tableDraft } from "@/lib/classes/mutations";
import { tableDraftSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string }> };

/** `{ draftId, sponsors? }` → 201 `{ id }`: a delegate tables one of their drafts (snapshotted now). */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/drafts", async () => {
    const member = await getClassMember((await params).id);
    const input = await readRequest(request, tableDraftSchema);
    return jsonOk(await tableDraft(member, input), 201);
  });
}
