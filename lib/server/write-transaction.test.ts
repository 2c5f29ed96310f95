import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// The retries are told apart by the error alone: no database is opened here.
vi.mock("./db", () => ({ db: {} }));

import { withWriteRetries } from "./write-transaction";

/** SQLite's refusal when another process wrote to the file since this transaction's first read. */
const busySnapshot = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY_SNAPSHOT" });

describe("a write the database refused because another connection wrote first", () => {
  it("is run again and its answer kept", async () => {
    let attempts = 0;
    const answer = await withWriteRetries(async () => {
      attempts++;
      if (attempts < 3) throw busySnapshot();
      return "saved";
    });
    expect(answer).toBe("saved");
    expect(attempts).toBe(3);
  });

  it("stands after a few attempts when the database keeps refusing", async () => {
    let attempts = 0;
    await expect(
      withWriteRetries(async () => {
        attempts++;
        throw busySnapshot();
      }),
    ).rejects.toMatchObject({ code: "SQLITE_BUSY_SNAPSHOT" });
    expect(attempts).toBe(6);
  });

  it("never runs again a write refused for another reason (a conflict the user must be told of)", async () => {
    let attempts = 0;
    const conflict = Object.assign(new Error("This draft was changed elsewhere since you opened it."), { code: "conflict" });
    await expect(
      withWriteRetries(async () => {
        attempts++;
        throw conflict;
      }),
    ).rejects.toBe(conflict);
    expect(attempts).toBe(1);
  });
});
