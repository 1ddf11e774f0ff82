import type { Metadata } from "next";

import { getLocale } from "@/lib/identity/context";
import { safeReturnPath } from "@/lib/identity/return-path";
import { translator } from "@/lib/i18n/translate";
import { signInResidentAction, signInStaffAction } from "./actions";

export const metadata: Metadata = { title: "Logowanie" };

type Props = { searchParams: Promise<{ returnTo?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const t = translator(await getLocale());
  const { returnTo, error } = await searchParams;
  const back = safeReturnPath(returnTo, "");
  return (
    <>
      <h1>{t("publicPages.signIn.title")}</h1>
      {error && (
        <div role="alert" className="mb-6 border-4 border-[var(--color-error)] p-4">
          <p className="font-bold">{t("publicPages.signIn.failed")}</p>
        </div>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="residents">
          <h2 id="residents">{t("publicPages.signIn.residentsTitle")}</h2>
          <p>{t("publicPages.signIn.residentsBody")}</p>
          <form action={signInResidentAction}>
            {back && <input type="hidden" name="returnTo" value={back} />}
            <button type="submit" className="btn">{t("publicPages.signIn.residentsButton")}</button>
          </form>
        </section>
        <section aria-labelledby="staff">
          <h2 id="staff">{t("publicPages.signIn.staffTitle")}</h2>
          <p>{t("publicPages.signIn.staffBody")}</p>
          <form action={signInStaffAction}>
            {back && <input type="hidden" name="returnTo" value={back} />}
            <button type="submit" className="btn btn-secondary">{t("publicPages.signIn.staffButton")}</button>
          </form>
        </section>
      </div>
    </>
  );
}
