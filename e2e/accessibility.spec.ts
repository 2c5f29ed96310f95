import { readFile } from "node:fs/promises";
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { expect, test, type Accounts } from "./fixtures";
import { expectAccessible, openPage, waitForHydration } from "./helpers";

// Every page and its main states pass axe (expectAccessible, e2e/helpers.ts). Each check is soft:
// one run reports every state's violations, and any of them fails the test.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function importExample(request: APIRequestContext, example: string): Promise<string> {
  const document = JSON.parse(await readFile(`docs/examples/${example}`, "utf8"));
  const response = await request.post("/api/drafts", { data: { document } });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

async function registeredPage(browser: Browser, accounts: Accounts, role: "teacher" | "student", options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await accounts.register(page, role, role === "teacher" ? "Tess Teacher" : "Sam Student");
  return { context, page };
}

test("the public pages: home, sign-in, register, council, charter, the simulator, join, not found", async ({ page }) => {
  test.setTimeout(120_000);
  for (const [url, state] of [
    ["/", "the home page"],
    ["/sign-in", "the sign-in page"],
    ["/register", "the registration page"],
    ["/council", "the council page"],
    ["/council?year=1965", "the council of 1965"],
    ["/charter", "the charter page"],
    ["/simulate?year=2022", "the simulator"],
    ["/join", "the join page"],
    ["/a-page-that-does-not-exist", "the not-found page"],
  ] as const) {
    await openPage(page, url);
    await expectAccessible(page, state, { soft: true });
  }

  // A refused sign-in shows its message.
  await openPage(page, "/sign-in");
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel("Email").fill("nobody-a11y@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, "the sign-in page after a refused sign-in", { soft: true });

  // A registration with errors shows them beside the fields.
  await openPage(page, "/register");
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Create account" }).click();
  await expectAccessible(page, "the registration page with field errors", { soft: true });
});

test("drafting: the drafts list, the editor, placeholders, history, the Word download and the conflict panel", async ({ page, accounts }) => {
  test.setTimeout(300_000);
  await accounts.register(page, "student");
  await openPage(page, "/drafts");
  await expectAccessible(page, "the empty drafts list", { soft: true });

  const draftId = await importExample(page.request, "ukraine-2022.json");
  const template = await page.request.post("/api/drafts", { data: { templateId: "condemn-intervention" } });
  expect(template.status()).toBe(201);
  const templateId = (await template.json()).id as string;

  await openPage(page, "/drafts");
  await expectAccessible(page, "the drafts list", { soft: true });
  await page.getByRole("button", { name: "New draft" }).click();
  await expectAccessible(page, "the drafts list with the new-draft choices open", { soft: true });

  await openPage(page, `/drafts/${templateId}`);
  await expect(page.getByTestId("placeholder-panel")).toBeVisible();
  await expectAccessible(page, "the editor of a template draft, with its placeholders and checks", { soft: true });

  await openPage(page, `/drafts/${draftId}`);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  await expectAccessible(page, "the editor", { soft: true });

  await page.getByRole("button", { name: "Download .docx" }).click();
  await expectAccessible(page, "the Word download options", { soft: true });
  await page.getByLabel("Model UN (THIMUN style)").check();
  await expectAccessible(page, "the Word download options, THIMUN style", { soft: true });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download", exact: true }).click();
  await download;
  await expect(page.getByTestId("word-download-status")).toContainText("Downloaded");
  await expectAccessible(page, "the editor after a Word download", { soft: true });

  // The conflict panel: the draft is saved elsewhere (the same account, another tab) while the editor is open.
  await page.getByLabel("Text of operative paragraph 1", { exact: true }).fill("Deplores in the strongest terms");
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  const stored = await page.request.get(`/api/drafts/${draftId}`);
  const revision = Number(stored.headers()["x-draft-revision"]);
  const document = await stored.json();
  document.operative[0].text = "a wording saved in another tab";
  expect((await page.request.put(`/api/drafts/${draftId}`, { data: { baseRevision: revision, document } })).status()).toBe(200);
  await page.getByLabel("Text of operative paragraph 1", { exact: true }).fill("a wording typed here");
  await expect(page.getByTestId("conflict-panel")).toBeVisible();
  await expectAccessible(page, "the editor's conflict panel", { soft: true });
  await page.getByTestId("conflict-panel").getByRole("button", { name: "Keep mine" }).click();
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");

  await openPage(page, `/drafts/${draftId}/history`);
  await expectAccessible(page, "the draft's history with a diff", { soft: true });

  // The simulator on the draft, after Predict, with the track record open.
  await openPage(page, `/simulate?draft=${draftId}`);
  await page.getByRole("button", { name: "Predict" }).click();
  await expect(page.getByTestId("prediction")).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, "the simulator with a prediction shown", { soft: true });
  await page.getByTestId("track-record").getByText("How reliable is this?").click();
  await expectAccessible(page, "the simulator with the prediction's track record open", { soft: true });
});

test("a live class: classes list, console, join pages, a delegate's phone, a tabled draft, the projector", async ({ browser, accounts }) => {
  test.setTimeout(300_000);
  const teacher = await registeredPage(browser, accounts, "teacher", { viewport: { width: 1280, height: 800 } });
  await openPage(teacher.page, "/classes");
  await expectAccessible(teacher.page, "the classes list of a teacher with no class", { soft: true });
  const created = await teacher.page.request.post("/api/classes", { data: { name: "Period 3 Council", body: "security-council", year: 2022 } });
  expect(created.status()).toBe(201);
  const { id: classId, joinCode } = (await created.json()) as { id: string; joinCode: string };
  await openPage(teacher.page, "/classes");
  await expectAccessible(teacher.page, "the classes list", { soft: true });

  // A signed-in student on a phone, with a draft to table.
  const student = await registeredPage(browser, accounts, "student", PHONE);
  const draftId = await importExample(student.page.request, "ukraine-2022.json");
  await openPage(student.page, `/join/${joinCode}`);
  await expectAccessible(student.page, "the join page of a signed-in student", { soft: true });
  const studentJoin = await student.page.request.post("/api/classes/join", { data: { code: joinCode } });
  const studentDelegate = (await studentJoin.json()).delegateId as string;

  // A guest on a phone.
  const guestContext = await browser.newContext(PHONE);
  const guest = await guestContext.newPage();
  await openPage(guest, `/join/${joinCode}`);
  await expectAccessible(guest, "the join page of a guest", { soft: true });
  const guestJoin = await guest.request.post("/api/classes/join", { data: { code: joinCode, name: "Grace" } });
  const guestDelegate = (await guestJoin.json()).delegateId as string;
  await openPage(guest, `/classes/${classId}`);
  await expectAccessible(guest, "a guest delegate's phone, waiting for a seat", { soft: true });

  expect((await teacher.page.request.put(`/api/classes/${classId}/seats/RUS`, { data: { delegateIds: [studentDelegate] } })).status()).toBe(200);
  expect((await teacher.page.request.put(`/api/classes/${classId}/seats/FRA`, { data: { delegateIds: [guestDelegate] } })).status()).toBe(200);
  const tabled = await student.page.request.post(`/api/classes/${classId}/drafts`, { data: { draftId } });
  expect(tabled.status()).toBe(201);
  const tabledId = (await tabled.json()).id as string;
  expect((await teacher.page.request.post(`/api/classes/${classId}/speakers`, { data: { action: "add", iso3: "FRA" } })).status()).toBe(200);

  await openPage(teacher.page, `/classes/${classId}`);
  await expect(teacher.page.getByTestId("connection")).toHaveText(/Live/);
  await expectAccessible(teacher.page, "the chair's console before a vote", { soft: true });

  await openPage(student.page, `/classes/${classId}/drafts/${tabledId}`);
  await expectAccessible(student.page, "a tabled draft on a phone", { soft: true });

  const opened = await teacher.page.request.post(`/api/classes/${classId}/votes`, { data: { kind: "draft", draftId: tabledId, matter: "substantive", basis: "chapter-vii" } });
  expect(opened.status()).toBe(201);
  const { voteId } = (await opened.json()) as { voteId: string };

  await expect(teacher.page.getByRole("heading", { name: "Vote in progress" })).toBeVisible();
  await expectAccessible(teacher.page, "the chair's console during a vote", { soft: true });
  await openPage(guest, `/classes/${classId}`);
  await expect(guest.getByRole("heading", { name: "Vote now" })).toBeVisible();
  await expectAccessible(guest, "a delegate's phone during a vote", { soft: true });
  await guest.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(guest.getByTestId("vote-recorded")).toContainText("Recorded: Yes");
  await expectAccessible(guest, "a delegate's phone after voting", { soft: true });

  const projector = await teacher.context.newPage();
  await openPage(projector, `/classes/${classId}/projector`);
  await expectAccessible(projector, "the projector during a vote", { soft: true });

  expect((await student.page.request.post(`/api/classes/${classId}/votes/${voteId}/ballot`, { data: { vote: "N" } })).status()).toBe(200);
  expect((await teacher.page.request.post(`/api/classes/${classId}/votes/${voteId}/close`)).status()).toBe(200);
  await expect(teacher.page.getByTestId("vote-statement")).toBeVisible();
  await expectAccessible(teacher.page, "the chair's console after a veto, with the way on", { soft: true });
  await expect(projector.getByTestId("vote-statement")).toBeVisible();
  await expectAccessible(projector, "the projector after a vote", { soft: true });
  await openPage(student.page, `/classes/${classId}`);
  await expectAccessible(student.page, "a seated student's phone after the vote", { soft: true });

  await Promise.all([teacher.context.close(), student.context.close(), guestContext.close()]);
});

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, what: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 300;
  const key = options.backwards ? "Shift+Tab" : "Tab";
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? "nothing");
  throw new Error(`${what} was not reached after ${max} presses of ${key}; the focus is on ${focused}`);
}

test.describe("keyboard only", () => {
  test.use({ signedInAs: "student" });

  test("drafting a resolution, simulating its vote and downloading the Word file, without the mouse", async ({ page }) => {
    test.setTimeout(300_000);
    await openPage(page, "/drafts");

    await tabTo(page, page.getByRole("button", { name: "New draft" }), "New draft");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: /Blank Security Council draft/ }), "the blank Security Council draft");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
    await waitForHydration(page);
    await expect(page.getByTestId("autosave-status")).toHaveText("Saved");

    // A preambular paragraph: added with Enter, its phrase and text typed.
    await tabTo(page, page.getByRole("button", { name: "+ Add preambular paragraph" }), "+ Add preambular paragraph");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Opening phrase of preambular paragraph 2", { exact: true }), "the new preambular paragraph's phrase", { backwards: true });
    await page.keyboard.type("Recalling");
    await tabTo(page, page.getByLabel("Text of preambular paragraph 2", { exact: true }), "the new preambular paragraph's text");
    await page.keyboard.type("its resolution 2202 (2015)");

    // An operative paragraph, the same way.
    await tabTo(page, page.getByRole("button", { name: "+ Add operative paragraph" }), "+ Add operative paragraph");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Opening phrase of operative paragraph 2", { exact: true }), "the new operative paragraph's phrase", { backwards: true });
    await page.keyboard.type("Demands");
    await tabTo(page, page.getByLabel("Text of operative paragraph 2", { exact: true }), "the new operative paragraph's text");
    await page.keyboard.type("an immediate ceasefire");

    const preview = page.getByTestId("draft-preview");
    await expect(preview).toContainText("Recalling its resolution 2202 (2015),");
    await expect(preview.locator(".un-operative").nth(1)).toHaveText("2.Demands an immediate ceasefire.");
    await expect(page.getByTestId("autosave-status")).toHaveText("Saved");

    // The Word file: the options open with Enter, the radio buttons change with the arrow keys.
    await tabTo(page, page.getByRole("button", { name: "Download .docx" }), "Download .docx", { backwards: true });
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("A4"), "the A4 paper choice");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("US Letter")).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Download", exact: true }), "Download");
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await expect(page.getByTestId("word-download-status")).toContainText("Downloaded");

    // The vote: a seat changed with Enter and Space, then Predict for the others.
    await tabTo(page, page.getByRole("link", { name: "Simulate the vote" }), "Simulate the vote", { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/simulate\?draft=/);
    await waitForHydration(page);
    const russia = page.getByTestId("seat-RUS");
    const before = await russia.getAttribute("data-vote");
    await tabTo(page, russia, "the Russian Federation's seat");
    await page.keyboard.press("Enter");
    await expect(russia).not.toHaveAttribute("data-vote", before ?? "");
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Predict" }), "Predict");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("prediction")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("statement")).toContainText("draft resolution");
  });
});
