import { expect, test } from "./fixtures";
import { openPage } from "./helpers";

test("the Council page shows any year's members, permanent first", async ({ page }) => {
  await openPage(page, "/council?year=2022");
  await expect(page.getByRole("heading", { name: "The Security Council in 2022" })).toBeVisible();
  const rows = page.getByTestId("council-members").locator("tbody tr");
  await expect(rows).toHaveCount(15);
  const names = (await rows.locator("td:first-child").allInnerTexts()).map((text) => text.split("\n")[0]);
  expect(names.slice(0, 5)).toEqual(["China", "France", "Russian Federation", "United Kingdom", "United States"]);
  expect(names.slice(5)).toEqual(["Albania", "Brazil", "Gabon", "Ghana", "India", "Ireland", "Kenya", "Mexico", "Norway", "United Arab Emirates"]);

  await page.getByLabel("Year", { exact: true }).selectOption("1950");
  await expect(page.getByRole("heading", { name: "The Security Council in 1950" })).toBeVisible();
  await expect(rows).toHaveCount(11);
  await expect(page.getByText("a decision needs 7 votes")).toBeVisible();
  await expect(page.getByTestId("council-members")).toContainText("USSR");
});

test("a year outside 1946–2026 is explained, not an error page", async ({ page }) => {
  await openPage(page, "/council?year=1900");
  await expect(page.getByTestId("year-error")).toContainText("is not a year of the Council");
});

test("the state search finds a state by a common name", async ({ page }) => {
  await openPage(page, "/council");
  await page.getByRole("combobox", { name: "Member or observer State" }).fill("Türkiye");
  await page.getByRole("option", { name: /Türkiye/ }).click();
  const details = page.getByTestId("state-details");
  await expect(details).toContainText("TUR");
  await expect(details).toContainText("Western European and Others Group");

  await page.getByRole("combobox", { name: "Member or observer State" }).fill("UK");
  await page.keyboard.press("Enter");
  await expect(details).toContainText("United Kingdom of Great Britain and Northern Ireland");
  await expect(details).toContainText("permanent 1946–2026");
});
