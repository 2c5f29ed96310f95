import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { runSpeakers } from "@/lib/classes/mutations";
import { speakersRequestSchema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string }> };

/** `{ action: "add" | "remove" | "next" | "clear", iso3?, name?, speakerId? }` (chair; a delegate adds or removes their own seat). */
export async function POST(request: Request, { params }: Context) {
  return answer("POST /api/classes/[id]/speakers", async () => {
    const member = await getClassMember((await params).id);
    const input = await readRequest(request, speakersRequestSchema);
    return jsonOk(await runSpeakers(member, input, new Date()));
  });
}
