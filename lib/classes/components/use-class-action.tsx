"use client";

import { useState } from "react";
import { callClassApi, type ApiResult } from "./class-api";

/** One button's call to the API: busy while it runs, the server's message when it fails. */
export function useClassAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(path: string, method: string, body?: unknown, confirmText?: string): Promise<ApiResult<T> | null> {
    if (confirmText && !window.confirm(confirmText)) return null;
    setBusy(true);
    setError(null);
    const answer = await callClassApi<T>(path, { method, body });
    setBusy(false);
    if (!answer.ok) setError(answer.message);
    else onDone();
    return answer;
  }
  return { busy, error, setError, run };
}

export function ErrorNotice({ error }: { error: string | null }) {
  return error ? (
    <p className="notice notice-error" role="alert">
      {error}
    </p>
  ) : null;
}
