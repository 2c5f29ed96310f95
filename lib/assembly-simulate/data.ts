import "server-only";
import type { Adoption } from "@/lib/core/draft/adoption";
import { draftSubjectText } from "@/lib/core/draft/layout";
import { getDraftForUser } from "@/lib/drafts/data";
import { denormalisedColumns, draftDisplayName } from "@/lib/drafts/document";

/** A draft as the Assembly simulator reads it: what it is about, its date and sponsors. */
export type AssemblyDraft = {
  id: string;
  label: string;
  body: "security-council" | "general-assembly";
  date: string | null;
  title: string;
  agendaItem: string;
  sponsors: string[];
  /** The draft's text, for the Art. 18(2) suggestion. */
  text: string;
  adoption: Adoption | null;
};

/** The draft if the user may read it, else null. */
export async function getAssemblyDraft(userId: string, draftId: string): Promise<AssemblyDraft | null> {
  const view = await getDraftForUser(userId, draftId);
  if (!view) return null;
  const document = view.document;
  return {
    id: view.id,
    label: draftDisplayName(denormalisedColumns(document)),
    body: document.body,
    date: document.date ?? null,
    title: document.title ?? "",
    agendaItem: document.agendaItem ?? "",
    sponsors: document.sponsors,
    text: draftSubjectText(document),
    adoption: document.adoption ?? null,
  };
}
