import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export type TestUser = { name: string; email: string; password: string; role: "teacher" | "student" };

/**
 * A user of this test alone, so that no test depends on another's state: the email is unique,
 * and so is the name unless `exactName` asks for it as given (for the screenshots).
 */
export function newUser(role: TestUser["role"] = "student", name = "Ada Delegate", options: { exactName?: boolean } = {}): TestUser {
  const id = randomUUID().slice(0, 8);
  return { name: options.exactName ? name : `${name} ${id}`, email: `user-${id}@example.org`, password: `correct-horse-${id}`, role };
}

export async function register(page: Page, user: TestUser): Promise<void> {
  await page.goto("/register");
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel(user.role === "teacher" ? "Teacher or conference organiser" : "Student or delegate").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password is slow on purpose (lib/accounts/password.ts): more so on a busy machine.
  await expect(page.getByTestId("user-name")).toHaveText(user.name, { timeout: 30_000 });
  await waitForHydration(page);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await waitForHydration(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("user-name")).toHaveCount(0);
}

/** Waits until React has attached the page's handlers (lib/shell/hydration-marker.tsx). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Opens a page and waits until it can be used. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/**
 * Imports an example of docs/examples (Kazakhstan's unless named) from the drafts page (the user
 * must be on it, signed in) and lands on its editor; returns the new draft's id.
 */
export async function importExampleDraft(page: Page, file = "kazakhstan-2022.json"): Promise<string> {
  await page.getByTestId("import-file").setInputFiles(`docs/examples/${file}`);
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

export type ProposedAmendment = { paragraph: RegExp; action: string; sponsor: string; phrase?: string; text?: string; position?: string };

/** Proposes an amendment on the draft's amendments page (the page is open). */
export async function proposeAmendment(page: Page, options: ProposedAmendment): Promise<void> {
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

/**
 * Imports S/2022/155 (docs/examples/ukraine-2022.json), opens its amendments page and proposes the
 * amendments in turn, each shown as A1, A2, …; returns the draft's id.
 */
export async function draftWithAmendments(page: Page, amendments: ProposedAmendment[]): Promise<string> {
  await openPage(page, "/drafts");
  const draftId = await importExampleDraft(page, "ukraine-2022.json");
  await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
  await page.getByTestId("draft-amendments").click();
  await expect(page.getByRole("heading", { name: "Amendments", exact: true })).toBeVisible();
  for (const [index, amendment] of amendments.entries()) {
    await proposeAmendment(page, amendment);
    await expect(page.getByTestId(`amendment-A${index + 1}`)).toBeVisible();
  }
  return draftId;
}

/**
 * Clicks a seat until it shows the vote (Y, N, A, or not participating): a seat of the Council
 * simulator's horseshoe (`seat-*`), or a Member's button on the Assembly simulator's board
 * (`board-*`). Each click waits for the seat to change, so that a slow render never takes two
 * clicks for one.
 */
export async function setSeatVote(page: Page, iso3: string, vote: "Y" | "N" | "A" | "NP", where: "seat" | "board" = "seat"): Promise<void> {
  const seat = page.getByTestId(`${where}-${iso3}`);
  const target = where === "seat" ? seat.locator(".seat-disc") : seat;
  for (let clicks = 0; clicks < 4; clicks++) {
    const shown = await seat.getAttribute("data-vote");
    if (shown === vote) return;
    await target.click();
    await expect(seat).not.toHaveAttribute("data-vote", shown ?? "");
  }
  await expect(seat).toHaveAttribute("data-vote", vote);
}

/**
 * The teacher (signed in on `teacher`) opens a class from /classes and lands on its console, live:
 * its path and its join code (letters and digits only).
 */
export async function openClass(
  teacher: Page,
  options: { name: string; organ: "Security Council" | "General Assembly"; year: string; meetingDate?: string },
): Promise<{ classUrl: string; code: string }> {
  await openPage(teacher, "/classes");
  await teacher.getByLabel("Name", { exact: true }).fill(options.name);
  await teacher.getByLabel(options.organ).check();
  await teacher.getByLabel("Year").selectOption(options.year);
  if (options.meetingDate) await teacher.getByLabel("Date of the meeting (optional)").fill(options.meetingDate);
  await teacher.getByRole("button", { name: "Open the class" }).click();
  await expect(teacher).toHaveURL(/\/classes\/[^/]+$/);
  const classUrl = new URL(teacher.url()).pathname;
  await waitForHydration(teacher);
  const code = ((await teacher.getByTestId("join-code").textContent()) ?? "").replace(/[^A-Z0-9]/g, "");
  return { classUrl, code };
}

/**
 * The page, once hydrated, passes axe-core (WCAG 2.x A and AA rules and axe's best practices) with
 * no serious or critical violation. A failure names the state and lists each violation with the
 * elements it found, so that the fix can start from the message alone. `soft` records a failure and
 * lets the test go on (the test still fails), to report every state of a page in one run.
 */
export async function expectAccessible(page: Page, state: string, options: { soft?: boolean } = {}): Promise<void> {
  await waitForHydration(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const report = serious
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    at ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more elements` : "";
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    })
    .join("\n");
  if (process.env.A11Y_TRACE) console.log(`axe ${state}: ${serious.length} serious`);
  (options.soft ? expect.soft : expect)(serious.length, `Accessibility violations on ${state} (${page.url()}):\n${report}`).toBe(0);
}
