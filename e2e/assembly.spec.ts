import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, importExampleDraft, openPage, setSeatVote, waitForHydration } from "./helpers";

/** The counts shown above the statement: "Yes 141 · No 5 · Abstain 35 · Not voting 12". */
async function readTally(page: Page): Promise<{ yes: number; no: number; abstain: number; notVoting: number }> {
  const text = (await page.getByTestId("assembly-tally").textContent()) ?? "";
  const count = (word: string) => Number(new RegExp(`${word} (\\d+)`).exec(text)?.[1]);
  return { yes: count("Yes"), no: count("No"), abstain: count("Abstain"), notVoting: count("Not voting") };
}

test("the Assembly simulator: EU: yes, Predict, adopt by two-thirds, then without a vote", async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page, "/simulate/assembly?year=2022");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Simulate the General Assembly's vote");

  // The board lists the 193 Members of 2022 in alphabetical order; the hall groups them by regional group.
  const board = page.getByRole("list", { name: "Voting board, in alphabetical order" });
  await expect(board.getByRole("button")).toHaveCount(193);
  await expect(board.getByRole("button").first()).toHaveAccessibleName(/^Afghanistan: Not voting/);
  await expect(board.getByRole("button").last()).toHaveAccessibleName(/^Zimbabwe: Not voting/);
  await expect(page.getByRole("img", { name: /^African Group: 54 Members/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Western European and Others Group \(WEOG\): 29 Members/ })).toBeVisible();

  // Art. 18(2): the title reads as a recommendation on peace and security, so two-thirds is suggested.
  await page.getByLabel("What the draft is about").fill("Aggression against Ukraine");
  await expect(page.getByTestId("majority-suggestion")).toContainText("two-thirds");
  // Read from the draft, the majority follows the suggestion as the title is typed.
  await expect(page.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();
  await page.getByLabel("What the draft is about").fill("International Day of Yoga");
  await expect(page.getByLabel("Simple majority (Art. 18(3))")).toBeChecked();
  await page.getByLabel("What the draft is about").fill("Aggression against Ukraine");
  await expect(page.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();
  await page.getByLabel("Important question (Charter Art. 18(2))").selectOption("peace-and-security");
  await expect(page.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();

  // One click for the whole bloc.
  await page.getByRole("button", { name: "EU: yes", exact: true }).click();
  await expect(page.getByTestId("board-FRA")).toHaveAttribute("data-vote", "Y");
  await expect(page.getByTestId("board-POL")).toHaveAttribute("data-vote", "Y");
  await expect(page.getByTestId("board-GBR")).toHaveAttribute("data-vote", "NP");
  await expect(page.getByTestId("hemicycle-seat-FRA")).toHaveAttribute("data-vote", "Y");
  expect(await readTally(page)).toEqual({ yes: 27, no: 0, abstain: 0, notVoting: 166 });
  await expect(page.getByTestId("assembly-statement")).toHaveText("The draft resolution was adopted by a recorded vote of 27 to none.");

  // Predict fills every other seat from the Assembly's record, with a reason each; the EU's votes set by hand stay.
  await page.getByTestId("assembly-predict").click();
  await expect(page.getByTestId("assembly-prediction-summary")).toBeVisible({ timeout: 30_000 });
  await page.getByText("The 193 predictions, with a reason each").click();
  await expect(page.getByTestId("assembly-reasons-table").locator("tbody tr")).toHaveCount(193);
  await expect(page.getByTestId("assembly-reasons-table").locator("tbody tr").filter({ hasText: "Brazil" })).toContainText(/voted|record/);
  await expect(page.getByTestId("board-FRA")).toHaveAttribute("data-vote", "Y");
  const predicted = await readTally(page);
  expect(predicted.yes + predicted.no + predicted.abstain + predicted.notVoting).toBe(193);
  expect(predicted.yes).toBeGreaterThan(27);

  // Then adjusted seat by seat: the Russian Federation votes no.
  await setSeatVote(page, "RUS", "N", "board");
  await expect(page.getByTestId("board-RUS")).toHaveAttribute("data-vote", "N");
  await expect(page.getByTestId("hemicycle-seat-RUS")).toHaveAttribute("data-vote", "N");

  // Two-thirds of those present and voting: the statement in the Assembly's words agrees with the board.
  const tally = await readTally(page);
  expect(tally.yes).toBeGreaterThanOrEqual(2 * tally.no);
  await expect(page.getByTestId("assembly-required")).toContainText(`Two-thirds of the members present and voting: ${Math.max(1, 2 * tally.no)} in favour needed`);
  const abstentions = tally.abstain === 0 ? "" : `, with ${tally.abstain} ${tally.abstain === 1 ? "abstention" : "abstentions"}`;
  await expect(page.getByTestId("assembly-statement")).toHaveText(`The draft resolution was adopted by a recorded vote of ${tally.yes} to ${tally.no === 0 ? "none" : tally.no}${abstentions}.`);
  await expectAccessible(page, "the Assembly simulator after a prediction");

  // A simple majority instead, and then adoption without a vote.
  await page.getByLabel("Simple majority (Art. 18(3))").check();
  await expect(page.getByTestId("assembly-required")).toContainText(`A simple majority of the members present and voting: ${tally.no + 1} in favour needed`);
  await page.getByTestId("adopt-without-vote").click();
  await expect(page.getByTestId("assembly-statement")).toHaveText("The draft resolution was adopted without a vote.");
  await page.getByRole("button", { name: "Take a recorded vote instead" }).click();
  await expect(page.getByTestId("assembly-statement")).toContainText("recorded vote");
});

test("Predict on a draft on Ukraine fills a board whose counts are the expected counts printed beside it", async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page, "/simulate/assembly?year=2022");
  await page.getByLabel("What the draft is about").fill("Aggression against Ukraine");
  await page.getByTestId("assembly-predict").click();
  const summary = page.getByTestId("assembly-prediction-summary");
  await expect(summary).toBeVisible({ timeout: 30_000 });

  // "… about 126 yes, 11 no, 37 abstaining, 18 absent; …": the board's tally agrees within one vote each.
  const printed = /about (\d+) yes, (\d+) no, (\d+) abstaining, (\d+) absent/.exec((await summary.textContent()) ?? "");
  expect(printed).not.toBeNull();
  const [yes, no, abstain, absent] = printed!.slice(1).map(Number);
  const tally = await readTally(page);
  expect(tally.yes + tally.no + tally.abstain + tally.notVoting).toBe(193);
  expect(Math.abs(tally.yes - yes), `yes ${tally.yes} against about ${yes}`).toBeLessThanOrEqual(1);
  expect(Math.abs(tally.no - no), `no ${tally.no} against about ${no}`).toBeLessThanOrEqual(1);
  expect(Math.abs(tally.abstain - abstain), `abstain ${tally.abstain} against about ${abstain}`).toBeLessThanOrEqual(1);
  expect(Math.abs(tally.notVoting - absent), `not voting ${tally.notVoting} against about ${absent}`).toBeLessThanOrEqual(1);
  await expect(page.getByTestId("board-RUS")).toHaveAttribute("data-vote", "N");
  await expect(page.getByTestId("board-UKR")).toHaveAttribute("data-vote", "Y");

  // The board says what it is; a Member moved off its likeliest vote shows the chance of the vote it shows.
  await expect(page.getByTestId("assembly-board-note")).toContainText("the board matches the expected counts");
  await page.getByText("The 193 predictions, with a reason each").click();
  const moved = page.getByTestId("assembly-reasons-table").locator("tbody tr").filter({ hasText: "; likeliest" }).first();
  await expect(moved).toBeVisible();
  const name = (await moved.locator("th").textContent())!;
  const shown = /^(Yes|No|Abstain|Not voting) \((\d+)%\)/.exec((await moved.locator("td").first().textContent()) ?? "");
  expect(shown).not.toBeNull();
  await expect(page.getByRole("button", { name: `${name}: ${shown![1]} · ${shown![2]}%. Press to change.`, exact: true })).toBeVisible();
});

test("two-thirds not reached is said in the Assembly's words", async ({ page }) => {
  await openPage(page, "/simulate/assembly?year=2022");
  await page.getByLabel("Important question (Charter Art. 18(2))").selectOption("budget");
  await expect(page.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();
  await page.getByRole("button", { name: "African: yes", exact: true }).click();
  await page.getByRole("button", { name: "WEOG: no", exact: true }).click();
  await page.getByRole("button", { name: "GRULAC: abstain", exact: true }).click();
  await expect(page.getByTestId("assembly-statement")).toHaveText(
    "The draft resolution was not adopted, having failed to obtain the required two-thirds majority of the members present and voting (54 in favour, 29 against; 58 in favour required).",
  );
});

test("on a phone the board wraps, the buttons are big enough to touch, and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openPage(page, "/simulate/assembly?year=2022");
  await page.getByRole("button", { name: "EU: yes", exact: true }).tap();
  await expect(page.getByTestId("board-DEU")).toHaveAttribute("data-vote", "Y");
  await page.getByTestId("board-ZWE").tap();
  await expect(page.getByTestId("board-ZWE")).toHaveAttribute("data-vote", "Y");
  for (const target of [page.getByRole("button", { name: "EU: yes", exact: true }), page.getByTestId("board-ZWE")]) {
    const box = await target.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "the Assembly simulator on a phone");
  await context.close();
});

test("after a veto in the Council, the way on leads to the emergency special session with every Member's vote predicted", async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page, "/simulate?year=2022");
  // S/2022/155: vetoed by the Russian Federation.
  await setSeatVote(page, "RUS", "N");
  for (const iso3 of ["CHN", "IND", "ARE"]) await setSeatVote(page, iso3, "A");
  await page.getByLabel("Date of the vote").fill("2022-02-25");
  await expect(page.getByTestId("way-on")).toContainText("Uniting for Peace");
  await page.getByTestId("emergency-session-link").click();

  await expect(page).toHaveURL(/\/simulate\/assembly\?session=emergency/);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emergency special session of the General Assembly");
  await expect(page.getByTestId("ess-notice")).toContainText("377 A (V)");
  await expect(page.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();
  await expect(page.getByLabel("Date of the vote")).toHaveValue("2022-02-25");
  // Every one of the 193 Members has a predicted vote, with a reason.
  await expect(page.getByTestId("assembly-prediction-summary")).toContainText("Predicted from the Assembly's recorded votes");
  await page.getByText("The 193 predictions, with a reason each").click();
  await expect(page.getByTestId("assembly-reasons-table").locator("tbody tr")).toHaveCount(193);
  const predicted = await readTally(page);
  expect(predicted.yes + predicted.no + predicted.abstain + predicted.notVoting).toBe(193);
  await expect(page.getByTestId("assembly-statement")).toContainText("The draft resolution was");

  // And by hand: the Russian Federation's vote set on the board.
  await setSeatVote(page, "RUS", "N", "board");
  await expect(page.getByTestId("board-RUS")).toHaveAttribute("data-vote", "N");
  await expectAccessible(page, "the emergency special session");
});

test("the emergency special session meets in the year chosen in the Council simulator", async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page, "/simulate?year=2022");
  // The year is chosen on the page, not in the address.
  await page.getByLabel("Year", { exact: true }).selectOption("1980");
  await setSeatVote(page, "USA", "N");
  await expect(page.getByTestId("way-on")).toContainText("Uniting for Peace");
  await page.getByTestId("emergency-session-link").click();

  await expect(page).toHaveURL(/\/simulate\/assembly\?session=emergency&year=1980$/);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emergency special session of the General Assembly");
  await expect(page.getByLabel("Members of the year")).toHaveValue("1980");
  await expect(page.getByRole("list", { name: "Voting board, in alphabetical order" }).getByRole("button")).toHaveCount(152);
});

test.describe("signed in", () => {
  test.use({ signedInAs: "student" });

  test("an Assembly draft opens in the Assembly simulator from the editor", async ({ page }) => {
    await openPage(page, "/drafts");
    const response = await page.request.post("/api/drafts", { data: { blank: "general-assembly" } });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await openPage(page, `/drafts/${id}`);
    await page.getByTestId("simulate-draft").click();
    await expect(page).toHaveURL(new RegExp(`/simulate/assembly\\?draft=${id}$`));
    await waitForHydration(page);
    await expect(page.getByTestId("assembly-draft")).toContainText("Voting on");
    await expect(page.getByRole("list", { name: "Voting board, in alphabetical order" }).getByRole("button")).toHaveCount(193);
    await expect(page.getByTestId("assembly-groups")).toContainText("GRULAC");
  });

  test("a vetoed Council draft goes to the emergency special session with the draft, its sponsors voting yes", async ({ page }) => {
    test.setTimeout(120_000);
    await openPage(page, "/drafts");
    await importExampleDraft(page, "ukraine-2022.json");
    await page.getByTestId("simulate-draft").click();
    await expect(page).toHaveURL(/\/simulate\?draft=/);
    await waitForHydration(page);
    await setSeatVote(page, "RUS", "N");
    await page.getByTestId("emergency-session-link").click();

    await expect(page).toHaveURL(/\/simulate\/assembly\?session=emergency&draft=/);
    await waitForHydration(page);
    await expect(page.getByTestId("assembly-draft")).toContainText("Letter dated 28 February 2014");
    // Sponsors of the draft are predicted to vote for it.
    await expect(page.getByTestId("board-ALB")).toHaveAttribute("data-vote", "Y");
    await page.getByText("The 193 predictions, with a reason each").click();
    await expect(page.getByTestId("assembly-reasons-table").locator("tr").filter({ hasText: "Albania" })).toContainText("it sponsors the draft");
  });
});
