import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { draftWithAmendments, expectAccessible, importExampleDraft, openPage, proposeAmendment, waitForHydration } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

async function vote(page: Page, votes: Record<string, string>) {
  const current = page.getByTestId("current-vote");
  for (const [state, value] of Object.entries(votes)) await current.getByLabel(`Vote of ${state}`).selectOption({ label: value });
  await current.getByRole("button", { name: "Record the vote" }).click();
}

test("propose amendments, accept one as friendly, vote the sequence with a veto, and download the amendment document", async ({ page }) => {
  await draftWithAmendments(page, []);

  await proposeAmendment(page, { paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" });
  await expect(page.getByTestId("amendment-A1")).toContainText("Delete operative paragraph 6");
  await proposeAmendment(page, { paragraph: /^Operative paragraph 2:/, action: "Replace the text", sponsor: "United Arab Emirates", phrase: "Deplores", text: "the military operation in Ukraine" });
  await expect(page.getByTestId("amendment-A2")).toContainText("Operative paragraph 2: Replace “Deplores in the strongest terms");
  await proposeAmendment(page, { paragraph: /^Operative paragraph 8:/, action: "Insert a new paragraph", sponsor: "India", position: "after", phrase: "Encourages", text: "continued dialogue between the parties" });
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

const UKRAINE = JSON.parse(readFileSync("docs/examples/ukraine-2022.json", "utf8")) as Record<string, unknown>;

test("a JSON draft's amendments come in with it; those that cannot are named with the reason; an exported draft comes back whole", async ({ page }) => {
  await openPage(page, "/drafts");
  const file = {
    ...UKRAINE,
    amendments: [
      { id: "R1", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine" } },
      { id: "R1a", sponsors: ["IND"], action: "replace", target: "op2", amends: "R1", paragraph: { phrase: "Regrets", text: "the military operation in Ukraine" } },
      { id: "X1", sponsors: ["RUS"], action: "delete", target: "op12" },
      { id: "X2", sponsors: ["ZZZ"], action: "delete", target: "op3" },
    ],
  };
  await page.getByTestId("import-file").setInputFiles({ name: "with-amendments.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  const report = page.getByTestId("import-amendments-report");
  await expect(report).toContainText("with-amendments.json was imported with 2 of its amendments. 2 amendments were not imported:");
  await expect(report.locator("li")).toHaveText(['X1: the draft has no operative paragraph 12 ("op12")', "X2: no State has the code ZZZ"]);

  await report.getByRole("link", { name: "its amendments" }).click();
  await expect(page.getByRole("heading", { name: "Amendments", exact: true })).toBeVisible();
  await expect(page.getByTestId("amendment-A1")).toContainText("Operative paragraph 2: Replace “Deplores in the strongest terms");
  await expect(page.getByTestId("amendment-A2").getByTestId("amends-badge")).toHaveText("Amends A1");
  await expect(page.getByTestId("amendment-A2").getByTestId("amendment-instruction")).toHaveText(
    "Amendment A1: Replace “Deplores the military operation in Ukraine” with “Regrets the military operation in Ukraine”",
  );

  // The exported file carries both; imported again, both come back and the draft opens directly.
  const draftId = new URL(page.url()).pathname.split("/")[2];
  const exported = await (await page.request.get(`/api/drafts/${draftId}?download=1`)).json();
  expect(exported.amendments).toHaveLength(2);
  await openPage(page, "/drafts");
  await page.getByTestId("import-file").setInputFiles({ name: "exported.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await page.getByTestId("draft-amendments").click();
  await expect(page.getByTestId("amendment-list").locator("> li")).toHaveCount(2);
  await expect(page.getByTestId("amendment-A2").getByTestId("amends-badge")).toHaveText("Amends A1");
});

test("amend an amendment, and the chair reorders the vote with a reason that is kept and shown", async ({ page }) => {
  await draftWithAmendments(page, [
    { paragraph: /^Operative paragraph 2:/, action: "Replace the text", sponsor: "Brazil", phrase: "Deplores", text: "the military operation in Ukraine" },
    { paragraph: /^Operative paragraph 6:/, action: "Delete", sponsor: "Russian Federation" },
  ]);
  // A deletion proposes no text: it cannot be amended.
  await expect(page.getByTestId("amendment-A2").getByRole("button", { name: "Amend this amendment" })).toHaveCount(0);

  const a1 = page.getByTestId("amendment-A1");
  await a1.getByRole("button", { name: "Amend this amendment" }).click();
  const form = a1.getByTestId("sub-amendment-form");
  await expect(form.getByLabel("Text", { exact: true })).toHaveValue("the military operation in Ukraine");
  await form.getByLabel("Opening phrase").fill("Regrets");
  await form.getByRole("button", { name: "Propose the amendment to A1" }).click();
  await expect(form.getByTestId("sub-amendment-error")).toHaveText("Name at least one proposing State.");
  const sponsors = form.getByRole("combobox", { name: "Proposed by" });
  await sponsors.fill("India");
  await sponsors.press("Enter");
  await form.getByRole("button", { name: "Propose the amendment to A1" }).click();
  await expect(page.getByTestId("amendment-message")).toHaveText("Amendment A3 to amendment A1 proposed: it is voted on before it.");
  await expect(page.getByTestId("amendment-A3").getByTestId("amends-badge")).toHaveText("Amends A1");
  await expect(page.getByTestId("amendment-A3").getByRole("button", { name: "Accept as friendly" })).toHaveCount(0);

  // The rules: the deletion first (rule 36), then the amendment to A1 before A1.
  const order = page.getByTestId("voting-order").locator("li");
  await expect(order).toHaveText([/^A2/, /^A3 Amends amendment A1: voted before it/, /^A1/]);

  // The chair moves the deletion last, with the keyboard.
  await page.getByRole("button", { name: "Change the order" }).click();
  const editor = page.getByTestId("order-editor");
  await editor.getByRole("button", { name: "Move A2 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(editor.getByRole("button", { name: "Move A2 down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor.locator("li")).toHaveText([/^A3/, /^A1/, /^A2/]);
  await editor.getByRole("button", { name: "Save the order" }).click();
  await expect(editor.getByTestId("order-error")).toHaveText("Give the reason for the order (the President rules on it: provisional rule 36).");
  // A sub-amendment cannot follow the amendment it amends.
  await editor.getByRole("button", { name: "Move A1 up" }).click();
  await editor.getByLabel("Reason for the order").fill("The President rules that the deletion of paragraph 6 is voted last, at the request of its sponsor");
  await editor.getByRole("button", { name: "Save the order" }).click();
  await expect(editor.getByTestId("order-error")).toHaveText("Amendment A3 amends amendment A1 and must be voted on before it.");
  await editor.getByRole("button", { name: "Move A3 up" }).click();
  await editor.getByRole("button", { name: "Save the order" }).click();
  await expect(page.getByTestId("order-message")).toHaveText("The order of voting was set, with its reason.");
  await expect(order).toHaveText([/^A3 Order as ruled by the chair: The President rules/, /^A1/, /^A2/]);
  await expect(page.getByTestId("order-ruling")).toContainText("at the request of its sponsor");

  // Kept: after a reload, the ruling and its reason are still there, and the vote follows it.
  await page.reload();
  await waitForHydration(page);
  await expect(order).toHaveText([/^A3/, /^A1/, /^A2/]);
  await expect(page.getByTestId("order-ruling")).toContainText("The President rules that the deletion of paragraph 6 is voted last");
  await page.getByRole("button", { name: "Start voting" }).click();
  await vote(page, {});
  await expect(page.getByTestId("step-statement").nth(0)).toHaveText("The amendment was adopted unanimously.");
  await vote(page, {});
  await vote(page, { "United States": "No" });
  await expect(page.getByTestId("step-statement").nth(2)).toHaveText(
    "The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).",
  );
  await page.getByRole("button", { name: "Save the amendments' results" }).click();
  await expect(page.getByTestId("amendment-A1").getByTestId("amendment-status")).toHaveText("Adopted");
  // The text as amended takes in the amendment to A1.
  await page.getByLabel(/Clean text as amended/).check();
  await expect(page.getByTestId("clean-text")).toContainText("2. Regrets the military operation in Ukraine;");
});

test("in the Assembly, an objection to division puts the motion for division to the vote before the parts (rule 89)", async ({ page }) => {
  await openPage(page, "/drafts");
  const created = await page.request.post("/api/drafts", { data: { document: { ...UKRAINE, body: "general-assembly", symbol: "A/ES-11/L.1" } } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await openPage(page, `/drafts/${id}/amendments`);

  await page.getByRole("checkbox", { name: "OP4" }).check();
  await page.getByLabel("A delegation objects (the motion for division is voted)").check();
  await expect(page.getByTestId("division-ruling")).toHaveText("Objection made: the motion for division is put to the vote (rule 89)");
  await expect(page.getByRole("button", { name: "Start voting" })).toBeDisabled();

  const motion = page.getByTestId("division-motion");
  await motion.getByLabel("In favour").fill("150");
  await motion.getByLabel("Against").fill("60");
  await motion.getByRole("button", { name: "Record the vote on the motion" }).click();
  await expect(motion.getByTestId("motion-error")).toHaveText("210 votes were counted, but the Assembly of 2022 has 193 Members.");
  await motion.getByLabel("In favour").fill("40");
  await motion.getByLabel("Abstentions").fill("20");
  await motion.getByRole("button", { name: "Record the vote on the motion" }).click();
  await expect(page.getByTestId("motion-statement")).toHaveText("The motion for division was rejected by a recorded vote of 40 to 60, with 20 abstentions.");
  await expect(page.getByTestId("division-ruling")).toHaveText("The motion for division was rejected: the draft is voted on as a whole (rule 89)");

  await page.getByRole("button", { name: "Vote on the motion again" }).click();
  await motion.getByLabel("In favour").fill("70");
  await motion.getByLabel("Against").fill("55");
  await motion.getByLabel("Abstentions").fill("30");
  await motion.getByRole("button", { name: "Record the vote on the motion" }).click();
  await expect(page.getByTestId("motion-statement")).toHaveText("The motion for division was adopted by a recorded vote of 70 to 55, with 30 abstentions.");
  await expect(page.getByTestId("division-ruling")).toHaveText("The motion for division was carried (rule 89)");
  await page.getByRole("button", { name: "Start voting" }).click();
  await expect(page.getByTestId("sequence-motion-statement")).toHaveText("The motion for division was adopted by a recorded vote of 70 to 55, with 30 abstentions.");
  await expect(page.getByTestId("sequence-steps").locator("> li")).toHaveText([/^Operative paragraph 4 — next/, /^The draft resolution — pending/]);
});

test("the amendments page passes axe with a sub-amendment form, the order editor and the motion for division open", async ({ page }) => {
  await openPage(page, "/drafts");
  const created = await page.request.post("/api/drafts", {
    data: {
      document: {
        ...UKRAINE,
        body: "general-assembly",
        amendments: [
          { id: "A1", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine" } },
          { id: "A2", sponsors: ["RUS"], action: "delete", target: "op6" },
        ],
      },
    },
  });
  const { id, amendments } = (await created.json()) as { id: string; amendments: { imported: number; notImported: unknown[] } };
  expect(amendments).toEqual({ imported: 2, notImported: [] });
  await openPage(page, `/drafts/${id}/amendments`);
  await page.getByTestId("amendment-A1").getByRole("button", { name: "Amend this amendment" }).click();
  await page.getByRole("button", { name: "Change the order" }).click();
  await page.getByRole("checkbox", { name: "OP4" }).check();
  await page.getByLabel("A delegation objects (the motion for division is voted)").check();
  await expect(page.getByTestId("division-motion")).toBeVisible();
  await expectAccessible(page, "the amendments page, forms open");
});

test("an Assembly draft's sequence is decided by the counts and the two-thirds majority of an important question (Art. 18, rules 83–86)", async ({ page }) => {
  await openPage(page, "/drafts");
  const created = await page.request.post("/api/drafts", {
    data: {
      document: {
        ...UKRAINE,
        body: "general-assembly",
        symbol: "A/ES-11/L.1",
        amendments: [
          { id: "A1", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine" } },
          { id: "A2", sponsors: ["RUS"], action: "delete", target: "op6" },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await openPage(page, `/drafts/${id}/amendments`);

  // The majority: suggested from the text (international peace and security), changed and restored by the user.
  const majority = page.getByTestId("assembly-majority");
  await expect(majority.getByTestId("majority-suggestion")).toHaveText(
    "Suggested: two-thirds — an important question under Art. 18(2): recommendations with respect to the maintenance of international peace and security.",
  );
  await expect(majority.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();
  await expect(majority.getByTestId("majority-hint")).toContainText("each amendment to it and each part voted separately are decided by two-thirds");
  await majority.getByLabel("Important question (Charter Art. 18(2))").selectOption({ label: "None of these" });
  await expect(majority.getByLabel("Simple majority (Art. 18(3))")).toBeChecked();
  await majority.getByLabel("Important question (Charter Art. 18(2))").selectOption({ label: "Read it from the draft" });
  await expect(majority.getByLabel("Two-thirds (Art. 18(2))")).toBeChecked();

  await expect(page.getByTestId("voting-order").locator("li")).toHaveText([/^A1/, /^A2/]);
  await page.getByRole("button", { name: "Start voting" }).click();
  const current = page.getByTestId("current-vote");
  await expect(current.getByRole("heading")).toHaveText("Now voting: Amendment A1 (Operative paragraph 2)");

  // The counts are checked: whole numbers, and no more votes than the Assembly of 2022 had Members.
  await current.getByLabel("In favour").fill("1.5");
  await current.getByRole("button", { name: "Record the vote" }).click();
  await expect(current.getByTestId("step-vote-error")).toHaveText("The number of Members in favour must be a whole number, 0 or more.");
  await current.getByLabel("In favour").fill("150");
  await current.getByLabel("Against").fill("40");
  await current.getByLabel("Abstentions").fill("4");
  await current.getByRole("button", { name: "Record the vote" }).click();
  await expect(current.getByTestId("step-vote-error")).toHaveText("194 votes were counted, but the Assembly of 2022 has 193 Members.");
  await expectAccessible(page, "an Assembly step's counts form with its error");

  // 100 to 60 is a majority, but not two-thirds: the amendment to an important question fails (rule 84).
  await current.getByLabel("In favour").fill("100");
  await current.getByLabel("Against").fill("60");
  await current.getByLabel("Abstentions").fill("20");
  await current.getByRole("button", { name: "Record the vote" }).click();
  await expect(page.getByTestId("step-statement").nth(0)).toHaveText(
    "The amendment was not adopted, having failed to obtain the required two-thirds majority of the members present and voting (100 in favour, 60 against; 120 in favour required).",
  );

  await expect(current.getByRole("heading")).toHaveText("Now voting: Amendment A2 (Operative paragraph 6)");
  await current.getByLabel("Adopted without a vote").check();
  await current.getByRole("button", { name: "Record the vote" }).click();
  await expect(page.getByTestId("step-statement").nth(1)).toHaveText("The amendment was adopted without a vote.");

  await expect(current.getByRole("heading")).toHaveText(/^Now voting: The draft resolution/);
  await expect(current.getByLabel("In favour")).toHaveValue("");
  await current.getByLabel("In favour").fill("120");
  await current.getByLabel("Against").fill("50");
  await current.getByLabel("Abstentions").fill("10");
  await current.getByRole("button", { name: "Record the vote" }).click();
  await expect(page.getByTestId("step-statement").nth(2)).toHaveText("The draft resolution, as amended, was adopted by a recorded vote of 120 to 50, with 10 abstentions.");
  await expect(page.getByTestId("sequence-complete")).toHaveText("The sequence is complete: the draft resolution was adopted.");

  await page.getByRole("button", { name: "Save the amendments' results" }).click();
  await expect(page.getByTestId("amendment-A1").getByTestId("amendment-status")).toHaveText("Rejected");
  await expect(page.getByTestId("amendment-A2").getByTestId("amendment-status")).toHaveText("Adopted");
});
