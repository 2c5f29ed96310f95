import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/accounts/schema";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; sessionVersion?: number } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The account's session version when this session was signed (lib/accounts/session-rules.ts). */
    sessionVersion?: number;
  }
}
