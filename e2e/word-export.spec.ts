import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import JSZip from "jszip";
import { importExampleDraft, openPage } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

test("a draft downloads as a Word file in UN layout, and in THIMUN style", async ({ page }) => {
  await openPage(page, "/drafts");
  await page.getByTestId("import-file").setInputFiles("docs/examples/ukraine-2022.json");
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");

  await page.getByRole("button", { name: "Download .docx" }).click();
  await page.getByLabel("A4").check();
  let downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download", exact: true }).click();
  let download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("S-2022-155.docx");
  await expect(page.getByTestId("word-download-status")).toHaveText("Downloaded S-2022-155.docx.");

  let zip = await JSZip.loadAsync(await readFile((await download.path())!));
  let documentXml = await zip.file("word/document.xml")!.async("string");
  const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async("string")));
  const text = (xml: string) => xml.replace(/<[^>]+>/g, "");
  expect(headers.map(text).join(" ")).toContain("Security Council");
  expect(headers.map(text).join(" ")).toContain("25 February 2022");
  expect(text(documentXml)).toContain("Albania");
  expect(text(documentXml)).toContain(": draft resolution");
  expect(text(documentXml)).toContain("The Security Council,");
  expect(documentXml).not.toContain("altChunk");

  await page.getByLabel("Model UN (THIMUN style)").check();
  await page.getByLabel("Conference name (optional)").fill("Hague Model United Nations");
  downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download", exact: true }).click();
  download = await downloadPromise;
  zip = await JSZip.loadAsync(await readFile((await download.path())!));
  documentXml = await zip.file("word/document.xml")!.async("string");
  expect(text(documentXml)).toContain("THE SECURITY COUNCIL,");
  expect(text(documentXml)).toContain("Hague Model United Nations");
  expect(documentXml).toContain("<w:u ");
});

test("another user cannot export a draft that is not shared with them", async ({ page, browser, accounts }) => {
  await openPage(page, "/drafts");
  const draftId = await importExampleDraft(page);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await accounts.register(otherPage);
  const response = await otherPage.request.post(`/api/drafts/${draftId}/docx`, { data: { style: "un", paper: "a4" } });
  expect(response.status()).toBe(404);
  await other.close();
});
