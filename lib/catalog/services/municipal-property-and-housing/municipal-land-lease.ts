/**
 * Dzierżawa lub najem nieruchomości gminnej: a request to lease municipal land (garden, garage,
 * business). A civil-law agreement (art. 13 and 35 of the Real Estate Management Act). Data only.
 */
import { defineService } from "../../types";
import { contactFields, correspondenceAddressField, identityFields } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const municipalLandLease = defineService({
  id: "municipal-land-lease",
  version: 1,
  category: "municipal-property-and-housing",
  name: { pl: "Dzierżawa lub najem gruntu gminnego", en: "Leasing municipal land" },
  summary: {
    pl: "Złóż wniosek o dzierżawę lub najem gruntu gminnego, na przykład pod ogródek, garaż, parking lub działalność gospodarczą.",
    en: "Apply to lease or rent municipal land, for example for a garden, a garage, parking or a business.",
  },
  whoCanApply: {
    pl: "Każda osoba lub firma. Umowę na dłużej niż 3 lata gmina zawiera zwykle w przetargu, chyba że uchwała rady pozwala inaczej.",
    en: "Any person or company. Agreements for more than 3 years are usually awarded by tender, unless the council's resolution allows otherwise.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie gruntu (identyfikator działki lub adres) i jego powierzchnię", en: "The land's identification (parcel identifier or address) and its area" },
    { pl: "Szkic z zaznaczeniem terenu, o który wnioskujesz", en: "A sketch marking the area you are applying for" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wniosek jest bezpłatny. Czynsz dzierżawny lub najmu określa umowa według stawek ustalonych przez gminę.",
      en: "The application is free. The rent is set in the agreement at the rates adopted by the municipality.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dzierżawa to umowa cywilnoprawna, więc ustawa nie wyznacza terminu. W ciągu miesiąca urząd odpowie, czy grunt może zostać wydzierżawiony; przed zawarciem umowy gmina wywiesza wykaz na 21 dni.",
    en: "A lease is a civil-law contract, so the law sets no deadline. Within a month the office will reply whether the land can be leased; before signing, the municipality publishes a list for 21 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami (art. 13 i 35, art. 37 ust. 4) oraz Kodeks cywilny (art. 693–709)",
    en: "Act of 21 August 1997 on real estate management (Articles 13 and 35, Article 37(4)) and the Civil Code (Articles 693–709)",
  },
  departmentCode: "gn",
  jrwaClass: "6845", // JRWA: verify against the office's list
  keywords: ["dzierżawa", "najem gruntu", "ogródek", "grunt pod garaż", "działka gminna"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, correspondenceAddressField, ...contactFields,
          {
            key: "forBusiness",
            kind: "yes-no",
            label: { pl: "Czy wnioskujesz jako przedsiębiorca?", en: "Are you applying as a business?" },
          },
          { key: "businessName", kind: "text", label: { pl: "Nazwa firmy", en: "Business name" }, showIf: { field: "forBusiness", equals: true }, maxLength: 300 },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "forBusiness", equals: true } },
        ],
      },
      {
        id: "land",
        title: { pl: "Grunt i warunki dzierżawy", en: "The land and the lease" },
        fields: [
          { key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki", en: "Parcel identifier" }, hint: { pl: "Na przykład 246601_1.0001.123/4.", en: "For example, 246601_1.0001.123/4." } },
          { key: "landAddress", kind: "address", label: { pl: "Adres lub położenie gruntu", en: "Address or location of the land" } },
          {
            key: "areaM2",
            kind: "decimal",
            label: { pl: "Powierzchnia, o którą wnioskujesz (m²)", en: "Area you are applying for (m²)" },
            minValue: 1,
            maxValue: 1000000,
            decimals: 2,
            errors: { required: { pl: "Podaj powierzchnię w metrach kwadratowych", en: "Enter the area in square metres" } },
          },
          {
            key: "leasePurpose",
            kind: "radio",
            label: { pl: "Na jaki cel?", en: "For what purpose?" },
            options: [
              { value: "garden", label: { pl: "Ogródek przydomowy lub rekreacja", en: "Home garden or recreation" } },
              { value: "garage", label: { pl: "Garaż lub miejsce postojowe", en: "Garage or parking space" } },
              { value: "business", label: { pl: "Działalność gospodarcza", en: "Business activity" } },
              { value: "farming", label: { pl: "Uprawa rolna", en: "Farming" } },
              { value: "other", label: { pl: "Inny cel", en: "Other purpose" } },
            ],
            errors: { required: { pl: "Wybierz cel dzierżawy", en: "Select the purpose of the lease" } },
          },
          { key: "purposeDetails", kind: "long-text", label: { pl: "Opis sposobu korzystania z gruntu", en: "How you will use the land" }, maxLength: 1000, optionalIf: { field: "leasePurpose", notEquals: "other" } },
          {
            key: "leasePeriod",
            kind: "date-range",
            label: { pl: "Okres dzierżawy", en: "Lease period" },
            hint: { pl: "Umowa na dłużej niż 3 lata wymaga zwykle przetargu.", en: "An agreement for more than 3 years usually requires a tender." },
            min: "today",
            max: { daysFromToday: 3653 },
          },
          { key: "sketch", kind: "file", label: { pl: "Szkic z zaznaczeniem terenu", en: "Sketch marking the area" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o dzierżawę i przygotować umowę (art. 6 ust. 1 lit. b i e RODO). Podanie danych jest dobrowolne, ale bez nich nie rozpatrzymy wniosku. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to consider your lease application and to prepare the agreement (Article 6(1)(b) and (e) GDPR). Providing the data is voluntary, but without it we cannot consider the application. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
