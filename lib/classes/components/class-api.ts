/**
 * The screens' calls to the classroom's JSON API (README, "Classroom API"). Every answer is
 * either the route's JSON or a message a person can read: failures come back as
 * `{ code, message }` from the server, and a lost connection is said in words.
 */

export type ApiResult<T> = { ok: true; data: T; status: number } | { ok: false; status: number; code: string; message: string };

const OFFLINE_MESSAGE = "No connection. Check the network and try again.";

export async function callClassApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: "offline", message: OFFLINE_MESSAGE };
  }
  const text = await response.text().catch(() => "");
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.ok) return { ok: true, data: json as T, status: response.status };
  const failure = (json ?? {}) as { code?: unknown; message?: unknown };
  return {
    ok: false,
    status: response.status,
    code: typeof failure.code === "string" ? failure.code : "error",
    message: typeof failure.message === "string" && failure.message ? failure.message : fallbackMessage(response.status),
  };
}

function fallbackMessage(status: number): string {
  switch (status) {
    case 401:
      return "Your session has ended. Sign in or join the class again.";
    case 403:
      return "Only the chair can do that.";
    case 404:
      return "Not found: the class or the item no longer exists.";
    case 409:
      return "That is no longer possible: the vote has changed in the meantime.";
    case 423:
      return "The class is locked: the chair is not taking new delegates.";
    default:
      return "Something went wrong on the server. Please try again.";
  }
}

export function classPath(classId: string, ...parts: string[]): string {
  return ["/api/classes", encodeURIComponent(classId), ...parts.map((part) => encodeURIComponent(part))].join("/");
}

/** Starts a file download from a same-origin URL (the record, a draft's .docx). */
export async function downloadFile(url: string, fallbackName: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  } catch {
    return { ok: false, message: OFFLINE_MESSAGE };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    return { ok: false, message: body?.message ?? fallbackMessage(response.status) };
  }
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = objectUrl;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  return { ok: true, name };
}
