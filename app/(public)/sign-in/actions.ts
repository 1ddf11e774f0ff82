"use server";

import { NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID } from "@/lib/identity/dev-provider/defaults";
import { signIn, signOut } from "@/lib/identity/auth";
import { safeReturnPath } from "@/lib/identity/return-path";

export async function signInResidentAction(formData: FormData): Promise<void> {
  await signIn(NATIONAL_ID_PROVIDER_ID, { redirectTo: safeReturnPath(formData.get("returnTo"), "/account/cases") });
}

export async function signInStaffAction(formData: FormData): Promise<void> {
  await signIn(OFFICE_DIRECTORY_PROVIDER_ID, { redirectTo: safeReturnPath(formData.get("returnTo"), "/office") });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
