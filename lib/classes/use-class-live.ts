"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClassEvent, ClassEventType, ClassView, VoteView } from "./view";

/**
 * The class as this screen sees it, kept live from the event stream
 * (`GET /api/classes/{id}/events`). Ballots, closed votes and the speakers' list are applied in
 * memory; anything else (`class-updated`, `vote-opened`, `snapshot`) reloads the `ClassView`,
 * because events carry nothing that only some viewers may see. The browser's EventSource
 * reconnects by itself and sends `Last-Event-ID`; while it does, the screen says
 * "Reconnecting…". After the device was offline or asleep, the view is reloaded to catch up.
 */

export type Connection = "connecting" | "live" | "reconnecting";

export type ClassLive = {
  view: ClassView;
  connection: Connection;
  /** Set when the class is no longer open to this viewer (removed, revoked, signed out). */
  gone: string | null;
  /** Reloads the view now (after this screen changed something). */
  reload: () => void;
  /** Applies a change this screen already knows about (its own ballot) before the event arrives. */
  update: (change: (view: ClassView) => ClassView) => void;
};

const EVENT_TYPES: readonly ClassEventType[] = ["vote-opened", "ballot", "vote-closed", "speakers", "class-updated", "snapshot"];
const RETRY_MS = 2_000;
const STALL_MS = 8_000;

type Received = { id: number | null; event: ClassEvent };

/** Applies an event to the view; returns null when the view must be reloaded instead. */
export function applyClassEvent(view: ClassView, event: ClassEvent, now: string): ClassView | null {
  switch (event.type) {
    case "ballot": {
      const { voteId, iso3, voted, vote, by, tally } = event.data;
      const current = view.votes.find((item) => item.id === voteId);
      if (!current) return null;
      // A hidden tally: this viewer may see ballots the event does not carry (the chair) — reload.
      if (vote === null && current.ballots !== null && tally === null) return null;
      return replaceVote(view, voteId, (item) => ({
        ...item,
        voted,
        tally: tally ?? item.tally,
        ballots: item.ballots === null || vote === null || by === null ? item.ballots : { ...item.ballots, [iso3]: { vote, by, at: now } },
        myBallot: iso3 === view.me.seat && vote !== null && by !== null ? { vote, by, at: now } : item.myBallot,
      }));
    }
    case "vote-closed": {
      const { voteId, result } = event.data;
      if (!view.votes.some((item) => item.id === voteId)) return null;
      return replaceVote(view, voteId, (item) => ({
        ...item,
        status: "closed",
        closedAt: item.closedAt ?? now,
        result,
        tally: { yes: result.yes, no: result.no, abstain: result.abstain },
      }));
    }
    case "speakers":
      return { ...view, speakers: event.data };
    case "vote-opened":
    case "class-updated":
    case "snapshot":
      return null;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

function replaceVote(view: ClassView, voteId: string, change: (vote: VoteView) => VoteView): ClassView {
  return { ...view, votes: view.votes.map((vote) => (vote.id === voteId ? change(vote) : vote)) };
}

export function useClassLive(initial: ClassView): ClassLive {
  const [view, setView] = useState(initial);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [gone, setGone] = useState<string | null>(null);
  const viewRef = useRef(initial);
  const lastIdRef = useRef(initial.eventId);
  const loading = useRef<{ again: boolean; buffer: Received[] } | null>(null);
  const classId = initial.id;

  const commit = useCallback((next: ClassView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  const reload = useCallback(async () => {
    if (loading.current) {
      loading.current.again = true;
      return;
    }
    loading.current = { again: false, buffer: [] };
    try {
      let response: Response | null = null;
      try {
        response = await fetch(`/api/classes/${encodeURIComponent(classId)}`, { cache: "no-store", credentials: "same-origin" });
      } catch {
        response = null;
      }
      if (response && (response.status === 404 || response.status === 401)) {
        setGone(
          response.status === 401
            ? "Your session has ended. Sign in or join the class again."
            : "This class is no longer open to you: the teacher may have removed you from it.",
        );
        return;
      }
      if (!response || !response.ok) return;
      const fresh = (await response.json().catch(() => null)) as ClassView | null;
      if (!fresh || typeof fresh.eventId !== "number") return;
      let next = fresh;
      // Events that arrived while the view was loading and are newer than it.
      for (const item of loading.current.buffer) {
        if (item.id !== null && item.id <= fresh.eventId) continue;
        const applied = applyClassEvent(next, item.event, new Date().toISOString()) ?? next;
        next = item.id === null ? applied : { ...applied, eventId: Math.max(applied.eventId, item.id) };
      }
      lastIdRef.current = Math.max(lastIdRef.current, fresh.eventId);
      commit(next);
    } finally {
      const again = loading.current?.again ?? false;
      loading.current = null;
      if (again) void reload();
    }
  }, [classId, commit]);

  const receive = useCallback(
    (item: Received) => {
      if (item.id !== null) {
        if (item.id <= viewRef.current.eventId && item.event.type !== "snapshot") return;
        lastIdRef.current = Math.max(lastIdRef.current, item.id);
      }
      if (loading.current) loading.current.buffer.push(item);
      const next = applyClassEvent(viewRef.current, item.event, new Date().toISOString());
      if (next === null) {
        void reload();
        return;
      }
      commit(item.id === null ? next : { ...next, eventId: Math.max(next.eventId, item.id) });
    },
    [commit, reload],
  );

  useEffect(() => {
    if (gone) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;

    function open() {
      if (stopped) return;
      if (retry) clearTimeout(retry);
      retry = null;
      source?.close();
      const url = `/api/classes/${encodeURIComponent(classId)}/events?lastEventId=${lastIdRef.current}`;
      const next = new EventSource(url);
      source = next;
      next.onopen = () => {
        if (retry) clearTimeout(retry);
        retry = null;
        setConnection("live");
      };
      next.onerror = () => {
        if (stopped || source !== next) return;
        setConnection("reconnecting");
        if (next.readyState === EventSource.CONNECTING && !retry) {
          // The browser retries by itself; if it has not got through after a while, start afresh.
          retry = setTimeout(() => {
            retry = null;
            if (!stopped && source === next && next.readyState !== EventSource.OPEN) open();
          }, STALL_MS);
        }
        if (next.readyState === EventSource.CLOSED) {
          // The browser gave up (an error answer, or offline): check the class is still ours, then reopen.
          if (retry) clearTimeout(retry);
          retry = setTimeout(() => {
            retry = null;
            void reload();
            open();
          }, RETRY_MS);
        }
      };
      for (const type of EVENT_TYPES) {
        next.addEventListener(type, (message) => {
          const data = parseData((message as MessageEvent<string>).data);
          if (data === undefined) return;
          const id = Number((message as MessageEvent).lastEventId);
          receive({ id: Number.isFinite(id) && (message as MessageEvent).lastEventId !== "" ? id : null, event: { type, data } as ClassEvent });
        });
      }
    }

    function catchUp() {
      void reload();
      if (!source || source.readyState !== EventSource.OPEN) open();
    }
    function onVisible() {
      if (document.visibilityState === "visible") catchUp();
    }
    function onOffline() {
      // The device lost its network: the stream is dead even if the socket has not noticed yet.
      if (retry) clearTimeout(retry);
      retry = null;
      source?.close();
      source = null;
      setConnection("reconnecting");
    }

    open();
    window.addEventListener("online", catchUp);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
      window.removeEventListener("online", catchUp);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [classId, gone, receive, reload]);

  const update = useCallback((change: (view: ClassView) => ClassView) => commit(change(viewRef.current)), [commit]);
  const reloadNow = useCallback(() => void reload(), [reload]);

  return { view, connection, gone, reload: reloadNow, update };
}

function parseData(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}
