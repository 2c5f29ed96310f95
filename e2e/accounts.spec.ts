import { expect, test } from "./fixtures";
import { signIn, signOut } from "./helpers";

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
