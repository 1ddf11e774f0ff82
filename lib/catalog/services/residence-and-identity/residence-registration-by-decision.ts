/**
 * Zameldowanie w drodze decyzji administracyjnej: a request to decide on registration when the
 * owner does not confirm the stay (the office takes evidence, KPA procedure). Data only.
 */
import { defineService } from "../../types";
import { feeReceiptField } from "./shared-fields";
import { prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const residenceRegistrationByDecision = defineService({
  id: "residence-registration-by-decision",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Zameldowanie w drodze decyzji administracyjnej",
    en: "Registering your residence by administrative decision",
  },
  summary: {
    pl: "Poproś urząd o decyzję o zameldowaniu, gdy właściciel lokalu nie potwierdza Twojego pobytu.",
    en: "Ask the office to decide on your registration when the owner of the property does not confirm your stay.",
  },
  whoCanApply: {
    pl: "Osoba, która faktycznie mieszka pod danym adresem, ale nie może się zameldować zwykłym zgłoszeniem, bo właściciel lub wynajmujący nie potwierdza jej pobytu. Urząd sprawdza wyłącznie, czy naprawdę tam mieszkasz – zameldowanie nie daje prawa do lokalu.",
    en: "A person who actually lives at the address but cannot register with an ordinary notification because the owner or landlord does not confirm the stay. The office only checks whether you really live there – registration does not give you any right to the property.",
  },
  whatYouNeed: [
    { pl: "Opis okoliczności, które potwierdzają, że mieszkasz pod tym adresem", en: "A description of the facts showing that you live at the address" },
    { pl: "Dane świadków, jeśli mogą potwierdzić Twój pobyt", en: "Details of witnesses who can confirm your stay, if any" },
    { pl: "Dowody zamieszkiwania, na przykład rachunki, korespondencję lub umowę", en: "Evidence that you live there, such as bills, letters or an agreement" },
  ],
  fee: {
    amountGrosze: 1000,
    note: {
      pl: "10 zł opłaty skarbowej za wydanie decyzji. Opłatę zwraca się, jeśli postępowanie zostanie umorzone.",
      en: "10 zł stamp duty for the decision. It is refunded if the proceedings are discontinued.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Sprawa wymaga postępowania wyjaśniającego (np. przesłuchania świadków, oględzin lokalu), dlatego trwa do miesiąca, a w sprawie szczególnie skomplikowanej do dwóch miesięcy. Od decyzji przysługuje odwołanie do wojewody w terminie 14 dni.",
    en: "The case requires fact-finding (such as hearing witnesses or inspecting the property), so it takes up to one month, or two months if particularly complex. You can appeal to the voivode within 14 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (decyzja w sprawie zameldowania); Kodeks postępowania administracyjnego (art. 35)",
    en: "Act of 24 September 2010 on population records (decision on registration); Code of Administrative Procedure (Article 35)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5342",
  keywords: ["zameldowanie decyzją", "właściciel nie chce zameldować", "meldunek bez zgody", "zameldowanie administracyjne"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "stay",
        title: { pl: "Miejsce i rodzaj pobytu", en: "Place and type of stay" },
        fields: [
          {
            key: "stayType",
            kind: "radio",
            label: { pl: "O jaki pobyt wnosisz?", en: "Which stay are you applying for?" },
            options: [
              { value: "permanent", label: { pl: "Pobyt stały", en: "Permanent stay" } },
              { value: "temporary", label: { pl: "Pobyt czasowy", en: "Temporary stay" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj pobytu", en: "Select the type of stay" } },
          },
          { key: "stayAddress", kind: "address", label: { pl: "Adres, pod którym mieszkasz", en: "The address where you live" } },
          {
            key: "stayFrom",
            kind: "date",
            label: { pl: "Od kiedy mieszkasz pod tym adresem?", en: "Since when have you lived at this address?" },
            min: { date: "1900-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę, od której mieszkasz pod tym adresem", en: "Enter the date you started living at this address" } },
          },
          {
            key: "stayUntil",
            kind: "date",
            label: { pl: "Do kiedy zamierzasz tam przebywać?", en: "Until when do you intend to stay there?" },
            showIf: { field: "stayType", equals: "temporary" },
            min: { field: "stayFrom", offsetDays: 1 },
            max: { field: "stayFrom", offsetMonths: 36 },
            errors: { required: { pl: "Podaj datę zakończenia pobytu czasowego", en: "Enter the end date of the temporary stay" } },
          },
          {
            key: "ownerName",
            kind: "text",
            label: { pl: "Imię i nazwisko lub nazwa właściciela lokalu", en: "Name of the owner of the property" },
            maxLength: 200,
            errors: { required: { pl: "Podaj imię i nazwisko lub nazwę właściciela lokalu", en: "Enter the name of the owner of the property" } },
          },
          {
            key: "ownerAddress",
            kind: "address",
            label: { pl: "Adres właściciela do korespondencji", en: "Owner's address for letters" },
            hint: { pl: "Właściciel jest stroną postępowania – urząd musi go zawiadomić.", en: "The owner is a party to the proceedings – the office must notify them." },
            optional: true,
          },
        ],
      },
      {
        id: "evidence",
        title: { pl: "Dowody zamieszkiwania", en: "Evidence that you live there" },
        fields: [
          {
            key: "circumstances",
            kind: "long-text",
            label: { pl: "Opisz, dlaczego uważasz, że mieszkasz pod tym adresem i dlaczego nie masz potwierdzenia właściciela", en: "Explain why you live at this address and why you have no confirmation from the owner" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz okoliczności zamieszkiwania", en: "Describe the circumstances of your stay" } },
          },
          {
            key: "witnesses",
            kind: "group",
            label: { pl: "Świadkowie", en: "Witnesses" },
            hint: { pl: "Na przykład sąsiedzi. Możesz pominąć ten krok, jeśli nie ma świadków.", en: "For example, neighbours. You can leave this out if there are no witnesses." },
            optional: true,
            itemLabel: { pl: "Świadek {n}", en: "Witness {n}" },
            maxItems: 5,
            fields: [
              { key: "witnessName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "witnessAddress", kind: "address", label: { pl: "Adres", en: "Address" } },
            ],
          },
          {
            key: "evidenceFiles",
            kind: "file",
            label: { pl: "Dowody zamieszkiwania", en: "Evidence that you live there" },
            hint: { pl: "Na przykład rachunki, korespondencja, umowa najmu lub użyczenia.", en: "For example bills, letters, a tenancy or free-use agreement." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
          feeReceiptField,
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć wniosek i prowadzić rejestr mieszkańców na podstawie ustawy o ewidencji ludności i Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c i e RODO). Dane świadków przetwarzamy tylko w tym postępowaniu. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta). We process it to decide on the application and keep the register of residents under the Act on population records and the Code of Administrative Procedure (Article 6(1)(c) and (e) GDPR). Witnesses' data is used only in these proceedings. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
