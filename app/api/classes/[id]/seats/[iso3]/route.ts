import { ClassError } from "@/lib/classes/errors";
import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";
import { assignSeat } from "@/lib/classes/mutations";
import { assignSeatSchema, iso3Schema } from "@/lib/classes/schema";

type Context = { params: Promise<{ id: string; iso3: string }> };

/** `{ delegateIds }` (at most two) hold the seat; each leaves the seat they held (chair). `[]` empties it. */
export async function PUT(request: Request, { params }: Context) {
  return answer("PUT /api/classes/[id]/seats/[iso3]", async () => {
    const { id, iso3 } = await params;
    const member = await getClassMember(id);
    const seat = iso3Schema.safeParse(iso3);
    if (!seat.success) throw new ClassError("not-found", `${iso3} is not a seat code.`);
    const input = await readRequest(request, assignSeatSchema);
    return jsonOk(await assignSeat(member, seat.data, input.delegateIds));
  });
}
