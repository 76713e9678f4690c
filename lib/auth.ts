import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/auth";
import { checkCredentials } from "@/lib/dal/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { logError } from "@/lib/log";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

class RateLimited extends CredentialsSignin {
  override code = "rate-limited";
}

function clientIp(request: Request): string {
  // Behind a proxy the first x-forwarded-for hop is the client; directly, Next sets x-real-ip or nothing.
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Credentials sign-in needs JWT sessions; the DAL re-reads the user from the database on every
  // request, so a deleted account or a changed role takes effect at once.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  pages: { signIn: "/sign-in" },
  // A wrong password is a person's mistake, answered on the form; it is not a server error to log with a stack.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      logError("auth error", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientIp(request));
        if (result.ok) return result.user;
        throw result.reason === "rate-limited" ? new RateLimited() : new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
});
