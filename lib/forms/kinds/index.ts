/** Every field kind, looked up by `field.kind`; a kind missing here breaks the type check. */
import { addressKind } from "./address";
import { consentKind } from "./consent";
import { dateKind } from "./date";
import type { KindModule } from "./define-kind";
import { emailKind } from "./email";
import { infoKind } from "./info";
import { longTextKind } from "./long-text";
import { peselKind } from "./pesel";
import { phoneKind } from "./phone";
import { postalCodeKind } from "./postal-code";
import { radioKind } from "./radio";
import { selectKind } from "./select";
import { textKind } from "./text";
import { yesNoKind } from "./yes-no";
import type { FieldDefinition, FieldKind } from "../types";

export type { KindModule } from "./define-kind";

export const kinds: { [K in FieldKind]: KindModule & { kind: K } } = {
  text: textKind,
  "long-text": longTextKind,
  email: emailKind,
  phone: phoneKind,
  date: dateKind,
  "postal-code": postalCodeKind,
  address: addressKind,
  pesel: peselKind,
  radio: radioKind,
  select: selectKind,
  "yes-no": yesNoKind,
  consent: consentKind,
  info: infoKind,
};

export function kindOf(field: FieldDefinition): KindModule {
  return kinds[field.kind];
}

/** The HTML input names of a field, e.g. ["newAddress.street", …] for an address. */
export function inputNamesOf(field: FieldDefinition): string[] {
  return kindOf(field).inputNames(field);
}
