import type { Browser, Page } from "@playwright/test";
import { expect, test, type Accounts } from "./fixtures";
import { draftWithAmendments, importExampleDraft, openClass, openPage, setSeatVote, waitForHydration, type ProposedAmendment } from "./helpers";

test.describe("the simulator", () => {
  test.use({ signedInAs: "student" });

  test("votes the amendments first: one vetoed, one adopted, then the draft as amended adopted, with its text", async ({ page }) => {
    test.setTimeout(120_000);
    const draftId = await draftWithAmendments(page, [
      { paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" },
      { paragraph: /^Operative paragraph 2:/, action: "Replace the text", sponsor: "United Arab Emirates", phrase: "Deplores", text: "the military operation in Ukraine" },
    ]);

    await openPage(page, `/simulate?draft=${draftId}`);
    const panel = page.getByTestId("amendment-sequence");
    await expect(panel).toContainText("2 amendments still to be voted");
    await panel.getByRole("button", { name: "Vote the amendments first" }).click();
    // Provisional rule 36: the deletion first, then the replacement.
    await expect(panel.getByTestId("sequence-order").locator("li")).toHaveText([/^A1/, /^A2/]);
    await panel.getByRole("button", { name: "Start voting" }).click();

    // Amendment A1: the United States votes no — a permanent member's negative vote defeats it.
    await expect(panel.getByRole("heading", { name: "Now voting: Amendment A1 (Operative paragraph 6)" })).toBeVisible();
    await setSeatVote(page, "USA", "N");
    await expect(page.getByTestId("statement")).toHaveText("The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).");
    await panel.getByRole("button", { name: "Record the vote on amendment A1" }).click();
    await expect(panel.getByTestId("step-statement").nth(0)).toHaveText(
      "The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).",
    );

    // Amendment A2: the seats start again from yes; India abstains.
    await expect(page.getByTestId("seat-USA")).toHaveAttribute("data-vote", "Y");
    await setSeatVote(page, "IND", "A");
    await panel.getByRole("button", { name: "Record the vote on amendment A2" }).click();
    await expect(panel.getByTestId("step-statement").nth(1)).toHaveText("The amendment was adopted by 14 votes to none, with 1 abstention.");

    // The draft as amended.
    await expect(panel.getByRole("heading", { name: "Now voting: The draft resolution as amended" })).toBeVisible();
    await panel.getByRole("button", { name: "Record the vote on the draft" }).click();
    await expect(panel.getByTestId("step-statement").nth(2)).toHaveText("The draft resolution, as amended, was adopted unanimously.");
    await expect(panel.getByTestId("sequence-complete")).toContainText("the draft resolution, as amended, was adopted");
    const text = panel.getByTestId("sequence-final-text");
    await expect(text).toContainText("2. Deplores the military operation in Ukraine;");
    // A1 was not adopted: operative paragraph 6 is still there (the draft has 8 operative paragraphs).
    await expect(text).toContainText("8. ");

    // Back to the plain single vote: it works as before.
    await panel.getByRole("button", { name: "Back to a single vote" }).click();
    await setSeatVote(page, "RUS", "N");
    await expect(page.getByTestId("statement")).toHaveText("The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).");
  });
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** The student joins the class by its code and lands on its page, ready to use. */
async function joinClass(student: Page, { code, classUrl }: { code: string; classUrl: string }) {
  await openPage(student, `/join/${code}`);
  await student.getByRole("button", { name: "Join the class" }).click();
  await expect(student).toHaveURL(new RegExp(`${classUrl}$`));
  await waitForHydration(student);
}

/** The teacher gives the student the United States' seat; the student's screen shows it. */
async function seatAsUnitedStates(teacher: Page, student: Page, studentName: string) {
  const seat = teacher.getByLabel(`Seat of ${studentName}`, { exact: true });
  await seat.selectOption((await seat.locator("option", { hasText: "United States" }).first().getAttribute("value"))!);
  await expect(student.getByTestId("my-country")).toHaveText("United States");
}

/** The student tables their S/2022/155 draft in the class. */
async function tableUkraineDraft(student: Page) {
  const table = student.getByLabel("Table one of your drafts", { exact: true });
  await table.selectOption((await table.locator("option", { hasText: "S/2022/155" }).first().getAttribute("value"))!);
  await student.getByRole("button", { name: "Table it" }).click();
}

async function phone(browser: Browser): Promise<Page> {
  return (await browser.newContext(PHONE)).newPage();
}

/**
 * A teacher on a desktop opens a Council 2022 class; a student on a phone proposes the amendments
 * to S/2022/155, joins, takes the United States' seat and tables the draft.
 */
async function councilClassWithTabledDraft(
  browser: Browser,
  accounts: Accounts,
  options: { className: string; teacherName: string; studentName: string; amendments: ProposedAmendment[] },
): Promise<{ teacher: Page; student: Page }> {
  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await accounts.register(teacher, "teacher", options.teacherName);
  const classroom = await openClass(teacher, { name: options.className, organ: "Security Council", year: "2022" });
  const student = await phone(browser);
  const studentUser = await accounts.register(student, "student", options.studentName);
  await draftWithAmendments(student, options.amendments);
  await joinClass(student, classroom);
  await seatAsUnitedStates(teacher, student, studentUser.name);
  await tableUkraineDraft(student);
  return { teacher, student };
}

/**
 * With the other permanent members' bots set to yes, the delegate holding the United States' seat
 * votes from the phone; the phone confirms the ballot and the chair's console shows it (time for a
 * loaded machine).
 */
async function unitedStatesVotes(teacher: Page, student: Page, vote: "Yes" | "No") {
  await permanentBotsYes(teacher);
  await student.getByRole("button", { name: vote, exact: true }).click();
  await expect(student.getByTestId("vote-recorded")).toContainText(`Recorded: ${vote}`, { timeout: 30_000 });
  await expect(teacher.getByTestId("ballot-row-USA")).toContainText(vote, { timeout: 30_000 });
}

/** The chair sets each permanent member's bot to yes, so that the vote turns on the delegate's ballot. */
async function permanentBotsYes(teacher: Page) {
  await teacher.getByText("Ballots by seat, and the bots’ votes to override").click();
  for (const [iso3, name] of [
    ["CHN", "China"],
    ["FRA", "France"],
    ["GBR", "United Kingdom of Great Britain and Northern Ireland"],
    ["RUS", "Russian Federation"],
  ] as const) {
    await teacher.getByLabel(`Vote of ${name} (bot)`).selectOption("Y");
    await expect(teacher.getByTestId(`ballot-row-${iso3}`)).toContainText("Yes");
  }
}

test("a class votes a tabled draft's amendment, then the draft as amended, delegates voting from their phones", async ({ browser, accounts }) => {
  test.setTimeout(180_000);
  // A student proposes two amendments to their draft, joins, takes the United States' seat and tables the draft.
  const { teacher, student } = await councilClassWithTabledDraft(browser, accounts, {
    className: "Amendments — Council 2022",
    teacherName: "Tess Teacher",
    studentName: "Sam Student",
    amendments: [
      { paragraph: /^Operative paragraph 2:/, action: "Replace the text", sponsor: "United Arab Emirates", phrase: "Deplores", text: "the military operation in Ukraine" },
      { paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" },
    ],
  });

  // Every screen shows the order of voting: the deletion first (provisional rule 36).
  const sequenceItems = (page: Page) => page.locator(".tabled-list").getByTestId("sequence-item");
  await expect(sequenceItems(teacher)).toHaveText([/^Amendment A2 \(Operative paragraph 6\) — next to be voted/, /^Amendment A1 \(Operative paragraph 2\)/, /^The draft resolution/]);
  await expect(sequenceItems(student)).toHaveCount(3);

  // The chair puts amendment A2 to the vote; the United States votes no from the phone.
  await expect(teacher.getByTestId("vote-in-sequence")).toContainText("next: Amendment A2 (Operative paragraph 6)");
  await teacher.getByRole("button", { name: "Open the vote on Amendment A2" }).click();
  // The first vote a server process opens builds the prediction model for the bots: seconds, more on a loaded machine.
  await expect(student.getByTestId("vote-title")).toContainText("Amendment A2 (Operative paragraph 6)", { timeout: 60_000 });
  await unitedStatesVotes(teacher, student, "No");
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  const vetoed = "The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).";
  await expect(teacher.getByTestId("vote-statement")).toHaveText(vetoed);
  await expect(student.getByTestId("vote-statement")).toHaveText(vetoed);
  // The sequence moves on everywhere, the result in the UN's words.
  await expect(sequenceItems(student).nth(0)).toContainText(vetoed);
  await expect(sequenceItems(teacher).nth(1)).toContainText("next to be voted");

  // Amendment A1: the United States votes yes; adopted.
  await teacher.getByRole("button", { name: "Open the vote on Amendment A1" }).click();
  await expect(student.getByTestId("vote-title")).toContainText("Amendment A1 (Operative paragraph 2)");
  await unitedStatesVotes(teacher, student, "Yes");
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  await expect(teacher.getByTestId("vote-statement")).toContainText("The amendment was adopted");

  // Then the draft as amended; a phone that reconnects catches up with the result.
  await teacher.getByRole("button", { name: "Open the vote on the draft resolution as amended" }).click();
  await expect(student.getByTestId("vote-title")).toHaveText(/\(S\/2014\/136\), as amended$/);
  await unitedStatesVotes(teacher, student, "Yes");
  await student.context().setOffline(true);
  await expect(student.getByTestId("connection")).toHaveText(/Reconnecting/);
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  await expect(teacher.getByTestId("vote-statement")).toContainText("The draft resolution, as amended, was adopted");
  await student.context().setOffline(false);
  await expect(student.getByTestId("vote-statement")).toContainText("The draft resolution, as amended, was adopted", { timeout: 15_000 });
  await expect(sequenceItems(student).nth(2)).toContainText("The draft resolution, as amended, was adopted", { timeout: 15_000 });
  await student.locator(".tabled-list").getByText("The text as amended so far").click();
  await expect(student.getByTestId("sequence-text").first()).toContainText("2. Deplores the military operation in Ukraine;");
  // Nothing is left to vote in the sequence.
  await expect(teacher.getByTestId("vote-in-sequence")).toHaveCount(0);

  await Promise.all([teacher.context().close(), student.context().close()]);
});

test("division of the question in a class: a part voted separately and not retained, then the draft as amended adopted without it", async ({ browser, accounts }) => {
  test.setTimeout(180_000);
  // A student proposes one amendment (delete operative paragraph 6), takes the United States' seat and tables the draft.
  const { teacher, student } = await councilClassWithTabledDraft(browser, accounts, {
    className: "Division — Council 2022",
    teacherName: "Dana Teacher",
    studentName: "Dee Student",
    amendments: [{ paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" }],
  });
  const sequenceItems = (page: Page) => page.locator(".tabled-list").getByTestId("sequence-item");
  await expect(sequenceItems(teacher)).toHaveCount(2);

  // The chair asks for a separate vote on operative paragraph 2; a paragraph the draft does not have is refused.
  const division = teacher.locator("details.division-form");
  await division.locator("summary").click();
  await division.getByLabel("Operative paragraphs to vote on separately").fill("11");
  await division.getByRole("button", { name: "Ask for separate votes" }).click();
  await expect(division.getByRole("alert")).toHaveText("parts: operative paragraph 11 does not exist: the draft as amended so far has 10 operative paragraphs.");
  await division.getByLabel("Operative paragraphs to vote on separately").fill("2");
  await division.getByRole("button", { name: "Ask for separate votes" }).click();
  // Provisional rule 32: no objection from the mover, so the part is voted separately, after the amendment, before the draft.
  for (const screen of [teacher, student]) {
    await expect(screen.getByTestId("sequence-division")).toHaveText(
      "Division of the question: Operative paragraph 2 — Parts voted on separately at the request of a representative (provisional rule 32)",
    );
    await expect(sequenceItems(screen)).toHaveText([/^Amendment A1 \(Operative paragraph 6\) — next to be voted/, /^Operative paragraph 2 — to be voted/, /^The draft resolution — to be voted/]);
  }

  // Amendment A1: adopted.
  await teacher.getByRole("button", { name: "Open the vote on Amendment A1" }).click();
  await expect(student.getByTestId("vote-title")).toContainText("Amendment A1 (Operative paragraph 6)", { timeout: 60_000 });
  await unitedStatesVotes(teacher, student, "Yes");
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  await expect(teacher.getByTestId("vote-statement")).toContainText("The amendment was adopted");

  // Operative paragraph 2, voted separately: the United States votes no, so it is not retained.
  await teacher.getByRole("button", { name: "Open the vote on operative paragraph 2" }).click();
  await expect(student.getByTestId("vote-title")).toContainText("Operative paragraph 2");
  await unitedStatesVotes(teacher, student, "No");
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  const notRetained = "Operative paragraph 2 was not retained, owing to the negative vote of a permanent member of the Council (United States of America).";
  await expect(teacher.getByTestId("vote-statement")).toHaveText(notRetained);
  await expect(sequenceItems(student).nth(1)).toContainText("Operative paragraph 2 — not retained");
  await expect(sequenceItems(student).nth(1).getByTestId("sequence-statement")).toHaveText(notRetained);

  // The draft as amended, without the part: adopted.
  await teacher.getByRole("button", { name: "Open the vote on the draft resolution as amended" }).click();
  await expect(student.getByTestId("vote-title")).toHaveText(/, as amended$/);
  await unitedStatesVotes(teacher, student, "Yes");
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  await expect(teacher.getByTestId("vote-statement")).toContainText("The draft resolution, as amended, was adopted");
  await expect(sequenceItems(student).nth(2)).toContainText("The draft resolution, as amended, was adopted", { timeout: 15_000 });
  // The text as adopted: operative paragraph 2 (and 6) gone, the others numbered on.
  await student.locator(".tabled-list").getByText("The text as amended so far").click();
  const text = student.getByTestId("sequence-text").first();
  await expect(text).toContainText("2. Decides that the Russian Federation shall cease its use of force");
  await expect(text).not.toContainText("Deplores in the strongest terms");
  await expect(text).toContainText("8. Decides to remain actively seized of the matter");
  // Division is no longer offered once the draft was voted.
  await expect(teacher.locator("details.division-form")).toHaveCount(0);

  await Promise.all([teacher.context().close(), student.context().close()]);
});

test("division in an Assembly class: an objection puts the motion for division to the vote of the session first (rule 89)", async ({ browser, accounts }) => {
  test.setTimeout(240_000);
  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await accounts.register(teacher, "teacher", "Ava Teacher");
  const { classUrl, code } = await openClass(teacher, { name: "Division — Assembly 2022", organ: "General Assembly", year: "2022" });
  const student = await (await browser.newContext()).newPage();
  await accounts.register(student, "student", "Ali Student");
  await openPage(student, "/drafts");
  await importExampleDraft(student, "ukraine-2022.json");
  await expect(student.getByTestId("autosave-status")).toHaveText("Saved");
  await joinClass(student, { code, classUrl });
  await tableUkraineDraft(student);
  const division = teacher.locator("details.division-form");
  await division.locator("summary").click();
  await division.getByLabel("Operative paragraphs to vote on separately").fill("2, 4");
  await division.getByLabel(/A delegation objects/).check();
  await division.getByRole("button", { name: "Ask for separate votes" }).click();
  await expect(teacher.getByTestId("sequence-division")).toContainText("Operative paragraphs 2 and 4");
  const items = teacher.locator(".tabled-list").getByTestId("sequence-item");
  await expect(items).toHaveText([
    "The motion for division (Operative paragraphs 2 and 4) — next to be voted (Objection made: the motion for division is put to the vote (rule 89))",
    "The draft resolution — to be voted",
  ]);
  await teacher.getByRole("button", { name: "Open the vote on the motion for division (operative paragraphs 2 and 4)" }).click();
  await expect(teacher.getByRole("button", { name: "Close the vote" })).toBeVisible({ timeout: 90_000 });
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  // Decided by a majority of the Members present and voting; the sequence follows from the result.
  await expect(teacher.getByTestId("vote-statement")).toHaveText(/^The motion for division was (adopted|rejected) by a recorded vote of \d+ to \d+/, { timeout: 30_000 });
  const statement = (await teacher.getByTestId("vote-statement").textContent()) ?? "";
  await expect(items.first().getByTestId("sequence-statement")).toHaveText(statement);
  await expect(items).toHaveCount(statement.includes("was adopted") ? 4 : 2);
  await expect(teacher.getByTestId("vote-in-sequence")).toContainText(statement.includes("was adopted") ? "next: Operative paragraph 2" : "next: The draft resolution");
  await Promise.all([teacher.context().close(), student.context().close()]);
});
