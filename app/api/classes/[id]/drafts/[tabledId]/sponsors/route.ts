import { answer, jsonOk } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { setSponsorship } from "@/lib/classes/mutations";

type Context = { params: Promise<{ id: string; tabledId: string }> };

/** The caller's delegation co-sponsors the draft. */
export async function POST(_request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/drafts/[tabledId]/sponsors", async () => {
    const { id, tabledId } = await params;
    return jsonOk(await setSponsorship(await getClassMember(id), tabledId, true));
  });
}

/** The caller's delegation withdraws its sponsorship. */
export async function DELETE(_request: Request, { params }: Context) {
  return answer("DELETE /api/classes/[id]/drafts/[tabledId]/sponsors", async () => {
    const { id, tabledId } = await params;
    return jsonOk(await setSponsorship(await getClassMember(id), tabledId, false));
  });
}
