import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import {
  ACCOUNT_ACTORS,
  AUTHORIZATION_MATRIX,
  CLASS_ACTORS,
  DRAFT_ACTORS,
  handlerOf,
  PLACEHOLDERS,
  type MatrixRow,
  type Request as MatrixRequest,
} from "../lib/server/authorization-matrix";
import { deleteUsers, expect, test, type Accounts, type TestUser } from "./fixtures";

/**
 * Every cell of the authorization matrix (lib/server/authorization-matrix.ts), checked against the
 * built app: the actors are real accounts, a real draft shared with a reader and a co-author (by
 * invitations they accepted), with an amendment and pending invitations, and a real class with a guest delegate, a signed-in delegate and a student chair, all set up through
 * the app's own API; each row's request is sent as each actor and the answer compared with the cell.
 *
 * Server actions are called the way any client can call them, which is what an attacker would do:
 * an HTTP POST with the `Next-Action` header naming the action's id, its arguments as the JSON
 * body, and the answer read from the React Server Components stream. The ids come from the build's
 * own manifest (.next/server/server-reference-manifest.json), so this exercises the very endpoint a
 * page's form would reach, not the function called in-process, and does not depend on the UI hiding
 * a button.
 */

type Outcome = number | string;
type World = Record<keyof typeof PLACEHOLDERS, unknown>;
type Actor = { name: string; context: () => Promise<APIRequestContext> };

const EXAMPLE = JSON.parse(readFileSync("docs/examples/ukraine-2022.json", "utf8"));
const baseURL = () => test.info().project.use.baseURL!;

function fill<T>(value: T, world: World): T {
  const replace = (item: unknown): unknown => {
    if (typeof item === "string") {
      if (item in world) return world[item as keyof World];
      return item.replace(/\{[A-Za-z]+\}/g, (placeholder) => (placeholder in world ? String(world[placeholder as keyof World]) : placeholder));
    }
    if (Array.isArray(item)) return item.map(replace);
    if (item && typeof item === "object") return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, replace(entry)]));
    return item;
  };
  return replace(value) as T;
}

/** Action ids by "file#export", read from the build's manifest, with a page path that serves each. */
function serverActions(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    // Posted to a page that uses it, as the page's own form would be.
    const worker = Object.keys(entry.workers).find((name) => !name.includes("[")) ?? Object.keys(entry.workers)[0];
    const page = `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`;
    actions.set(`${entry.filename.replace(/^\.\//, "")}#${entry.exportedName}`, { id, page });
  }
  return actions;
}

/**
 * Sends a request, once more if the connection was reset before any answer: a kept-alive
 * connection the server closed while it sat idle (Node's keepAliveTimeout) resets when it is
 * reused, and the request never reached the app; browsers send it again in that case too.
 */
async function reconnecting(send: () => Promise<APIResponse>): Promise<APIResponse> {
  try {
    return await send();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return send();
  }
}

/** Calls a server action over HTTP and returns its result (the RSC stream's answer row). */
async function callAction(context: APIRequestContext, action: { id: string; page: string }, args: unknown[]): Promise<unknown> {
  const response = await reconnecting(() =>
    context.post(action.page, {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL() },
      data: JSON.stringify(args),
      maxRedirects: 0,
    }),
  );
  // Pages for signed-in users only (proxy.ts) send the signed-out to sign in before any action runs;
  // the action checks the session again itself, for any other way in.
  if (response.status() >= 300 && response.status() < 400 && (response.headers().location ?? "").includes("/sign-in")) {
    return { ok: false, code: "unauthenticated", by: "proxy" };
  }
  const text = await response.text();
  const rows = new Map(text.split("\n").filter((line) => /^[0-9a-f]+:/.test(line)).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]));
  const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const reference = head?.a?.startsWith("$@") ? head.a.slice(2) : null;
  if (!reference || !rows.has(reference)) throw new Error(`The action answered ${response.status()} without a result: ${text.slice(0, 300)}`);
  return JSON.parse(rows.get(reference)!);
}

function actionOutcome(result: unknown): string {
  const value = result as { ok?: boolean; code?: string; message?: string; fieldErrors?: unknown; formError?: string; isSignedOut?: boolean };
  if (value.ok) return "ok";
  if (value.code) return value.code;
  // The accounts' form actions answer in form state: a signed-out flag, or a message per field.
  if (value.isSignedOut) return "unauthenticated";
  if (value.fieldErrors) return "invalid-fields";
  // The simulator's actions answer in words only: their refusals are told apart by them.
  if (/sign in/i.test(value.message ?? "")) return "unauthenticated";
  if (/not found/i.test(value.message ?? "")) return "not-found";
  return `refused: ${JSON.stringify(value).slice(0, 200)}`;
}

async function routeOutcome(context: APIRequestContext, key: string, request: MatrixRequest): Promise<number> {
  const method = key.slice(0, key.indexOf(" "));
  const url = `${request.path}${request.query ? `?${request.query}` : ""}`;
  if (request.stream) {
    // The event stream never ends: the status is read from the headers, then the stream is dropped.
    const cookie = (await context.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const abort = new AbortController();
    const response = await fetch(new URL(url, baseURL()), { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: abort.signal });
    abort.abort();
    return response.status;
  }
  const response = await reconnecting(() =>
    context.fetch(url, request.form ? { method, multipart: request.form, maxRedirects: 0 } : { method, data: request.body, maxRedirects: 0 }),
  );
  if (response.status() >= 400) test.info().annotations.push({ type: `${key} ${response.status()}`, description: (await response.text()).slice(0, 300) });
  return response.status();
}

async function registered(browser: Browser, accounts: Accounts, role: TestUser["role"], name: string): Promise<{ user: TestUser; context: BrowserContext }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await accounts.register(page, role, name);
  await page.close();
  return { user, context };
}

test("every cell of the authorization matrix holds against the running app", async ({ browser, accounts }) => {
  test.setTimeout(600_000);
  const actions = serverActions();
  const actionFor = (key: string) => {
    const action = actions.get(handlerOf(key));
    if (!action) throw new Error(`The build has no server action ${key}: rebuild the app (npx next build)`);
    return action;
  };
  const people = {
    owner: await registered(browser, accounts, "student", "Olive Owner"),
    reader: await registered(browser, accounts, "student", "Rita Reader"),
    coAuthor: await registered(browser, accounts, "student", "Cora Coauthor"),
    stranger: await registered(browser, accounts, "student", "Stan Stranger"),
    outsider: await registered(browser, accounts, "student", "Otto Outsider"),
    delegate: await registered(browser, accounts, "student", "Dana Delegate"),
    chair: await registered(browser, accounts, "student", "Chris Chair"),
    teacher: await registered(browser, accounts, "teacher", "Tess Teacher"),
    otherTeacher: await registered(browser, accounts, "teacher", "Theo Otherteacher"),
  };
  const as = (person: keyof typeof people) => people[person].context.request;
  const anonymousContexts: APIRequestContext[] = [];
  const anonymous = async () => {
    const context = await playwrightRequest.newContext({ baseURL: baseURL() });
    anonymousContexts.push(context);
    return context;
  };
  const createdEmails: string[] = [];
  const userIds = new Map<string, string>();
  const userId = async (person: keyof typeof people): Promise<string> => {
    if (!userIds.has(person)) userIds.set(person, (await ok(() => as(person).get("/api/auth/session"), "the session")).user.id as string);
    return userIds.get(person)!;
  };

  const ok = async (send: () => Promise<APIResponse>, what: string) => {
    const answer = await reconnecting(send);
    expect(answer.ok(), `${what}: ${answer.status()} ${await answer.text()}`).toBe(true);
    return answer.json();
  };
  const act = async (person: keyof typeof people, key: string, args: unknown[]) => {
    const result = (await callAction(as(person), actionFor(key), args)) as { ok: boolean };
    expect(result.ok, `${key} as ${person}: ${JSON.stringify(result)}`).toBe(true);
    return result as never;
  };

  // —— The actors' worlds.
  const delegateDraft = (await ok(() => as("delegate").post("/api/drafts", { data: { blank: "security-council" } }), "the delegate's draft")).id as string;
  await ok(() => as("otherTeacher").post("/api/classes", { data: { name: "Another class", body: "security-council", year: 2022 } }), "the other teacher's class");

  const draftWorld = async (): Promise<Partial<World>> => {
    const invite = async (draftId: string, person: keyof typeof people, access: "reader" | "editor") => {
      const { invitation } = await act("owner", "lib/drafts/actions.ts#inviteToDraftAction", [{ draftId, email: people[person].user.email, access }]);
      return (invitation as { id: string }).id;
    };
    // Shared as the app shares: the owner invites, the invited person accepts.
    const newSharedDraft = async () => {
      const id = (await ok(() => as("owner").post("/api/drafts", { data: { document: EXAMPLE } }), "a draft")).id as string;
      await act("reader", "lib/drafts/actions.ts#acceptInvitationAction", [await invite(id, "reader", "reader")]);
      await act("coAuthor", "lib/drafts/actions.ts#acceptInvitationAction", [await invite(id, "coAuthor", "editor")]);
      return id;
    };
    const draft = await newSharedDraft();
    const deleted = await newSharedDraft();
    await act("owner", "lib/drafts/actions.ts#deleteDraftAction", [deleted]);
    const stored = await as("owner").get(`/api/drafts/${draft}`);
    const document = (await stored.json()) as { operative: { id: string }[] };
    const { id: amendment } = await act("reader", "lib/amendments/actions.ts#proposeAmendmentAction", [
      { draftId: draft, sponsors: ["ALB"], action: "replace", targetId: document.operative[0].id, paragraph: { text: "to remain actively seized of the matter" } },
    ]);
    return {
      "{draft}": draft,
      "{deletedDraft}": deleted,
      "{draftDocument}": document,
      "{draftRevision}": Number(stored.headers()["x-draft-revision"]),
      "{paragraph}": document.operative[0].id,
      "{amendment}": amendment,
      "{readerId}": await userId("reader"),
      "{outsiderEmail}": people.outsider.user.email,
      "{invitation}": await invite(draft, "outsider", "reader"),
      "{strangerInvitation}": await invite(draft, "stranger", "reader"),
    };
  };

  let guest: APIRequestContext | null = null;
  const classWorld = async (): Promise<Partial<World>> => {
    const { id, joinCode } = await ok(() => as("teacher").post("/api/classes", { data: { name: "Matrix class", body: "security-council", year: 2022 } }), "the class");
    guest = await anonymous();
    const join = async (context: APIRequestContext, name?: string) =>
      (await ok(() => context.post("/api/classes/join", { data: name ? { code: joinCode, name } : { code: joinCode } }), "a join")).delegateId as string;
    const guestId = await join(guest, "Gus Guest");
    const delegateId = await join(as("delegate"));
    const chairId = await join(as("chair"));
    for (const [iso3, delegate] of [["FRA", guestId], ["RUS", delegateId], ["GBR", chairId]]) {
      await ok(() => as("teacher").put(`/api/classes/${id}/seats/${iso3}`, { data: { delegateIds: [delegate] } }), `seating ${iso3}`);
    }
    await ok(() => as("teacher").patch(`/api/classes/${id}/delegates/${chairId}`, { data: { isChair: true } }), "making the chair");
    const tabled = (await ok(() => as("delegate").post(`/api/classes/${id}/drafts`, { data: { draftId: delegateDraft } }), "tabling")).id as string;
    const vote = (await ok(() => as("teacher").post(`/api/classes/${id}/votes`, { data: { kind: "draft", draftId: tabled, matter: "substantive" } }), "opening a vote")).voteId as string;
    return { "{class}": id, "{code}": joinCode, "{guestDelegateId}": guestId, "{delegateId}": delegateId, "{delegateDraft}": delegateDraft, "{tabled}": tabled, "{vote}": vote };
  };

  const actorsOf = (resource: MatrixRow["resource"]): Record<string, Actor> => {
    const signedIn = (person: keyof typeof people): Actor => ({ name: person, context: async () => as(person) });
    if (resource === "draft") {
      return { anonymous: { name: "anonymous", context: anonymous }, stranger: signedIn("stranger"), reader: signedIn("reader"), coAuthor: signedIn("coAuthor"), owner: signedIn("owner") };
    }
    if (resource === "class") {
      return {
        anonymous: { name: "anonymous", context: anonymous },
        stranger: signedIn("stranger"),
        otherTeacher: signedIn("otherTeacher"),
        guestDelegate: { name: "guestDelegate", context: async () => guest! },
        delegate: signedIn("delegate"),
        chair: signedIn("chair"),
        teacher: signedIn("teacher"),
      };
    }
    return { anonymous: { name: "anonymous", context: anonymous }, student: signedIn("stranger"), teacher: signedIn("otherTeacher") };
  };
  const actorNames = { draft: DRAFT_ACTORS, class: CLASS_ACTORS, account: ACCOUNT_ACTORS } as const;

  const worlds: Record<MatrixRow["resource"], Partial<World> | null> = { draft: null, class: null, account: {} };
  const worldFor = async (resource: MatrixRow["resource"], renew: boolean): Promise<Partial<World>> => {
    if (resource === "account") return { "{newEmail}": `matrix-${randomUUID().slice(0, 8)}@example.org`, "{draftDocument}": (await draftWorldOnce())["{draftDocument}"] } as Partial<World>;
    if (renew || !worlds[resource]) worlds[resource] = resource === "draft" ? await draftWorld() : await classWorld();
    return worlds[resource]!;
  };
  let firstDraftWorld: Partial<World> | null = null;
  const draftWorldOnce = async (): Promise<Partial<World>> => (firstDraftWorld ??= await worldFor("draft", false));

  // —— Every cell.
  const checked: string[] = [];
  const changed: Record<MatrixRow["resource"], boolean> = { draft: false, class: false, account: false };
  for (const [key, row] of Object.entries(AUTHORIZATION_MATRIX) as [string, MatrixRow][]) {
    for (const actorName of actorNames[row.resource]) {
      const world = (await worldFor(row.resource, changed[row.resource])) as World;
      changed[row.resource] = false;
      const actor = actorsOf(row.resource)[actorName];
      let context = await actor.context();
      let outcome: Outcome;
      if ("request" in row) {
        outcome = await routeOutcome(context, key, fill(row.request, world));
      } else if ("endsSessions" in row && row.endsSessions && actorName !== "anonymous") {
        // Signing out everywhere or changing the password ends the caller's sessions: done as an
        // account of the actor's role made for this cell, so the shared actors stay signed in.
        const disposable = await registered(browser, accounts, actorName === "teacher" ? "teacher" : "student", "Dora Disposable");
        context = disposable.context.request;
        outcome = actionOutcome(await callAction(context, actionFor(key), fill(row.args, { ...world, "{ownPassword}": disposable.user.password })));
        if (outcome === "ok") {
          const after = await reconnecting(() => context.get("/api/classes"));
          expect.soft(after.status(), `${key} as ${actorName}: the caller's session ended`).toBe(401);
        }
        await disposable.context.close();
      } else {
        const args = fill(row.args, { ...world, "{ownPassword}": "not-the-password-0" });
        if (key.endsWith("#registerAction")) createdEmails.push(String(world["{newEmail}"]));
        outcome = actionOutcome(await callAction(context, actionFor(key), args));
      }
      const expected = (row.expect as Record<string, Outcome>)[actorName];
      const said = test.info().annotations.filter((note) => note.type === `${key} ${outcome}`).pop()?.description ?? "";
      expect.soft(outcome, `${key} as ${actorName}${said ? ` (the app said: ${said})` : ""}`).toBe(expected);
      checked.push(`${key} ${actorName}`);
      // A request that changed the world (a vote opened, a draft deleted) is not seen by the next actor.
      changed[row.resource] = Boolean(row.fresh) && (outcome === "ok" || (typeof outcome === "number" && outcome < 300));
    }
  }
  expect(checked.length).toBe(Object.values(AUTHORIZATION_MATRIX).reduce((sum, row) => sum + actorNames[row.resource].length, 0));

  await Promise.all(anonymousContexts.map((context) => context.dispose()));
  await Promise.all(Object.values(people).map((person) => person.context.close()));
  if (createdEmails.length > 0) await deleteUsers(createdEmails);
});
