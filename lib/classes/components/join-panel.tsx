"use client";

import QRCode from "qrcode";
import { useEffect, useState, useSyncExternalStore } from "react";
import { formatJoinCode } from "@/lib/core/classroom/join-code";
import type { ClassView } from "../view";
import { callClassApi, classPath } from "./class-api";

const noSubscription = () => () => {};

export function useJoinUrl(code: string | null): string | null {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null);
  return code && origin ? `${origin}/join/${code}` : null;
}

/** The QR code of the join link, drawn as SVG by the `qrcode` library. */
export function JoinQrCode({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<{ url: string; markup: string } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } })
      .then((markup) => {
        if (isCurrent) setSvg({ url, markup });
      })
      .catch(() => {
        if (isCurrent) setSvg(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [url]);
  if (!svg || svg.url !== url) return <div className="qr-code qr-code-loading" aria-hidden="true" />;
  return <div className="qr-code" role="img" aria-label={label} data-testid="join-qr" dangerouslySetInnerHTML={{ __html: svg.markup }} />;
}

/** Join code, link, QR; regenerate, lock, end (the teacher). */
export function JoinPanel({ view, onChanged }: { view: ClassView; onChanged: () => void }) {
  const url = useJoinUrl(view.joinCode);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const isTeacher = view.me.isTeacher;

  async function send(path: string, method: string, body?: unknown, confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    setBusy(true);
    setError(null);
    const answer = await callClassApi(path, { method, body });
    setBusy(false);
    if (!answer.ok) setError(answer.message);
    else onChanged();
  }

  return (
    <section className="card join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading">Join this class</h2>
      {view.status === "ended" ? (
        <p className="notice notice-info">This class has ended: it is kept read-only, and nobody can join.</p>
      ) : view.joinCode ? (
        <div className="join-grid">
          <div className="join-text">
            <p className="join-code-label muted">Code</p>
            <p className="join-code" data-testid="join-code" aria-label={`Join code ${view.joinCode.split("").join(" ")}`}>
              {formatJoinCode(view.joinCode)}
            </p>
            {url ? (
              <p className="join-link">
                <a href={url} data-testid="join-link">
                  {url.replace(/^https?:\/\//, "")}
                </a>{" "}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => {
                    void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
                  }}
                >
                  {copied ? "Copied" : "Copy link"}
                </button>
              </p>
            ) : null}
            <p className={`join-state ${view.locked ? "is-locked" : "is-open"}`} data-testid="join-state">
              {view.locked ? "Locked: nobody new can join." : "Open: students can join with the code."}
            </p>
          </div>
          {url ? <JoinQrCode url={url} label={`QR code for the join link ${url}`} /> : null}
        </div>
      ) : (
        <p className="muted">Only the teacher and the chair see the join code.</p>
      )}
      {isTeacher && view.status === "open" ? (
        <div className="row">
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void send(classPath(view.id, "code"), "POST", undefined, "Make a new code? The old code and link stop working; delegates who joined stay.")}>
            New code
          </button>
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void send(classPath(view.id), "PATCH", { locked: !view.locked })}>
            {view.locked ? "Unlock joining" : "Lock joining"}
          </button>
          <button type="button" className="button button-quiet button-danger-quiet" disabled={busy} onClick={() => void send(classPath(view.id), "PATCH", { status: "ended" }, "End the class? It stays as a read-only record; no more votes or joins.")}>
            End class
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
