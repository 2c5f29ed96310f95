import { request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import JSZip from "jszip";
import { expect, test, type Accounts } from "./fixtures";

/** The text of a Word file's body, runs joined. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

/**
 * The live classroom's JSON API and event stream, driven as scripts and conference tools drive it:
 * request contexts with cookies, no pages (except to register the teacher and the student).
 */

const S_2022_155: Record<string, "Y" | "N" | "A"> = {
  ALB: "Y", BRA: "Y", FRA: "Y", GAB: "Y", GHA: "Y", IRL: "Y", KEN: "Y", MEX: "Y", NOR: "Y", GBR: "Y", USA: "Y",
  RUS: "N", CHN: "A", IND: "A", ARE: "A",
};

/** A browser context signed in as a fresh user, whom the fixture deletes with their data afterwards. */
async function registeredContext(browser: Browser, accounts: Accounts, role: "teacher" | "student"): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await accounts.register(page, role, role === "teacher" ? "Ms Chair" : "Sam Student");
  await page.close();
  return context;
}

function baseURL(): string {
  return test.info().project.use.baseURL!;
}

async function guest(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: baseURL() });
}

type SseEvent = { id: number; event: string; data: unknown };

/** Reads the event stream with the context's cookies until `until` holds or the time runs out. */
async function readEvents(
  context: APIRequestContext,
  path: string,
  until: (events: SseEvent[]) => boolean,
  options: { lastEventId?: number; timeoutMs?: number; onOpen?: () => Promise<void> } = {},
): Promise<{ events: SseEvent[]; headers: Headers; endedByServer: boolean }> {
  const state = await context.storageState();
  const cookie = state.cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? 15_000);
  const headers: Record<string, string> = { Cookie: cookie, Accept: "text/event-stream" };
  if (options.lastEventId !== undefined) headers["Last-Event-ID"] = String(options.lastEventId);
  const response = await fetch(new URL(path, baseURL()), { headers, signal: abort.signal });
  expect(response.status).toBe(200);
  const events: SseEvent[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let opened = false;
  let endedByServer = false;
  try {
    while (!until(events)) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) {
        endedByServer = !abort.signal.aborted;
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split("\n").filter((line) => !line.startsWith(":") && line.includes(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
        if (fields.id && fields.event) events.push({ id: Number(fields.id), event: fields.event, data: JSON.parse(fields.data ?? "null") });
        if (!opened && block.includes(": connected")) {
          opened = true;
          void options.onOpen?.();
        }
      }
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return { events, headers: response.headers, endedByServer };
}

test("a teacher runs a live vote through the API: join by code, seats, ballots, bots, close, the stream and the record", async ({ browser, accounts }) => {
  test.setTimeout(120_000);
  const teacherContext = await registeredContext(browser, accounts, "teacher");
  const studentContext = await registeredContext(browser, accounts, "student");
  const teacher = teacherContext.request;
  const student = studentContext.request;

  // Only teachers open classes.
  const refused = await student.post("/api/classes", { data: { name: "Not mine", body: "security-council", year: 2022 } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ code: "forbidden" });

  // Bad input: a clear message, never a 500.
  const notJson = await teacher.post("/api/classes", { data: Buffer.from("{not json"), headers: { "Content-Type": "application/json" } });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toMatchObject({ code: "invalid-request", message: "The request body must be JSON." });
  const badYear = await teacher.post("/api/classes", { data: { name: "Too early", body: "security-council", year: 1900 } });
  expect(badYear.status()).toBe(400);
  expect((await badYear.json()).message).toContain("year must be between 1946 and 2026");
  const tooLarge = await teacher.post("/api/classes", { data: { name: "x".repeat(40_000), body: "security-council", year: 2022 } });
  expect(tooLarge.status()).toBe(413);

  const created = await teacher.post("/api/classes", { data: { name: "Period 3 Council", body: "security-council", year: 2022 } });
  expect(created.status()).toBe(201);
  const { id: classId, joinCode } = await created.json();
  expect(joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

  // Two guests join by code, typed the way people type it; the same device gets the same delegate.
  const ana = await guest();
  const boris = await guest();
  const typed = `${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3).toLowerCase()}`;
  const anaJoin = await ana.post("/api/classes/join", { data: { code: typed, name: "Ana" } });
  expect(anaJoin.status()).toBe(200);
  const { classId: joinedClass, delegateId: anaId } = await anaJoin.json();
  expect(joinedClass).toBe(classId);
  const again = await ana.post("/api/classes/join", { data: { code: joinCode, name: "Ana again" } });
  expect((await again.json()).delegateId).toBe(anaId);
  const cookies = (await ana.storageState()).cookies;
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: `cw_guest_${classId}`, httpOnly: true, sameSite: "Lax" });
  const borisId = (await (await boris.post("/api/classes/join", { data: { code: joinCode, name: "Boris" } })).json()).delegateId;
  expect(borisId).not.toBe(anaId);
  expect((await ana.post("/api/classes/join", { data: { code: "ZZZZZZ", name: "Ana" } })).status()).toBe(404);

  // Only members see the class.
  expect((await student.get(`/api/classes/${classId}`)).status()).toBe(404);
  const anonymous = await guest();
  expect((await anonymous.get(`/api/classes/${classId}`)).status()).toBe(401);
  expect((await anonymous.get(`/api/classes/${classId}/events`)).status()).toBe(401);

  // The chair assigns seats; a delegate may not.
  expect((await ana.post(`/api/classes/${classId}/seats/auto`, { data: {} })).status()).toBe(403);
  const auto = await teacher.post(`/api/classes/${classId}/seats/auto`, { data: { mode: "joined" } });
  expect(auto.status()).toBe(200);
  const { seats } = await auto.json();
  expect(Object.keys(seats)).toHaveLength(15);
  expect(seats.CHN).toBe(anaId);
  expect(seats.FRA).toBe(borisId);
  expect((await teacher.put(`/api/classes/${classId}/seats/RUS`, { data: { delegateIds: [anaId] } })).status()).toBe(200);
  expect((await teacher.put(`/api/classes/${classId}/seats/USA`, { data: { delegateIds: [borisId] } })).status()).toBe(200);
  const view = await (await ana.get(`/api/classes/${classId}`)).json();
  expect(view.seats.RUS).toEqual({ delegateId: anaId, name: "Ana" });
  expect(view.seats.CHN).toBeNull();
  expect(view.me).toMatchObject({ delegateId: anaId, seat: "RUS", isGuest: true, isChair: false });
  expect(view.joinCode).toBeNull();

  // Boris listens to the stream from the view's event id while the vote runs.
  const stream = readEvents(boris, `/api/classes/${classId}/events?lastEventId=${view.eventId}`, (events) => events.some((event) => event.event === "vote-closed"));

  // A delegate cannot open a vote; the chair can, one at a time.
  expect((await ana.post(`/api/classes/${classId}/votes`, { data: { matter: "substantive", title: "Ukraine" } })).status()).toBe(403);
  const opened = await teacher.post(`/api/classes/${classId}/votes`, { data: { kind: "draft", title: "Draft resolution on Ukraine (S/2022/155)", matter: "substantive" } });
  expect(opened.status()).toBe(201);
  const { voteId } = await opened.json();
  expect((await teacher.post(`/api/classes/${classId}/votes`, { data: { matter: "procedural" } })).status()).toBe(409);
  expect((await teacher.post(`/api/classes/${classId}/votes`, { data: { matter: "sideways" } })).status()).toBe(400);

  // Delegates vote for their own seat only, and may change their vote.
  const ballot = await ana.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "Y" } });
  expect(await ballot.json()).toEqual({ vote: "Y", iso3: "RUS" });
  expect(await (await ana.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "N" } })).json()).toEqual({ vote: "N", iso3: "RUS" });
  expect((await boris.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "Y" } })).status()).toBe(200);
  expect((await ana.post(`/api/classes/${classId}/votes/${voteId}/bots`, { data: { iso3: "USA", vote: "N" } })).status()).toBe(403);
  expect((await ana.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "maybe" } })).status()).toBe(400);
  const seatless = await guest();
  await seatless.post("/api/classes/join", { data: { code: joinCode, name: "Cleo" } });
  expect((await seatless.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "Y" } })).status()).toBe(403);

  // The bots voted the 13 other seats when the vote opened; the chair overrides them to the record of S/2022/155.
  const during = await (await teacher.get(`/api/classes/${classId}`)).json();
  const live = during.votes.find((vote: { id: string }) => vote.id === voteId);
  expect(live.voted).toBe(15);
  expect(live.ballots.CHN.by).toBe("bot");
  expect(live.ballots.RUS).toMatchObject({ vote: "N", by: "delegate" });
  for (const [iso3, vote] of Object.entries(S_2022_155)) {
    if (iso3 === "RUS" || iso3 === "USA") continue;
    const override = await teacher.post(`/api/classes/${classId}/votes/${voteId}/bots`, { data: { iso3, vote } });
    expect(override.status(), iso3).toBe(200);
  }
  expect((await teacher.post(`/api/classes/${classId}/votes/${voteId}/bots`, { data: { iso3: "RUS", vote: "Y" } })).status()).toBe(403);

  const closed = await teacher.post(`/api/classes/${classId}/votes/${voteId}/close`);
  expect(closed.status()).toBe(200);
  const result = await closed.json();
  expect(result).toMatchObject({ outcome: "vetoed", yes: 11, no: 1, abstain: 3, notVoting: 0, vetoedBy: ["RUS"] });
  expect(result.statement).toBe("The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).");
  expect(result.ballots.RUS).toEqual({ vote: "N", by: "delegate" });
  expect(result.ballots.CHN).toEqual({ vote: "A", by: "chair" });
  expect(result.wayOn).toMatchObject({ kind: "emergency-special-session", required: 9 });
  expect(await (await teacher.post(`/api/classes/${classId}/votes/${voteId}/close`)).json()).toEqual(result);
  const late = await ana.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "Y" } });
  expect(late.status()).toBe(409);
  expect((await (await teacher.post(`/api/classes/${classId}/votes/${voteId}/close`)).json()).ballots.RUS.vote).toBe("N");

  // The stream delivered the vote as it happened, with ids in order.
  const { events, headers } = await stream;
  expect(headers.get("content-type")).toContain("text/event-stream");
  expect(headers.get("cache-control")).toBe("no-cache, no-transform");
  const types = events.map((event) => event.event);
  expect(types).toContain("vote-opened");
  expect(types.filter((type) => type === "ballot").length).toBeGreaterThanOrEqual(3 + 13);
  expect(types[types.length - 1]).toBe("vote-closed");
  expect(events.map((event) => event.id)).toEqual([...events.map((event) => event.id)].sort((a, b) => a - b));
  expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  const closedEvent = events.find((event) => event.event === "vote-closed")!;
  expect(closedEvent.data).toEqual({ voteId, result });

  // A reconnect with Last-Event-ID catches up from the database: everything after the opening.
  const openedEvent = events.find((event) => event.event === "vote-opened")!;
  const caughtUp = await readEvents(boris, `/api/classes/${classId}/events`, (list) => list.some((event) => event.event === "vote-closed"), { lastEventId: openedEvent.id });
  expect(caughtUp.events.map((event) => event.id)).toEqual(events.filter((event) => event.id > openedEvent.id).map((event) => event.id));

  // The record: CSV rows per seat with who cast what, and a Word file.
  const csv = await ana.get(`/api/classes/${classId}/record.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment;");
  const csvText = await csv.text();
  expect(csvText).toContain(",RUS,Russian Federation,N,delegate,Ana,");
  expect(csvText).toContain(",CHN,China,A,chair,");
  const docx = await teacher.get(`/api/classes/${classId}/record.docx`);
  expect(docx.status()).toBe(200);
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");

  // The teacher revokes Ana: her open stream ends, her cookie opens nothing any more, and she cannot rejoin.
  expect((await ana.delete(`/api/classes/${classId}/delegates/${anaId}`)).status()).toBe(403);
  let listening: () => void = () => undefined;
  const isListening = new Promise<void>((resolve) => (listening = resolve));
  const anaStream = readEvents(ana, `/api/classes/${classId}/events`, () => false, { timeoutMs: 15_000, onOpen: async () => listening() });
  await isListening;
  expect((await teacher.delete(`/api/classes/${classId}/delegates/${anaId}`)).status()).toBe(200);
  expect((await anaStream).endedByServer).toBe(true);
  expect((await ana.get(`/api/classes/${classId}`)).status()).toBe(404);
  expect((await ana.get(`/api/classes/${classId}/events`)).status()).toBe(404);
  expect((await ana.get(`/api/classes/${classId}/record.csv`)).status()).toBe(404);
  expect((await ana.post("/api/classes/join", { data: { code: joinCode, name: "Ana" } })).status()).toBe(403);

  // My classes.
  const mine = await (await teacher.get("/api/classes")).json();
  expect(mine.classes).toContainEqual({ id: classId, name: "Period 3 Council", body: "security-council", year: 2022, status: "open", role: "teacher" });

  for (const context of [ana, boris, seatless, anonymous]) await context.dispose();
  await teacherContext.close();
  await studentContext.close();
});

test("a signed-in delegate tables a draft, a guest co-sponsors it, the speakers' list runs, and the vote is on the tabled draft", async ({ browser, accounts }) => {
  const teacherContext = await registeredContext(browser, accounts, "teacher");
  const studentContext = await registeredContext(browser, accounts, "student");
  const teacher = teacherContext.request;
  const student = studentContext.request;
  const { id: classId, joinCode } = await (await teacher.post("/api/classes", { data: { name: "Council 2022", body: "security-council", year: 2022 } })).json();
  const { delegateId: studentId } = await (await student.post("/api/classes/join", { data: { code: joinCode } })).json();
  const visitor = await guest();
  const { delegateId: guestId } = await (await visitor.post("/api/classes/join", { data: { code: joinCode, name: "Gita" } })).json();
  await teacher.put(`/api/classes/${classId}/seats/ALB`, { data: { delegateIds: [studentId] } });
  await teacher.put(`/api/classes/${classId}/seats/IRL`, { data: { delegateIds: [guestId] } });

  const draft = await student.post("/api/drafts", {
    data: {
      document: {
        schemaVersion: 1,
        body: "security-council",
        symbol: "S/2022/155",
        agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine (S/2014/136)",
        sponsors: ["ALB"],
        preamble: [{ phrase: "Reaffirming", text: "its commitment to the sovereignty of Ukraine," }],
        operative: [{ phrase: "Deplores", text: "the aggression against Ukraine;", subparagraphs: [] }],
      },
    },
  });
  expect(draft.status()).toBe(201);
  const { id: draftId } = await draft.json();
  // A guest has no drafts; someone else's draft is not found.
  expect((await visitor.post(`/api/classes/${classId}/drafts`, { data: { draftId } })).status()).toBe(403);
  expect((await teacher.post(`/api/classes/${classId}/drafts`, { data: { draftId } })).status()).toBe(404);
  const tabled = await student.post(`/api/classes/${classId}/drafts`, { data: { draftId } });
  expect(tabled.status()).toBe(201);
  const { id: tabledId } = await tabled.json();
  expect(await (await visitor.post(`/api/classes/${classId}/drafts/${tabledId}/sponsors`)).json()).toEqual({ sponsors: ["ALB", "IRL"] });
  const read = await (await visitor.get(`/api/classes/${classId}/drafts/${tabledId}`)).json();
  expect(read).toMatchObject({ id: tabledId, symbol: "S/2022/155", sponsors: ["ALB", "IRL"] });
  expect(read.document.operative[0].phrase).toBe("Deplores");
  expect(read.document.sponsors).toEqual(["ALB", "IRL"]);
  const word = await visitor.get(`/api/classes/${classId}/drafts/${tabledId}/docx`);
  expect(word.headers()["content-disposition"]).toContain("attachment;");
  // The Word file's sponsors line names the class's sponsoring delegations.
  const wordText = await docxText(await word.body());
  expect(wordText).toContain("Albania and Ireland: draft resolution");

  // The speakers' list: a delegate adds their own seat only; the chair gives the floor.
  expect((await visitor.post(`/api/classes/${classId}/speakers`, { data: { action: "add", iso3: "USA" } })).status()).toBe(403);
  const queued = await (await visitor.post(`/api/classes/${classId}/speakers`, { data: { action: "add" } })).json();
  expect(queued.queue).toEqual([{ id: expect.any(String), iso3: "IRL", name: "Ireland" }]);
  expect((await visitor.post(`/api/classes/${classId}/speakers`, { data: { action: "next" } })).status()).toBe(403);
  const floor = await (await teacher.post(`/api/classes/${classId}/speakers`, { data: { action: "next" } })).json();
  expect(floor.current).toMatchObject({ iso3: "IRL", startedAt: expect.any(String) });
  expect(floor.queue).toEqual([]);

  // The vote on the tabled draft, as a roll call with a hidden tally: delegates see no one's vote but their own.
  const { voteId } = await (await teacher.post(`/api/classes/${classId}/votes`, { data: { draftId: tabledId, matter: "substantive", rollCall: true, hideTally: true } })).json();
  await visitor.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "Y" } });
  const hidden = (await (await visitor.get(`/api/classes/${classId}`)).json()).votes[0];
  expect(hidden).toMatchObject({ id: voteId, kind: "draft", draftId: tabledId, title: expect.stringContaining("Letter dated 28 February 2014"), ballots: null, tally: null, voted: 14, myBallot: { vote: "Y", by: "delegate" } });
  expect(hidden.rollCallOrder).toHaveLength(15);
  const chairView = (await (await teacher.get(`/api/classes/${classId}`)).json()).votes[0];
  expect(chairView.ballots.IRL).toMatchObject({ vote: "Y", by: "delegate" });
  const result = await (await teacher.post(`/api/classes/${classId}/votes/${voteId}/close`, { data: {} })).json();
  expect(result.ballots.ALB).toEqual({ vote: "NP", by: "none" });
  expect(result.notVoting).toBe(1);
  await visitor.dispose();
  await teacherContext.close();
  await studentContext.close();
});

test("a guest's cookie opens its own class only; a locked class takes no one new; an ended class is read-only", async ({ browser, accounts }) => {
  const teacherContext = await registeredContext(browser, accounts, "teacher");
  const teacher = teacherContext.request;
  const first = await (await teacher.post("/api/classes", { data: { name: "Assembly A", body: "general-assembly", year: 2022 } })).json();
  const second = await (await teacher.post("/api/classes", { data: { name: "Assembly B", body: "general-assembly", year: 2022 } })).json();
  const visitor = await guest();
  expect((await visitor.post("/api/classes/join", { data: { code: first.joinCode, name: "Dev" } })).status()).toBe(200);
  expect((await visitor.get(`/api/classes/${first.id}`)).status()).toBe(200);
  expect((await visitor.get(`/api/classes/${second.id}`)).status()).toBe(404);
  expect((await visitor.get("/api/classes")).status()).toBe(401);
  expect((await visitor.post("/api/classes", { data: { name: "Mine", body: "security-council", year: 2022 } })).status()).toBe(401);

  const view = await (await teacher.get(`/api/classes/${first.id}`)).json();
  expect(view.seatList).toHaveLength(193);
  expect(view.joinCode).toBe(first.joinCode);

  // A General Assembly vote: every seat nobody plays is voted by a bot from the Assembly's record.
  const { voteId } = await (await teacher.post(`/api/classes/${first.id}/votes`, { data: { kind: "draft", title: "Draft resolution A/77/L.1", matter: "substantive" } })).json();
  const result = await (await teacher.post(`/api/classes/${first.id}/votes/${voteId}/close`, { data: { botsVoteForSilent: true } })).json();
  expect(result.yes + result.no + result.abstain + result.notVoting).toBe(193);
  expect(result.vetoedBy).toEqual([]);
  expect(result.statement).toMatch(/^The draft resolution was (adopted by a recorded vote of|not adopted)/);

  expect((await teacher.patch(`/api/classes/${second.id}`, { data: { locked: true } })).status()).toBe(200);
  expect((await visitor.post("/api/classes/join", { data: { code: second.joinCode, name: "Dev" } })).status()).toBe(423);
  expect((await teacher.patch(`/api/classes/${first.id}`, { data: { status: "ended" } })).status()).toBe(200);
  expect((await teacher.post(`/api/classes/${first.id}/votes`, { data: { matter: "procedural" } })).status()).toBe(409);
  expect((await visitor.get(`/api/classes/${first.id}`)).status()).toBe(200);
  expect((await teacher.patch(`/api/classes/${first.id}`, { data: { colour: "red" } })).status()).toBe(400);
  await visitor.dispose();
  await teacherContext.close();
});
