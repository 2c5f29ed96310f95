import { describe, expect, it } from "vitest";
import { changePasswordSchema, COMMON_PASSWORD_MESSAGE, isCommonPassword, registerWithPolicySchema } from "./password-policy";

const registration = (password: string) => ({ name: "Ada", email: "ada@example.org", password, role: "student" });

describe("new passwords", () => {
  it("knows the common passwords, whatever the case", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("PassWord123")).toBe(true);
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(isCommonPassword("correct-horse-7f3a9c")).toBe(false);
  });

  it("refuses a common password at registration with a clear message", () => {
    const result = registerWithPolicySchema.safeParse(registration("Basketball"));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([COMMON_PASSWORD_MESSAGE]);
    expect(registerWithPolicySchema.safeParse(registration("council-drafter-2026")).success).toBe(true);
  });

  it("still refuses short passwords for their length", () => {
    const result = registerWithPolicySchema.safeParse(registration("short"));
    expect(result.error?.issues[0].message).toBe("Your password needs at least 10 characters.");
  });

  it("asks for the current password and a new, uncommon, different one on a change", () => {
    expect(changePasswordSchema.safeParse({ currentPassword: "old-password-1", newPassword: "council-drafter-2026" }).success).toBe(true);
    const missing = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "council-drafter-2026" });
    expect(missing.error?.issues[0]).toMatchObject({ path: ["currentPassword"], message: "Enter your current password." });
    const common = changePasswordSchema.safeParse({ currentPassword: "old-password-1", newPassword: "1q2w3e4r5t6y" });
    expect(common.error?.issues[0]).toMatchObject({ path: ["newPassword"], message: COMMON_PASSWORD_MESSAGE });
    const same = changePasswordSchema.safeParse({ currentPassword: "council-drafter-2026", newPassword: "council-drafter-2026" });
    expect(same.error?.issues[0]).toMatchObject({ path: ["newPassword"], message: "Choose a password different from the current one." });
    expect(changePasswordSchema.safeParse(null).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: 3, newPassword: ["x"] }).success).toBe(false);
  });
});
