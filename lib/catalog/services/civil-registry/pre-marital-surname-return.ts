/**
 * Oświadczenie o powrocie do nazwiska noszonego przed zawarciem małżeństwa (art. 59 of the Family
 * and Guardianship Code): within 3 months of the divorce judgment becoming final. Data only.
 */
import { defineService } from "../../types";

export const preMaritalSurnameReturn = defineService({
  id: "pre-marital-surname-return",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Powrót do nazwiska sprzed małżeństwa po rozwodzie",
    en: "Returning to your pre-marriage surname after divorce",
  },
  summary: {
    pl: "Złóż oświadczenie o powrocie do nazwiska, które nosiłeś lub nosiłaś przed ślubem.",
    en: "Declare that you are returning to the surname you had before the marriage.",
  },
  whoCanApply: {
    pl: "Osoba rozwiedziona, która zmieniła nazwisko przy ślubie. Oświadczenie trzeba złożyć w ciągu 3 miesięcy od uprawomocnienia się wyroku rozwodowego; później pozostaje administracyjna zmiana nazwiska.",
    en: "A divorced person who changed their surname on marriage. The declaration must be made within 3 months of the divorce judgment becoming final; after that, only an administrative change of surname is possible.",
  },
  whatYouNeed: [
    { pl: "Datę uprawomocnienia się wyroku rozwodowego i oznaczenie sądu", en: "The date the divorce judgment became final and the court's name" },
    { pl: "Odpis prawomocnego wyroku, jeśli w akcie małżeństwa nie ma jeszcze wzmianki o rozwodzie", en: "A copy of the final judgment, if the marriage record does not yet mention the divorce" },
    { pl: "Potwierdzenie zapłaty 11 zł opłaty skarbowej", en: "Proof of paying 11 zł stamp duty" },
  ],
  fee: { amountGrosze: 1100, note: { pl: "11 zł opłaty skarbowej za przyjęcie oświadczenia.", en: "11 zł stamp duty for receiving the declaration." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Kierownik urzędu stanu cywilnego przyjmuje oświadczenie i zamieszcza wzmiankę w akcie małżeństwa niezwłocznie. Po zmianie nazwiska wymień dowód osobisty.",
    en: "The registrar receives the declaration and annotates the marriage record straight away. After the change, replace your ID card.",
  },
  legalBasis: {
    pl: "Kodeks rodzinny i opiekuńczy (art. 59); ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego",
    en: "Family and Guardianship Code (Article 59); Act of 28 November 2014 – Civil Status Records Act",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["nazwisko po rozwodzie", "powrót do nazwiska panieńskiego", "rozwód nazwisko", "nazwisko rodowe"],
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
        id: "divorce",
        title: { pl: "Rozwód i nazwisko", en: "Divorce and surname" },
        fields: [
          {
            key: "requestedSurname",
            kind: "text",
            label: { pl: "Nazwisko, do którego wracasz", en: "The surname you are returning to" },
            hint: { pl: "Nazwisko noszone bezpośrednio przed tym małżeństwem.", en: "The surname you had immediately before this marriage." },
            maxLength: 100,
            errors: { required: { pl: "Podaj nazwisko, do którego wracasz", en: "Enter the surname you are returning to" } },
          },
          {
            key: "divorceFinalDate",
            kind: "date",
            label: { pl: "Data uprawomocnienia się wyroku rozwodowego", en: "Date the divorce judgment became final" },
            min: { daysFromToday: -92 },
            max: "today",
            errors: {
              required: { pl: "Podaj datę uprawomocnienia się wyroku", en: "Enter the date the judgment became final" },
              tooEarly: {
                pl: "Oświadczenie można złożyć tylko w ciągu 3 miesięcy od uprawomocnienia się wyroku – po tym terminie złóż wniosek o zmianę nazwiska",
                en: "The declaration can only be made within 3 months of the judgment becoming final – after that, apply for a change of surname",
              },
            },
          },
          { key: "court", kind: "text", label: { pl: "Sąd i sygnatura akt", en: "Court and case number" }, hint: { pl: "Na przykład: Sąd Okręgowy w Gliwicach, II RC 123/25.", en: "For example: Regional Court in Gliwice, II RC 123/25." }, maxLength: 200 },
          { key: "marriagePlace", kind: "text", label: { pl: "Miejsce zawarcia małżeństwa", en: "Place of the marriage" }, maxLength: 200 },
          { key: "marriageDate", kind: "date", label: { pl: "Data zawarcia małżeństwa", en: "Date of the marriage" }, min: { date: "1900-01-01" }, max: "today" },
          {
            key: "judgmentCopy",
            kind: "file",
            label: { pl: "Odpis prawomocnego wyroku rozwodowego", en: "Copy of the final divorce judgment" },
            hint: { pl: "Potrzebny, jeśli sąd nie przekazał jeszcze wyroku do urzędu stanu cywilnego.", en: "Needed if the court has not yet sent the judgment to the civil registry." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (11 zł)", en: "Proof of paying the stamp duty (11 zł)" },
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
