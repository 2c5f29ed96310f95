import { z } from "zod";

export const ROLES = ["teacher", "student"] as const;
export type Role = (typeof ROLES)[number];

/** How each role is named to users. */
export const ROLE_LABELS: Record<Role, string> = { teacher: "Teacher", student: "Student" };

export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address.");

export const registerSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Your name can be at most 100 characters."),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Your password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Your password can be at most 200 characters."),
  role: z.enum(ROLES, { error: "Choose whether you are a teacher or a student." }),
});

export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
