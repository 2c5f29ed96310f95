import { expect, test } from "./fixtures";
import { openPage, setSeatVote } from "./helpers";

test("the simulator presets the month's President from the vote's date (rule 18)", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await page.getByLabel("Date of the vote").fill("2022-02-25");
  await expect(page.getByLabel("President", { exact: true })).toHaveValue("RUS");
  await expect(page.getByTestId("seat-RUS")).toHaveAttribute("aria-label", /President/);
  await page.getByLabel("Year", { exact: true }).selectOption("2024");
  await page.getByLabel("Date of the vote").fill("2024-08-15");
  await expect(page.getByLabel("President", { exact: true })).toHaveValue("SLE");
});

test("a permanent member contesting a procedural matter: the preliminary question and the double veto", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await page.getByLabel("Procedural (no veto)").check();
  await setSeatVote(page, "RUS", "N");
  await setSeatVote(page, "CHN", "A");
  await expect(page.getByTestId("statement")).toHaveText("The draft resolution was adopted by 13 votes to 1, with 1 abstention.");
  await expect(page.locator("#sim-contested-hint")).toContainText("invitations to take part without vote (rules 37 and 39)");
  await page.getByLabel("Contested by a permanent member").selectOption("RUS");
  const preliminary = page.getByTestId("preliminary-question");
  await expect(preliminary).toContainText("The proposal that the matter is procedural was not adopted, owing to the negative vote");
  await expect(preliminary).toContainText("double veto");
  await expect(page.getByTestId("statement")).toHaveText(
    "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
  );
});

test("fourteen votes and a member not participating is not unanimity", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  await setSeatVote(page, "GAB", "NP");
  await expect(page.getByTestId("statement")).toHaveText("The draft resolution was adopted by 14 votes to none; one member did not participate in the voting.");
});

test("after a veto the veto initiative gives the special report's date, and no debate when an emergency special session meets", async ({ page }) => {
  await openPage(page, "/simulate?year=2023");
  await setSeatVote(page, "RUS", "N");
  await page.getByLabel("Date of the vote").fill("2023-12-22");
  const initiative = page.getByTestId("veto-initiative");
  await expect(initiative).toContainText("by 9 January 2024");
  await expect(initiative).toContainText("special report");
  await page.getByLabel("The Assembly already meets in an emergency special session on this situation").check();
  await expect(initiative).toContainText("no separate veto-initiative debate");
});

test("explanations of vote are listed with the vote", async ({ page }) => {
  await openPage(page, "/simulate?year=2022");
  const panel = page.getByTestId("explanations");
  await panel.getByLabel("Member").selectOption("IND");
  await panel.getByLabel("When").selectOption("before");
  await panel.getByLabel("Explanation", { exact: true }).fill("India will abstain on this draft.");
  await panel.getByRole("button", { name: "Add the explanation" }).click();
  await expect(panel.getByTestId("explanation-list")).toContainText("India (before the vote): India will abstain on this draft.");
  await expect(page.getByTestId("vote-record-link")).toHaveAttribute("href", /explanations=/);
});

test.describe("signed in", () => {
  test.use({ signedInAs: "student" });

  test("a draft marked adopted reads as resolution 2623 (2022) and the simulator announces it", async ({ page }) => {
    await openPage(page, "/drafts");
    await page.getByTestId("import-file").setInputFiles("docs/examples/kazakhstan-2022.json");
    await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
    const adoption = page.getByTestId("adoption-fields");
    await adoption.getByLabel("Adopted as a resolution").check();
    await adoption.getByLabel("Resolution number").fill("2623");
    await adoption.getByLabel("Meeting").fill("8980");
    await adoption.getByLabel("Adopted on").fill("2022-02-27");
    await expect(adoption.getByTestId("adoption-symbol")).toContainText("S/RES/2623 (2022)");
    await expect(page.getByTestId("preview-symbol")).toHaveText("S/RES/2623 (2022)");
    await expect(page.getByTestId("preview-resolution-heading")).toHaveText("Resolution 2623 (2022)");
    await expect(page.getByTestId("draft-preview")).toContainText("Adopted by the Security Council at its 8980th meeting, on 27 February 2022");
    await expect(page.getByTestId("draft-preview")).not.toContainText(": draft resolution");

    // Saved with the draft: the simulator announces the resolution after an adopting vote.
    await expect(page.getByTestId("autosave-status")).toHaveText("Saved", { timeout: 15_000 });
    await page.getByTestId("simulate-draft").click();
    await expect(page).toHaveURL(/\/simulate\?draft=/);
    await expect(page.getByTestId("statement")).toHaveText(
      "The draft resolution was adopted unanimously. The draft resolution has been adopted as resolution 2623 (2022).",
    );
  });
});
