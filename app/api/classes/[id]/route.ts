import { getClassView } from "@/lib/classes/data";
import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { updateClass } from "@/lib/classes/mutations";
import { updateClassSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string }> };

/** The class as the caller may see it (members only; anyone else: not found). */
export async function GET(_request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]", async () => {
    const member = await getClassMember((await params).id);
    return jsonOk(await getClassView(member));
  });
}

/** `{ name?, locked?, currentItem?, speakingTimeSeconds?, meetingDate?: "YYYY-MM-DD" | null, status?: "ended" }` (teacher; the chair may set currentItem). */
export async function PATCH(request: Request, { params }: Context) {
  return answer("PATCH /api/classes/[id]", async () => {
    const member = await getClassMember((await params).id);
    const input = await readRequest(request, updateClassSchema);
    await updateClass(member, input);
    return jsonOk(await getClassView(member));
  });
}
