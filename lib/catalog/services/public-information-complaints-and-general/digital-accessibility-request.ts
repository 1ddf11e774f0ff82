/**
 * Żądanie zapewnienia dostępności cyfrowej (Act on digital accessibility of public bodies' websites
 * and mobile apps, art. 18–20): the body fulfils it within 7 days or, if it cannot, says when
 * (at most 2 months) or offers alternative access. Data only.
 */
import { defineService } from "../../types";
import { contactEmailField, contactMethodField, contactPhoneField } from "./shared-fields";
import { contactFields, familyNameField, givenNameField } from "../shared/applicant";

export const digitalAccessibilityRequest = defineService({
  id: "digital-accessibility-request",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Żądanie zapewnienia dostępności cyfrowej", en: "Request to make a website or app accessible" },
  summary: {
    pl: "Zgłoś, że strona internetowa, aplikacja lub dokument urzędu są dla Ciebie niedostępne, i poproś o ich poprawienie albo o inny sposób dostępu.",
    en: "Report that the office's website, app or document is not accessible to you, and ask for it to be fixed or for another way to access it.",
  },
  whoCanApply: {
    pl: "Każdy – nie musisz wykazywać interesu ani niepełnosprawności.",
    en: "Anyone – you do not need to show an interest or a disability.",
  },
  whatYouNeed: [
    { pl: "Adres strony lub nazwa aplikacji i opis elementu, który jest niedostępny", en: "The page address or app name and a description of the inaccessible element" },
    { pl: "Sposób, w jaki mamy się z Tobą skontaktować", en: "How we should contact you" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Żądanie jest bezpłatne.", en: "The request is free of charge." } },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Urząd spełnia żądanie niezwłocznie, najpóźniej w ciągu 7 dni. Jeśli nie może, informuje o terminie – najpóźniej 2 miesiące od żądania – albo proponuje inny sposób dostępu. Na odmowę możesz złożyć skargę, a potem wniosek do Rzecznika Praw Obywatelskich.",
    en: "The office fulfils the request without undue delay, within 7 days at the latest. If it cannot, it says when – at most 2 months after the request – or offers another way of access. You can complain about a refusal and then apply to the Ombudsman.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych (art. 18–20)",
    en: "Act of 4 April 2019 on the digital accessibility of public bodies' websites and mobile apps (Articles 18–20)",
  },
  departmentCode: "or",
  jrwaClass: "1500", // JRWA: verify against the office's list (the 2011 JRWA has no class for accessibility)
  keywords: ["dostępność cyfrowa", "wcag", "czytnik ekranu", "niedostępna strona", "deklaracja dostępności"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [givenNameField, familyNameField, ...contactFields],
      },
      {
        id: "request",
        title: { pl: "Co jest niedostępne", en: "What is not accessible" },
        fields: [
          { key: "pageAddress", kind: "text", label: { pl: "Adres strony internetowej lub nazwa aplikacji", en: "Web page address or app name" }, hint: { pl: "Na przykład https://bip.gliwice.eu/ogloszenia.", en: "For example, https://bip.gliwice.eu/ogloszenia." }, maxLength: 500, errors: { required: { pl: "Podaj adres strony lub nazwę aplikacji", en: "Enter the page address or app name" } } },
          {
            key: "element",
            kind: "long-text",
            label: { pl: "Który element jest niedostępny i na czym polega problem?", en: "Which element is not accessible and what is the problem?" },
            hint: { pl: "Na przykład: skan uchwały nr 123 w PDF nie daje się odczytać czytnikiem ekranu.", en: "For example: the PDF scan of resolution no. 123 cannot be read by a screen reader." },
            maxLength: 4000,
            errors: { required: { pl: "Opisz, co jest niedostępne", en: "Describe what is not accessible" } },
          },
          { key: "alternativeAccess", kind: "long-text", label: { pl: "Jeśli chcesz – w jaki inny sposób możemy udostępnić Ci tę treść?", en: "If you wish – how else could we give you this content?" }, hint: { pl: "Na przykład odczytanie przez telefon, plik tekstowy, tłumaczenie na polski język migowy.", en: "For example, reading it over the phone, a text file, Polish Sign Language." }, optional: true, maxLength: 2000 },
          contactMethodField, contactEmailField, contactPhoneField,
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć żądanie na podstawie ustawy o dostępności cyfrowej (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to handle the request under the Act on digital accessibility (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          { key: "accuracyDeclaration", kind: "consent", label: { pl: "Potwierdzam, że dane w żądaniu są prawidłowe.", en: "I confirm that the information in this request is correct." } },
        ],
      },
    ],
  },
});
