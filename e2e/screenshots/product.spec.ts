import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { openPage } from "../helpers";
import { saveScreenshot, SCREENSHOTS } from "./save-screenshot";

/**
 * The README's screenshots (docs/screenshots/), taken from the built app by `npm run
 * screenshots`. Each test shows one part of the product as a user meets it, and checks that
 * the page shows what the picture is meant to show before taking it. To add a picture (the
 * live classroom, for one), add a test that brings a page to the state worth showing and calls
 * `saveScreenshot`; then add the PNG to the README's "Screenshots" section.
 */
const DESKTOP = { width: 1280, height: 1000 };
const PHONE = { width: 390, height: 844 };

test.use({ viewport: DESKTOP });

// A delegate with a plain name (the fixtures delete the account afterwards).
test.beforeEach(async ({ page, accounts }) => {
  await accounts.register(page, "student", "Amina Diallo", { exactName: true });
});

async function importExample(page: Page, example: string): Promise<string> {
  await openPage(page, "/drafts");
  await page.getByTestId("import-file").setInputFiles(`docs/examples/${example}.json`);
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("the editor beside its UN preview", async ({ page }) => {
  await importExample(page, "kazakhstan-2022");
  await expect(page.getByTestId("draft-preview")).toContainText("The Security Council,");
  await saveScreenshot(page, "editor");
});

test("the simulator after Predict", async ({ page }) => {
  await importExample(page, "ukraine-2022");
  await page.getByTestId("simulate-draft").click();
  await expect(page).toHaveURL(/\/simulate\?draft=/);
  await page.getByRole("button", { name: "Predict" }).click();
  await expect(page.getByTestId("prediction")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("prediction").locator("tbody tr")).toHaveCount(15);
  await saveScreenshot(page, "simulator");
});

test("a page of the Word export", async ({ page }) => {
  await importExample(page, "ukraine-2022");
  await page.getByRole("button", { name: "Download .docx" }).click();
  await page.getByLabel("A4").check();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const download = await downloadPromise;

  const work = mkdtempSync(path.join(tmpdir(), "workbench-screenshot-"));
  try {
    const docx = path.join(work, download.suggestedFilename());
    await download.saveAs(docx);
    // A profile of its own, so that a LibreOffice already open elsewhere does not take the job.
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(work, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx], { timeout: 120_000, stdio: "ignore" });
    const pdf = docx.replace(/\.docx$/, ".pdf");
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", pdf, path.join(work, "page")], { timeout: 60_000 });
    const png = readdirSync(work).find((file) => /^page-0*1\.png$/.test(file));
    expect(png, "pdftoppm made no picture of page 1").toBeDefined();
    renameSync(path.join(work, png!), path.join(SCREENSHOTS, "word-export.png"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("the drafts list on a phone", async ({ page }) => {
  await importExample(page, "ukraine-2022");
  await importExample(page, "kazakhstan-2022");
  await openPage(page, "/drafts");
  await page.getByRole("button", { name: "New draft" }).click();
  await page.getByRole("button", { name: /Condemning a military intervention/ }).click();
  await page.getByLabel("Agenda item").fill("Maintenance of international peace and security");
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");

  await page.setViewportSize(PHONE);
  await openPage(page, "/drafts");
  await expect(page.getByTestId("my-drafts").locator("li")).toHaveCount(3);
  await saveScreenshot(page, "drafts-phone");
});

// The live classroom: its screenshot test goes here (see the comment at the top of this file).
