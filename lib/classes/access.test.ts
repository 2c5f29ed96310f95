import { describe, expect, it } from "vitest";
import { canInClass, classRoleOf, isWrite } from "./access";

describe("class roles", () => {
  it("give the teacher everything", () => {
    expect(canInClass("teacher", "manage-delegates")).toBe(true);
    expect(canInClass("teacher", "open-vote")).toBe(true);
    expect(canInClass("teacher", "regenerate-code")).toBe(true);
  });

  it("let a student chair run the meeting, not own the class", () => {
    expect(canInClass("chair", "open-vote")).toBe(true);
    expect(canInClass("chair", "close-vote")).toBe(true);
    expect(canInClass("chair", "assign-seats")).toBe(true);
    expect(canInClass("chair", "set-current-item")).toBe(true);
    expect(canInClass("chair", "see-join-code")).toBe(true);
    expect(canInClass("chair", "manage-delegates")).toBe(false);
    expect(canInClass("chair", "regenerate-code")).toBe(false);
    expect(canInClass("chair", "end-class")).toBe(false);
  });

  it("let a delegate vote for their seat, table drafts and ask for the floor, nothing of the chair's", () => {
    expect(canInClass("delegate", "vote-own-seat")).toBe(true);
    expect(canInClass("delegate", "table-draft")).toBe(true);
    expect(canInClass("delegate", "queue-own-seat")).toBe(true);
    for (const permission of ["open-vote", "close-vote", "override-bot", "assign-seats", "see-join-code", "see-hidden-tally", "run-speakers"] as const) {
      expect(canInClass("delegate", permission)).toBe(false);
    }
  });

  it("give a non-member nothing", () => {
    expect(canInClass(null, "view")).toBe(false);
  });

  it("tell the roles apart and reads from writes", () => {
    expect(classRoleOf({ isTeacher: true, isChair: true })).toBe("teacher");
    expect(classRoleOf({ isTeacher: false, isChair: true })).toBe("chair");
    expect(classRoleOf({ isTeacher: false, isChair: false })).toBe("delegate");
    expect(isWrite("view")).toBe(false);
    expect(isWrite("vote-own-seat")).toBe(true);
  });
});
