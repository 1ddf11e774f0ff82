/**
 * Pismo ogólne: any letter (podanie) to the office that no dedicated service covers (Administrative
 * Procedure Code, art. 63); the front office routes it to the competent department. Data only.
 */
import { defineService } from "../../types";
import { deliveryChannelField, edeliveryAddressField, residenceAddressField } from "./shared-fields";
import { contactFields, identityFields } from "../shared/applicant";

export const generalLetter = defineService({
  id: "general-letter",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Pismo ogólne do urzędu", en: "General letter to the office" },
  summary: {
    pl: "Wyślij do urzędu dowolne pismo, jeśli Twojej sprawy nie ma w katalogu usług, albo dosłij dokumenty do prowadzonej sprawy.",
    en: "Send the office any letter if your matter is not in the service catalogue, or send documents for an ongoing case.",
  },
  whoCanApply: {
    pl: "Każdy, kto ma sprawę do urzędu. Jeśli urząd nie jest właściwy, przekaże pismo właściwemu organowi i Cię o tym zawiadomi.",
    en: "Anyone with a matter for the office. If the office is not competent, it will pass the letter on to the right authority and tell you.",
  },
  whatYouNeed: [
    { pl: "Treść pisma: czego dotyczy i czego oczekujesz", en: "The letter: what it is about and what you expect" },
    { pl: "Znak sprawy, jeśli piszesz w sprawie już prowadzonej", en: "The case reference, if you are writing about an ongoing case" },
    { pl: "Pełnomocnictwo, jeśli działasz w czyimś imieniu", en: "A power of attorney, if you act on someone's behalf" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Pismo jest bezpłatne. Za złożenie pełnomocnictwa pobiera się 17 zł opłaty skarbowej, chyba że pełnomocnikiem jest małżonek, wstępny, zstępny lub rodzeństwo.", en: "The letter is free. Filing a power of attorney costs PLN 17 stamp duty, unless the proxy is a spouse, parent, grandparent, child, grandchild or sibling." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Termin zależy od sprawy: urząd załatwia ją niezwłocznie albo w ciągu miesiąca, a w sprawie szczególnie skomplikowanej – w ciągu 2 miesięcy, chyba że przepis szczególny stanowi inaczej.",
    en: "The deadline depends on the matter: the office deals with it immediately or within one month, or 2 months for a particularly complex case, unless a specific law says otherwise.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (art. 35, 63 i 65)",
    en: "Administrative Procedure Code of 14 June 1960 (Articles 35, 63 and 65)",
  },
  departmentCode: "bok",
  jrwaClass: "0140", // JRWA: verify against the office's list; the front office re-files it under the matter's class
  keywords: ["pismo", "podanie", "list do urzędu", "korespondencja", "dokumenty do sprawy"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, residenceAddressField, ...contactFields],
      },
      {
        id: "letter",
        title: { pl: "Pismo", en: "The letter" },
        fields: [
          { key: "subject", kind: "text", label: { pl: "Tytuł pisma", en: "Subject" }, hint: { pl: "Na przykład: Prośba o naprawę chodnika przy ul. Polnej.", en: "For example: Request to repair the pavement on ul. Polna." }, maxLength: 200, errors: { required: { pl: "Podaj tytuł pisma", en: "Enter the subject" } } },
          { key: "caseReference", kind: "text", label: { pl: "Znak sprawy", en: "Case reference" }, hint: { pl: "Jeśli piszesz w sprawie już prowadzonej, na przykład AB.6740.12.2026.", en: "If you are writing about an ongoing case, for example AB.6740.12.2026." }, optional: true, maxLength: 60 },
          { key: "content", kind: "long-text", label: { pl: "Treść pisma", en: "Text of the letter" }, maxLength: 10000, errors: { required: { pl: "Wpisz treść pisma", en: "Enter the text of the letter" } } },
          { key: "actingFor", kind: "yes-no", label: { pl: "Czy piszesz w imieniu innej osoby lub firmy?", en: "Are you writing on behalf of another person or a company?" } },
          { key: "principalName", kind: "text", label: { pl: "Imię i nazwisko lub nazwa mocodawcy", en: "Name of the person or company you represent" }, showIf: { field: "actingFor", equals: true }, maxLength: 300 },
          { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo", en: "Power of attorney" }, showIf: { field: "actingFor", equals: true }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "attachments", kind: "file", label: { pl: "Załączniki", en: "Attachments" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          deliveryChannelField, edeliveryAddressField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby załatwić sprawę, której dotyczy pismo, na podstawie przepisów dla tej sprawy i Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c i e RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to deal with the matter of your letter under the rules for that matter and the Administrative Procedure Code (Article 6(1)(c) and (e) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Potwierdzam, że dane w piśmie są prawidłowe.", en: "I confirm that the information in this letter is correct." },
          },
        ],
      },
    ],
  },
});
