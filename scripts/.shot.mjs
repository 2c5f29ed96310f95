import { chromium } from "@playwright/test";
const [url, out, width = "1280", height = "900"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
