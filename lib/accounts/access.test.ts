import { describe, expect, it } from "vitest";
import { can, USER_ACTIONS } from "./access";
import { ROLES } from "./schema";

describe("what a user may do by role", () => {
  it("lets a teacher open and run a class, and not a student", () => {
    for (const action of ["create-class", "manage-class", "open-class-vote", "view-class-record"] as const) {
      expect(can("teacher", action)).toBe(true);
      expect(can("student", action)).toBe(false);
    }
  });

  it("lets a student join a class and cast the vote of the country assigned", () => {
    expect(can("student", "join-class")).toBe(true);
    expect(can("student", "cast-class-vote")).toBe(true);
  });

  it("lets every role draft and save simulated votes", () => {
    for (const role of ROLES) {
      expect(can(role, "create-draft")).toBe(true);
      expect(can(role, "save-simulation")).toBe(true);
    }
  });

  it("lets nobody without an account do anything", () => {
    for (const action of USER_ACTIONS) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
    }
  });

  it("has a rule for every role and action (none throws)", () => {
    for (const role of ROLES) for (const action of USER_ACTIONS) expect(typeof can(role, action)).toBe("boolean");
  });
});
