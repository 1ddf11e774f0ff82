/**
 * Wymeldowanie w drodze decyzji administracyjnej: the owner (or another holder of a legal title to
 * the property) asks the office to deregister people who have left it for good. Data only.
 */
import { defineService } from "../../types";
import { feeReceiptField } from "./shared-fields";
import { contactFields, identityFields } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const residenceDeregistrationByDecision = defineService({
  id: "residence-deregistration-by-decision",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Wymeldowanie w drodze decyzji administracyjnej",
    en: "Deregistering another person by administrative decision",
  },
  summary: {
    pl: "Poproś urząd o wymeldowanie osoby, która trwale opuściła Twój lokal i sama się nie wymeldowała.",
    en: "Ask the office to deregister a person who has permanently left your property and has not deregistered themselves.",
  },
  whoCanApply: {
    pl: "Właściciel lokalu lub inna osoba albo firma, która ma do niego tytuł prawny (np. współwłaściciel, użytkownik wieczysty, spółdzielnia, zarządca zasobu gminy). Wymeldowanie jest możliwe tylko wtedy, gdy osoba opuściła lokal trwale i dobrowolnie albo na podstawie orzeczenia sądu.",
    en: "The owner of the property or another person or company with a legal title to it (such as a co-owner, perpetual usufructuary, housing cooperative or municipal housing manager). A person can be deregistered only if they left permanently, voluntarily or under a court ruling.",
  },
  whatYouNeed: [
    { pl: "Dokument potwierdzający Twój tytuł prawny do lokalu (akt notarialny, numer księgi wieczystej, przydział)", en: "A document showing your legal title to the property (notarial deed, land register number, allocation)" },
    { pl: "Dane osoby, która ma zostać wymeldowana, i jej ostatni znany adres", en: "Details of the person to be deregistered and their last known address" },
    { pl: "Dowody opuszczenia lokalu, na przykład wyrok eksmisyjny, protokół komornika lub oświadczenia sąsiadów", en: "Evidence that they left, such as an eviction judgment, a bailiff's report or statements of neighbours" },
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
    pl: "Do miesiąca, a w sprawie szczególnie skomplikowanej do dwóch miesięcy. Gdy nie wiadomo, gdzie przebywa osoba wymeldowywana, sąd ustanawia dla niej kuratora – ten czas nie wlicza się do terminu. Od decyzji przysługuje odwołanie do wojewody.",
    en: "Up to one month, or two months if particularly complex. If the person's whereabouts are unknown, a court appoints a guardian for them – that time does not count. The decision can be appealed to the voivode.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (art. 35); Kodeks postępowania administracyjnego",
    en: "Act of 24 September 2010 on population records (Article 35); Code of Administrative Procedure",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5342",
  keywords: ["wymeldowanie lokatora", "wymeldować byłego męża", "wymeldowanie z urzędu", "wymeldowanie bez zgody", "eksmisja"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, ...contactFields],
      },
      {
        id: "property",
        title: { pl: "Lokal i Twój tytuł prawny", en: "The property and your legal title" },
        fields: [
          { key: "propertyAddress", kind: "address", label: { pl: "Adres lokalu", en: "Address of the property" } },
          {
            key: "titleType",
            kind: "radio",
            label: { pl: "Jaki masz tytuł prawny do lokalu?", en: "What is your legal title to the property?" },
            options: [
              { value: "owner", label: { pl: "Jestem właścicielem lub współwłaścicielem", en: "I own or co-own it" } },
              { value: "cooperative", label: { pl: "Mam spółdzielcze własnościowe prawo do lokalu", en: "I hold a cooperative ownership right" } },
              { value: "tenant", label: { pl: "Jestem najemcą", en: "I am the tenant" } },
              { value: "other", label: { pl: "Inny tytuł prawny", en: "Another legal title" } },
            ],
            errors: { required: { pl: "Wybierz swój tytuł prawny do lokalu", en: "Select your legal title to the property" } },
          },
          {
            key: "landRegister",
            kind: "land-register",
            label: { pl: "Numer księgi wieczystej", en: "Land register number" },
            hint: { pl: "Jeśli lokal ma księgę wieczystą, na przykład GL1G/00012345/6.", en: "If the property has a land register, for example GL1G/00012345/6." },
            optional: true,
          },
          {
            key: "titleDocument",
            kind: "file",
            label: { pl: "Dokument potwierdzający tytuł prawny", en: "Document showing your legal title" },
            hint: { pl: "Nie musisz go dołączać, jeśli podałeś lub podałaś numer księgi wieczystej.", en: "Not needed if you gave the land register number." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
        ],
      },
      {
        id: "persons",
        title: { pl: "Osoby do wymeldowania", en: "People to be deregistered" },
        fields: [
          {
            key: "personsToDeregister",
            kind: "group",
            label: { pl: "Osoby, które trwale opuściły lokal", en: "People who have permanently left the property" },
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "personName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "personPesel", kind: "pesel", label: { pl: "Numer PESEL, jeśli go znasz", en: "PESEL number, if you know it" }, optional: true },
              { key: "personLastAddress", kind: "address", label: { pl: "Ostatni znany adres tej osoby", en: "The person's last known address" }, optional: true },
              { key: "leftOn", kind: "date", label: { pl: "Kiedy mniej więcej opuściła lokal?", en: "Roughly when did they leave?" }, min: { date: "1900-01-01" }, max: "today" },
            ],
          },
          {
            key: "circumstances",
            kind: "long-text",
            label: { pl: "Okoliczności opuszczenia lokalu", en: "How they left the property" },
            hint: { pl: "Na przykład: wyprowadziła się po rozwodzie, zabrała swoje rzeczy, nie płaci czynszu, mieszka za granicą.", en: "For example: moved out after the divorce, took their belongings, pays no rent, lives abroad." },
            maxLength: 3000,
            errors: { required: { pl: "Opisz okoliczności opuszczenia lokalu", en: "Describe how they left the property" } },
          },
          {
            key: "evidenceFiles",
            kind: "file",
            label: { pl: "Dowody opuszczenia lokalu", en: "Evidence that they left" },
            hint: { pl: "Na przykład wyrok eksmisyjny, protokół komornika, wyrok rozwodowy.", en: "For example an eviction judgment, a bailiff's report, a divorce judgment." },
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
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Dane Twoje i osób wskazanych we wniosku przetwarzamy, aby przeprowadzić postępowanie o wymeldowanie i prowadzić rejestr mieszkańców (art. 6 ust. 1 lit. c i e RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of the data is the mayor (wójt, burmistrz or prezydent miasta). We process your data and that of the people named in the application to conduct the deregistration proceedings and keep the register of residents (Article 6(1)(c) and (e) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
