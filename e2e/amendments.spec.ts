import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { importExampleDraft, openPage } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

async function propose(page: Page, options: { paragraph: RegExp; action: string; sponsor: string; phrase?: string; text?: string; position?: string }) {
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Propose an amendment" }) });
  await form.getByLabel("Amendment", { exact: true }).selectOption({ label: options.action });
  const paragraph = form.getByLabel("Paragraph", { exact: true });
  const value = await paragraph.locator("option").filter({ hasText: options.paragraph }).first().getAttribute("value");
  await paragraph.selectOption(value!);
  if (options.position) await form.getByLabel("Where").selectOption(options.position);
  if (options.phrase !== undefined) await form.getByLabel("Opening phrase").fill(options.phrase);
  if (options.text !== undefined) await form.getByLabel("Text", { exact: true }).fill(options.text);
  const sponsors = form.getByRole("combobox", { name: "Proposed by" });
  await sponsors.fill(options.sponsor);
  await sponsors.press("Enter");
  await expect(form.getByTestId("amendment-sponsor-chips")).toContainText(options.sponsor);
  await form.getByRole("button", { name: "Propose" }).click();
}

async function vote(page: Page, votes: Record<string, string>) {
  const current = page.getByTestId("current-vote");
  for (const [state, value] of Object.entries(votes)) await current.getByLabel(`Vote of ${state}`).selectOption({ label: value });
  await current.getByRole("button", { name: "Record the vote" }).click();
}

test("propose amendments, accept one as friendly, vote the sequence with a veto, and download the amendment document", async ({ page }) => {
  await openPage(page, "/drafts");
  await page.getByTestId("import-file").setInputFiles("docs/examples/ukraine-2022.json");
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  await page.getByTestId("draft-amendments").click();
  await expect(page.getByRole("heading", { name: "Amendments", exact: true })).toBeVisible();

  await propose(page, { paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" });
  await expect(page.getByTestId("amendment-A1")).toContainText("Delete operative paragraph 6");
  await propose(page, { paragraph: /^Operative paragraph 2:/, action: "Replace the text", sponsor: "United Arab Emirates", phrase: "Deplores", text: "the military operation in Ukraine" });
  await expect(page.getByTestId("amendment-A2")).toContainText("Operative paragraph 2: Replace “Deplores in the strongest terms");
  await propose(page, { paragraph: /^Operative paragraph 8:/, action: "Insert a new paragraph", sponsor: "India", position: "after", phrase: "Encourages", text: "continued dialogue between the parties" });
  await expect(page.getByTestId("amendment-A3")).toContainText("After operative paragraph 8, insert a new paragraph reading: “Encourages continued dialogue between the parties”");

  // The sponsors' side accepts A3 as friendly: it is in the clean text without a vote.
  await page.getByTestId("amendment-A3").getByRole("button", { name: "Accept as friendly" }).click();
  await expect(page.getByTestId("amendment-A3").getByTestId("amendment-status")).toHaveText("Friendly");
  await page.getByLabel(/Clean text as amended/).check();
  await expect(page.getByTestId("clean-text")).toContainText("9. Encourages continued dialogue between the parties;");
  await page.getByLabel("Tracked changes").check();
  await expect(page.getByTestId("tracked-text").locator("del").first()).toBeVisible();
  await expect(page.getByTestId("tracked-text").locator("ins", { hasText: "military" })).toBeVisible();

  // Order of voting (Council rule 36): the deletion first, then the replacement.
  await expect(page.getByTestId("voting-order").locator("li")).toHaveText([/^A1/, /^A2/]);
  await page.getByRole("button", { name: "Start voting" }).click();
  await vote(page, { "United States": "No" });
  await expect(page.getByTestId("step-statement").nth(0)).toHaveText(
    "The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).",
  );
  await vote(page, { India: "Abstain" });
  await expect(page.getByTestId("step-statement").nth(1)).toHaveText("The amendment was adopted by 14 votes to none, with 1 abstention.");
  await vote(page, { "Russian Federation": "No", China: "Abstain", India: "Abstain", "United Arab Emirates": "Abstain" });
  await expect(page.getByTestId("step-statement").nth(2)).toHaveText(
    "The draft resolution, as amended, was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
  );
  await expect(page.getByTestId("sequence-complete")).toBeVisible();
  await page.getByRole("button", { name: "Save the amendments' results" }).click();
  await expect(page.getByTestId("amendment-A1").getByTestId("amendment-status")).toHaveText("Rejected");
  await expect(page.getByTestId("amendment-A2").getByTestId("amendment-status")).toHaveText("Adopted");

  // The amendment document of A1, in UN layout.
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("amendment-A1").getByRole("link", { name: ".docx" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("S-2022-155-amendments.docx");
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const text = (xml: string) => xml.replace(/<w:p[ >]/g, "\n$&").replace(/<[^>]+>/g, "");
  const body = text(await zip.file("word/document.xml")!.async("string"));
  expect(body).toContain("Amendment to draft resolution S/2022/155");
  expect(body).toContain("Russian Federation: amendment A1");
  expect(body).toContain("Delete operative paragraph 6");
});

test("another user cannot download a draft's amendments, and a bad query is a clear 400", async ({ page, browser, accounts }) => {
  await openPage(page, "/drafts");
  const draftId = await importExampleDraft(page);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await accounts.register(otherPage);
  expect((await otherPage.request.get(`/api/drafts/${draftId}/amendments/docx?kind=amendments`)).status()).toBe(404);
  expect((await page.request.get(`/api/drafts/${draftId}/amendments/docx?kind=nonsense`)).status()).toBe(400);
  await other.close();
});
