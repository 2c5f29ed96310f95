import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { expect, test } from "./fixtures";
import { openPage, waitForHydration } from "./helpers";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext(PHONE);
  return context.newPage();
}

/** Picks the option whose text contains `text` (the option labels carry names and symbols). */
async function selectOptionContaining(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  expect(value, `an option "${text}" in "${label}"`).toBeTruthy();
  await select.selectOption(value!);
}

test("a class holds the Council's vote live: join by code, seats, a tabled draft, a veto on a phone, the record, a reconnect", async ({ browser, accounts }) => {
  test.setTimeout(180_000);

  // The teacher opens a class of the Council of 2022 on a desktop.
  const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teacher = await teacherContext.newPage();
  await accounts.register(teacher, "teacher", "Tess Teacher");
  await openPage(teacher, "/classes");
  await teacher.getByLabel("Name", { exact: true }).fill("Year 11 — Council 2022");
  await teacher.getByLabel("Security Council").check();
  await teacher.getByLabel("Year").selectOption("2022");
  await expect(teacher.getByTestId("class-seats")).toContainText("15 seats");
  await teacher.getByRole("button", { name: "Open the class" }).click();
  await expect(teacher).toHaveURL(/\/classes\/[^/]+$/);
  const classUrl = new URL(teacher.url()).pathname;
  await waitForHydration(teacher);
  await expect(teacher.getByTestId("connection")).toHaveText(/Live/);
  const code = ((await teacher.getByTestId("join-code").textContent()) ?? "").replace(/[^A-Z0-9]/g, "");
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(teacher.getByTestId("join-qr").locator("svg")).toBeVisible();
  await expect(teacher.getByTestId("join-link")).toContainText(`/join/${code}`);

  // A guest joins on a phone by typing the code the forgiving way (lower case, a dash).
  const guest = await phone(browser);
  await openPage(guest, "/join");
  await guest.getByLabel("Class code").fill("ZZZZZZ");
  await guest.getByLabel("Your name").fill("Grace");
  await guest.getByRole("button", { name: "Join the class" }).click();
  await expect(guest.getByTestId("join-error")).toContainText("No class has the code ZZZZZZ");
  await guest.getByLabel("Class code").fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
  await guest.getByRole("button", { name: "Join the class" }).click();
  await expect(guest).toHaveURL(new RegExp(`${classUrl}$`));
  await expect(guest.getByTestId("my-country")).toHaveText("Waiting for a seat");

  // A signed-in student imports a draft, then joins by the link.
  const student = await phone(browser);
  const studentUser = await accounts.register(student, "student", "Sam Student");
  await openPage(student, "/drafts");
  await student.getByTestId("import-file").setInputFiles("docs/examples/ukraine-2022.json");
  await expect(student).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(student.getByTestId("autosave-status")).toHaveText("Saved");
  await openPage(student, `/join/${code}`);
  await expect(student.getByText(`You will join as ${studentUser.name}`)).toBeVisible();
  await student.getByRole("button", { name: "Join the class" }).click();
  await expect(student).toHaveURL(new RegExp(`${classUrl}$`));
  await waitForHydration(student);

  // The roster shows both, live; the teacher seats the student on the Russian Federation and the guest on France.
  await expect(teacher.getByTestId("roster-row")).toHaveCount(3);
  await expect(teacher.getByTestId("roster-row").filter({ hasText: studentUser.name })).toContainText("Account");
  await expect(teacher.getByTestId("roster-row").filter({ hasText: "Grace" })).toContainText("Guest");
  await selectOptionContaining(teacher, `Seat of ${studentUser.name}`, "Russian Federation");
  await expect(student.getByTestId("my-country")).toHaveText("Russian Federation");
  await selectOptionContaining(teacher, "Seat of Grace", "France");
  await expect(guest.getByTestId("my-country")).toHaveText("France");
  await expect(teacher.getByTestId("seat-row-RUS")).toContainText(studentUser.name);
  await expect(teacher.getByTestId("seat-row-USA")).toContainText("bot");

  // The student tables the draft; the guest co-sponsors it from France.
  await selectOptionContaining(student, "Table one of your drafts", "S/2022/155");
  await student.getByRole("button", { name: "Table it" }).click();
  await expect(student.locator(".tabled-list li")).toHaveCount(1);
  await expect(guest.locator(".tabled-list li")).toHaveCount(1);
  await guest.getByRole("button", { name: "Co-sponsor" }).click();
  await expect(teacher.locator(".tabled-list li").first()).toContainText("France");

  // Everyone can read it in UN form.
  await guest.locator(".tabled-list a").first().click();
  await expect(guest.getByTestId("draft-preview")).toContainText("S/2022/155");
  await guest.goBack();
  await waitForHydration(guest);

  // The teacher opens a substantive vote on the draft under Chapter VII.
  await teacher.getByLabel("A tabled draft").check();
  await teacher.getByLabel("Substantive").check();
  await teacher.getByLabel("Chapter VII").check();
  await teacher.getByRole("button", { name: "Open the vote" }).click();
  await expect(teacher.getByRole("heading", { name: "Vote in progress" })).toBeVisible();
  await expect(student.getByRole("heading", { name: "Vote now" })).toBeVisible();
  await expect(guest.getByRole("heading", { name: "Vote now" })).toBeVisible();
  // Bot seats voted from the prediction when the vote opened, marked as bot votes.
  await expect(teacher.getByTestId("ballot-row-USA")).toContainText("Bot");
  await expect(teacher.getByTestId("ballot-row-USA").locator("select")).not.toHaveValue("");

  // France votes Abstain, then changes to Yes; the teacher sees it live.
  await guest.getByRole("button", { name: "Abstain", exact: true }).click();
  await expect(guest.getByTestId("vote-recorded")).toContainText("Recorded: Abstain");
  await expect(teacher.getByTestId("ballot-row-FRA")).toContainText("Abstain");
  await guest.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(guest.getByTestId("vote-recorded")).toContainText("Recorded: Yes");
  await expect(teacher.getByTestId("ballot-row-FRA")).toContainText("Yes");
  await expect(teacher.getByTestId("vote-progress")).toContainText("14 of 15 voted");

  // The guest's phone drops off the network; it misses the Russian Federation's vote and the close.
  await guest.context().setOffline(true);
  await expect(guest.getByTestId("connection")).toHaveText(/Reconnecting/);
  await student.getByRole("button", { name: "No", exact: true }).click();
  await expect(student.getByTestId("vote-recorded")).toContainText("Recorded: No");
  await expect(teacher.getByTestId("vote-progress")).toContainText("15 of 15 voted");
  await expect(teacher.getByTestId("ballot-row-RUS")).toContainText("No");
  await expect(guest.getByTestId("vote-progress")).toContainText("14 of 15 voted");

  await teacher.getByRole("button", { name: "Close the vote" }).click();
  const veto = "owing to the negative vote of a permanent member of the Council (Russian Federation)";
  await expect(teacher.getByTestId("vote-statement")).toContainText(veto);
  await expect(student.getByTestId("vote-statement")).toContainText(veto);

  // Back online, the guest's phone catches up and shows the result.
  await guest.context().setOffline(false);
  await expect(guest.getByTestId("vote-statement")).toContainText(veto, { timeout: 15_000 });
  await expect(guest.getByTestId("connection")).toHaveText(/Live/, { timeout: 15_000 });

  // The projector shows the result too.
  const projector = await teacherContext.newPage();
  await openPage(projector, `${classUrl}/projector`);
  await expect(projector.getByTestId("vote-statement")).toContainText(veto);
  await expect(projector.getByTestId("chamber-seat-RUS")).toHaveAttribute("data-state", "N");

  // After the veto the chair is offered the way on: the Uniting for Peace referral, a procedural vote.
  await expect(teacher.getByTestId("way-on")).toContainText("Uniting for Peace");
  await teacher.getByRole("button", { name: "Hold the referral vote (Uniting for Peace)" }).click();
  await expect(student.getByTestId("vote-title")).toContainText("Referral");
  await expect(projector.getByTestId("vote-progress")).toBeVisible();

  // The record: a Word file with the statement, and CSV with who voted how.
  await teacher.getByRole("button", { name: "Close the vote" }).click();
  await expect(teacher.getByRole("heading", { name: "Record of votes" })).toBeVisible();
  let downloadPromise = teacher.waitForEvent("download");
  await teacher.getByRole("button", { name: "Record (.docx)" }).click();
  let download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const documentText = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
  expect(documentText).toContain(veto);
  expect(documentText).toContain("Russian Federation");

  downloadPromise = teacher.waitForEvent("download");
  await teacher.getByRole("button", { name: "Record (.csv)" }).click();
  download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parse(await readFile((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  const russia = rows.find((row) => row.vote_number === "1" && row.seat_iso3 === "RUS");
  expect(russia).toMatchObject({ vote: "N", cast_by: "delegate", delegate: studentUser.name, outcome: "vetoed" });
  expect(russia?.statement).toContain(veto);
  expect(rows.find((row) => row.vote_number === "1" && row.seat_iso3 === "FRA")).toMatchObject({ vote: "Y", cast_by: "delegate", delegate: "Grace" });
  expect(rows.find((row) => row.vote_number === "1" && row.seat_iso3 === "USA")?.cast_by).toBe("bot");
  expect(rows.filter((row) => row.vote_number === "1")).toHaveLength(15);

  await Promise.all([teacherContext.close(), guest.context().close(), student.context().close()]);
});
