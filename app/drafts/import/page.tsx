import type { Metadata } from "next";
import { requireUser } from "@/lib/accounts/session";
import { ImportWorkspace } from "@/lib/import/components/import-workspace";

export const metadata: Metadata = { title: "Import a draft" };

export default async function ImportDraftPage() {
  await requireUser("/drafts/import");
  return <ImportWorkspace />;
}
