import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { buildDraftDocx } from "../lib/core/docx/build-draft-docx";
import { getExample } from "../lib/core/draft/examples";
import { expect, test } from "./fixtures";
import { openPage } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

const EXTRA_LINE = "Welcome further reports from the Secretary-General on the situation";

/** The Kazakhstan example exported to Word in UN style, with one hand-written line added at its end. */
async function exampleWithExtraLine(): Promise<Buffer> {
  const bytes = await buildDraftDocx(getExample("kazakhstan-2022"), { style: "un", paper: "a4" });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const extra = `<w:p><w:r><w:t xml:space="preserve">${EXTRA_LINE}</w:t></w:r></w:p>`;
  zip.file("word/document.xml", xml.replace("<w:sectPr", `${extra}<w:sectPr`));
  return zip.generateAsync({ type: "nodebuffer" });
}

const summary = (page: Page) => page.getByTestId("import-summary");

async function openImport(page: Page) {
  await openPage(page, "/drafts");
  await page.getByRole("link", { name: "Import Word or text" }).click();
  await expect(page).toHaveURL(/\/drafts\/import$/);
  await expect(page.getByRole("heading", { name: "Import a draft" })).toBeVisible();
}

test("a Word file is reviewed beside the UN preview, a line is assigned, and the draft opens in the editor", async ({ page }) => {
  await openImport(page);
  await page.getByTestId("import-docx").setInputFiles({
    name: "kazakhstan-2022.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await exampleWithExtraLine(),
  });
  await page.getByRole("button", { name: "Read file" }).click();

  await expect(summary(page)).toContainText("8 preambular and 6 operative paragraphs recognised");
  await expect(summary(page)).toContainText("1 line was not recognised");
  const preview = page.getByTestId("draft-preview");
  await expect(preview.locator(".un-opening em")).toHaveText("The Security Council,");
  await expect(preview).toContainText("Albania and Norway: draft resolution");
  await expect(page.getByTestId("import-source").locator('[data-part="sponsors"]')).toContainText("Albania and Norway");
  await expect(page.getByTestId("import-source").locator('[data-part="preambular"]')).toHaveCount(8);

  const unrecognised = page.getByTestId("import-source").locator('[data-part="unrecognised"]');
  await expect(unrecognised).toHaveText(new RegExp(EXTRA_LINE));
  await expect(page.getByRole("button", { name: "Create draft" })).toBeDisabled();

  await unrecognised.getByLabel("This line is").selectOption("operative");
  await expect(summary(page)).toContainText("7 operative paragraphs recognised");
  await expect(summary(page)).toContainText("Every line is accounted for");
  await expect(preview).toContainText(EXTRA_LINE);

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  // The example's own first operative phrase, whatever it is, arrives in the editor.
  await expect(page.getByLabel("Opening phrase of operative paragraph 1", { exact: true })).toHaveValue(getExample("kazakhstan-2022").operative[0].phrase);
  await expect(page.getByLabel("Text of operative paragraph 7", { exact: true })).toHaveValue(EXTRA_LINE);
  await expect(page.getByTestId("draft-preview")).toContainText("Guided by the purposes and principles of the Charter of the United Nations,");
});

test("a file that is not a Word document gets one clear message and creates nothing", async ({ page }) => {
  await openImport(page);
  await page.getByTestId("import-docx").setInputFiles({ name: "scan.docx", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n") });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByTestId("import-error")).toHaveText(/^This is not a Word document\./);
  await expect(page.getByTestId("import-summary")).toHaveCount(0);

  await page.getByLabel("Text of the resolution").fill("Dear colleagues,\nPlease find the agenda attached.");
  await page.getByRole("button", { name: "Read text" }).click();
  await expect(page.getByTestId("import-error")).toHaveText(/^No resolution was found in this document/);

  await openPage(page, "/drafts");
  await expect(page.getByTestId("my-drafts")).toContainText("You have no drafts yet");
});

test("pasted text is reviewed and created on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openImport(page);
  await page.getByLabel("Text of the resolution").fill(
    ["The Security Council,", "Recalling its resolution 2202 (2015),", "1. Calls upon all parties:", "(a) to cease fire;", "(b) to allow humanitarian access;", "2. Decides to remain seized of the matter."].join("\n"),
  );
  await page.getByRole("button", { name: "Read text" }).click();
  await expect(summary(page)).toContainText("1 preambular and 2 operative paragraphs recognised");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  await expect(page.getByTestId("draft-preview")).toContainText("to allow humanitarian access;");
});
