import { getCurrentUser } from "@/lib/accounts/session";
import { listClassesForUser } from "@/lib/classes/data";
import { ClassError } from "@/lib/classes/errors";
import { answer, jsonOk, readRequest } from "@/lib/classes/http";
import { createClass } from "@/lib/classes/mutations";
import { createClassSchema } from "@/lib/classes/schema";

/** My classes: those I own (teacher) or joined. */
export async function GET() {
  return answer("GET /api/classes", async () => {
    const user = await getCurrentUser();
    if (!user) throw new ClassError("unauthenticated", "Sign in to see your classes.");
    return jsonOk({ classes: await listClassesForUser(user) });
  });
}

/** `{ name, body, year }` → 201 `{ id, joinCode }` (teachers only). */
export async function POST(request: Request) {
  return answer("POST /api/classes", async () => {
    const user = await getCurrentUser();
    if (!user) throw new ClassError("unauthenticated", "Sign in as a teacher to open a class.");
    const input = await readRequest(request, createClassSchema);
    return jsonOk(await createClass(user, input), 201);
  });
}
