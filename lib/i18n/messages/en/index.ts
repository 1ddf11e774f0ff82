import type { Messages } from "../pl";
import { applications } from "./applications";
import { cases } from "./cases";
import { common } from "./common";
import { forms } from "./forms";
import { notify } from "./notify";
import { office } from "./office";
import { publicPages } from "./public";
import { signing } from "./signing";

export const en: Messages = { common, forms, publicPages, applications, cases, office, notify, signing };
