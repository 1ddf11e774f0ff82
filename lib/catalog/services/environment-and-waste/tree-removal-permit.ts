/**
 * Zezwolenie na usunięcie drzew lub krzewów: the permit under art. 83–83b of the Nature Protection
 * Act (the application's contents are listed in art. 83b). Data only.
 */
import { defineService } from "../../types";
import { contactFields, correspondenceAddressField, identityFields, powerOfAttorneyField } from "../shared/applicant";
import { landRegisterField, parcelIdField, propertyAddressField } from "../shared/property";

export const treeRemovalPermit = defineService({
  id: "tree-removal-permit",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Zezwolenie na usunięcie drzew lub krzewów", en: "Permit to remove trees or shrubs" },
  summary: {
    pl: "Złóż wniosek o zezwolenie na wycięcie drzew lub krzewów, gdy nie wystarczy samo zgłoszenie.",
    en: "Apply for a permit to cut down trees or shrubs when a simple notification is not enough.",
  },
  whoCanApply: {
    pl: "Posiadacz nieruchomości za zgodą jej właściciela albo właściciel urządzeń (na przykład sieci), gdy drzewa zagrażają ich funkcjonowaniu. Osoba prywatna usuwająca drzewo na swoim gruncie na cele niezwiązane z działalnością gospodarczą zwykle składa tylko zgłoszenie.",
    en: "The holder of the property with the owner's consent, or the owner of equipment (such as utility lines) the trees threaten. A private person removing a tree on their own land for non-business purposes usually only files a notification.",
  },
  whatYouNeed: [
    { pl: "Gatunki drzew, obwody pni mierzone na wysokości 130 cm i powierzchnię krzewów", en: "The tree species, trunk circumferences measured at 130 cm and the area of shrubs" },
    { pl: "Rysunek lub mapkę z zaznaczeniem drzew i krzewów na działce", en: "A drawing or map marking the trees and shrubs on the plot" },
    { pl: "Zgodę właściciela nieruchomości, jeśli nie jesteś właścicielem", en: "The owner's consent, if you are not the owner" },
    { pl: "Projekt nasadzeń zastępczych lub przesadzenia, jeśli je planujesz", en: "A replacement planting or transplanting plan, if you plan one" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Zezwolenie jest wolne od opłaty skarbowej. W niektórych przypadkach, na przykład przy usuwaniu drzew na cele działalności gospodarczej bez nasadzeń zastępczych, urząd nalicza w decyzji opłatę za usunięcie drzew.",
      en: "The permit is free of stamp duty. In some cases, for example removing trees for business purposes without replacement planting, the decision sets a tree removal charge.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przed decyzją urząd przeprowadza oględziny drzew. W sprawach szczególnie skomplikowanych do 2 miesięcy.",
    en: "Before deciding, the office inspects the trees. Up to 2 months in particularly complex cases.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 16 kwietnia 2004 r. o ochronie przyrody (art. 83–84)",
    en: "Act of 16 April 2004 on nature protection (Articles 83–84)",
  },
  departmentCode: "os",
  jrwaClass: "6131", // JRWA: verify against the office's list
  keywords: ["wycinka drzew", "usunięcie drzewa", "wycięcie krzewów", "pozwolenie na wycinkę", "drzewo"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, correspondenceAddressField, ...contactFields,
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś wobec nieruchomości?", en: "What is your relation to the property?" },
            options: [
              { value: "owner", label: { pl: "Właściciel lub użytkownik wieczysty", en: "Owner or perpetual usufructuary" } },
              { value: "holder", label: { pl: "Posiadacz za zgodą właściciela (na przykład dzierżawca, zarządca wspólnoty)", en: "Holder with the owner's consent (such as a lessee or a building manager)" } },
              { value: "utility-owner", label: { pl: "Właściciel urządzeń, którym zagrażają drzewa", en: "Owner of equipment threatened by the trees" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś wobec nieruchomości", en: "Select your relation to the property" } },
          },
        ],
      },
      {
        id: "trees",
        title: { pl: "Drzewa i krzewy", en: "Trees and shrubs" },
        fields: [
          propertyAddressField, parcelIdField, landRegisterField,
          {
            key: "treeList",
            kind: "group",
            label: { pl: "Drzewa do usunięcia", en: "Trees to be removed" },
            hint: { pl: "Zostaw puste, jeśli usuwasz tylko krzewy.", en: "Leave empty if you are only removing shrubs." },
            optional: true,
            itemLabel: { pl: "Drzewo {n}", en: "Tree {n}" },
            maxItems: 50,
            fields: [
              { key: "species", kind: "text", label: { pl: "Gatunek", en: "Species" }, hint: { pl: "Na przykład klon pospolity, brzoza brodawkowata.", en: "For example, Norway maple, silver birch." }, maxLength: 100 },
              { key: "circumferenceCm", kind: "integer", label: { pl: "Obwód pnia na wysokości 130 cm (cm)", en: "Trunk circumference at 130 cm (cm)" }, hint: { pl: "Przy kilku pniach podaj obwód każdego w uwagach.", en: "For several trunks, give each one's circumference in the remarks." }, minValue: 1, maxValue: 2000 },
            ],
          },
          { key: "shrubAreaM2", kind: "decimal", label: { pl: "Powierzchnia krzewów do usunięcia (m²)", en: "Area of shrubs to be removed (m²)" }, optional: true, minValue: 0.1, maxValue: 100000, decimals: 1 },
          { key: "reason", kind: "long-text", label: { pl: "Przyczyna usunięcia", en: "Reason for removal" }, maxLength: 2000, errors: { required: { pl: "Podaj przyczynę usunięcia", en: "Enter the reason for removal" } } },
          {
            key: "plannedDate",
            kind: "date",
            label: { pl: "Planowany termin usunięcia", en: "Planned removal date" },
            hint: { pl: "Od 1 marca do 15 października wycinka może wymagać sprawdzenia, czy w drzewach nie gniazdują ptaki.", en: "From 1 March to 15 October, removal may require checking for nesting birds." },
            min: "today",
            max: { daysFromToday: 1095 },
          },
          {
            key: "businessRelated",
            kind: "yes-no",
            label: { pl: "Czy usunięcie jest związane z prowadzeniem działalności gospodarczej?", en: "Is the removal connected with running a business?" },
            errors: { required: { pl: "Odpowiedz, czy usunięcie jest związane z działalnością gospodarczą", en: "Select whether the removal is connected with a business" } },
          },
          { key: "remarks", kind: "long-text", label: { pl: "Uwagi", en: "Remarks" }, optional: true, maxLength: 1000 },
        ],
        rules: [
          {
            kind: "atLeastOne",
            fields: ["treeList", "shrubAreaM2"],
            message: { pl: "Podaj co najmniej jedno drzewo albo powierzchnię krzewów", en: "Enter at least one tree or the area of shrubs" },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "siteMap", kind: "file", label: { pl: "Rysunek lub mapka z lokalizacją drzew i krzewów", en: "Drawing or map showing the trees and shrubs" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "ownerConsent", kind: "file", label: { pl: "Zgoda właściciela nieruchomości", en: "Owner's consent" }, showIf: { field: "applicantRole", notEquals: "owner" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "plantingPlan", kind: "file", label: { pl: "Projekt nasadzeń zastępczych lub przesadzenia", en: "Replacement planting or transplanting plan" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          powerOfAttorneyField,
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek na podstawie ustawy o ochronie przyrody (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to decide on your application under the Nature Protection Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku, w tym o moim prawie do nieruchomości, są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in this application, including my right to the property, is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
