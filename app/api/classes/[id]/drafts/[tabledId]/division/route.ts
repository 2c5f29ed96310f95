import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { requestDivision } from "@/lib/classes/mutations";
import { divisionRequestSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; tabledId: string }> };

/**
 * Division of the question (chair): `{ parts: [operative paragraph numbers in the text as amended so far], objection }`.
 * → 200 `{ division: { label, divided, reason } }`; the sequence then carries the parts.
 */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/drafts/[tabledId]/division", async () => {
    const { id, tabledId } = await params;
    const member = await getClassMember(id);
    const input = await readRequest(request, divisionRequestSchema);
    return jsonOk(await requestDivision(member, tabledId, input));
  });
}
