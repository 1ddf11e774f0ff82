/**
 * Oferta realizacji zadania publicznego: an NGO's offer in an open competition (art. 11–15) or in
 * the small-grant mode without a competition (art. 19a) of the Act on public benefit activity and
 * volunteering. The offer itself follows the official template (regulation of 24 October 2018). Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields, nipField } from "../shared/applicant";

export const ngoPublicTaskOffer = defineService({
  id: "ngo-public-task-offer",
  version: 1,
  category: "culture-sport-and-civic",
  name: { pl: "Oferta realizacji zadania publicznego (organizacje pozarządowe)", en: "Offer to carry out a public task (NGOs)" },
  summary: {
    pl: "Złóż ofertę w otwartym konkursie ofert albo w trybie „małych grantów”, aby otrzymać dotację gminy na zadanie publiczne.",
    en: "Submit an offer in an open call or in the small-grant mode to receive a municipal grant for a public task.",
  },
  whoCanApply: {
    pl: "Organizacja pozarządowa (stowarzyszenie, fundacja), a także spółdzielnia socjalna, spółka non-profit, kościelna osoba prawna lub klub sportowy działający bez zysku. W trybie „małych grantów” dotacja wynosi do 10 000 zł, a zadanie trwa do 90 dni.",
    en: "A non-governmental organisation (association, foundation), or a social cooperative, non-profit company, church legal person or non-profit sports club. In the small-grant mode the grant is up to PLN 10,000 and the task lasts up to 90 days.",
  },
  whatYouNeed: [
    { pl: "Oferta według wzoru z rozporządzenia, z kalkulacją kosztów i podpisami osób reprezentujących organizację", en: "The offer on the official template, with the cost estimate and the signatures of the organisation's representatives" },
    { pl: "Odpis z rejestru innego niż KRS (na przykład ewidencji starosty), jeśli organizacja nie jest w KRS", en: "An extract from a register other than the KRS (such as the starost's register), if the organisation is not in the KRS" },
    { pl: "Pełnomocnictwo, jeśli ofertę podpisują osoby inne niż wskazane w rejestrze", en: "A power of attorney, if people other than those in the register sign the offer" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Złożenie oferty jest bezpłatne.", en: "Submitting an offer is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "W konkursie termin rozstrzygnięcia podaje ogłoszenie. W trybie „małych grantów” urząd publikuje ofertę na 7 dni w celu zgłaszania uwag, a potem zawiera umowę.",
    en: "In an open call the announcement gives the date of the results. In the small-grant mode the office publishes the offer for 7 days for comments and then signs the agreement.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie (art. 11–16 i 19a)",
    en: "Act of 24 April 2003 on public benefit activity and volunteering (Articles 11–16 and 19a)",
  },
  departmentCode: "ks",
  jrwaClass: "5240", // JRWA: verify against the office's list (class 524: cooperation with NGOs)
  keywords: ["dotacja", "konkurs ofert", "organizacja pozarządowa", "stowarzyszenie", "mały grant", "fundacja"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant details" },
        description: { pl: "Osoba, która składa ofertę w imieniu organizacji.", en: "The person submitting the offer on the organisation's behalf." },
        fields: [...identityFields, ...contactFields],
      },
      {
        id: "organisation",
        title: { pl: "Organizacja", en: "Organisation" },
        fields: [
          { key: "entityName", kind: "text", label: { pl: "Pełna nazwa organizacji", en: "Full name of the organisation" }, maxLength: 300, errors: { required: { pl: "Podaj pełną nazwę organizacji", en: "Enter the organisation's full name" } } },
          {
            key: "legalForm",
            kind: "select",
            label: { pl: "Forma prawna", en: "Legal form" },
            options: [
              { value: "association", label: { pl: "Stowarzyszenie", en: "Association" } },
              { value: "foundation", label: { pl: "Fundacja", en: "Foundation" } },
              { value: "sports-club", label: { pl: "Klub sportowy lub uczniowski klub sportowy", en: "Sports club" } },
              { value: "social-cooperative", label: { pl: "Spółdzielnia socjalna", en: "Social cooperative" } },
              { value: "church-entity", label: { pl: "Kościelna osoba prawna", en: "Church legal person" } },
              { value: "other", label: { pl: "Inna", en: "Other" } },
            ],
          },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "KRS number" }, hint: { pl: "Pomiń, jeśli organizacja nie jest w KRS.", en: "Skip if the organisation is not in the KRS." }, optional: true },
          { key: "otherRegister", kind: "text", label: { pl: "Nazwa innego rejestru i numer wpisu", en: "Other register and entry number" }, hint: { pl: "Na przykład ewidencja uczniowskich klubów sportowych, nr 12.", en: "For example, register of school sports clubs, no. 12." }, optional: true, maxLength: 200 },
          nipField,
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "REGON" }, optional: true },
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby", en: "Registered address" } },
          {
            key: "representatives",
            kind: "group",
            label: { pl: "Osoby upoważnione do reprezentowania organizacji", en: "People authorised to represent the organisation" },
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            minItems: 1,
            maxItems: 5,
            fields: [
              { key: "representativeName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "representativeRole", kind: "text", label: { pl: "Funkcja", en: "Position" }, hint: { pl: "Na przykład prezes zarządu.", en: "For example, chair of the board." }, maxLength: 100 },
            ],
          },
        ],
      },
      {
        id: "task",
        title: { pl: "Zadanie publiczne", en: "The public task" },
        fields: [
          {
            key: "mode",
            kind: "radio",
            label: { pl: "W jakim trybie składasz ofertę?", en: "In which mode are you submitting the offer?" },
            options: [
              { value: "competition", label: { pl: "Otwarty konkurs ofert", en: "Open call for offers" } },
              { value: "small-grant", label: { pl: "Tryb „małych grantów” (bez konkursu, do 10 000 zł, do 90 dni)", en: "Small grant (no call, up to PLN 10,000, up to 90 days)" } },
            ],
            errors: { required: { pl: "Wybierz tryb złożenia oferty", en: "Select the mode of the offer" } },
          },
          { key: "competitionReference", kind: "text", label: { pl: "Nazwa lub numer ogłoszenia konkursowego", en: "Name or number of the call" }, showIf: { field: "mode", equals: "competition" }, maxLength: 300 },
          { key: "taskTitle", kind: "text", label: { pl: "Tytuł zadania", en: "Title of the task" }, maxLength: 300, errors: { required: { pl: "Podaj tytuł zadania", en: "Enter the title of the task" } } },
          {
            key: "taskArea",
            kind: "select",
            label: { pl: "Sfera pożytku publicznego", en: "Area of public benefit" },
            options: [
              { value: "culture", label: { pl: "Kultura, sztuka, ochrona dóbr kultury", en: "Culture, art and heritage" } },
              { value: "sport", label: { pl: "Wspieranie i upowszechnianie kultury fizycznej", en: "Sport and physical culture" } },
              { value: "social-welfare", label: { pl: "Pomoc społeczna", en: "Social welfare" } },
              { value: "health", label: { pl: "Ochrona i promocja zdrowia", en: "Health" } },
              { value: "education", label: { pl: "Nauka, edukacja, oświata i wychowanie", en: "Education" } },
              { value: "seniors", label: { pl: "Działalność na rzecz osób w wieku emerytalnym", en: "Seniors" } },
              { value: "disability", label: { pl: "Działalność na rzecz osób z niepełnosprawnościami", en: "People with disabilities" } },
              { value: "ecology", label: { pl: "Ekologia i ochrona zwierząt", en: "Ecology and animal protection" } },
              { value: "other", label: { pl: "Inna sfera z art. 4 ustawy", en: "Another area under Article 4 of the Act" } },
            ],
          },
          { key: "period", kind: "date-range", label: { pl: "Termin realizacji zadania", en: "Period of the task" }, min: "today" },
          { key: "taskDescription", kind: "long-text", label: { pl: "Krótki opis zadania", en: "Short description of the task" }, maxLength: 3000 },
          { key: "requestedAmount", kind: "money", label: { pl: "Wnioskowana kwota dotacji (zł)", en: "Grant requested (PLN)" }, hint: { pl: "W trybie „małych grantów” najwyżej 10 000 zł.", en: "At most PLN 10,000 in the small-grant mode." }, minValue: 1, errors: { required: { pl: "Podaj wnioskowaną kwotę dotacji", en: "Enter the grant requested" } } },
          { key: "ownContribution", kind: "money", label: { pl: "Wkład własny finansowy i niefinansowy (zł)", en: "Own contribution, financial and in kind (PLN)" }, optional: true },
          { key: "offerDocument", kind: "file", label: { pl: "Oferta według wzoru, podpisana", en: "Signed offer on the official template" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "registerExtract", kind: "file", label: { pl: "Odpis z innego rejestru lub pełnomocnictwo", en: "Extract from another register or power of attorney" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy dane osób reprezentujących organizację, aby rozpatrzyć ofertę i zawrzeć umowę na podstawie ustawy o działalności pożytku publicznego (art. 6 ust. 1 lit. c i e RODO). Wyniki konkursu są publikowane. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data of the organisation's representatives to assess the offer and sign the agreement under the Act on public benefit activity (Article 6(1)(c) and (e) GDPR). Call results are published. You may access and correct the data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane w ofercie są zgodne z prawdą i ze stanem w rejestrze, a proponowane zadanie będzie realizowane wyłącznie w zakresie działalności pożytku publicznego organizacji.",
              en: "I declare that the information in the offer is true and matches the register, and that the task will be carried out solely within the organisation's public benefit activity.",
            },
          },
        ],
      },
    ],
  },
});
