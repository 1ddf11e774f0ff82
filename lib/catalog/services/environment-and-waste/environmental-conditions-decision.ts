/**
 * Decyzja o środowiskowych uwarunkowaniach: required before permits for projects that may
 * significantly affect the environment (art. 71–87 of the EIA Act; application contents art. 74).
 * Data only.
 */
import { defineService } from "../../types";
import { feeReceiptField, powerOfAttorneyField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, peselField } from "../shared/applicant";
import { parcelIdField } from "../shared/property";

export const environmentalConditionsDecision = defineService({
  id: "environmental-conditions-decision",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Decyzja o środowiskowych uwarunkowaniach", en: "Environmental conditions decision" },
  summary: {
    pl: "Złóż wniosek o decyzję środowiskową dla przedsięwzięcia, które może znacząco oddziaływać na środowisko, zanim wystąpisz o pozwolenie na budowę.",
    en: "Apply for the environmental decision for a project that may significantly affect the environment, before applying for a building permit.",
  },
  whoCanApply: {
    pl: "Inwestor planujący przedsięwzięcie wymienione w rozporządzeniu w sprawie przedsięwzięć mogących znacząco oddziaływać na środowisko – osoba fizyczna, firma lub inna organizacja.",
    en: "A developer planning a project listed in the regulation on projects that may significantly affect the environment – a person, company or other organisation.",
  },
  whatYouNeed: [
    { pl: "Kartę informacyjną przedsięwzięcia albo raport o oddziaływaniu na środowisko", en: "The project information sheet or the environmental impact report" },
    { pl: "Mapę ewidencyjną z zaznaczonym terenem przedsięwzięcia i obszarem, na który będzie oddziaływać", en: "A cadastral map marking the project site and the area it will affect" },
    { pl: "Wykaz działek w obszarze oddziaływania przedsięwzięcia", en: "A list of the plots in the area the project will affect" },
    { pl: "Dowód zapłaty 205 zł opłaty skarbowej", en: "Proof of paying 205 zł stamp duty" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 20500,
    note: {
      pl: "Opłata skarbowa za wydanie decyzji wynosi 205 zł; pełnomocnictwo kosztuje dodatkowo 17 zł.",
      en: "Stamp duty for the decision is 205 zł; a power of attorney costs an extra 17 zł.",
    },
  },
  deadline: { kind: "months", months: 2 },
  deadlineNote: {
    pl: "Sprawa wymaga opinii i uzgodnień (regionalny dyrektor ochrony środowiska, sanepid, Wody Polskie), więc urząd ma do 2 miesięcy; czasu oczekiwania na opinie i udziału społeczeństwa nie wlicza się do terminu.",
    en: "The case needs opinions and agreements (regional environmental director, sanitary inspectorate, Polish Waters), so the office has up to 2 months; time spent waiting for opinions and public participation does not count.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 3 października 2008 r. o udostępnianiu informacji o środowisku i jego ochronie, udziale społeczeństwa w ochronie środowiska oraz o ocenach oddziaływania na środowisko (art. 71–87)",
    en: "Act of 3 October 2008 on access to environmental information, public participation in environmental protection and environmental impact assessments (Articles 71–87)",
  },
  departmentCode: "os",
  jrwaClass: "6220", // JRWA: verify against the office's list
  keywords: ["decyzja środowiskowa", "środowiskowe uwarunkowania", "raport oddziaływania", "karta informacyjna", "ocena oddziaływania"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          {
            key: "applicantType",
            kind: "radio",
            label: { pl: "Kto jest inwestorem?", en: "Who is the developer?" },
            options: [
              { value: "person", label: { pl: "Ja, jako osoba prywatna", en: "Me, as a private person" } },
              { value: "organisation", label: { pl: "Firma lub inna organizacja, którą reprezentuję", en: "A company or other organisation I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto jest inwestorem", en: "Select who the developer is" } },
          },
          { key: "organisationName", kind: "text", label: { pl: "Pełna nazwa inwestora", en: "Developer's full name" }, showIf: { field: "applicantType", equals: "organisation" }, maxLength: 300 },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "applicantType", equals: "organisation" } },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "National Court Register number (KRS)" }, showIf: { field: "applicantType", equals: "organisation" }, optional: true },
          { key: "address", kind: "address", label: { pl: "Adres lub siedziba inwestora", en: "Developer's address or registered office" } },
          ...contactFields,
        ],
      },
      {
        id: "project",
        title: { pl: "Przedsięwzięcie", en: "The project" },
        fields: [
          { key: "projectName", kind: "text", label: { pl: "Nazwa przedsięwzięcia", en: "Project name" }, hint: { pl: "Na przykład: budowa hali magazynowej z parkingiem na 60 miejsc.", en: "For example: a warehouse with a 60-space car park." }, maxLength: 300 },
          {
            key: "projectGroup",
            kind: "radio",
            label: { pl: "Do której grupy należy przedsięwzięcie?", en: "Which group does the project belong to?" },
            options: [
              { value: "always-significant", label: { pl: "Mogące zawsze znacząco oddziaływać na środowisko (raport obowiązkowy)", en: "Always likely to have significant effects (report required)" } },
              { value: "potentially-significant", label: { pl: "Mogące potencjalnie znacząco oddziaływać na środowisko", en: "Potentially likely to have significant effects" } },
            ],
            errors: { required: { pl: "Wybierz grupę przedsięwzięcia", en: "Select the project's group" } },
          },
          { key: "regulationItem", kind: "text", label: { pl: "Pozycja w rozporządzeniu w sprawie przedsięwzięć mogących znacząco oddziaływać na środowisko", en: "Item in the regulation on projects likely to have significant effects" }, hint: { pl: "Na przykład § 3 ust. 1 pkt 54 lit. b.", en: "For example, § 3(1)(54)(b)." }, maxLength: 100 },
          { key: "projectDescription", kind: "long-text", label: { pl: "Krótki opis przedsięwzięcia", en: "Short description of the project" }, maxLength: 3000 },
          {
            key: "parcels",
            kind: "group",
            label: { pl: "Działki, na których planowane jest przedsięwzięcie", en: "Plots where the project is planned" },
            itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
            minItems: 1,
            maxItems: 100,
            fields: [parcelIdField],
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "projectInformationSheet", kind: "file", label: { pl: "Karta informacyjna przedsięwzięcia lub raport o oddziaływaniu na środowisko", en: "Project information sheet or environmental impact report" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "impactAreaMap", kind: "file", label: { pl: "Mapa z terenem przedsięwzięcia i obszarem oddziaływania", en: "Map of the project site and the affected area" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "parcelList", kind: "file", label: { pl: "Wykaz działek w obszarze oddziaływania", en: "List of plots in the affected area" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          feeReceiptField, powerOfAttorneyField,
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby prowadzić postępowanie na podstawie ustawy o ocenach oddziaływania na środowisko (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to conduct the proceedings under the Environmental Impact Assessment Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku i załącznikach są zgodne z prawdą i aktualne.", en: "I declare that the information in this application and its attachments is true and up to date." },
          },
        ],
      },
    ],
  },
});
