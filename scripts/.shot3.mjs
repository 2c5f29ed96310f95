import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking"] });
for (const [w, h, tag] of [[1366, 900, "d"], [390, 844, "m"]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto("http://127.0.0.1:3500/sign-in");
  await page.getByLabel("Email").fill("student@demo.example.org");
  await page.getByLabel("Password").fill("draft-a-resolution");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/drafts/);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/list-${tag}.png`, fullPage: true });
  await page.getByRole("link", { name: /Kazakhstan|Untitled|S\/2022/ }).first().click();
  await page.waitForURL(/drafts\/.+/);
  await page.waitForTimeout(800);
  await page.getByRole("button", { name: "Download .docx" }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/editor-${tag}.png`, fullPage: false });
  await page.close();
}
await browser.close();
