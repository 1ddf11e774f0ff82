import type { FormEnv, IdentityPrefill } from "@/lib/forms/types";
import { todayInWarsaw } from "@/lib/forms/dates";
import type { ResidentActor } from "@/lib/identity/actor";
import type { RequestContext } from "@/lib/identity/context";

export function formEnvFor(ctx: Pick<RequestContext, "now" | "locale">): FormEnv {
  return { today: todayInWarsaw(ctx.now), locale: ctx.locale };
}

export function identityPrefillOf(actor: ResidentActor): IdentityPrefill {
  return { givenName: actor.givenName, familyName: actor.familyName, pesel: actor.pesel, birthDate: actor.birthDate };
}
