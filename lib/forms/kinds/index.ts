/** Every field kind, looked up by `field.kind`; a kind missing here breaks the type check. */
import { addressKind } from "./address";
import { bankAccountKind } from "./bank-account";
import { checkboxesKind } from "./checkboxes";
import { computedKind } from "./computed";
import { fileKind } from "./file";
import { consentKind } from "./consent";
import { dateKind } from "./date";
import { dateRangeKind } from "./date-range";
import { decimalKind } from "./decimal";
import type { KindModule } from "./define-kind";
import { emailKind } from "./email";
import { groupKindWith } from "./group";
import { idCardKind } from "./id-card";
import { infoKind } from "./info";
import { integerKind } from "./integer";
import { krsKind } from "./krs";
import { landRegisterKind } from "./land-register";
import { longTextKind } from "./long-text";
import { moneyKind } from "./money";
import { nipKind } from "./nip";
import { parcelIdKind } from "./parcel-id";
import { peselKind } from "./pesel";
import { phoneKind } from "./phone";
import { postalCodeKind } from "./postal-code";
import { radioKind } from "./radio";
import { regonKind } from "./regon";
import { selectKind } from "./select";
import { textKind } from "./text";
import { vehicleRegistrationKind } from "./vehicle-registration";
import { vinKind } from "./vin";
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
  integer: integerKind,
  decimal: decimalKind,
  money: moneyKind,
  checkboxes: checkboxesKind,
  nip: nipKind,
  regon: regonKind,
  krs: krsKind,
  "land-register": landRegisterKind,
  "bank-account": bankAccountKind,
  "id-card": idCardKind,
  vin: vinKind,
  "vehicle-registration": vehicleRegistrationKind,
  "parcel-id": parcelIdKind,
  "date-range": dateRangeKind,
  // A group reads, validates and shows its items with the other kinds, looked up here on use.
  group: groupKindWith(registeredKind),
  computed: computedKind,
  file: fileKind,
};

function registeredKind(kind: FieldKind): KindModule {
  return kinds[kind];
}

export function kindOf(field: FieldDefinition): KindModule {
  return kinds[field.kind];
}

/** The HTML input names of a field, e.g. ["newAddress.street", …] for an address, ["stay.from", "stay.to"] for a date range. */
export function inputNamesOf(field: FieldDefinition): string[] {
  return kindOf(field).inputNames(field);
}
