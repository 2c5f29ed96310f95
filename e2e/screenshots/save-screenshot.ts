import path from "node:path";
import type { Page } from "@playwright/test";

/** Where the README's pictures live (docs/screenshots/). */
export const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/** Saves the page as docs/screenshots/NAME.png, without the caret and transitions that would make pictures differ run to run. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.addStyleTag({ content: "*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }" });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}
