/**
 * Zezwolenie na zawarcie małżeństwa przed upływem miesiąca od złożenia zapewnienia (art. 4 of the
 * Family and Guardianship Code): granted by the civil registrar for important reasons. Data only.
 */
import { defineService } from "../../types";

export const marriageWaitingPeriodWaiver = defineService({
  id: "marriage-waiting-period-waiver",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zezwolenie na ślub przed upływem miesiąca od złożenia zapewnienia",
    en: "Permission to marry within a month of the pre-marriage declaration",
  },
  summary: {
    pl: "Poproś o zgodę na ślub wcześniej niż miesiąc po złożeniu zapewnienia, gdy masz ważny powód.",
    en: "Ask for permission to marry sooner than one month after the declaration, when you have an important reason.",
  },
  whoCanApply: {
    pl: "Osoby, które złożyły zapewnienie o braku przeszkód do małżeństwa i mają ważny powód, by zawrzeć je wcześniej – na przykład ciężką chorobę, wyjazd za granicę, powołanie do wojska albo zbliżający się poród.",
    en: "People who have made the pre-marriage declaration and have an important reason to marry sooner – such as serious illness, moving abroad, military service or an imminent birth.",
  },
  whatYouNeed: [
    { pl: "Opis ważnych powodów", en: "A description of the important reasons" },
    { pl: "Dokumenty, które je potwierdzają (np. zaświadczenie lekarskie, umowę o pracę za granicą)", en: "Documents confirming them (such as a medical certificate or a job contract abroad)" },
    { pl: "Potwierdzenie zapłaty 39 zł opłaty skarbowej", en: "Proof of paying 39 zł stamp duty" },
  ],
  fee: { amountGrosze: 3900, note: { pl: "39 zł opłaty skarbowej.", en: "39 zł stamp duty." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd rozstrzyga zwykle od ręki, bo sprawa jest pilna; ustawowo ma na to do miesiąca.",
    en: "The office usually decides straight away because the matter is urgent; the statutory limit is one month.",
  },
  legalBasis: {
    pl: "Kodeks rodzinny i opiekuńczy (art. 4); ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego",
    en: "Family and Guardianship Code (Article 4); Act of 28 November 2014 – Civil Status Records Act",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["skrócenie terminu ślubu", "szybki ślub", "ślub przed terminem", "zwolnienie z miesięcznego terminu"],
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
        id: "waiver",
        title: { pl: "Termin i powody", en: "Date and reasons" },
        fields: [
          { key: "partnerName", kind: "text", label: { pl: "Imię i nazwisko przyszłego małżonka", en: "Future spouse's full name" }, maxLength: 200 },
          {
            key: "assuranceDate",
            kind: "date",
            label: { pl: "Kiedy złożyliście zapewnienie?", en: "When did you make the declaration?" },
            hint: { pl: "Jeśli składacie je teraz, podaj dzisiejszą datę.", en: "If you are making it now, enter today's date." },
            min: { daysFromToday: -31 },
            max: "today",
          },
          { key: "assuranceOffice", kind: "text", label: { pl: "W którym urzędzie stanu cywilnego?", en: "At which civil registry office?" }, maxLength: 200 },
          {
            key: "plannedDate",
            kind: "date",
            label: { pl: "Planowana data ślubu", en: "Planned wedding date" },
            min: "today",
            max: { daysFromToday: 31 },
            errors: { required: { pl: "Podaj planowaną datę ślubu", en: "Enter the planned wedding date" } },
          },
          {
            key: "reasons",
            kind: "long-text",
            label: { pl: "Ważne powody", en: "Important reasons" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz ważne powody", en: "Describe the important reasons" } },
          },
          {
            key: "reasonDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające ważne powody", en: "Documents confirming the reasons" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (39 zł)", en: "Proof of paying the stamp duty (39 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
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
