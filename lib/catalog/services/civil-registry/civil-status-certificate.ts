/** Zaświadczenie o stanie cywilnym: confirms, from the civil status register, whether the applicant is single, married, divorced or widowed. Data only. */
import { defineService } from "../../types";

export const civilStatusCertificate = defineService({
  id: "civil-status-certificate",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zaświadczenie o stanie cywilnym", en: "Certificate of civil status" },
  summary: {
    pl: "Zamów zaświadczenie potwierdzające Twój stan cywilny, na przykład do ślubu za granicą lub do urzędu zagranicznego.",
    en: "Order a certificate confirming your civil status, for example for a wedding abroad or a foreign authority.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy zaświadczenie. Urząd wydaje je na podstawie danych z rejestru stanu cywilnego.",
    en: "The person the certificate concerns. The office issues it from the data in the civil status register.",
  },
  whatYouNeed: [
    { pl: "Potwierdzenie zapłaty 38 zł opłaty skarbowej", en: "Proof of paying 38 zł stamp duty" },
  ],
  fee: {
    amountGrosze: 3800,
    note: { pl: "38 zł opłaty skarbowej.", en: "38 zł stamp duty." },
  },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zaświadczenie wydaje się bez zbędnej zwłoki, najpóźniej w ciągu 7 dni.",
    en: "The certificate is issued without undue delay, within 7 days at the latest.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przepisy o zaświadczeniach); Kodeks postępowania administracyjnego (art. 217)",
    en: "Act of 28 November 2014 – Civil Status Records Act (provisions on certificates); Code of Administrative Procedure (Article 217)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5364",
  keywords: ["stan cywilny", "zaświadczenie o stanie cywilnym", "panna kawaler", "zaświadczenie usc"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          { key: "givenName", kind: "text", label: { pl: "Imię (imiona)", en: "Given name(s)" }, prefill: "identity.givenName", maxLength: 100, autocomplete: "given-name" },
          { key: "familyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, prefill: "identity.familyName", maxLength: 100, autocomplete: "family-name" },
          { key: "pesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, prefill: "identity.pesel" },
          { key: "email", kind: "email", label: { pl: "Adres e-mail", en: "Email address" }, optional: true, autocomplete: "email" },
          { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, optional: true, autocomplete: "tel" },
        ],
      },
      {
        id: "certificate",
        title: { pl: "Zaświadczenie", en: "Certificate" },
        fields: [
          {
            key: "purpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            hint: { pl: "Nieobowiązkowe, na przykład: ślub w Niemczech.", en: "Optional, for example: a wedding in Germany." },
            optional: true,
            maxLength: 300,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (38 zł)", en: "Proof of paying the stamp duty (38 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "delivery",
            kind: "radio",
            label: { pl: "Jak chcesz otrzymać dokument?", en: "How do you want to receive the document?" },
            options: [
              { value: "portal", label: { pl: "Elektronicznie, na moje konto w Okienku", en: "Electronically, to my Okienko account" } },
              { value: "post", label: { pl: "Pocztą", en: "By post" } },
              { value: "in-person", label: { pl: "Odbiorę osobiście w urzędzie", en: "I will collect it at the office" } },
            ],
            errors: { required: { pl: "Wybierz, jak chcesz otrzymać dokument", en: "Select how you want to receive the document" } },
          },
          { key: "postalAddress", kind: "address", label: { pl: "Adres do doręczenia", en: "Postal address" }, showIf: { field: "delivery", equals: "post" } },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest kierownik urzędu stanu cywilnego, do którego składasz wniosek. Przetwarzamy je, aby załatwić sprawę i prowadzić rejestr stanu cywilnego na podstawie ustawy – Prawo o aktach stanu cywilnego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO. Kontakt do inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of the data is the civil registrar (kierownik urzędu stanu cywilnego) of the office you apply to. We process it to handle the matter and keep the civil status register under the Civil Status Records Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą.", en: "I declare that the information in this application is accurate." },
          },
        ],
      },
    ],
  },
});
