import { expect, test } from "./fixtures";
import { openPage, signIn, signOut } from "./helpers";

test("a student registers, signs out and signs in again", async ({ page, student: user }) => {
  await expect(page).toHaveURL(/\/drafts/);
  await expect(page.getByText("Student", { exact: true })).toBeVisible();

  await signOut(page);
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
});

test("registration explains what is wrong and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Your password needs at least 10 characters.")).toBeVisible();
  await expect(page.getByText("Choose whether you are a teacher or a student.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Short Password");
});

test("a wrong password and an unknown email get the same generic message", async ({ page, student: user }) => {
  await signOut(page);

  await signIn(page, user.email, "wrong-password-123");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  await signIn(page, `nobody-${user.email}`, "wrong-password-123");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
});

test("an anonymous visit to a private page goes to sign-in and returns there afterwards", async ({ page, teacher: user }) => {
  await signOut(page);

  await page.goto("/classes");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByRole("heading", { name: "Classes", exact: true })).toBeVisible();
});

test("repeated failed sign-ins are refused for a while with a clear message", async ({ page, student: user }) => {
  test.setTimeout(90_000);
  await signOut(page);

  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, user.email, `wrong-password-${attempt}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.", { timeout: 15_000 });
  }
  // Even the right password is refused while the pause lasts.
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("sign-in-error")).toContainText("Too many failed sign-in attempts", { timeout: 15_000 });
  await expect(page.getByTestId("user-name")).toHaveCount(0);
});

test("the demo accounts listed on the sign-in page work", async ({ page }) => {
  await page.goto("/sign-in");
  const demo = page.getByTestId("demo-accounts");
  await expect(demo).toBeVisible();
  const codes = await demo.locator("code").allTextContents();
  expect(codes).toHaveLength(4);

  await signIn(page, codes[0], codes[1]);
  await expect(page.getByTestId("user-name")).toHaveText("Demo Teacher");
  await signOut(page);
  await signIn(page, codes[2], codes[3]);
  await expect(page.getByTestId("user-name")).toHaveText("Demo Student");
  await signOut(page);

  await page.locator("form[data-ready]").waitFor();
  await page.getByRole("button", { name: "Open the demo teacher account" }).click();
  await expect(page.getByTestId("user-name")).toHaveText("Demo Teacher");
  await expect(page).toHaveURL(/\/drafts$/);
});

test("signing in with a callbackUrl that leads to another site ends on the app's own origin", async ({ page, student: user }) => {
  const origin = new URL(page.url()).origin;
  await signOut(page);

  await page.goto("/sign-in?callbackUrl=/.//example.com/evil");
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page).toHaveURL(`${origin}/drafts`);

  // next-auth's own callback refuses other origins too, and the normalised path of a variant.
  const answers = await page.evaluate(
    async ({ email, password }) => {
      const results: string[] = [];
      for (const callbackUrl of ["https://example.com/evil", "/%2e//example.com/evil", "/x/..//example.com"]) {
        const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
        const response = await fetch("/api/auth/callback/credentials", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
        });
        results.push(((await response.json()) as { url: string }).url);
      }
      return results;
    },
    { email: user.email, password: user.password },
  );
  for (const url of answers) expect(new URL(url).origin).toBe(origin);
});

test("a changed password replaces the old one, which no longer signs in", async ({ page, student: user }) => {
  const newPassword = `council-drafter-${user.email.slice(5, 13)}`;
  await openPage(page, "/account");
  await page.locator("form[data-ready]").waitFor();

  // A common password is refused with a clear message.
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("Qwertyuiop");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is one of the most common passwords")).toBeVisible({ timeout: 15_000 });

  // The current password is required.
  await page.getByLabel("Current password").fill("not-my-password-1");
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible({ timeout: 15_000 });

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("password-changed")).toBeVisible({ timeout: 30_000 });
  // This browser stays signed in with the new password.
  await openPage(page, "/drafts");
  await expect(page.getByTestId("user-name")).toHaveText(user.name);

  await signOut(page);
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.", { timeout: 15_000 });
  await signIn(page, user.email, newPassword);
  await expect(page.getByTestId("user-name")).toHaveText(user.name, { timeout: 15_000 });
});

test("signing out everywhere ends the session in another browser and removes the drafts kept here", async ({ browser, page, student: user }) => {
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await otherPage.goto("/sign-in");
    await signIn(otherPage, user.email, user.password);
    await expect(otherPage.getByTestId("user-name")).toHaveText(user.name, { timeout: 15_000 });
    expect((await otherPage.request.get("/api/drafts")).status()).not.toBe(401);

    await openPage(page, "/account");
    await page.evaluate(() => localStorage.setItem("council-workbench:draft:some-draft:3", JSON.stringify({ document: {}, editedAt: 1 })));
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("council-workbench:draft:")))).toEqual([]);

    // The other browser still holds its cookie, but the session behind it has ended.
    await otherPage.goto("/drafts");
    await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(otherPage.getByTestId("user-name")).toHaveCount(0);
    const api = await otherPage.request.get("/api/classes");
    expect(api.status()).toBe(401);
    expect((await api.json()).message).toBeTruthy();
  } finally {
    await other.close();
  }
});

test("signing out removes the drafts kept in this browser for offline recovery", async ({ page, student: user }) => {
  await openPage(page, "/drafts");
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
  await page.evaluate(() => {
    localStorage.setItem("council-workbench:draft:draft-a:1", JSON.stringify({ document: {}, editedAt: 1 }));
    localStorage.setItem("unrelated-setting", "kept");
  });
  await signOut(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("council-workbench:draft:")))).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem("unrelated-setting"))).toBe("kept");
});
