import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/accounts/session";
import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { guestCookieName, guestCookieOptions } from "@/lib/classes/identity";
import { joinClassWithinLimits } from "@/lib/classes/join-limits";
import { clientAddressFrom } from "@/lib/server/client-address";
import { joinSchema } from "@/lib/classes/schema";

/**
 * `{ code, name }` → `{ classId, delegateId }`. Signed-in users join as themselves; anyone else
 * as a guest, with an httpOnly cookie that opens this class only.
 */
export async function POST(request: Request) {
  return answer("POST /api/classes/join", async () => {
    const input = await readRequest(request, joinSchema);
    const user = await getCurrentUser();
    const jar = await cookies();
    const joined = await joinClassWithinLimits({ address: clientAddressFrom(request.headers), code: input.code, name: input.name, user, guestTokenFor: (classId) => jar.get(guestCookieName(classId))?.value });
    if (joined.guestToken) jar.set(guestCookieName(joined.classId), joined.guestToken, guestCookieOptions());
    return jsonOk({ classId: joined.classId, delegateId: joined.delegateId });
  });
}
