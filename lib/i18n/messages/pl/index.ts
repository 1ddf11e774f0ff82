import { applications } from "./applications";
import { cases } from "./cases";
import { common } from "./common";
import { forms } from "./forms";
import { notify } from "./notify";
import { office } from "./office";
import { publicPages } from "./public";
import { signing } from "./signing";

export const pl = { common, forms, publicPages, applications, cases, office, notify, signing };

/** The shape every catalogue must have: Polish is the reference language. */
export type Messages = {
  [N in keyof typeof pl]: DeepStrings<(typeof pl)[N]>;
};
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
