import type { Metadata } from "next";
import Link from "next/link";
import { listTemplates } from "@/lib/core/draft/templates";
import { requireUser } from "@/lib/accounts/session";
import { listDraftsForUser, listInvitationsForUser, type DraftSummary } from "@/lib/drafts/data";
import { InvitationsPanel } from "@/lib/drafts/components/invitations-panel";
import { DraftTable, NewDraftControls, type DraftRow } from "@/lib/drafts/components/draft-list";
import { listQuerySchema } from "@/lib/drafts/schema";

export const metadata: Metadata = { title: "Drafts" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

function toRow(draft: DraftSummary): DraftRow {
  return { ...draft, updatedAt: draft.updatedAt.toISOString() };
}

export default async function DraftsPage({ searchParams }: Props) {
  const user = await requireUser("/drafts");
  const query = listQuerySchema.parse((await searchParams).q);
  const [{ mine, shared }, invitations] = await Promise.all([listDraftsForUser(user.id, query), listInvitationsForUser(user.email)]);
  return (
    <div className="stack drafts-page">
      <div className="page-head">
        <h1>Drafts</h1>
        <NewDraftControls templates={listTemplates()} />
      </div>
      <InvitationsPanel invitations={invitations.map((invitation) => ({ ...invitation, createdAt: invitation.createdAt.toISOString() }))} />
      <form className="search-form" role="search" method="get" action="/drafts">
        <label htmlFor="draft-search" className="visually-hidden">
          Search drafts
        </label>
        <input id="draft-search" type="search" name="q" defaultValue={query} placeholder="Search by title, agenda item or symbol" />
        <button type="submit" className="button button-quiet">
          Search
        </button>
      </form>
      {query ? (
        <p className="muted small">
          Showing drafts matching “{query}”. <Link href="/drafts">Show all</Link>
        </p>
      ) : null}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My drafts</h2>
        <DraftTable
          rows={mine.map(toRow)}
          caption="My drafts"
          emptyText={query ? "None of your drafts matches." : "You have no drafts yet. Start one with “New draft”."}
          testId="my-drafts"
        />
      </section>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">Shared with me</h2>
        <DraftTable
          rows={shared.map(toRow)}
          caption="Drafts shared with me"
          emptyText={query ? "No shared draft matches." : "No one has shared a draft with you yet."}
          testId="shared-drafts"
        />
      </section>
    </div>
  );
}
