import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/accounts/session";
import { AssemblySimulator } from "@/lib/assembly-simulate/components/assembly-simulator";
import { getAssemblyDraft } from "@/lib/assembly-simulate/data";
import { planAssemblySession } from "@/lib/assembly-simulate/session";
import { CLASS_FIRST_YEAR, CLASS_LAST_YEAR } from "@/lib/core/classroom/seats";
import { actionRateLimitRefusal } from "@/lib/server/rate-limit";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";

export const metadata: Metadata = { title: "Simulate the General Assembly's vote" };

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ draft?: Param; year?: Param; date?: Param; session?: Param }> };

export default async function AssemblySimulatePage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await getCurrentUser();
  const draftId = typeof params.draft === "string" && params.draft ? params.draft : null;
  let draft = null;
  if (draftId) {
    const here = `/simulate/assembly?${new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === "string")).toString()}`;
    if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
    draft = await getAssemblyDraft(user.id, draftId);
    if (!draft) notFound();
  }
  // An emergency special session opens with every Member's vote predicted: counted as a prediction, as Predict is (predictAssemblyAction).
  const predictionRefusal = params.session === "emergency" ? await actionRateLimitRefusal(RATE_LIMITS.prediction, user?.id ?? null) : null;
  const plan = planAssemblySession({ draft, year: params.year, date: params.date, session: params.session, predictionRefusal });
  const isEmergency = plan.session === "emergency";
  return (
    <div className="stack">
      <h1>{isEmergency ? "Emergency special session of the General Assembly" : "Simulate the General Assembly's vote"}</h1>
      {isEmergency ? (
        <div className="notice notice-info stack" data-testid="ess-notice">
          <p>
            <strong>Uniting for Peace.</strong> {plan.emergencyNote}
          </p>
          <p className="small">
            The votes of all {plan.memberCount} Members are predicted from the Assembly&apos;s record; change any of them by group or one by one.{" "}
            {draft ? <Link href={`/simulate?draft=${encodeURIComponent(draft.id)}`}>Back to the Council&apos;s vote</Link> : <Link href="/simulate">Back to the Council&apos;s vote</Link>}
          </p>
        </div>
      ) : (
        <p className="muted">
          Every Member of the United Nations has one vote (Charter Art. 18(1)). Set votes by regional group or bloc, change any seat on the voting board, or press Predict to
          fill the board from the Assembly&apos;s recorded votes. Important questions need two-thirds of the members present and voting (Art. 18(2)); others a simple majority.{" "}
          <Link href={draft ? `/simulate?draft=${encodeURIComponent(draft.id)}` : "/simulate"}>Simulate the Security Council&apos;s vote instead</Link>.
        </p>
      )}
      {plan.notices.map((notice) => (
        <p key={notice} className="notice notice-warn" data-testid="assembly-notice">
          {notice}
        </p>
      ))}
      {plan.predictionError ? (
        <p className="notice notice-error" data-testid="assembly-message">
          {plan.predictionError}
        </p>
      ) : null}
      <AssemblySimulator
        key={`${draft?.id ?? "standalone"}-${plan.year}-${plan.session}`}
        initialYear={plan.year}
        firstYear={CLASS_FIRST_YEAR}
        lastYear={CLASS_LAST_YEAR}
        initialDate={plan.date}
        draft={draft ? { id: draft.id, label: draft.label, text: draft.text, adoption: draft.adoption, isAssemblyDraft: draft.body === "general-assembly" } : null}
        session={plan.session}
        initialChoice={plan.choice}
        initialPrediction={plan.prediction}
      />
    </div>
  );
}
