/** Fields shared by the alcohol licence services (data only). */
import type { FieldDefinition } from "@/lib/forms/types";

export const alcoholCategoriesField: FieldDefinition = {
  key: "alcoholCategories",
  kind: "checkboxes",
  label: { pl: "Rodzaje napojów alkoholowych", en: "Types of alcoholic beverages" },
  hint: { pl: "Na każdy rodzaj urząd wydaje osobne zezwolenie.", en: "The office issues a separate licence for each type." },
  options: [
    { value: "a", label: { pl: "A – do 4,5% alkoholu oraz piwo", en: "A – up to 4.5% alcohol, and beer" } },
    { value: "b", label: { pl: "B – powyżej 4,5% do 18% alkoholu (z wyjątkiem piwa)", en: "B – over 4.5% up to 18% alcohol (except beer)" } },
    { value: "c", label: { pl: "C – powyżej 18% alkoholu", en: "C – over 18% alcohol" } },
  ],
  errors: { required: { pl: "Wybierz co najmniej jeden rodzaj napojów", en: "Select at least one type of beverage" } },
};

export const alcoholFeeNote = {
  pl: "To roczna opłata za korzystanie z zezwolenia, nie opłata skarbowa: 525 zł za zezwolenie A lub B i 2100 zł za C; w pierwszym roku proporcjonalnie do okresu ważności. Gdy sprzedaż w roku poprzednim przekroczyła 37 500 zł (A, B) lub 77 000 zł (C), opłata wynosi odpowiednio 1,4% lub 2,7% jej wartości. Płacisz przed wydaniem zezwolenia.",
  en: "This is the annual licence fee, not stamp duty: 525 zł for an A or B licence and 2,100 zł for C; in the first year pro rata to the validity period. When the previous year's sales exceeded 37,500 zł (A, B) or 77,000 zł (C), the fee is 1.4% or 2.7% of their value. You pay before the licence is issued.",
};

export const alcoholLegalBasis = {
  pl: "Ustawa z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi (art. 18 i 11¹)",
  en: "Act of 26 October 1982 on upbringing in sobriety and counteracting alcoholism (Articles 18 and 11¹)",
};

export const salesPointAddressField: FieldDefinition = {
  key: "salesPointAddress",
  kind: "address",
  label: { pl: "Adres punktu sprzedaży", en: "Address of the point of sale" },
};

export const warehouseAddressField: FieldDefinition = {
  key: "warehouseAddress",
  kind: "address",
  label: { pl: "Adres magazynu dystrybucyjnego", en: "Address of the distribution warehouse" },
  hint: { pl: "Tylko jeśli przechowujesz alkohol poza punktem sprzedaży.", en: "Only if you store the alcohol outside the point of sale." },
  optional: true,
};

export const permitPeriodField: FieldDefinition = {
  key: "permitPeriod",
  kind: "date-range",
  label: { pl: "Wnioskowany okres ważności zezwolenia", en: "Requested validity period" },
  hint: {
    pl: "Urząd ustala okres ważności zgodnie z ustawą i zasadami przyjętymi przez radę gminy.",
    en: "The office sets the validity period under the act and the council's rules.",
  },
  min: "today",
  max: { daysFromToday: 3660 },
  errors: { required: { pl: "Podaj okres ważności zezwolenia", en: "Enter the validity period" } },
};

/** Art. 18 ust. 6: the documents attached to a licence application. */
export const alcoholDocumentFields: FieldDefinition[] = [
  {
    key: "premisesTitle",
    kind: "file",
    label: { pl: "Dokument potwierdzający tytuł prawny do lokalu", en: "Document showing your right to the premises" },
    hint: { pl: "Na przykład umowa najmu lub akt własności.", en: "For example, a lease or title deed." },
    accept: ["pdf", "jpg", "png"],
    maxSizeMb: 10,
    maxFiles: 5,
    errors: { required: { pl: "Dołącz dokument potwierdzający tytuł prawny do lokalu", en: "Attach the document showing your right to the premises" } },
  },
  {
    key: "inResidentialBuilding",
    kind: "yes-no",
    label: { pl: "Czy punkt sprzedaży jest w budynku mieszkalnym wielorodzinnym?", en: "Is the point of sale in a multi-family residential building?" },
  },
  {
    key: "buildingOwnerConsent",
    kind: "file",
    label: { pl: "Zgoda właściciela, użytkownika, zarządcy lub administratora budynku", en: "Consent of the building's owner, user or manager" },
    showIf: { field: "inResidentialBuilding", equals: true },
    accept: ["pdf", "jpg", "png"],
    maxSizeMb: 10,
    maxFiles: 3,
  },
  {
    key: "sanitaryDecision",
    kind: "file",
    label: { pl: "Decyzja państwowego powiatowego inspektora sanitarnego o zatwierdzeniu zakładu", en: "Decision of the district sanitary inspector approving the establishment" },
    accept: ["pdf", "jpg", "png"],
    maxSizeMb: 10,
    maxFiles: 3,
    errors: { required: { pl: "Dołącz decyzję inspektora sanitarnego", en: "Attach the sanitary inspector's decision" } },
  },
];
