import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { removeDelegate, updateDelegate } from "@/lib/classes/mutations";
import { updateDelegateSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; delegateId: string }> };

/** `{ isChair }`: the teacher makes a student chair, or not. */
export async function PATCH(request: Request, { params }: Context) {
  return answer("PATCH /api/classes/[id]/delegates/[delegateId]", async () => {
    const { id, delegateId } = await params;
    const member = await getClassMember(id);
    const input = await readRequest(request, updateDelegateSchema);
    await updateDelegate(member, delegateId, input);
    return jsonOk({ delegateId, isChair: input.isChair });
  });
}

/** Removes a delegate; a guest's session is revoked at once (teacher). */
export async function DELETE(_request: Request, { params }: Context) {
  return answer("DELETE /api/classes/[id]/delegates/[delegateId]", async () => {
    const { id, delegateId } = await params;
    const member = await getClassMember(id);
    await removeDelegate(member, delegateId);
    return jsonOk({ delegateId, removed: true });
  });
}
