import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/session";
import { readUpload } from "@/lib/import/upload";

const NO_STORE = { "Cache-Control": "no-store" };

/** Reads an uploaded Word or text file (or pasted text) into lines for the review screen; creates nothing. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ code: "unauthenticated", message: "Sign in to import drafts." }, { status: 401, headers: NO_STORE });
  try {
    const answer = await readUpload(request);
    if (!answer.ok) return NextResponse.json({ code: answer.code, message: answer.message }, { status: answer.status, headers: NO_STORE });
    return NextResponse.json({ sourceName: answer.sourceName, lines: answer.lines }, { headers: NO_STORE });
  } catch (error) {
    console.error("POST /api/drafts/import", error);
    return NextResponse.json({ code: "internal", message: "The file could not be read. Try again." }, { status: 500, headers: NO_STORE });
  }
}
