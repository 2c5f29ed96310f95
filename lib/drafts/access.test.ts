import { describe, expect, it } from "vitest";
import { can, roleOf, type DraftPermission, type DraftRole } from "./access";

const ALL: DraftPermission[] = ["read", "write", "history", "restore", "share", "delete", "duplicate"];

function allowed(role: DraftRole | null): DraftPermission[] {
  return ALL.filter((permission) => can(role, permission));
}

describe("who may do what with a draft", () => {
  it("lets the owner do everything", () => {
    expect(allowed("owner")).toEqual(ALL);
  });

  it("lets a co-author write, read the history and restore, but neither share nor delete", () => {
    expect(allowed("editor")).toEqual(["read", "write", "history", "restore", "duplicate"]);
  });

  it("lets a reader read and make a copy only", () => {
    expect(allowed("reader")).toEqual(["read", "duplicate"]);
  });

  it("lets nobody without a role even read", () => {
    expect(allowed(null)).toEqual([]);
  });
});

describe("a user's role on a draft", () => {
  const draft = { ownerId: "owner-1" };

  it("is owner for the owner, whatever the share says", () => {
    expect(roleOf(draft, { access: "reader" }, "owner-1")).toBe("owner");
  });

  it("is the share's access for someone it was shared with", () => {
    expect(roleOf(draft, { access: "editor" }, "user-2")).toBe("editor");
    expect(roleOf(draft, { access: "reader" }, "user-2")).toBe("reader");
  });

  it("is none without a share, or with a share of an unknown kind", () => {
    expect(roleOf(draft, null, "user-2")).toBeNull();
    expect(roleOf(draft, { access: "admin" }, "user-2")).toBeNull();
  });
});
