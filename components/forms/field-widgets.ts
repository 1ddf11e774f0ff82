import type { ComponentType } from "react";

import type { FieldKind } from "@/lib/forms/types";
import { AddressField } from "./fields/address-field";
import { CheckboxesField } from "./fields/checkboxes-field";
import { ChoiceField } from "./fields/choice-field";
import { ComputedField } from "./fields/computed-field";
import { FileField } from "./fields/file-field";
import { ConsentField } from "./fields/consent-field";
import { DateRangeField } from "./fields/date-range-field";
import type { FieldWidgetProps } from "./fields/field-props";
import { GroupField } from "./fields/group-field";
import { InfoField } from "./fields/info-field";
import { LongTextField } from "./fields/long-text-field";
import { SelectField } from "./fields/select-field";
import { TextInputField } from "./fields/text-input-field";

/** One widget per field kind: adding a kind without a widget breaks the type check. */
export const fieldWidgets: Record<FieldKind, ComponentType<FieldWidgetProps>> = {
  text: TextInputField,
  email: TextInputField,
  phone: TextInputField,
  pesel: TextInputField,
  "postal-code": TextInputField,
  date: TextInputField,
  "long-text": LongTextField,
  address: AddressField,
  radio: ChoiceField,
  "yes-no": ChoiceField,
  select: SelectField,
  consent: ConsentField,
  info: InfoField,
  integer: TextInputField,
  decimal: TextInputField,
  money: TextInputField,
  nip: TextInputField,
  regon: TextInputField,
  krs: TextInputField,
  "land-register": TextInputField,
  "bank-account": TextInputField,
  "id-card": TextInputField,
  vin: TextInputField,
  "vehicle-registration": TextInputField,
  "parcel-id": TextInputField,
  checkboxes: CheckboxesField,
  "date-range": DateRangeField,
  // GroupField renders its children through this table again (a function declaration, so the
  // import cycle between the two modules is harmless).
  group: GroupField,
  computed: ComputedField,
  file: FileField,
};
