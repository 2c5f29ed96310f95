import { expect, test } from "./fixtures";
import { openClass, openPage } from "./helpers";

/** Rule 18 in a class: the meeting date presets the month's President on every screen. */
test("a Council class's meeting date presets the month's President, on the console, the projector and the API", async ({ browser, accounts }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teacher = await context.newPage();
  await accounts.register(teacher, "teacher", "Pia President");
  const { classUrl } = await openClass(teacher, { name: "Council, February 2022", organ: "Security Council", year: "2022", meetingDate: "2022-02-25" });

  await expect(teacher.getByTestId("class-president")).toHaveText("President for February 2022: Russian Federation");
  const api = await teacher.request.get(`/api${classUrl}`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ meetingDate: "2022-02-25", president: { iso3: "RUS", name: "Russian Federation" } });

  // A date outside the class's year is refused with its reason, and nothing changes.
  const refused = await teacher.request.patch(`/api${classUrl}`, { data: { meetingDate: "2023-01-05" } });
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("The meeting date must fall in 2022");
  const garbled = await teacher.request.patch(`/api${classUrl}`, { data: { meetingDate: 20220225 } });
  expect(garbled.status()).toBe(400);

  // The teacher moves the meeting to August: China presides.
  await teacher.getByLabel("Date of the meeting", { exact: true }).fill("2022-08-10");
  await teacher.getByRole("button", { name: "Set the date" }).click();
  await expect(teacher.getByTestId("class-president")).toHaveText("President for August 2022: China");

  const projector = await context.newPage();
  await openPage(projector, `${classUrl}/projector`);
  await expect(projector.getByTestId("projector")).toContainText("President: China (August 2022)");
  await expect(projector.getByTestId("chamber-president")).toContainText("President: China");

  // Clearing the date clears the President.
  const cleared = await teacher.request.patch(`/api${classUrl}`, { data: { meetingDate: null } });
  expect(cleared.status()).toBe(200);
  expect(await cleared.json()).toMatchObject({ meetingDate: null, president: null });
  await context.close();
});
