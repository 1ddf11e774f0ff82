/**
 * Wniosek o udostępnienie informacji publicznej (Act on access to public information, art. 10–15):
 * anyone may ask without giving a reason; no PESEL is asked for (data minimisation). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, edeliveryAddressField } from "./shared-fields";
import { contactFields, familyNameField, givenNameField } from "../shared/applicant";

export const publicInformationRequest = defineService({
  id: "public-information-request",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Wniosek o udostępnienie informacji publicznej", en: "Request for access to public information" },
  summary: {
    pl: "Poproś urząd o informację publiczną, na przykład kopię umowy, uchwały lub dane o wydatkach – bez podawania powodu.",
    en: "Ask the office for public information, such as a copy of a contract, a resolution or spending data – without giving a reason.",
  },
  whoCanApply: {
    pl: "Każdy – nie musisz wykazywać interesu prawnego ani faktycznego. Informacji nieprzetworzonej urząd udziela bez uzasadnienia; przy informacji przetworzonej może poprosić o wykazanie, że jest ona szczególnie istotna dla interesu publicznego.",
    en: "Anyone – you do not need to show a legal or factual interest. Raw information is given without justification; for processed information the office may ask you to show it is particularly important to the public interest.",
  },
  whatYouNeed: [
    { pl: "Opis informacji, o którą prosisz", en: "A description of the information you are asking for" },
    { pl: "Wybrany sposób i forma udostępnienia", en: "How and in what form you want to receive it" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Udostępnienie jest bezpłatne. Jeśli wybrany sposób lub forma wymagają dodatkowych kosztów (na przykład wydruku wielu stron), urząd w ciągu 14 dni poinformuje Cię o opłacie.",
      en: "Access is free. If the chosen method or form causes extra costs (for example printing many pages), the office will tell you about the charge within 14 days.",
    },
  },
  deadline: { kind: "days", days: 14 },
  deadlineNote: {
    pl: "Bez zbędnej zwłoki, najpóźniej w ciągu 14 dni. Jeśli to niemożliwe, urząd powiadomi Cię o przyczynach i nowym terminie – nie dłuższym niż 2 miesiące od złożenia wniosku. Odmowa następuje w drodze decyzji.",
    en: "Without undue delay, within 14 days at the latest. If that is not possible, the office will tell you why and give a new date – no later than 2 months after the request. A refusal is made by decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 6 września 2001 r. o dostępie do informacji publicznej (art. 2, 10, 13–16)",
    en: "Act of 6 September 2001 on access to public information (Articles 2, 10 and 13–16)",
  },
  departmentCode: "bok",
  jrwaClass: "1431",
  keywords: ["informacja publiczna", "dostęp do informacji", "bip", "udip", "jawność"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Nie prosimy o numer PESEL – nie jest potrzebny do udostępnienia informacji.",
          en: "We do not ask for your PESEL number – it is not needed to give you the information.",
        },
        fields: [
          givenNameField, familyNameField,
          { key: "organisationName", kind: "text", label: { pl: "Nazwa organizacji lub redakcji", en: "Organisation or newsroom" }, hint: { pl: "Jeśli pytasz w imieniu organizacji.", en: "If you are asking on behalf of an organisation." }, optional: true, maxLength: 200 },
          ...contactFields,
        ],
      },
      {
        id: "request",
        title: { pl: "Informacja, o którą prosisz", en: "The information you are asking for" },
        fields: [
          {
            key: "requestedInformation",
            kind: "long-text",
            label: { pl: "Jakiej informacji potrzebujesz?", en: "What information do you need?" },
            hint: { pl: "Opisz ją jak najdokładniej, na przykład: kopia umowy na odśnieżanie dróg w sezonie 2025/2026 wraz z aneksami.", en: "Describe it as precisely as you can, for example: a copy of the 2025/2026 road snow-clearing contract with its annexes." },
            maxLength: 5000,
            errors: { required: { pl: "Opisz informację, o którą prosisz", en: "Describe the information you are asking for" } },
          },
          {
            key: "accessMethod",
            kind: "radio",
            label: { pl: "W jakiej formie chcesz otrzymać informację?", en: "In what form do you want the information?" },
            options: [
              { value: "electronic", label: { pl: "Pliki elektroniczne (skany, dokumenty)", en: "Electronic files (scans, documents)" } },
              { value: "paper-copy", label: { pl: "Kserokopie lub wydruki", en: "Photocopies or printouts" } },
              { value: "inspection", label: { pl: "Wgląd do dokumentów w urzędzie", en: "Inspecting the documents at the office" } },
            ],
            errors: { required: { pl: "Wybierz formę udostępnienia", en: "Select the form" } },
          },
          {
            key: "deliveryChannel",
            kind: "radio",
            label: { pl: "Jak mamy przekazać odpowiedź?", en: "How should we send the reply?" },
            showIf: { field: "accessMethod", notEquals: "inspection" },
            options: [
              { value: "portal", label: { pl: "Na moje konto w portalu", en: "To my portal account" } },
              { value: "email", label: { pl: "Na adres e-mail", en: "By email" } },
              { value: "e-delivery", label: { pl: "Na adres do doręczeń elektronicznych (e-Doręczenia)", en: "To my e-Delivery address" } },
              { value: "post", label: { pl: "Pocztą", en: "By post" } },
            ],
            errors: { required: { pl: "Wybierz sposób przekazania odpowiedzi", en: "Select how we should send the reply" } },
          },
          { key: "replyEmail", kind: "email", label: { pl: "Adres e-mail do odpowiedzi", en: "Email address for the reply" }, showIf: { field: "deliveryChannel", equals: "email" } },
          edeliveryAddressField,
          { key: "postalAddress", kind: "address", label: { pl: "Adres do korespondencji", en: "Postal address" }, showIf: { field: "deliveryChannel", equals: "post" } },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby odpowiedzieć na wniosek na podstawie ustawy o dostępie do informacji publicznej (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to answer your request under the Act on access to public information (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
