import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/accounts/session";
import type { Adoption } from "@/lib/core/draft/adoption";
import { draftSubjectText } from "@/lib/core/draft/layout";
import { COUNCIL_FIRST_YEAR, COUNCIL_LAST_YEAR } from "@/lib/core/un/council";
import { classifyCouncilSubject, type CouncilSubject } from "@/lib/core/vote/uniting-for-peace";
import { parseCouncilYear } from "@/lib/council/council-year";
import { getDraftForUser } from "@/lib/drafts/data";
import { denormalisedColumns, draftDisplayName } from "@/lib/drafts/document";
import type { Amendment } from "@/lib/core/amend/schema";
import type { Draft } from "@/lib/core/draft/schema";
import { listAmendmentsForSimulation, listSimulations } from "@/lib/simulate/data";
import { Simulator } from "@/lib/simulate/simulator";

export const metadata: Metadata = { title: "Simulate the vote" };

type Props = { searchParams: Promise<{ draft?: string | string[]; year?: string | string[] }> };

export default async function SimulatePage({ searchParams }: Props) {
  const { draft: draftParam, year: yearParam } = await searchParams;
  const user = await getCurrentUser();
  const draftId = typeof draftParam === "string" && draftParam ? draftParam : null;
  let amendable: { document: Draft; amendments: Amendment[] } | null = null;
  let draft: { id: string; label: string; date: string | null; subject: CouncilSubject; adoption: Adoption | null } | null = null;
  let isAssemblyDraft = false;
  if (draftId) {
    if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/simulate?draft=${draftId}`)}`);
    const view = await getDraftForUser(user.id, draftId);
    if (!view) notFound();
    const document = view.document;
    isAssemblyDraft = document.body === "general-assembly";
    draft = {
      id: view.id,
      label: draftDisplayName(denormalisedColumns(document)),
      date: document.date ?? null,
      subject: classifyCouncilSubject(draftSubjectText(document)),
      adoption: document.body === "security-council" ? (document.adoption ?? null) : null,
    };
    // The Council simulator votes a Council draft's amendments before the draft.
    if (document.body === "security-council") {
      const amendments = await listAmendmentsForSimulation(view.id);
      if (amendments.length > 0) amendable = { document, amendments };
    }
  }
  const draftYear = draft?.date ? Number(draft.date.slice(0, 4)) : null;
  const year = parseCouncilYear(yearParam) ?? (draftYear && draftYear <= COUNCIL_LAST_YEAR && draftYear >= COUNCIL_FIRST_YEAR ? draftYear : COUNCIL_LAST_YEAR);
  const history = user ? await listSimulations(user.id, draft?.id ?? null) : [];
  return (
    <div className="stack">
      <h1>Simulate the Council&apos;s vote</h1>
      <p className="muted">
        Click a seat to change its vote, or press Predict to fill the seats from the Council&apos;s record (it can keep the votes you set by hand). The result follows
        Article 27 of the Charter: nine votes, and on substance no negative vote of a permanent member.{" "}
        <Link href={draft ? `/simulate/assembly?draft=${encodeURIComponent(draft.id)}` : "/simulate/assembly"} data-testid="assembly-simulator-link">
          Simulate the General Assembly&apos;s vote
        </Link>
        .
      </p>
      {isAssemblyDraft ? (
        <p className="notice notice-info">
          This is a General Assembly draft: the Assembly votes on it with its own rules.{" "}
          <Link href={`/simulate/assembly?draft=${encodeURIComponent(draft!.id)}`}>Open it in the Assembly simulator</Link>.
        </p>
      ) : null}
      <Simulator
        key={`${draft?.id ?? "standalone"}-${year}`}
        initialYear={year}
        draft={draft}
        isSignedIn={Boolean(user)}
        amendable={amendable}
        history={history.map((entry) => ({
          id: entry.id,
          createdAt: entry.createdAt.toISOString(),
          input: entry.input,
          statement: entry.result.statement,
          outcome: entry.result.outcome,
        }))}
      />
    </div>
  );
}
