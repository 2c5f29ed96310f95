import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { autoAssign } from "@/lib/classes/mutations";
import { autoAssignSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string }> };

/** `{ mode?: "random" | "joined" }` → `{ seats: { ISO3: delegateId | null } }` (chair). */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/seats/auto", async () => {
    const member = await getClassMember((await params).id);
    const input = await readRequest(request, autoAssignSchema, { allowEmpty: true });
    return jsonOk(await autoAssign(member, input.mode ?? "random"));
  });
}
