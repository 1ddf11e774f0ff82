/**
 * Auth.js with database sessions: signing out or disabling an account ends the session on
 * the server, not only in the browser.
 */
import "server-only";

import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";

import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authConfig } from "@/lib/env";
import { logger } from "@/lib/log";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session";
import { NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID } from "./dev-provider/defaults";
import { nationalIdProvider, officeDirectoryProvider, type NationalIdClaims, type OfficeDirectoryClaims } from "./providers";
import { findDirectoryPlacement, isAcceptableResidentClaims, syncResident, syncStaff } from "./sync-identity";



/** Provider tokens are not needed after sign-in, so they are never stored. */
function minimalAdapter(): Adapter {
  const base = DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
  return {
    ...base,
    linkAccount: ({ userId, type, provider, providerAccountId }) => base.linkAccount!({ userId, type, provider, providerAccountId }),
  };
}

async function isDisabled(userId: string | undefined): Promise<boolean> {
  if (!userId) return false;
  const [row] = await getDb().select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).limit(1);
  return !!row?.disabledAt;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: minimalAdapter(),
  secret: authConfig().AUTH_SECRET,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  trustHost: true,
  providers: [nationalIdProvider(), officeDirectoryProvider()],
  pages: { signIn: "/sign-in", error: "/sign-in" },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (await isDisabled(user.id)) return false;
      if (account?.provider === NATIONAL_ID_PROVIDER_ID) return isAcceptableResidentClaims(profile as Partial<NationalIdClaims>);
      if (account?.provider === OFFICE_DIRECTORY_PROVIDER_ID) return !!(await findDirectoryPlacement(profile as Partial<OfficeDirectoryClaims>));
      return false;
    },
  },
  events: {
    async signIn({ user, account, profile }) {
      if (!user.id || !profile) return;
      if (account?.provider === NATIONAL_ID_PROVIDER_ID) await syncResident(user.id, profile as unknown as NationalIdClaims);
      if (account?.provider === OFFICE_DIRECTORY_PROVIDER_ID) await syncStaff(user.id, profile as unknown as OfficeDirectoryClaims);
      logger.info("signed in", { provider: account?.provider ?? "unknown", userId: user.id });
    },
  },
}));
