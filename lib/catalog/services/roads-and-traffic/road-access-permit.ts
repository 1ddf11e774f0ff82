/**
 * Zezwolenie na lokalizację zjazdu lub przebudowę zjazdu (art. 29 of the Public Roads Act);
 * 82 zł stamp duty unless for residential housing. Data only.
 */
import { defineService } from "../../types";
import { powerOfAttorneyField } from "./shared-fields";
import { contactFields, correspondenceAddressField, identityFields } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";
import { landRegisterField, propertyAddressOrLocationField } from "../shared/property";

export const roadAccessPermit = defineService({
  id: "road-access-permit",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Zezwolenie na lokalizację lub przebudowę zjazdu", en: "Permit for a new or rebuilt driveway" },
  summary: {
    pl: "Uzyskaj zezwolenie na wjazd z drogi publicznej na Twoją działkę albo na przebudowę istniejącego zjazdu.",
    en: "Get a permit for an access from a public road to your plot, or to rebuild an existing one.",
  },
  whoCanApply: {
    pl: "Właściciel, użytkownik wieczysty lub zarządca nieruchomości przylegającej do drogi gminnej lub powiatowej (albo inna osoba za jego zgodą).",
    en: "The owner, perpetual usufructuary or manager of a property next to a municipal or district road (or another person with their consent).",
  },
  whatYouNeed: [
    { pl: "Mapę zasadniczą lub ewidencyjną w skali 1:500 lub 1:1000 z zaznaczoną lokalizacją zjazdu", en: "A base or cadastral map at 1:500 or 1:1000 marking the driveway's location" },
    { pl: "Dokument potwierdzający prawo do nieruchomości, jeśli nie jesteś wpisany lub wpisana do księgi wieczystej", en: "A document showing your right to the property, if you are not entered in the land register" },
    { pl: "Dowód zapłaty 82 zł opłaty skarbowej, jeśli zjazd nie służy budownictwu mieszkaniowemu", en: "Proof of paying 82 zł stamp duty, if the driveway does not serve housing" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 8200,
    note: {
      pl: "Opłata skarbowa wynosi 82 zł. Zjazd do budynku mieszkalnego (budownictwo mieszkaniowe) jest zwolniony z opłaty.",
      en: "Stamp duty is 82 zł. A driveway to a residential building (housing) is exempt.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Zezwolenie wygasa, jeśli w ciągu 3 lat od jego wydania zjazd nie zostanie wybudowany. Na budowę zjazdu potrzebne jest jeszcze zezwolenie na zajęcie pasa drogowego.",
    en: "The permit lapses if the driveway is not built within 3 years. Building it also needs a road lane occupation permit.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 marca 1985 r. o drogach publicznych (art. 29)",
    en: "Act of 21 March 1985 on public roads (Article 29)",
  },
  departmentCode: "zd",
  jrwaClass: "7230", // JRWA: verify against the office's list
  keywords: ["zjazd", "wjazd na działkę", "zjazd z drogi", "brama wjazdowa", "dojazd do działki"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, correspondenceAddressField, ...contactFields],
      },
      {
        id: "access",
        title: { pl: "Działka i zjazd", en: "The plot and the driveway" },
        fields: [
          propertyAddressOrLocationField,
          { key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki, do której prowadzi zjazd", en: "Identifier of the plot the driveway serves" }, hint: { pl: "Na przykład 246601_1.0001.123/4.", en: "For example, 246601_1.0001.123/4." } },
          landRegisterField,
          { key: "roadName", kind: "text", label: { pl: "Droga, z której ma prowadzić zjazd", en: "Road the driveway leads from" }, hint: { pl: "Nazwa ulicy lub numer drogi.", en: "The street name or road number." }, maxLength: 200 },
          {
            key: "workType",
            kind: "radio",
            label: { pl: "Czego dotyczy wniosek?", en: "What is the application for?" },
            options: [
              { value: "new", label: { pl: "Lokalizacji nowego zjazdu", en: "A new driveway" } },
              { value: "rebuild", label: { pl: "Przebudowy istniejącego zjazdu", en: "Rebuilding an existing driveway" } },
            ],
          },
          {
            key: "accessType",
            kind: "radio",
            label: { pl: "Rodzaj zjazdu", en: "Type of driveway" },
            options: [
              { value: "individual", label: { pl: "Indywidualny", en: "Individual" }, hint: { pl: "Do jednej nieruchomości, na przykład domu jednorodzinnego.", en: "To a single property, such as a house." } },
              { value: "public", label: { pl: "Publiczny", en: "Public" }, hint: { pl: "Do drogi wewnętrznej lub obiektu użyteczności publicznej.", en: "To an internal road or a public building." } },
            ],
          },
          {
            key: "propertyUse",
            kind: "radio",
            label: { pl: "Jak jest lub będzie wykorzystywana nieruchomość?", en: "How is or will the property be used?" },
            options: [
              { value: "housing", label: { pl: "Budownictwo mieszkaniowe (zwolnione z opłaty)", en: "Housing (exempt from the fee)" } },
              { value: "agricultural", label: { pl: "Rolnicze", en: "Agricultural" } },
              { value: "business", label: { pl: "Działalność gospodarcza lub usługi", en: "Business or services" } },
              { value: "other", label: { pl: "Inne", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz, jak jest wykorzystywana nieruchomość", en: "Select how the property is used" } },
          },
          {
            key: "useChange",
            kind: "yes-no",
            label: { pl: "Czy zmieni się sposób korzystania z nieruchomości (na przykład budowa domu lub sklepu)?", en: "Will the use of the property change (for example building a house or a shop)?" },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "siteMap", kind: "file", label: { pl: "Mapa z zaznaczoną lokalizacją zjazdu", en: "Map marking the driveway" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "titleDocument", kind: "file", label: { pl: "Dokument potwierdzający prawo do nieruchomości", en: "Document showing your right to the property" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "feeReceipt", kind: "file", label: { pl: "Dowód zapłaty opłaty skarbowej (82 zł)", en: "Proof of paying stamp duty (82 zł)" }, showIf: { field: "propertyUse", notEquals: "housing" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem Twoich danych osobowych jest zarządca drogi: wójt, burmistrz, prezydent miasta lub zarząd powiatu, w imieniu którego działa urząd. Przetwarzamy je, aby rozpatrzyć wniosek na podstawie ustawy o drogach publicznych (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the road manager: the mayor or the district board on whose behalf the office acts. We process the data to decide on your application under the Public Roads Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
