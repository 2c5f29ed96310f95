import { readFile } from "node:fs/promises";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openPage } from "./helpers";

/** What a browser reports when the Content-Security-Policy blocks something on the page. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = reports;
    document.addEventListener("securitypolicyviolation", (event) => reports.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleReports, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

function expectProtectiveHeaders(response: APIResponse | { headers(): Record<string, string> }) {
  const headers = response.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The test server is plain HTTP: no HSTS there.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return policy;
}

test.describe("security headers", () => {
  test.use({ signedInAs: "student" });

  test("a page, an API route, a Word download and a static file carry them; page scripts need this request's nonce", async ({ page }) => {
    const response = await page.goto("/drafts");
    const policy = expectProtectiveHeaders(response!);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Every script the server sent carries the nonce (chunks loaded later are trusted through
    // 'strict-dynamic'), and the next page view gets a new one.
    const scriptTags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
    const again = expectProtectiveHeaders((await page.request.get("/drafts"))!);
    expect(again).not.toContain(`'nonce-${nonce}'`);

    const api = await page.request.get("/api/classes");
    expect(api.status()).toBe(200);
    expect(expectProtectiveHeaders(api)).toContain("default-src 'none'");

    const document = JSON.parse(await readFile("docs/examples/ukraine-2022.json", "utf8")) as unknown;
    const created = await page.request.post("/api/drafts", { data: { document } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // As the Download button sends it: the document on screen and the choices.
    const docx = await page.request.post(`/api/drafts/${id}/docx`, { data: { document, style: "un", paper: "a4" } });
    expect(docx.status(), await docx.text()).toBe(200);
    expect(docx.headers()["content-disposition"]).toContain(".docx");
    expectProtectiveHeaders(docx);

    const scriptUrl = await page.locator("script[src]").first().getAttribute("src");
    const script = await page.request.get(scriptUrl!);
    expect(script.status()).toBe(200);
    expectProtectiveHeaders(script);

    const anonymous = await page.request.get("/api/drafts/none", { headers: { cookie: "" } });
    expectProtectiveHeaders(anonymous);
  });

  test("the editor hydrates and works under the policy, with no violation reported", async ({ page }) => {
    const violations = await watchCsp(page);
    const created = await page.request.post("/api/drafts", { data: { blank: "security-council" } });
    expect(created.status()).toBe(201);
    const { id: draftId } = (await created.json()) as { id: string };
    await openPage(page, `/drafts/${draftId}`);
    await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
    await page.getByRole("button", { name: "+ Add operative paragraph" }).click();
    await page.getByLabel("Opening phrase of operative paragraph 1", { exact: true }).fill("Condemns");
    await page.getByLabel("Text of operative paragraph 1", { exact: true }).fill("the attack on the city");
    await expect(page.getByTestId("draft-preview")).toContainText("the attack on the city");
    await expect(page.getByTestId("autosave-status")).toHaveText("Saved");
    await openPage(page, "/simulate");
    expect(await violations()).toEqual([]);
  });
});

test("a teacher's class pages hydrate under the policy, with no violation reported", async ({ page, teacher }) => {
  expect(teacher.role).toBe("teacher");
  const violations = await watchCsp(page);
  const created = await page.request.post("/api/classes", { data: { name: "Policy check", body: "security-council", year: 2022 } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await openPage(page, `/classes/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Policy check");
  await expect(page.getByTestId("connection")).toContainText("Live", { timeout: 15_000 });
  await openPage(page, `/classes/${id}/projector`);
  await expect(page.getByTestId("connection")).toContainText("Live", { timeout: 15_000 });
  await openPage(page, "/classes");
  expect(await violations()).toEqual([]);

  // The event stream carries the headers too.
  const stream = await page.evaluate(async (classId) => {
    const controller = new AbortController();
    const response = await fetch(`/api/classes/${classId}/events`, { signal: controller.signal });
    const headers = { type: response.headers.get("content-type"), csp: response.headers.get("content-security-policy"), nosniff: response.headers.get("x-content-type-options") };
    controller.abort();
    return headers;
  }, id);
  expect(stream.type).toContain("text/event-stream");
  expect(stream.csp).toContain("frame-ancestors 'none'");
  expect(stream.nosniff).toBe("nosniff");
});
