/**
 * Field definitions shared by the local-tax and business services (data only): the applicant's
 * identity, contact data, a company's registry numbers, the RODO notice and the declarations.
 * Keys are fixed, so a service uses each of them at most once.
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { familyNameField, givenNameField, identityFields, peselField, phoneWithHintField, residenceAddressField } from "../shared/applicant";
import { criminalTruthDeclarationField } from "../shared/declaration";

export { criminalTruthDeclarationField, familyNameField, givenNameField, identityFields, peselField, residenceAddressField };

/** The local-tax phone field is the shared one with the "we only call if needed" hint. */
export const phoneField: FieldDefinition = phoneWithHintField;

export const emailField: FieldDefinition = {
  key: "email",
  kind: "email",
  label: { pl: "Adres e-mail", en: "Email address" },
  hint: {
    pl: "Wyślemy na niego potwierdzenie złożenia i informacje o sprawie.",
    en: "We will send the confirmation and updates about your case to it.",
  },
  optional: true,
  autocomplete: "email",
};

/** Optional contact data, at the end of the first step. */
export const contactFields: FieldDefinition[] = [emailField, phoneField];

export const companyNameField: FieldDefinition = {
  key: "companyName",
  kind: "text",
  label: { pl: "Pełna nazwa (firma)", en: "Full registered name" },
  hint: {
    pl: "Tak jak w KRS lub CEIDG, na przykład „Zielony Ogród sp. z o.o.”.",
    en: "As in the National Court Register or CEIDG, for example “Zielony Ogród sp. z o.o.”.",
  },
  maxLength: 300,
  autocomplete: "organization",
  errors: { required: { pl: "Podaj pełną nazwę firmy", en: "Enter the full registered name" } },
};

export const nipField: FieldDefinition = {
  key: "nip",
  kind: "nip",
  label: { pl: "NIP", en: "Tax identification number (NIP)" },
  errors: { required: { pl: "Podaj NIP", en: "Enter the NIP" } },
};

export const regonField: FieldDefinition = {
  key: "regon",
  kind: "regon",
  label: { pl: "REGON", en: "Statistical number (REGON)" },
  optional: true,
};

export const krsField: FieldDefinition = {
  key: "krs",
  kind: "krs",
  label: { pl: "Numer KRS", en: "National Court Register number (KRS)" },
  hint: {
    pl: "Tylko jeśli firma jest wpisana do Krajowego Rejestru Sądowego.",
    en: "Only if the business is entered in the National Court Register.",
  },
  optional: true,
};

export const seatAddressField: FieldDefinition = {
  key: "seatAddress",
  kind: "address",
  label: { pl: "Adres siedziby", en: "Registered office address" },
};

export const representativeRoleField: FieldDefinition = {
  key: "representativeRole",
  kind: "text",
  label: { pl: "Twoja funkcja lub rola", en: "Your position or role" },
  hint: {
    pl: "Na przykład prezes zarządu, wspólnik, prokurent albo pełnomocnik.",
    en: "For example, management board president, partner, commercial proxy or attorney.",
  },
  maxLength: 150,
  errors: { required: { pl: "Podaj swoją funkcję lub rolę", en: "Enter your position or role" } },
};

/** How the signed-in person may act for a company, and the document when it is not in a register. */
export const representationBasisField: FieldDefinition = {
  key: "representationBasis",
  kind: "radio",
  label: { pl: "Na jakiej podstawie działasz w imieniu podmiotu?", en: "On what basis do you act for the entity?" },
  options: [
    {
      value: "register",
      label: { pl: "Wynika to z KRS lub CEIDG", en: "It is shown in the KRS or CEIDG" },
    },
    {
      value: "power-of-attorney",
      label: { pl: "Mam pełnomocnictwo", en: "I hold a power of attorney" },
      hint: {
        pl: "Załączysz pełnomocnictwo i dowód zapłaty 17 zł opłaty skarbowej.",
        en: "You will attach the power of attorney and proof of paying the 17 zł stamp duty.",
      },
    },
  ],
  errors: {
    required: { pl: "Wybierz, na jakiej podstawie działasz", en: "Select on what basis you act" },
  },
};

export const powerOfAttorneyFileField: FieldDefinition = {
  key: "powerOfAttorneyFile",
  kind: "file",
  label: {
    pl: "Pełnomocnictwo i dowód zapłaty opłaty skarbowej (17 zł)",
    en: "Power of attorney and proof of paying the stamp duty (17 zł)",
  },
  hint: {
    pl: "Pełnomocnictwo udzielone małżonkowi, rodzicom, dzieciom lub rodzeństwu jest zwolnione z opłaty.",
    en: "A power of attorney given to a spouse, parent, child or sibling is exempt from the fee.",
  },
  showIf: { field: "representationBasis", equals: "power-of-attorney" },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 3,
  errors: {
    required: { pl: "Dołącz pełnomocnictwo", en: "Attach the power of attorney" },
  },
};

/** The signed-in person acting for a company: role, basis and the power of attorney if needed. */
export const representativeFields: FieldDefinition[] = [
  representativeRoleField,
  representationBasisField,
  powerOfAttorneyFileField,
];

/** The entity's identification (NIP required, REGON and KRS when it has them). */
export const companyFields: FieldDefinition[] = [companyNameField, nipField, regonField, krsField, seatAddressField];

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz dokument. Przetwarzamy je, aby załatwić tę sprawę na podstawie przepisów wskazanych w opisie usługi (art. 6 ust. 1 lit. c i e RODO), i przechowujemy tak długo, jak wymagają tego przepisy o archiwizacji. Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
    en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you file with. We process the data to handle this case under the laws named in the service description (Article 6(1)(c) and (e) GDPR) and keep it as long as the archiving rules require. Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
  },
};

/** Tax returns: false data in a tax return or information is an offence under the Fiscal Penal Code. */
export const taxTruthDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: {
    pl: "Oświadczam, że dane podane w tym dokumencie są zgodne z prawdą. Wiem, że za podanie nieprawdy lub zatajenie prawdy w deklaracji albo informacji podatkowej grozi odpowiedzialność na podstawie Kodeksu karnego skarbowego.",
    en: "I declare that the information in this document is true. I know that giving false information or concealing the truth in a tax return or information return is punishable under the Fiscal Penal Code.",
  },
};

/** Plain accuracy declaration where no statement under penalty is required. */
export const accuracyDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: {
    pl: "Oświadczam, że dane podane we wniosku są zgodne ze stanem faktycznym.",
    en: "I declare that the information in this application is accurate.",
  },
};

/** Delivery of a certificate: in the portal, or on paper. */
export const certificateFormatField: FieldDefinition = {
  key: "certificateFormat",
  kind: "radio",
  label: { pl: "W jakiej formie chcesz otrzymać zaświadczenie?", en: "How do you want to receive the certificate?" },
  options: [
    {
      value: "electronic",
      label: { pl: "Elektronicznie, w Okienku", en: "Electronically, in Okienko" },
      hint: {
        pl: "Zaświadczenie opatrzone pieczęcią urzędu pobierzesz ze swojej sprawy.",
        en: "You will download the certificate, sealed by the office, from your case.",
      },
    },
    { value: "post", label: { pl: "Na papierze, pocztą", en: "On paper, by post" } },
    { value: "in-person", label: { pl: "Na papierze, odbiorę w urzędzie", en: "On paper, I will collect it at the office" } },
  ],
  errors: {
    required: { pl: "Wybierz, w jakiej formie chcesz otrzymać zaświadczenie", en: "Select how you want to receive the certificate" },
  },
};

export const otherPurposeField: FieldDefinition = {
  key: "otherPurpose",
  kind: "text",
  label: { pl: "Podaj cel", en: "Enter the purpose" },
  showIf: { field: "certificatePurpose", equals: "other" },
  maxLength: 300,
  errors: { required: { pl: "Podaj cel zaświadczenia", en: "Enter the purpose of the certificate" } },
};

export const taxTypeField: FieldDefinition = {
  key: "taxType",
  kind: "select",
  label: { pl: "Podatek", en: "Tax" },
  options: [
    { value: "property", label: { pl: "Podatek od nieruchomości", en: "Property tax" } },
    { value: "agricultural", label: { pl: "Podatek rolny", en: "Agricultural tax" } },
    { value: "forest", label: { pl: "Podatek leśny", en: "Forest tax" } },
    { value: "transport", label: { pl: "Podatek od środków transportowych", en: "Means-of-transport tax" } },
  ],
  errors: { required: { pl: "Wybierz podatek", en: "Select the tax" } },
};

export const applicantStep: StepDefinition = {
  id: "applicant",
  title: { pl: "Dane wnioskodawcy", en: "Your details" },
  description: {
    pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu. Podaj, w jakim charakterze składasz deklarację.",
    en: "Your name and PESEL number come from the identity you confirmed when signing in. Tell us in what capacity you are filing.",
  },
  fields: [...identityFields, ...representativeFields, ...contactFields],
};

export const taxDeclarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, taxTruthDeclarationField],
};

export const personStep: StepDefinition = {
  id: "person",
  title: { pl: "Twoje dane", en: "Your details" },
  description: {
    pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
    en: "Your name and PESEL number come from the identity you confirmed when signing in.",
  },
  fields: [...identityFields, residenceAddressField, ...contactFields],
};

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, accuracyDeclarationField],
};
