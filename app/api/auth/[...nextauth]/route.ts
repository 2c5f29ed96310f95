import NextAuth from "next-auth";
import { authOptions } from "@/lib/accounts/auth-options";
import { withSignInLimits } from "@/lib/accounts/sign-in-route";

const handler = NextAuth(authOptions);

const post = withSignInLimits(handler);

export { handler as GET, post as POST };
