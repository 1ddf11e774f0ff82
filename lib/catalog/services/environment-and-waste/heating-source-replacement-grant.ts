/**
 * Dotacja celowa na wymianę źródła ciepła: a grant from the municipal budget for replacing an old
 * solid-fuel heater (art. 403 ust. 4–5 of the Environmental Protection Law), under the council's
 * resolution. Data only.
 */
import { defineService } from "../../types";
import { contactFields, correspondenceAddressField, identityFields } from "../shared/applicant";
import { optionalParcelIdField } from "../shared/property";

export const heatingSourceReplacementGrant = defineService({
  id: "heating-source-replacement-grant",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Dotacja na wymianę pieca (źródła ciepła)", en: "Grant for replacing your heating source" },
  summary: {
    pl: "Złóż wniosek o gminną dotację na wymianę starego pieca na pompę ciepła, ogrzewanie gazowe lub podłączenie do sieci ciepłowniczej.",
    en: "Apply for a municipal grant to replace an old stove with a heat pump, gas heating or a district heating connection.",
  },
  whoCanApply: {
    pl: "Właściciel lub współwłaściciel budynku lub lokalu mieszkalnego w gminie, ogrzewanego starym kotłem lub piecem na paliwo stałe – na zasadach z uchwały rady gminy.",
    en: "The owner or co-owner of a house or flat in the municipality heated by an old solid-fuel boiler or stove – under the rules of the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Dokument potwierdzający prawo do budynku lub lokalu", en: "A document showing your right to the building or flat" },
    { pl: "Zgodę pozostałych współwłaścicieli, jeśli są", en: "The other co-owners' consent, if any" },
    { pl: "Oświadczenie, czy korzystasz z innych dotacji na ten sam cel (na przykład z programu Czyste Powietrze)", en: "A statement on whether you use other grants for the same purpose (such as the Clean Air programme)" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dotację przyznaje się w umowie, w ramach środków w budżecie gminy; ustawa nie wyznacza terminu. Urząd odpowie w ciągu miesiąca. Nie rozpoczynaj prac przed podpisaniem umowy, jeśli uchwała tego wymaga.",
    en: "The grant is awarded by agreement, within the municipal budget; the law sets no deadline. The office replies within a month. Do not start the works before signing, if the resolution requires that.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska (art. 400a ust. 1, art. 403 ust. 4–5) oraz uchwała rady gminy w sprawie dotacji celowej",
    en: "Act of 27 April 2001 – Environmental Protection Law (Article 400a(1), Article 403(4)–(5)) and the council's resolution on the targeted grant",
  },
  departmentCode: "os",
  jrwaClass: "6221", // JRWA: verify against the office's list
  keywords: ["wymiana pieca", "kopciuch", "dotacja na piec", "pompa ciepła", "niska emisja", "ogrzewanie"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, correspondenceAddressField, ...contactFields,
          { key: "hasCoOwners", kind: "yes-no", label: { pl: "Czy budynek lub lokal ma współwłaścicieli?", en: "Does the building or flat have co-owners?" } },
        ],
      },
      {
        id: "building",
        title: { pl: "Budynek i ogrzewanie", en: "The building and its heating" },
        fields: [
          { key: "propertyAddress", kind: "address", label: { pl: "Adres budynku lub lokalu", en: "Address of the building or flat" } },
          optionalParcelIdField,
          { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" } },
          {
            key: "buildingType",
            kind: "radio",
            label: { pl: "Rodzaj budynku", en: "Type of building" },
            options: [
              { value: "house", label: { pl: "Dom jednorodzinny", en: "Single-family house" } },
              { value: "flat", label: { pl: "Lokal w budynku wielorodzinnym", en: "Flat in a block" } },
            ],
          },
          {
            key: "currentSource",
            kind: "select",
            label: { pl: "Obecne źródło ciepła", en: "Current heating source" },
            options: [
              { value: "coal-boiler", label: { pl: "Kocioł na węgiel lub ekogroszek", en: "Coal boiler" } },
              { value: "wood-boiler", label: { pl: "Kocioł na drewno lub biomasę", en: "Wood or biomass boiler" } },
              { value: "tiled-stove", label: { pl: "Piec kaflowy", en: "Tiled stove" } },
              { value: "other-solid", label: { pl: "Inne urządzenie na paliwo stałe", en: "Other solid-fuel heater" } },
            ],
          },
          { key: "sourcesToRemove", kind: "integer", label: { pl: "Ile urządzeń na paliwo stałe zostanie zlikwidowanych?", en: "How many solid-fuel heaters will be removed?" }, minValue: 1, maxValue: 20 },
          {
            key: "plannedSource",
            kind: "select",
            label: { pl: "Planowane źródło ciepła", en: "Planned heating source" },
            options: [
              { value: "heat-pump", label: { pl: "Pompa ciepła", en: "Heat pump" } },
              { value: "district-heating", label: { pl: "Podłączenie do sieci ciepłowniczej", en: "District heating connection" } },
              { value: "gas", label: { pl: "Kocioł gazowy kondensacyjny", en: "Condensing gas boiler" } },
              { value: "electric", label: { pl: "Ogrzewanie elektryczne", en: "Electric heating" } },
              { value: "biomass", label: { pl: "Kocioł na biomasę (pellet) spełniający wymagania ekoprojektu", en: "Biomass (pellet) boiler meeting ecodesign requirements" } },
            ],
          },
          { key: "estimatedCost", kind: "money", label: { pl: "Szacunkowy koszt inwestycji (zł)", en: "Estimated cost (zł)" }, minValue: 1 },
          { key: "otherGrants", kind: "yes-no", label: { pl: "Czy korzystasz lub zamierzasz skorzystać z innej dotacji na ten cel?", en: "Are you using or planning to use another grant for this?" }, hint: { pl: "Na przykład z programu Czyste Powietrze.", en: "For example, the Clean Air programme." } },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do wypłaty dotacji", en: "Bank account for the grant" }, hint: { pl: "Możesz go podać także przy podpisaniu umowy.", en: "You can also give it when signing the agreement." }, optional: true },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "titleDocument", kind: "file", label: { pl: "Dokument potwierdzający prawo do budynku lub lokalu", en: "Document showing your right to the building or flat" }, hint: { pl: "Nie musisz go dołączać, jeśli jesteś wpisany lub wpisana do księgi wieczystej.", en: "Not needed if you are entered in the land register." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "coOwnersConsent", kind: "file", label: { pl: "Zgoda współwłaścicieli", en: "Co-owners' consent" }, showIf: { field: "hasCoOwners", equals: true }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o dotację i zawrzeć umowę (art. 6 ust. 1 lit. b, c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail, numeru telefonu i numeru rachunku. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to consider your grant application and conclude the agreement (Article 6(1)(b), (c) and (e) GDPR). Providing the data is required, except for your email address, phone number and bank account. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku, w tym o innych dotacjach, są zgodne z prawdą i aktualne.", en: "I declare that the information in this application, including on other grants, is true and up to date." },
          },
        ],
      },
    ],
  },
});
