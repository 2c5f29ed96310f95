"use client";

import Link from "next/link";
import { useClassLive } from "../use-class-live";
import type { ClassView } from "../view";
import { ChairConsole } from "./chair-console";
import { DelegateView, type OwnDraft } from "./delegate-view";

/** `/classes/[id]`: the chair's console for the teacher and the chair, the phone view for a delegate. */
export function ClassRoom({ initial, ownDrafts }: { initial: ClassView; ownDrafts: OwnDraft[] | null }) {
  const live = useClassLive(initial);
  if (live.gone) return <Gone message={live.gone} />;
  return live.view.me.isChair || live.view.me.isTeacher ? <ChairConsole live={live} /> : <DelegateView live={live} ownDrafts={ownDrafts} />;
}

export function Gone({ message }: { message: string }) {
  return (
    <div className="narrow card stack" role="alert">
      <h1>Not available</h1>
      <p>{message}</p>
      <p>
        <Link href="/join">Join a class with a code</Link>
      </p>
    </div>
  );
}

