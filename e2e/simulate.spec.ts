import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { openPage, setSeatVote } from "./helpers";

test("setting votes as on S/2022/155 shows a veto in the UN's words, then the way on", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await setSeatVote(page, "RUS", "N");
  await setSeatVote(page, "CHN", "A");
  await setSeatVote(page, "IND", "A");
  await setSeatVote(page, "ARE", "A");
  await expect(page.getByTestId("yes-count")).toContainText("Yes 11");
  await expect(page.getByTestId("veto-line")).toContainText("Russian Federation — a veto");
  await expect(page.getByTestId("statement")).toHaveText(
    "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
  );
  await expect(page.getByTestId("way-on")).toContainText("procedural vote of any 9 members");

  await page.getByLabel("Date of the vote").fill("2022-05-26");
  await expect(page.getByTestId("way-on")).toContainText("by 9 June 2022");

  // The way on: the same votes on the procedural referral (resolution 2623): no veto.
  await page.getByRole("button", { name: "Hold the referral vote" }).click();
  await expect(page.getByLabel("Procedural (no veto)")).toBeChecked();
  await expect(page.getByTestId("referral-heading")).toContainText("emergency special session");
  await expect(page.getByTestId("statement")).toHaveText("The draft resolution was adopted by 11 votes to 1, with 3 abstentions.");
  await expect(page.getByTestId("way-on")).toHaveCount(0);
});

test("too few yes votes fail, even with a permanent member against", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  for (const iso3 of ["BRA", "GAB", "GHA", "IND", "IRL", "KEN"]) await setSeatVote(page, iso3, "A");
  await setSeatVote(page, "USA", "N");
  await expect(page.getByTestId("yes-count")).toContainText("Yes 8 of 9 needed");
  await expect(page.getByTestId("statement")).toContainText("having failed to obtain the required number of votes");
});

test("a party to the dispute under Chapter VI can only abstain", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await page.getByLabel("Decision under").selectOption("chapter-vi");
  await page.getByRole("combobox", { name: "Parties to the dispute" }).fill("Russia");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("vote-issues")).toContainText("party to the dispute and shall abstain");
  await setSeatVote(page, "RUS", "A");
  await expect(page.getByTestId("vote-issues")).toHaveCount(0);
  await expect(page.getByTestId("statement")).toHaveText("The draft resolution was adopted by 14 votes to none, with 1 abstention.");
  // Clicking the party's seat never gives it a yes or a no.
  await page.getByTestId("seat-RUS").locator(".seat-disc").click();
  await expect(page.getByTestId("seat-RUS")).toHaveAttribute("data-vote", "NP");
  await page.getByTestId("seat-RUS").locator(".seat-disc").click();
  await expect(page.getByTestId("seat-RUS")).toHaveAttribute("data-vote", "A");
});

test("Predict fills every seat with probabilities and reasons", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await page.getByLabel("Agenda item or topic (for the prediction)").fill("Letter dated 28 February 2014 from the Permanent Representative of Ukraine");
  await page.getByRole("button", { name: "Predict" }).click();
  const panel = page.getByTestId("prediction");
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator("tbody tr")).toHaveCount(15);
  await expect(page.getByTestId("outcome-odds")).toContainText("adopted");
  // The first words of the letter's title are read as the record's agenda item, with its votes.
  await expect(page.getByTestId("read-as")).toContainText("(S/2014/136)");
  const russia = page.getByTestId("prediction-RUS");
  await expect(russia.locator("td").nth(0)).toHaveText(/\d+%/);
  await expect(russia.locator(".reasons")).toContainText(/voted against \d+ of the \d+ drafts on "Letter dated 28 February 2014/);
  await expect(page.getByTestId("seat-RUS")).toHaveAttribute("aria-label", /% likely/);
  // How far to trust it: the back-test's track record, one click away.
  const trackRecord = page.getByTestId("track-record");
  await trackRecord.getByText("How reliable is this?").click();
  await expect(trackRecord).toContainText(/Tested on the Council's \d+ drafts of 2019–2023/);
  await expect(trackRecord).toContainText(/always guessing adoption: \d+%/);
});

test("Predict reads the sponsors and keeps the votes a teacher set by hand", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await page.getByLabel("Agenda item or topic (for the prediction)").fill("Ukraine");
  await page.getByRole("combobox", { name: "Sponsors (for the prediction)" }).fill("United States");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("sim-sponsor-chips")).toContainText("United States");
  // A student plays the United Kingdom and abstains; Predict fills the other seats.
  await setSeatVote(page, "GBR", "A");
  await expect(page.getByTestId("keep-hand-votes")).toContainText("United Kingdom");
  await page.getByRole("button", { name: "Predict" }).click();
  await expect(page.getByTestId("prediction")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("seat-GBR")).toHaveAttribute("data-vote", "A");
  await expect(page.getByTestId("prediction-RUS").locator(".reasons")).toContainText("sponsored by United States");
  // Without the box ticked, Predict fills that seat too.
  await page.getByTestId("keep-hand-votes").getByRole("checkbox").uncheck();
  await page.getByRole("button", { name: "Predict" }).click();
  await expect(page.getByTestId("seat-GBR")).toHaveAttribute("data-vote", "Y");
});

test("the vote record downloads as a Word file", async ({ page }) => {
  await openPage(page, "/simulate?year=2016");
  await setSeatVote(page, "USA", "A");
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("vote-record-link").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("vote-2016-vote-record.docx");
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test.describe("signed in", () => {
  test.use({ signedInAs: "student" });

  test("a vote simulated on a draft is saved with it and listed among its past votes", async ({ page }) => {
    await openPage(page, "/drafts");
    await page.getByTestId("import-file").setInputFiles("docs/examples/kazakhstan-2022.json");
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("simulate-draft").click();
    await expect(page).toHaveURL(/\/simulate\?draft=/);
    await expect(page.getByLabel("Year", { exact: true })).toHaveValue("2022");
    await expect(page.getByText("Past votes on this draft")).toBeVisible();
    await expect(page.getByText("No saved votes yet.")).toBeVisible();

    await setSeatVote(page, "RUS", "N");
    await setSeatVote(page, "CHN", "N");
    await page.getByRole("button", { name: "Save this vote" }).click();
    await expect(page.getByTestId("simulator-message")).toHaveText("Vote saved.");
    const history = page.getByTestId("simulation-history");
    await expect(history).toContainText("owing to the negative votes of two permanent members of the Council (China and Russian Federation)");

    await page.reload();
    await expect(page.getByTestId("simulation-history").locator("li")).toHaveCount(1);
  });
});
