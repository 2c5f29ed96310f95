/**
 * The authorization matrix: every route handler (each HTTP method of each `app/**\/route.ts`) and
 * every server action (each export of a `"use server"` file), with what each role gets. It is
 * documentation the tests hold to:
 * - `authorization-matrix.test.ts` scans `app/` and `lib/` and fails, naming the handler or action,
 *   when one has no row here or a row names one that no longer exists;
 * - `e2e/authorization.spec.ts` sets up every actor against the built app and checks every cell.
 *
 * Adding a row: one entry in `AUTHORIZATION_MATRIX`, keyed `"METHOD /path/[param]"` for a route
 * (the folder path under `app/`) or `"lib/feature/actions.ts#exportName"` for a server action.
 * When one handler or action applies different rules to different requests, a further row checks
 * another case, keyed as the first with its case in brackets: `"file.ts#exportName (what)"`.
 * `request` is what the browser test sends, with placeholders the test fills from the actors'
 * world (see `PLACEHOLDERS`); `fresh` asks for a new world per cell when the request changes what
 * the next actor would see (a vote opened, a draft deleted).
 *
 * Outcomes: a route's HTTP status; an action's result (`ok`, or the refusal's code).
 *
 * `endsSessions` marks an action that ends the caller's sessions when it succeeds (signing out
 * everywhere, changing one's password): the browser test reuses each actor's signed-in browser
 * across rows, so for these rows it calls as a new account of the actor's role registered for that
 * cell alone (`{ownPassword}` is its password), and checks that the session did end.
 */

/**
 * Who asks, for a row about a draft: nobody signed in; a signed-in user it is not shared with (but
 * invited to, not yet accepted); a reader; a co-author; its owner.
 */
export const DRAFT_ACTORS = ["anonymous", "stranger", "reader", "coAuthor", "owner"] as const;
/**
 * Who asks, for a row about a class: nobody; a signed-in student not in the class; the teacher of
 * another class; a guest delegate (joined by code, no account) with a seat; a signed-in delegate
 * with a seat; a student the teacher made chair (with a seat); the class's teacher.
 */
export const CLASS_ACTORS = ["anonymous", "stranger", "otherTeacher", "guestDelegate", "delegate", "chair", "teacher"] as const;
/** Who asks, for a row about no one resource: nobody signed in, a student account, a teacher account. */
export const ACCOUNT_ACTORS = ["anonymous", "student", "teacher"] as const;

export type DraftActor = (typeof DRAFT_ACTORS)[number];
export type ClassActor = (typeof CLASS_ACTORS)[number];
export type AccountActor = (typeof ACCOUNT_ACTORS)[number];

export type HttpStatus = 200 | 201 | 204 | 302 | 400 | 401 | 403 | 404 | 409 | 423;
/** `invalid-fields`: the form's actions refuse with a message per field (`fieldErrors`) rather than a code. */
export type ActionOutcome = "ok" | "unauthenticated" | "forbidden" | "not-found" | "invalid-fields";

/**
 * Values the browser test puts in place of these strings, anywhere in a path or body: a string
 * that is exactly a placeholder becomes the value (a number, a document), otherwise it is replaced
 * inside the string.
 */
export const PLACEHOLDERS = {
  "{draft}": "the draft the draft actors are about (owned by `owner`; `reader` and `coAuthor` accepted its invitations)",
  "{deletedDraft}": "a second draft of `owner`, shared the same way, then deleted (kept for undo)",
  "{draftDocument}": "the draft's document (portable JSON)",
  "{draftRevision}": "the draft's current revision number",
  "{paragraph}": "the id of the draft's first operative paragraph",
  "{amendment}": "an amendment to the draft (new text for its first operative paragraph), proposed by `reader` (its author)",
  "{readerId}": "the reader's user id",
  "{outsiderEmail}": "the email of a registered user no draft is shared with",
  "{invitation}": "a pending invitation to the draft for `{outsiderEmail}`",
  "{strangerInvitation}": "a pending invitation to read the draft, made to the stranger's email",
  "{newEmail}": "an unused email address (the test removes the account afterwards)",
  "{ownPassword}": "the caller's password (on rows that end sessions: of the account registered for the cell)",
  "{class}": "the class the class actors are about (of `teacher`)",
  "{code}": "its join code",
  "{guestDelegateId}": "the guest delegate's id in the class",
  "{delegateId}": "the signed-in delegate's id in the class",
  "{delegateDraft}": "a draft of the signed-in delegate's own",
  "{tabled}": "a draft tabled in the class by the delegate",
  "{vote}": "a vote open in the class",
} as const;

/** `form`: sent as a multipart form (an upload) instead of a JSON `body`. */
export type Request = { path: string; body?: unknown; form?: Record<string, string>; query?: string; stream?: boolean };

type RouteRow =
  | { resource: "draft"; request: Request; fresh?: boolean; expect: Record<DraftActor, HttpStatus>; note?: string }
  | { resource: "class"; request: Request; fresh?: boolean; expect: Record<ClassActor, HttpStatus>; note?: string }
  | { resource: "account"; request: Request; fresh?: boolean; expect: Record<AccountActor, HttpStatus>; note?: string };

type ActionRow =
  | { resource: "draft"; args: unknown[]; fresh?: boolean; expect: Record<DraftActor, ActionOutcome>; note?: string }
  | { resource: "account"; args: unknown[]; fresh?: boolean; endsSessions?: boolean; expect: Record<AccountActor, ActionOutcome>; note?: string };

type RouteKey = `${"GET" | "POST" | "PUT" | "PATCH" | "DELETE"} /${string}`;
type ActionKey = `${string}.ts#${string}`;

export type MatrixRow = RouteRow | ActionRow;

const NON_MEMBERS = { anonymous: 401, stranger: 404, otherTeacher: 404 } as const;
const MEMBERS_READ = { ...NON_MEMBERS, guestDelegate: 200, delegate: 200, chair: 200, teacher: 200 } as const;
const CHAIR_ONLY = { ...NON_MEMBERS, guestDelegate: 403, delegate: 403, chair: 200, teacher: 200 } as const;
const TEACHER_ONLY = { ...NON_MEMBERS, guestDelegate: 403, delegate: 403, chair: 403, teacher: 200 } as const;
const DRAFT_READERS = { anonymous: 401, stranger: 404, reader: 200, coAuthor: 200, owner: 200 } as const;
const OWNER_ONLY = { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "forbidden", owner: "ok" } as const;
const S_2022_155 = "ALB:Y,BRA:Y,FRA:Y,GAB:Y,GHA:Y,IRL:Y,KEN:Y,MEX:Y,NOR:Y,GBR:Y,USA:Y,RUS:N,CHN:A,IND:A,ARE:A";

export const AUTHORIZATION_MATRIX = {
  // —— Sign-in (next-auth): public by nature.
  "GET /api/auth/[...nextauth]": { resource: "account", request: { path: "/api/auth/session" }, expect: { anonymous: 200, student: 200, teacher: 200 } },
  "POST /api/auth/[...nextauth]": {
    resource: "account",
    request: { path: "/api/auth/signout", body: {} },
    expect: { anonymous: 302, student: 302, teacher: 302 },
    note: "Without the CSRF token nobody is signed out: next-auth sends the caller to its sign-out page.",
  },

  // —— Drafts.
  "POST /api/drafts": { resource: "account", request: { path: "/api/drafts", body: { blank: "security-council" } }, expect: { anonymous: 401, student: 201, teacher: 201 } },
  "GET /api/drafts/[id]": { resource: "draft", request: { path: "/api/drafts/{draft}" }, expect: DRAFT_READERS },
  "PUT /api/drafts/[id]": {
    resource: "draft",
    request: { path: "/api/drafts/{draft}", body: { baseRevision: "{draftRevision}", document: "{draftDocument}" } },
    fresh: true,
    expect: { anonymous: 401, stranger: 404, reader: 403, coAuthor: 200, owner: 200 },
  },
  "POST /api/drafts/[id]/docx": {
    resource: "draft",
    request: { path: "/api/drafts/{draft}/docx", body: { document: "{draftDocument}", style: "un", paper: "a4" } },
    expect: DRAFT_READERS,
    note: "The editor sends the document it shows; the draft must still be one the caller may read.",
  },
  "GET /api/vote-record": {
    resource: "draft",
    request: { path: "/api/vote-record", query: `year=2022&matter=substantive&votes=${S_2022_155}&draft={draft}` },
    expect: { anonymous: 404, stranger: 404, reader: 200, coAuthor: 200, owner: 200 },
    note: "Without a draft the vote record is public; with one, only those who may read the draft get it.",
  },
  "lib/drafts/actions.ts#createDraftAction": { resource: "account", args: [{ source: "blank", body: "security-council" }], expect: { anonymous: "unauthenticated", student: "ok", teacher: "ok" } },
  "lib/drafts/actions.ts#importDraftAction": { resource: "account", args: ["{draftDocument}"], expect: { anonymous: "unauthenticated", student: "ok", teacher: "ok" } },
  "lib/drafts/actions.ts#duplicateDraftAction": {
    resource: "draft",
    args: ["{draft}"],
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
  },
  "lib/drafts/actions.ts#deleteDraftAction": {
    resource: "draft",
    args: ["{draft}"],
    fresh: true,
    expect: OWNER_ONLY,
  },
  "lib/drafts/actions.ts#restoreDeletedDraftAction": {
    resource: "draft",
    args: ["{deletedDraft}"],
    fresh: true,
    expect: OWNER_ONLY,
  },
  "lib/drafts/actions.ts#restoreRevisionAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", number: 1 }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "ok", owner: "ok" },
  },
  "lib/drafts/actions.ts#inviteToDraftAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", email: "{outsiderEmail}", access: "reader" }],
    fresh: true,
    expect: OWNER_ONLY,
  },
  "lib/drafts/actions.ts#revokeInvitationAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", invitationId: "{invitation}" }],
    fresh: true,
    expect: OWNER_ONLY,
  },
  "lib/drafts/actions.ts#acceptInvitationAction": {
    resource: "draft",
    args: ["{strangerInvitation}"],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "ok", reader: "not-found", coAuthor: "not-found", owner: "not-found" },
    note: "Only the account with the invited email accepts; to anyone else, the owner too, the invitation does not exist.",
  },
  "lib/drafts/actions.ts#declineInvitationAction": {
    resource: "draft",
    args: ["{strangerInvitation}"],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "ok", reader: "not-found", coAuthor: "not-found", owner: "not-found" },
  },
  "lib/drafts/actions.ts#unshareDraftAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", userId: "{readerId}" }],
    fresh: true,
    expect: OWNER_ONLY,
  },

  // —— Amendments.
  "lib/amendments/actions.ts#proposeAmendmentAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", sponsors: ["IRL", "NOR"], action: "replace", targetId: "{paragraph}", paragraph: { text: "to remain actively seized of the matter" } }],
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
    note: "Whoever may read a draft may propose amendments to it: delegates amend drafts they did not write.",
  },
  "lib/amendments/actions.ts#changeAmendmentAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", amendmentId: "{amendment}", change: "withdraw" }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "ok", coAuthor: "forbidden", owner: "ok" },
    note: "Withdrawing is for the amendment's author (here the reader) or the draft's owner.",
  },
  "lib/amendments/actions.ts#changeAmendmentAction (accept as friendly)": {
    resource: "draft",
    args: [{ draftId: "{draft}", amendmentId: "{amendment}", change: "friendly" }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "ok", owner: "ok" },
    note: "The draft's side (owner and co-authors) accepts an amendment as friendly, not its author when a reader.",
  },
  "lib/amendments/actions.ts#recordAmendmentVotesAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", results: [{ amendmentId: "{amendment}", status: "adopted" }] }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "ok", owner: "ok" },
  },
  "lib/amendments/actions.ts#proposeSubAmendmentAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", amendmentId: "{amendment}", sponsors: ["IRL"], paragraph: { text: "to remain seized of the matter" } }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
    note: "An amendment to a pending amendment, like an amendment: whoever may read the draft.",
  },
  "lib/amendments/actions.ts#setVotingOrderAction": {
    resource: "draft",
    args: [{ draftId: "{draft}", ruling: null }],
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "ok", owner: "ok" },
    note: "Going back to the order the rules propose; the draft's side sets the order of voting, as it records the votes.",
  },
  "lib/amendments/actions.ts#setVotingOrderAction (the chair's ruling with a reason)": {
    resource: "draft",
    args: [{ draftId: "{draft}", ruling: { order: ["{amendment}"], reason: "The President so rules" } }],
    fresh: true,
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "forbidden", coAuthor: "ok", owner: "ok" },
  },
  "GET /api/drafts/[id]/amendments/docx": { resource: "draft", request: { path: "/api/drafts/{draft}/amendments/docx", query: "kind=amendments" }, expect: DRAFT_READERS },

  // —— Importing Word and text.
  "POST /api/drafts/import": {
    resource: "account",
    request: { path: "/api/drafts/import", form: { text: "The Security Council,\nRecalling its resolutions,\n1. Decides to remain seized of the matter." } },
    expect: { anonymous: 401, student: 200, teacher: 200 },
    note: "Reads an upload into lines for the review screen and creates nothing; the draft is made by the confirmation below.",
  },
  "lib/import/actions.ts#createImportedDraftAction": {
    resource: "account",
    args: [{ lines: [{ line: 1, text: "The Security Council," }, { line: 2, text: "Recalling its resolutions," }, { line: 3, text: "1. Decides to remain seized of the matter." }], assignments: [] }],
    expect: { anonymous: "unauthenticated", student: "ok", teacher: "ok" },
  },

  // —— Simulations and predictions.
  "lib/simulate/actions.ts#saveSimulationAction": {
    resource: "draft",
    args: [{ year: 2022, matter: "substantive", pacificSettlement: null, parties: [], votes: Object.fromEntries(S_2022_155.split(",").map((pair) => pair.split(":"))), presidentIso3: null, voteDate: null, draftId: "{draft}", label: "" }],
    expect: { anonymous: "unauthenticated", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
    note: "Saved with the draft: whoever may read the draft may save a vote on it (their own).",
  },
  "lib/simulate/actions.ts#predictAction": {
    resource: "draft",
    args: [{ year: 2022, draftId: "{draft}", matter: "substantive", topic: "", sponsors: [], voteDate: null }],
    expect: { anonymous: "not-found", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
    note: "Without a draft anyone may predict from a description.",
  },
  "lib/assembly-simulate/actions.ts#predictAssemblyAction": {
    resource: "draft",
    args: [{ year: 2022, date: "2022-03-02", draftId: "{draft}", majority: "two-thirds" }],
    expect: { anonymous: "not-found", stranger: "not-found", reader: "ok", coAuthor: "ok", owner: "ok" },
    note: "The General Assembly's 193 votes predicted on a draft the caller may read; without a draft anyone may predict from a description.",
  },

  // —— Accounts.
  "lib/accounts/actions.ts#registerAction": {
    resource: "account",
    args: [{ name: "Matrix Visitor", email: "{newEmail}", password: "correct-horse-matrix-1", role: "student" }],
    expect: { anonymous: "ok", student: "ok", teacher: "ok" },
  },
  "lib/accounts/actions.ts#changePasswordAction": {
    resource: "account",
    args: [{ currentPassword: "{ownPassword}", newPassword: "another-horse-matrix-2" }],
    endsSessions: true,
    expect: { anonymous: "unauthenticated", student: "ok", teacher: "ok" },
    note: "With the right current password only; the change ends every session of the account.",
  },
  "lib/accounts/actions.ts#signOutEverywhereAction": { resource: "account", args: [], endsSessions: true, expect: { anonymous: "unauthenticated", student: "ok", teacher: "ok" } },

  // —— Classes.
  "GET /api/classes": { resource: "account", request: { path: "/api/classes" }, expect: { anonymous: 401, student: 200, teacher: 200 } },
  "POST /api/classes": {
    resource: "account",
    request: { path: "/api/classes", body: { name: "Matrix class", body: "security-council", year: 2022 } },
    expect: { anonymous: 401, student: 403, teacher: 201 },
  },
  "POST /api/classes/join": {
    resource: "class",
    request: { path: "/api/classes/join", body: { code: "{code}", name: "Visitor" } },
    fresh: true,
    expect: { anonymous: 200, stranger: 200, otherTeacher: 200, guestDelegate: 200, delegate: 200, chair: 200, teacher: 200 },
    note: "Anyone with the code joins (a guest by name); a member joining again stays the same delegate.",
  },
  "GET /api/classes/[id]": { resource: "class", request: { path: "/api/classes/{class}" }, expect: MEMBERS_READ },
  "PATCH /api/classes/[id]": { resource: "class", request: { path: "/api/classes/{class}", body: { locked: true } }, fresh: true, expect: TEACHER_ONLY },
  "POST /api/classes/[id]/code": { resource: "class", request: { path: "/api/classes/{class}/code" }, fresh: true, expect: TEACHER_ONLY },
  "PATCH /api/classes/[id]/delegates/[delegateId]": {
    resource: "class",
    request: { path: "/api/classes/{class}/delegates/{guestDelegateId}", body: { isChair: true } },
    fresh: true,
    expect: TEACHER_ONLY,
  },
  "DELETE /api/classes/[id]/delegates/[delegateId]": { resource: "class", request: { path: "/api/classes/{class}/delegates/{guestDelegateId}" }, fresh: true, expect: TEACHER_ONLY },
  "POST /api/classes/[id]/drafts": {
    resource: "class",
    request: { path: "/api/classes/{class}/drafts", body: { draftId: "{delegateDraft}" } },
    fresh: true,
    expect: { ...NON_MEMBERS, guestDelegate: 403, delegate: 201, chair: 404, teacher: 404 },
    note: "A member tables only a draft they may read: the delegate's own draft is not found for anyone else; guests have no drafts (403).",
  },
  "GET /api/classes/[id]/drafts/[tabledId]": { resource: "class", request: { path: "/api/classes/{class}/drafts/{tabled}" }, expect: MEMBERS_READ },
  "GET /api/classes/[id]/drafts/[tabledId]/docx": { resource: "class", request: { path: "/api/classes/{class}/drafts/{tabled}/docx" }, expect: MEMBERS_READ },
  "POST /api/classes/[id]/drafts/[tabledId]/sponsors": {
    resource: "class",
    request: { path: "/api/classes/{class}/drafts/{tabled}/sponsors" },
    fresh: true,
    expect: { ...NON_MEMBERS, guestDelegate: 200, delegate: 200, chair: 200, teacher: 409 },
    note: "Co-sponsoring is done with one's seat: the teacher has none yet (409, a state, not a role).",
  },
  "DELETE /api/classes/[id]/drafts/[tabledId]/sponsors": {
    resource: "class",
    request: { path: "/api/classes/{class}/drafts/{tabled}/sponsors" },
    fresh: true,
    expect: { ...NON_MEMBERS, guestDelegate: 200, delegate: 200, chair: 200, teacher: 409 },
  },
  "POST /api/classes/[id]/drafts/[tabledId]/division": {
    resource: "class",
    request: { path: "/api/classes/{class}/drafts/{tabled}/division", body: { parts: [999], objection: false } },
    fresh: true,
    expect: { ...CHAIR_ONLY, chair: 400, teacher: 400 },
    note: "Division of the question is the chair's: the chair is let through to the check of the paragraphs named (no operative paragraph 999: 400).",
  },
  "GET /api/classes/[id]/events": { resource: "class", request: { path: "/api/classes/{class}/events", stream: true }, expect: MEMBERS_READ },
  "GET /api/classes/[id]/record.csv": { resource: "class", request: { path: "/api/classes/{class}/record.csv" }, expect: MEMBERS_READ },
  "GET /api/classes/[id]/record.docx": { resource: "class", request: { path: "/api/classes/{class}/record.docx" }, expect: MEMBERS_READ },
  "PUT /api/classes/[id]/seats/[iso3]": {
    resource: "class",
    request: { path: "/api/classes/{class}/seats/CHN", body: { delegateIds: ["{guestDelegateId}"] } },
    fresh: true,
    expect: CHAIR_ONLY,
  },
  "POST /api/classes/[id]/seats/auto": { resource: "class", request: { path: "/api/classes/{class}/seats/auto", body: { mode: "joined" } }, fresh: true, expect: CHAIR_ONLY },
  "POST /api/classes/[id]/speakers": {
    resource: "class",
    request: { path: "/api/classes/{class}/speakers", body: { action: "clear" } },
    expect: CHAIR_ONLY,
    note: "Delegates may add or remove their own seat only (README); clearing the list is the chair's.",
  },
  "POST /api/classes/[id]/votes": {
    resource: "class",
    request: { path: "/api/classes/{class}/votes", body: { matter: "procedural", title: "A procedural motion", kind: "motion" } },
    fresh: true,
    expect: { ...CHAIR_ONLY, chair: 409, teacher: 409 },
    note: "The world has a vote open already: the chair is let through to the one-vote-at-a-time rule (409).",
  },
  "POST /api/classes/[id]/votes/[voteId]/ballot": {
    resource: "class",
    request: { path: "/api/classes/{class}/votes/{vote}/ballot", body: { vote: "Y" } },
    expect: { ...NON_MEMBERS, guestDelegate: 200, delegate: 200, chair: 200, teacher: 403 },
    note: "A ballot is cast for one's own seat: the teacher has none.",
  },
  "POST /api/classes/[id]/votes/[voteId]/bots": {
    resource: "class",
    request: { path: "/api/classes/{class}/votes/{vote}/bots", body: { iso3: "USA", vote: "N" } },
    expect: CHAIR_ONLY,
  },
  "POST /api/classes/[id]/votes/[voteId]/close": { resource: "class", request: { path: "/api/classes/{class}/votes/{vote}/close", body: {} }, fresh: true, expect: CHAIR_ONLY },
} satisfies Record<RouteKey | ActionKey, MatrixRow>;

export type MatrixKey = keyof typeof AUTHORIZATION_MATRIX;

/** The route handler or server action a row is about: its key without a case in brackets. */
export function handlerOf(key: string): string {
  return key.replace(/ \([^()]*\)$/, "");
}

