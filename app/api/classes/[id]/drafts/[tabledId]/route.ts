import { getTabledDraft } from "@/lib/classes/data";
import { answer, jsonOk } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";

type Context = { params: Promise<{ id: string; tabledId: string }> };

/** A tabled draft with its document (PortableDraft), for every member of the class. */
export async function GET(_request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]/drafts/[tabledId]", async () => {
    const { id, tabledId } = await params;
    const member = await getClassMember(id);
    return jsonOk(await getTabledDraft(member, tabledId));
  });
}
