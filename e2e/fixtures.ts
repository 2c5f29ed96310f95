import { test as base, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { e2eDatabasePath, e2eDataDir, e2ePort } from "./e2e-data-dir";
import { deletePostgresUsers } from "./e2e-postgres";
import { newUser, register, type TestUser } from "./helpers";

export { expect } from "@playwright/test";
export type { TestUser } from "./helpers";

export type Accounts = {
  /** Registers a fresh user with a unique email through the app's own form, signed in on `page`. */
  register(page: Page, role?: TestUser["role"], name?: string, options?: { exactName?: boolean }): Promise<TestUser>;
};

type Fixtures = {
  /** Makes more users (a co-author, a stranger), each deleted with their data after the test. */
  accounts: Accounts;
  /** A fresh student, registered and signed in on `page`; deleted with their data afterwards. */
  student: TestUser;
  /** A fresh teacher, registered and signed in on `page`; deleted with their data afterwards. */
  teacher: TestUser;
  /** `test.use({ signedInAs: "student" })`: every test of the file or group starts signed in as a fresh user. */
  signedInAs: TestUser["role"] | null;
  signedInUser: TestUser | null;
};

/**
 * Browser tests create their own users through the app, as a visitor would, and remove them
 * afterwards straight from the e2e server's throwaway database (the app has no account deletion
 * yet, and a test-only route would be a door left open in production). The schema's cascades
 * (prisma/schema.prisma: onDelete Cascade) take their drafts, revisions, shares and saved votes.
 * (Fixture callbacks name their second parameter `provide`, not `use`, which the React lint
 * rules would take for the React hook.)
 */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's destructuring.
  accounts: async ({}, provide) => {
    const created: TestUser[] = [];
    await provide({
      register: async (page, role = "student", name, options) => {
        const user = newUser(role, name, options);
        // Recorded before registering, so that a registration that fails half-way is removed too.
        created.push(user);
        await register(page, user);
        return user;
      },
    });
    if (created.length > 0) await deleteUsers(created.map((user) => user.email));
  },
  student: async ({ page, accounts }, provide) => {
    await provide(await accounts.register(page, "student"));
  },
  teacher: async ({ page, accounts }, provide) => {
    await provide(await accounts.register(page, "teacher", "Tess Teacher"));
  },
  signedInAs: [null, { option: true }],
  signedInUser: [
    async ({ signedInAs, page, accounts }, provide) => {
      await provide(signedInAs ? await accounts.register(page, signedInAs) : null);
    },
    { auto: true },
  ],
});

/**
 * Deletes the users and everything they own from the e2e server's database (SQLite, or the
 * PostgreSQL one E2E_DATABASE_URL names), then checks that nothing of theirs is left.
 */
export async function deleteUsers(emails: string[]): Promise<void> {
  if (process.env.E2E_DATABASE_URL) await deletePostgresUsers(process.env.E2E_DATABASE_URL, emails);
  else deleteSqliteUsers(emails);
}

function deleteSqliteUsers(emails: string[]): void {
  const db = new Database(e2eDatabasePath(e2eDataDir(e2ePort())), { fileMustExist: true, timeout: 10_000 });
  try {
    db.pragma("foreign_keys = ON");
    const placeholders = emails.map(() => "?").join(", ");
    const ids = db.prepare(`SELECT id FROM "User" WHERE email IN (${placeholders})`).all(...emails).map((row) => (row as { id: string }).id);
    db.transaction(() => {
      db.prepare(`DELETE FROM "User" WHERE email IN (${placeholders})`).run(...emails);
      // Failed sign-ins are kept by email, also for the unknown addresses a test tried.
      for (const email of emails) db.prepare(`DELETE FROM "SignInThrottle" WHERE email = ? OR email LIKE ?`).run(email, `%-${email}`);
    })();
    if (ids.length === 0) return;
    const idList = ids.map(() => "?").join(", ");
    const left = [
      db.prepare(`SELECT count(*) AS count FROM "Draft" WHERE ownerId IN (${idList})`).get(...ids),
      db.prepare(`SELECT count(*) AS count FROM "DraftShare" WHERE userId IN (${idList})`).get(...ids),
      db.prepare(`SELECT count(*) AS count FROM "Simulation" WHERE ownerId IN (${idList})`).get(...ids),
    ].reduce((sum: number, row) => sum + (row as { count: number }).count, 0);
    if (left > 0) throw new Error(`Deleting the test users left ${left} of their rows behind`);
  } finally {
    db.close();
  }
}
