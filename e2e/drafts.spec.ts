import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openPage } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

const TEMPLATE = /Condemning a military intervention/;

async function createDraft(page: Page, choice: RegExp | string): Promise<string> {
  await openPage(page, "/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await page.getByRole("button", { name: choice }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The owner invites an email from the draft's Sharing panel. */
async function invite(owner: Page, email: string, access: "editor" | "reader"): Promise<void> {
  await owner.getByLabel("Email to invite").fill(email);
  await owner.getByLabel("Access").selectOption(access);
  await owner.getByRole("button", { name: "Invite" }).click();
  await expect(owner.getByTestId("share-notice")).toContainText(`Invitation to ${email}`);
}

/** The invited user accepts the (only) invitation on their Drafts page and lands on the draft. */
async function acceptInvitation(page: Page, draftId: string): Promise<void> {
  await openPage(page, "/drafts");
  await page.getByTestId("invitation").getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByTestId("shared-drafts").locator(`a[href="/drafts/${draftId}"]`)).toBeVisible();
  await openPage(page, `/drafts/${draftId}`);
}

const operativeText = (page: Page, number: number) => page.getByLabel(`Text of operative paragraph ${number}`, { exact: true });
const preview = (page: Page) => page.getByTestId("draft-preview");
const saved = (page: Page) => expect(page.getByTestId("autosave-status")).toHaveText("Saved");

test("a draft from the intervention template, with its placeholders filled, reads in UN form", async ({ page }) => {
  await createDraft(page, TEMPLATE);

  await expect(preview(page).locator("mark.placeholder-mark").first()).toBeVisible();
  await expect(page.getByTestId("checks-panel").locator('[data-code="unfilled-placeholder"]').first()).toBeVisible();

  const fill = async (placeholder: string, value: string) => {
    await page.getByLabel(`Value for ${placeholder}`).fill(value);
    await page.getByRole("button", { name: `Fill ${placeholder}` }).click();
  };
  await fill("[State]", "Ukraine");
  await fill("[Intervening State]", "the Russian Federation");
  await fill("[date]", "24 February 2022");
  await fill("[number]", "30");

  await expect(page.getByTestId("placeholder-panel")).toHaveCount(0);
  await expect(preview(page)).toContainText("territorial integrity of Ukraine within its internationally recognized borders,");
  await expect(preview(page)).toContainText("the military intervention of the Russian Federation in Ukraine");
  await expect(preview(page)).not.toContainText("[State]");
  await expect(preview(page).locator("mark.placeholder-mark")).toHaveCount(0);
  await expect(preview(page).locator(".un-opening em")).toHaveText("The Security Council,");
  await expect(preview(page).locator(".un-operative").first().locator(".un-number")).toHaveText("1.");
  await expect(preview(page).locator(".un-operative").first().locator("em")).toHaveText("Condemns");
  await expect(page.getByTestId("checks-panel").locator('[data-code="unfilled-placeholder"]')).toHaveCount(0);

  await saved(page);
  await page.reload();
  await expect(preview(page)).toContainText("the military intervention of the Russian Federation in Ukraine");
});

test("Alt+ArrowDown moves a paragraph and the preview numbering follows", async ({ page }) => {
  await createDraft(page, "Blank Security Council draft");
  await page.getByRole("button", { name: "+ Add operative paragraph" }).click();
  await page.getByLabel("Opening phrase of operative paragraph 1", { exact: true }).fill("Condemns");
  await operativeText(page, 1).fill("the first act");
  await page.getByLabel("Opening phrase of operative paragraph 2", { exact: true }).fill("Demands");
  await operativeText(page, 2).fill("the second thing");

  const operative = preview(page).locator(".un-operative");
  await expect(operative.nth(0)).toHaveText("1.Condemns the first act;");
  await expect(operative.nth(1)).toHaveText("2.Demands the second thing.");

  await operativeText(page, 1).focus();
  await page.keyboard.press("Alt+ArrowDown");

  await expect(operative.nth(0)).toHaveText("1.Demands the second thing;");
  await expect(operative.nth(1)).toHaveText("2.Condemns the first act.");
  // Focus stays with the moved paragraph, so that a second press moves it again.
  await expect(operativeText(page, 2)).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(operative.nth(0)).toHaveText("1.Condemns the first act;");
  await page.keyboard.press("Alt+ArrowDown");
  await expect(operative.nth(1)).toHaveText("2.Condemns the first act.");

  await saved(page);
  await page.reload();
  await expect(operative.nth(0)).toHaveText("1.Demands the second thing;");
  await expect(operativeText(page, 2)).toHaveValue("the first act");
});

async function draftWithOperatives(page: Page, texts: string[]): Promise<void> {
  await createDraft(page, "Blank Security Council draft");
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.getByRole("button", { name: "+ Add operative paragraph" }).click();
    await page.getByLabel(`Opening phrase of operative paragraph ${index + 1}`, { exact: true }).fill("Decides");
    await operativeText(page, index + 1).fill(text);
  }
  await saved(page);
}

const dragHandle = (page: Page, name: string) => page.getByRole("button", { name: `Drag ${name}`, exact: true });

test("dragging a paragraph's handle with the mouse moves it, and the numbering follows", async ({ page }) => {
  await draftWithOperatives(page, ["first", "second", "third"]);
  const operative = preview(page).locator(".un-operative");
  await expect(operative.nth(2)).toHaveText("3.Decides third.");

  const from = await dragHandle(page, "operative paragraph 3").boundingBox();
  const to = await dragHandle(page, "operative paragraph 1").boundingBox();
  if (!from || !to) throw new Error("The drag handles are not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 4, { steps: 16 });
  await page.mouse.up();

  await expect(operative.nth(0)).toHaveText("1.Decides third;");
  await expect(operative.nth(1)).toHaveText("2.Decides first;");
  await expect(operative.nth(2)).toHaveText("3.Decides second.");
  await expect(operativeText(page, 1)).toHaveValue("third");
  await expect(page.getByText("Operative paragraph 3 moved to position 1.")).toBeAttached();

  // A click into a text field is a click, not the start of a drag.
  await operativeText(page, 2).click();
  await expect(operativeText(page, 2)).toBeFocused();
  await page.keyboard.type(" act");
  await expect(operative.nth(1)).toHaveText("2.Decides first act;");

  await saved(page);
  await page.reload();
  await expect(operative.nth(0)).toHaveText("1.Decides third;");
  await expect(operative.nth(1)).toHaveText("2.Decides first act;");
});

test("a paragraph is dragged from the keyboard: Space on its handle, an arrow key, Space", async ({ page }) => {
  await draftWithOperatives(page, ["first", "second", "third"]);
  const operative = preview(page).locator(".un-operative");

  await dragHandle(page, "operative paragraph 2").focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("Picked up operative paragraph 2, at position 2 of 3.")).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText("Operative paragraph 2 is over position 1 of 3.")).toBeAttached();
  await page.keyboard.press("Space");

  await expect(operative.nth(0)).toHaveText("1.Decides second;");
  await expect(operative.nth(1)).toHaveText("2.Decides first;");
  await expect(page.getByText("Operative paragraph 2 moved to position 1.")).toBeAttached();

  // Escape cancels a keyboard drag and leaves the order as it was.
  await dragHandle(page, "operative paragraph 3").focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("Picked up operative paragraph 3, at position 3 of 3.")).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText("Operative paragraph 3 is over position 2 of 3.")).toBeAttached();
  await page.keyboard.press("Escape");
  await expect(page.getByText("Move cancelled. Operative paragraph 3 stays at position 3.")).toBeAttached();
  await expect(operative.nth(2)).toHaveText("3.Decides third.");

  await saved(page);
  await page.reload();
  await expect(operative.nth(0)).toHaveText("1.Decides second;");
});

test("everything typed is still there after a reload", async ({ page }) => {
  const id = await createDraft(page, "Blank Security Council draft");
  await page.getByLabel("Symbol").fill("S/2026/12");
  await page.getByLabel("Agenda item").fill("The situation in the Middle East");
  const sponsors = page.getByRole("combobox", { name: "Sponsors" });
  await sponsors.fill("Alban");
  await sponsors.press("Enter");
  await sponsors.fill("norw");
  await sponsors.press("Enter");
  await expect(page.getByTestId("sponsor-chips")).toContainText("Albania");
  await expect(page.getByTestId("sponsor-chips")).toContainText("Norway");
  await page.getByLabel("Opening phrase of preambular paragraph 1", { exact: true }).fill("Recalling");
  await page.getByLabel("Text of preambular paragraph 1", { exact: true }).fill("its previous resolutions on the matter");
  await page.getByRole("button", { name: "Add subparagraph to operative paragraph 1" }).click();
  await page.getByLabel("Text of subparagraph 1 (a)", { exact: true }).fill("first subparagraph");
  await saved(page);

  await page.reload();
  await expect(page.getByLabel("Symbol")).toHaveValue("S/2026/12");
  await expect(page.getByLabel("Agenda item")).toHaveValue("The situation in the Middle East");
  await expect(page.getByRole("button", { name: "Remove Albania" })).toBeVisible();
  await expect(page.getByTestId("sponsor-chips")).toContainText("Norway");
  await expect(page.getByLabel("Text of preambular paragraph 1", { exact: true })).toHaveValue("its previous resolutions on the matter");
  await expect(preview(page)).toContainText("Albania and Norway: draft resolution");
  await expect(preview(page).locator(".un-sub-1")).toHaveText("(a)first subparagraph.");
  await expect(page.getByTestId("preview-symbol")).toHaveText("S/2026/12");

  // Chips are removable from the keyboard.
  await page.getByRole("button", { name: "Remove Albania" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("sponsor-chips")).not.toContainText("Albania");
  await saved(page);
  const response = await page.request.get(`/api/drafts/${id}`);
  expect((await response.json()).sponsors).toEqual(["NOR"]);
});

test("text typed while the server is unreachable survives a reload and is saved afterwards", async ({ page }) => {
  const id = await createDraft(page, "Blank Security Council draft");
  await page.route(`**/api/drafts/${id}`, (route) => (route.request().method() === "PUT" ? route.abort("internetdisconnected") : route.continue()));
  await operativeText(page, 1).fill("typed while offline");
  await expect(page.getByTestId("autosave-status")).toHaveText("Offline — retrying");

  await page.unroute(`**/api/drafts/${id}`);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.route(`**/api/drafts/${id}`, (route) => (route.request().method() === "PUT" ? route.abort("internetdisconnected") : route.continue()));
  await page.reload();
  await expect(page.getByTestId("restored-notice")).toBeVisible();
  await expect(operativeText(page, 1)).toHaveValue("typed while offline");
  await page.unroute(`**/api/drafts/${id}`);
  await page.getByRole("button", { name: "Retry now" }).click();
  await saved(page);
  const response = await page.request.get(`/api/drafts/${id}`);
  expect((await response.json()).operative[0].text).toBe("typed while offline");
});

test("two co-authors save over each other: the conflict shows both texts and Keep mine resolves it", async ({ page: owner, browser, accounts }) => {
  const coAuthorContext = await browser.newContext();
  const coAuthor = await coAuthorContext.newPage();
  const coAuthorUser = await accounts.register(coAuthor, "student", "Grace Coauthor");

  const id = await createDraft(owner, "Blank Security Council draft");
  await invite(owner, coAuthorUser.email, "editor");
  await acceptInvitation(coAuthor, id);
  await expect(coAuthor.getByTestId("autosave-status")).toHaveText("Saved");

  await operativeText(owner, 1).fill("the owner's wording");
  await saved(owner);

  await operativeText(coAuthor, 1).fill("the co-author's wording");
  const panel = coAuthor.getByTestId("conflict-panel");
  await expect(panel).toBeVisible();
  await expect(coAuthor.getByTestId("autosave-status")).toHaveText("Changed elsewhere");
  await expect(panel.getByRole("heading", { name: "This draft was changed elsewhere" })).toBeVisible();
  await expect(coAuthor.getByTestId("conflict-theirs")).toContainText("the owner's wording");
  await expect(coAuthor.getByTestId("conflict-mine")).toContainText("the co-author's wording");
  await expect(coAuthor.getByTestId("conflict-diff").locator("ins").first()).toContainText("co-author");

  await panel.getByRole("button", { name: "Keep mine" }).click();
  await expect(panel).toHaveCount(0);
  await saved(coAuthor);

  await owner.reload();
  await expect(operativeText(owner, 1)).toHaveValue("the co-author's wording");
  await owner.getByRole("link", { name: "History" }).click();
  await expect(owner.getByTestId("revision-table")).toContainText("Grace Coauthor");
  await coAuthorContext.close();
});

test("sharing is an invitation: the same answer for any email, no access until the invited user accepts", async ({ page: owner, browser, accounts, signedInUser }) => {
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const readerUser = await accounts.register(reader, "student", "Rhea Reader");
  const id = await createDraft(owner, "Blank Security Council draft");

  // An email with an account and one without get the same answer, naming no one.
  const unknownEmail = `nobody-${readerUser.email}`;
  await invite(owner, unknownEmail, "reader");
  const unknownNotice = (await owner.getByTestId("share-notice").textContent())!;
  await invite(owner, readerUser.email, "reader");
  const knownNotice = (await owner.getByTestId("share-notice").textContent())!;
  expect(knownNotice.replace(readerUser.email, "EMAIL")).toBe(unknownNotice.replace(unknownEmail, "EMAIL"));
  expect(knownNotice).not.toContain("Rhea Reader");
  await expect(owner.getByTestId("pending-invitation")).toHaveCount(2);
  await expect(owner.getByTestId("share-panel")).not.toContainText("Rhea Reader");

  // Before accepting, the draft does not exist for the invited user.
  await reader.goto(`/drafts/${id}`);
  await expect(reader.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await reader.request.get(`/api/drafts/${id}`)).status()).toBe(404);

  // The invitation waits on the invited user's Drafts page, from the owner, as reader.
  await openPage(reader, "/drafts");
  const invitation = reader.getByTestId("invitation");
  await expect(invitation).toHaveCount(1);
  await expect(invitation).toContainText(signedInUser!.name);
  await expect(invitation).toContainText("reader");
  await acceptInvitation(reader, id);
  expect((await reader.request.get(`/api/drafts/${id}`)).status()).toBe(200);
  const save = await reader.request.put(`/api/drafts/${id}`, { data: { baseRevision: 1, document: { schemaVersion: 1, body: "security-council" } } });
  expect(save.status()).toBe(403);

  // The owner now sees the reader by name; the unanswered invitation is still pending and can be withdrawn.
  await owner.reload();
  await expect(owner.getByTestId("share-list")).toContainText("Rhea Reader");
  await expect(owner.getByTestId("pending-invitation")).toHaveCount(1);
  await owner.getByRole("button", { name: `Withdraw the invitation to ${unknownEmail}` }).click();
  await expect(owner.getByTestId("pending-invitation")).toHaveCount(0);

  // A declined invitation shares nothing.
  const second = await createDraft(owner, "Blank Security Council draft");
  await invite(owner, readerUser.email, "editor");
  await openPage(reader, "/drafts");
  await reader.getByTestId("invitation").getByRole("button", { name: /^Decline/ }).click();
  await expect(reader.getByTestId("invitation")).toHaveCount(0);
  await reader.reload();
  await expect(reader.getByTestId("invitations")).toHaveCount(0);
  expect((await reader.request.get(`/api/drafts/${second}`)).status()).toBe(404);
  await readerContext.close();
});

test("forty saves on one revision at once: one wins, thirty-nine are told of the conflict; an oversized body is refused unread", async ({ page }) => {
  const id = await createDraft(page, "Blank Security Council draft");
  const document = (text: string) => ({ schemaVersion: 1, body: "security-council", operative: [{ phrase: "Decides", text }] });
  const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => page.request.put(`/api/drafts/${id}`, { data: { baseRevision: 1, document: document(`save ${index}`) } })));
  const statuses = answers.map((answer) => answer.status());
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(39);

  const huge = await page.request.put(`/api/drafts/${id}`, { data: { baseRevision: 2, document: document("x".repeat(5 * 1024 * 1024)) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).message).toMatch(/too large/);
});

test("the history shows a word diff and restores an old revision as a new one", async ({ page }) => {
  const id = await createDraft(page, "Blank Security Council draft");
  await operativeText(page, 1).fill("Version one of the text");
  await saved(page);
  await operativeText(page, 1).fill("Version two of the text");
  await saved(page);
  await expect(page.getByTestId("draft-revision")).toHaveText("3");

  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}/history`));
  const diff = page.getByTestId("history-diff");
  await expect(diff.locator("del")).toContainText("one");
  await expect(diff.locator("ins")).toContainText("two");

  await page.getByRole("button", { name: "Restore revision 2" }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}$`));
  await expect(operativeText(page, 1)).toHaveValue("Version one of the text");
  await expect(page.getByTestId("draft-revision")).toHaveText("4");
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("revision-table")).toContainText("Restored");
});

test("a draft exported as JSON imports as the same draft; a malformed file is refused with the reason", async ({ page }) => {
  await createDraft(page, TEMPLATE);
  await page.getByLabel("Value for [State]").fill("Ukraine");
  await page.getByRole("button", { name: "Fill [State]" }).click();
  await page.getByLabel("Symbol").fill("S/2022/155");
  await saved(page);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("S-2022-155.json");
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.symbol).toBe("S/2022/155");

  await openPage(page, "/drafts");
  await expect(page.getByTestId("my-drafts").locator("li")).toHaveCount(1);
  await page.getByTestId("import-file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, body: "security-council", operative: [{ phrase: 5, text: "x" }] })),
  });
  await expect(page.getByTestId("draft-list-error")).toContainText("operative[0].phrase: must be a string (got number)");
  await page.reload();
  await expect(page.getByTestId("my-drafts").locator("li")).toHaveCount(1);

  await page.getByTestId("import-file").setInputFiles({ name: "S-2022-155.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const importedId = new URL(page.url()).pathname.split("/").pop()!;
  const imported = await (await page.request.get(`/api/drafts/${importedId}`)).json();
  const paragraphs = (draft: { preamble: unknown[]; operative: unknown[] }) => ({ preamble: draft.preamble, operative: draft.operative });
  expect(paragraphs(imported)).toEqual(paragraphs(exported));
  expect(imported.symbol).toBe("S/2022/155");
});

test("a draft not shared with a user is not found for them, in the page and in the API", async ({ page: owner, browser, accounts }) => {
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await accounts.register(stranger);
  const id = await createDraft(owner, "Blank Security Council draft");

  await stranger.goto(`/drafts/${id}`);
  await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(stranger.getByTestId("autosave-status")).toHaveCount(0);
  const get = await stranger.request.get(`/api/drafts/${id}`);
  expect(get.status()).toBe(404);
  expect((await get.json()).code).toBe("not-found");
  const put = await stranger.request.put(`/api/drafts/${id}`, { data: { baseRevision: 1, document: { schemaVersion: 1, body: "security-council" } } });
  expect(put.status()).toBe(404);
  const unknown = await stranger.request.get(`/api/drafts/no-such-draft`);
  expect(unknown.status()).toBe(404);
  await stranger.goto(`/drafts/${id}/history`);
  await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();

  // Signed out, the API answers 401 with a JSON reason, not a redirect.
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.get(`${test.info().project.use.baseURL}/api/drafts/${id}`);
  expect(signedOut.status()).toBe(401);
  await anonymous.close();
  await strangerContext.close();
});
