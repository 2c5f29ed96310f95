import { answer, jsonOk } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { regenerateJoinCode } from "@/lib/classes/mutations";

type Context = { params: Promise<{ id: string }> };

/** A new join code (teacher); the old one stops working. */
export async function POST(_request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/code", async () => {
    const member = await getClassMember((await params).id);
    return jsonOk(await regenerateJoinCode(member));
  });
}
