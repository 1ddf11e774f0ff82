/**
 * Dofinansowanie usuwania azbestu: a targeted grant from the municipal budget (art. 403 ust. 4–5
 * of the Environmental Protection Law) under the council's resolution. Data only.
 */
import { defineService } from "../../types";
import { contactFields, correspondenceAddressField, identityFields } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";
import { landRegisterField, parcelIdField, propertyAddressField } from "../shared/property";

export const asbestosRemovalSubsidy = defineService({
  id: "asbestos-removal-subsidy",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Dofinansowanie usunięcia azbestu", en: "Subsidy for asbestos removal" },
  summary: {
    pl: "Złóż wniosek o dofinansowanie demontażu, odbioru i unieszkodliwienia wyrobów z azbestem, na przykład eternitu z dachu.",
    en: "Apply for a subsidy to dismantle, collect and dispose of asbestos products, such as asbestos-cement roof sheets.",
  },
  whoCanApply: {
    pl: "Właściciel, użytkownik wieczysty lub zarządca nieruchomości w gminie, na której są wyroby zawierające azbest – na zasadach z uchwały rady gminy.",
    en: "The owner, perpetual usufructuary or manager of a property in the municipality with asbestos products – under the rules of the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Informację o wyrobach zawierających azbest (złożoną wcześniej w urzędzie lub dołączoną do wniosku)", en: "The information on asbestos products (filed with the office earlier, or attached)" },
    { pl: "Ocenę stanu i możliwości bezpiecznego użytkowania wyrobów zawierających azbest", en: "The assessment of the condition and safe use of the asbestos products" },
    { pl: "Dokument potwierdzający prawo do nieruchomości oraz zgodę współwłaścicieli, jeśli są", en: "A document showing your right to the property and the co-owners' consent, if any" },
    { pl: "Zgłoszenie robót rozbiórkowych lub pozwolenie, jeśli demontaż go wymaga", en: "A works notification or permit, if the dismantling needs one" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dofinansowanie przyznaje się w umowie, w ramach środków w budżecie gminy; ustawa nie wyznacza terminu. Urząd odpowie w ciągu miesiąca, a o kolejności decyduje data złożenia wniosku lub nabór ogłoszony przez gminę.",
    en: "The subsidy is granted by agreement, within the funds in the municipal budget; the law sets no deadline. The office replies within a month; priority follows the filing date or the call announced by the municipality.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska (art. 400a ust. 1, art. 403 ust. 4–5) oraz uchwała rady gminy w sprawie dotacji celowej",
    en: "Act of 27 April 2001 – Environmental Protection Law (Article 400a(1), Article 403(4)–(5)) and the council's resolution on the targeted grant",
  },
  departmentCode: "os",
  jrwaClass: "6232", // JRWA: verify against the office's list
  keywords: ["azbest", "eternit", "dofinansowanie azbestu", "wymiana dachu", "usuwanie azbestu"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, correspondenceAddressField, ...contactFields],
      },
      {
        id: "works",
        title: { pl: "Nieruchomość i zakres prac", en: "The property and the works" },
        fields: [
          propertyAddressField, parcelIdField, landRegisterField,
          {
            key: "buildingType",
            kind: "radio",
            label: { pl: "Na jakim budynku są wyroby z azbestem?", en: "Which building are the asbestos products on?" },
            options: [
              { value: "residential", label: { pl: "Budynek mieszkalny", en: "Residential building" } },
              { value: "outbuilding", label: { pl: "Budynek gospodarczy lub garaż", en: "Outbuilding or garage" } },
              { value: "stored", label: { pl: "Wyroby już zdemontowane, składowane na posesji", en: "Already removed, stored on the property" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj budynku", en: "Select the type of building" } },
          },
          {
            key: "worksScope",
            kind: "radio",
            label: { pl: "Jakie prace obejmie dofinansowanie?", en: "Which works should the subsidy cover?" },
            options: [
              { value: "full", label: { pl: "Demontaż, transport i unieszkodliwienie", en: "Dismantling, transport and disposal" } },
              { value: "collection", label: { pl: "Tylko odbiór, transport i unieszkodliwienie", en: "Only collection, transport and disposal" } },
            ],
            errors: { required: { pl: "Wybierz zakres prac", en: "Select the scope of the works" } },
          },
          {
            key: "productType",
            kind: "select",
            label: { pl: "Rodzaj wyrobów", en: "Type of products" },
            options: [
              { value: "corrugated-sheets", label: { pl: "Płyty faliste azbestowo-cementowe", en: "Corrugated asbestos-cement sheets" } },
              { value: "flat-sheets", label: { pl: "Płyty płaskie azbestowo-cementowe", en: "Flat asbestos-cement sheets" } },
              { value: "pipes", label: { pl: "Rury i złącza azbestowo-cementowe", en: "Asbestos-cement pipes and joints" } },
              { value: "other", label: { pl: "Inne wyroby zawierające azbest", en: "Other asbestos products" } },
            ],
          },
          { key: "areaM2", kind: "decimal", label: { pl: "Ilość wyrobów (m²)", en: "Amount of products (m²)" }, hint: { pl: "Przepisz ją z informacji o wyrobach zawierających azbest.", en: "Copy it from the information on asbestos products." }, minValue: 1, maxValue: 100000, decimals: 1 },
          { key: "plannedDate", kind: "date", label: { pl: "Planowany termin prac", en: "Planned date of the works" }, min: "today", max: { daysFromToday: 730 } },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "asbestosInformation", kind: "file", label: { pl: "Informacja o wyrobach zawierających azbest", en: "Information on asbestos products" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "conditionAssessment", kind: "file", label: { pl: "Ocena stanu i możliwości bezpiecznego użytkowania wyrobów", en: "Assessment of condition and safe use" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "titleDocument", kind: "file", label: { pl: "Dokument potwierdzający prawo do nieruchomości i zgoda współwłaścicieli", en: "Document showing your right to the property and co-owners' consent" }, hint: { pl: "Nie musisz go dołączać, jeśli podałeś lub podałaś numer księgi wieczystej i nie ma współwłaścicieli.", en: "Not needed if you gave the land register number and there are no co-owners." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "worksNotification", kind: "file", label: { pl: "Zgłoszenie robót lub pozwolenie", en: "Works notification or permit" }, showIf: { field: "worksScope", equals: "full" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o dotację i zawrzeć umowę (art. 6 ust. 1 lit. b, c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to consider your grant application and conclude the agreement (Article 6(1)(b), (c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
