import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { openPage, waitForHydration } from "../helpers";
import { saveScreenshot } from "./save-screenshot";

/**
 * The README's pictures of a live class (`npm run screenshots`): the chair's console on a
 * desktop while a vote is open, a delegate's phone, and the projector after a veto. The class
 * is set up through the same JSON API a conference tool would use; the pictures are of the
 * screens a teacher and students meet.
 */
const DESKTOP = { width: 1280, height: 1000 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function joinAsGuest(browser: Browser, code: string, name: string): Promise<{ page: Page; delegateId: string }> {
  const page = await (await browser.newContext(PHONE)).newPage();
  const answer = await page.request.post("/api/classes/join", { data: { code, name } });
  expect(answer.status()).toBe(200);
  return { page, delegateId: (await answer.json()).delegateId };
}

test("a live class: the chair's console, a delegate's phone and the projector", async ({ browser, accounts }) => {
  test.setTimeout(240_000);
  const teacher = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await accounts.register(teacher, "teacher", "Ms Rivera", { exactName: true });
  const created = await teacher.request.post("/api/classes", { data: { name: "Year 11 — Security Council", body: "security-council", year: 2022 } });
  expect(created.status()).toBe(201);
  const { id, joinCode } = await created.json();
  const api = (path: string) => `/api/classes/${id}${path}`;

  // A signed-in student tables the Ukraine draft from the Russian Federation's seat; two guests take seats too.
  const student = await (await browser.newContext(PHONE)).newPage();
  await accounts.register(student, "student", "Amina Diallo", { exactName: true });
  await openPage(student, "/drafts");
  await student.getByTestId("import-file").setInputFiles("docs/examples/ukraine-2022.json");
  await expect(student).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);
  const draftId = new URL(student.url()).pathname.split("/").pop()!;
  const joined = await student.request.post("/api/classes/join", { data: { code: joinCode } });
  expect(joined.status()).toBe(200);
  const amina = (await joined.json()).delegateId;
  const lucas = await joinAsGuest(browser, joinCode, "Lucas");
  const mei = await joinAsGuest(browser, joinCode, "Mei");
  for (const [iso3, delegateId] of [["RUS", amina], ["GBR", lucas.delegateId], ["CHN", mei.delegateId]]) {
    expect((await teacher.request.put(api(`/seats/${iso3}`), { data: { delegateIds: [delegateId] } })).status()).toBe(200);
  }
  const tabled = await student.request.post(api("/drafts"), { data: { draftId } });
  expect(tabled.status()).toBe(201);
  const tabledId = (await tabled.json()).id;
  await teacher.request.post(api("/speakers"), { data: { action: "add", iso3: "GBR" } });
  await teacher.request.post(api("/speakers"), { data: { action: "add", iso3: "CHN" } });
  await teacher.request.post(api("/speakers"), { data: { action: "next" } });
  const opened = await teacher.request.post(api("/votes"), { data: { draftId: tabledId, matter: "substantive", basis: "chapter-vii" } });
  expect(opened.status()).toBe(201);
  const voteId = (await opened.json()).voteId;
  expect((await mei.page.request.post(api(`/votes/${voteId}/ballot`), { data: { vote: "A" } })).status()).toBe(200);

  // The delegate of the United Kingdom votes on the phone.
  await openPage(lucas.page, `/classes/${id}`);
  await waitForHydration(lucas.page);
  await expect(lucas.page.getByTestId("my-country")).toContainText("United Kingdom");
  await lucas.page.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(lucas.page.getByTestId("vote-recorded")).toContainText("Recorded: Yes");
  await saveScreenshot(lucas.page, "class-phone");

  // The chair's console while the vote is open.
  await openPage(teacher, `/classes/${id}`);
  await waitForHydration(teacher);
  await expect(teacher.getByTestId("connection")).toHaveText(/Live/);
  await expect(teacher.getByTestId("vote-progress")).toContainText("14 of 15 voted");
  await saveScreenshot(teacher, "class-console");

  // The Russian Federation votes no; the chair closes; the projector shows the veto.
  expect((await student.request.post(api(`/votes/${voteId}/ballot`), { data: { vote: "N" } })).status()).toBe(200);
  const closed = await teacher.request.post(api(`/votes/${voteId}/close`), { data: {} });
  expect((await closed.json()).outcome).toBe("vetoed");
  const projector = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await projector.context().addCookies(await teacher.context().cookies());
  await openPage(projector, `/classes/${id}/projector`);
  await expect(projector.getByTestId("vote-statement")).toContainText("negative vote of a permanent member");
  await saveScreenshot(projector, "class-projector");

  await Promise.all([teacher, student, lucas.page, mei.page, projector].map((page) => page.context().close()));
});
