/**
 * Fields shared by the CEIDG applications (data only): the entrepreneur's identification and the
 * declarations. Personal data of the business owner is prefilled from the verified identity.
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const ceidgNipField: FieldDefinition = {
  key: "nip",
  kind: "nip",
  label: { pl: "NIP firmy", en: "Business tax number (NIP)" },
  hint: { pl: "Znajdziesz go w swoim wpisie w CEIDG.", en: "It is in your CEIDG entry." },
  errors: { required: { pl: "Podaj NIP", en: "Enter the NIP" } },
};

export const ceidgRegonField: FieldDefinition = {
  key: "regon",
  kind: "regon",
  label: { pl: "REGON firmy", en: "Business statistical number (REGON)" },
  optional: true,
};

export const ceidgDeadlineNote = {
  pl: "Urząd przekształca wniosek w postać elektroniczną i przesyła go do CEIDG najpóźniej następnego dnia roboczego. Wpis do CEIDG następuje najpóźniej następnego dnia roboczego po otrzymaniu wniosku.",
  en: "The office converts the application into electronic form and sends it to CEIDG no later than the next working day. CEIDG makes the entry no later than the next working day after receiving it.",
};

export const ceidgLegalBasis = {
  pl: "Ustawa z dnia 6 marca 2018 r. o Centralnej Ewidencji i Informacji o Działalności Gospodarczej i Punkcie Informacji dla Przedsiębiorcy; ustawa z dnia 6 marca 2018 r. – Prawo przedsiębiorców",
  en: "Act of 6 March 2018 on the Central Register and Information on Economic Activity and the Information Point for Entrepreneurs; Entrepreneurs' Law of 6 March 2018",
};

export const ceidgFee = {
  amountGrosze: 0,
  note: { pl: "Wniosek do CEIDG jest bezpłatny.", en: "CEIDG applications are free." },
};
