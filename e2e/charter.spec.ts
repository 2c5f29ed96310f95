import { expect, test } from "./fixtures";
import { openPage } from "./helpers";

// Every test here starts signed in as a fresh student (e2e/fixtures.ts), removed afterwards.
test.use({ signedInAs: "student" });

test("Charter citations in a draft's preview link to the Charter page and say what they cite", async ({ page }) => {
  await openPage(page, "/drafts");
  await page.getByTestId("import-file").setInputFiles("docs/examples/kazakhstan-2022.json");
  await expect(page).toHaveURL(/\/drafts\/[A-Za-z0-9_-]+$/);

  const citation = page.getByTestId("draft-preview").locator("a.charter-ref", { hasText: "Article 2, paragraph 4" });
  await expect(citation).toHaveAttribute("href", "/charter#article-2");
  await expect(citation).toHaveAttribute("title", /no threat or use of force/);

  // A citation of an article that does not exist is marked, with the reason on hover.
  await page.getByLabel("Text of operative paragraph 1", { exact: true }).fill("the deployment, contrary to Article 112 of the Charter");
  const invalid = page.getByTestId("draft-preview").locator(".charter-ref-invalid");
  await expect(invalid).toHaveText("Article 112");
  await expect(invalid).toHaveAttribute("title", "The Charter has no Article 112: it has 111 articles");

  await openPage(page, "/charter#article-51");
  await expect(page.locator("#article-51")).toHaveText("Article 51");
  await expect(page.locator("#chapter-VII")).toContainText("Inherent right of individual or collective self-defence");
});
