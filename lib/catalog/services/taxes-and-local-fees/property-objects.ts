/**
 * Fields shared by the local-tax returns (data only): the rows of the attachments (ZIN-1 / ZDN-1
 * taxable and ZIN-2 / ZDN-2 exempt property, ZIR / ZDR land, ZIL / ZDL forests, ZIN-3 co-owners) and
 * the filing fields of IN-1 / IR-1 / IL-1 and DN-1 / DR-1 / DL-1. Property categories follow art. 5
 * ust. 1 of the Act on local taxes and fees. Rates and the computed tax are added separately. The
 * base fields are spread with each row's own key.
 */
import type { FieldDefinition } from "@/lib/forms/types";
import {
  companyNameField,
  krsField,
  nipField,
  regonField,
  residenceAddressField,
  seatAddressField,
} from "./common-fields";

const shareBase: FieldDefinition = {
  key: "share",
  kind: "decimal",
  label: { pl: "Udział w prawie do przedmiotu (%)", en: "Your share in the object (%)" },
  hint: {
    pl: "Wpisz 100, jeśli jesteś jedynym właścicielem; przy współwłasności podaj swój udział, na przykład 50.",
    en: "Enter 100 if you are the sole owner; if you co-own it, enter your share, for example 50.",
  },
  minValue: 0.0001,
  maxValue: 100,
  decimals: 4,
  errors: { required: { pl: "Podaj udział w procentach", en: "Enter the share as a percentage" } },
};

const locationBase: FieldDefinition = {
  key: "location",
  kind: "text",
  label: { pl: "Położenie (adres lub miejscowość i obręb)", en: "Location (address, or town and precinct)" },
  hint: { pl: "Na przykład ul. Wolności 12, Zabrze.", en: "For example, ul. Wolności 12, Zabrze." },
  maxLength: 300,
  errors: { required: { pl: "Podaj położenie", en: "Enter the location" } },
};

const landRegisterBase: FieldDefinition = {
  key: "landRegister",
  kind: "land-register",
  label: { pl: "Numer księgi wieczystej", en: "Land register number" },
  hint: { pl: "Na przykład GL1Z/00012345/6. Pomiń, jeśli nieruchomość nie ma księgi.", en: "For example, GL1Z/00012345/6. Skip it if there is no land register." },
  optional: true,
};

const parcelIdBase: FieldDefinition = {
  key: "parcelId",
  kind: "parcel-id",
  label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral parcel identifier" },
  hint: {
    pl: "Znajdziesz go w wypisie z rejestru gruntów lub na geoportal.gov.pl, na przykład 246601_1.0001.123/4.",
    en: "It is on the land register extract or at geoportal.gov.pl, for example 246601_1.0001.123/4.",
  },
  errors: { required: { pl: "Podaj identyfikator działki", en: "Enter the parcel identifier" } },
};

/** ZIN-1 / ZDN-1 part: land. */
export const landItemsField: FieldDefinition = {
  key: "landItems",
  kind: "group",
  label: { pl: "Grunty", en: "Land" },
  hint: { pl: "Dodaj każdą działkę osobno.", en: "Add each parcel separately." },
  itemLabel: { pl: "Grunt {n}", en: "Land {n}" },
  optional: true,
  maxItems: 50,
  fields: [
    { ...locationBase, key: "landLocation" },
    { ...landRegisterBase, key: "landRegisterNumber" },
    { ...parcelIdBase, key: "landParcelId" },
    {
      key: "landCategory",
      kind: "select",
      label: { pl: "Rodzaj gruntu", en: "Type of land" },
      options: [
        { value: "business", label: { pl: "Związany z prowadzeniem działalności gospodarczej", en: "Used for business activity" } },
        { value: "water", label: { pl: "Pod wodami jezior lub zbiorników sztucznych (w hektarach)", en: "Under lakes or artificial reservoirs (in hectares)" } },
        { value: "other", label: { pl: "Pozostały (na przykład działka pod domem)", en: "Other (for example, the plot under a house)" } },
        { value: "revitalisation", label: { pl: "Niezabudowany, na obszarze rewitalizacji", en: "Undeveloped, in a regeneration area" } },
      ],
      errors: { required: { pl: "Wybierz rodzaj gruntu", en: "Select the type of land" } },
    },
    {
      key: "landArea",
      kind: "decimal",
      label: { pl: "Powierzchnia (m², a dla gruntów pod wodami – ha)", en: "Area (m², or ha for land under water)" },
      minValue: 0.0001,
      decimals: 4,
      errors: { required: { pl: "Podaj powierzchnię gruntu", en: "Enter the area of the land" } },
    },
    { ...shareBase, key: "landShare" },
  ],
};

/** ZIN-1 / ZDN-1 part: buildings and their parts (flats). */
export const buildingItemsField: FieldDefinition = {
  key: "buildingItems",
  kind: "group",
  label: { pl: "Budynki i lokale", en: "Buildings and flats" },
  hint: {
    pl: "Pomieszczenia o wysokości od 1,40 do 2,20 m licz w 50%, a niższe niż 1,40 m pomiń.",
    en: "Count rooms between 1.40 and 2.20 m high at 50%, and leave out rooms lower than 1.40 m.",
  },
  itemLabel: { pl: "Budynek lub lokal {n}", en: "Building or flat {n}" },
  optional: true,
  maxItems: 50,
  fields: [
    { ...locationBase, key: "buildingLocation" },
    { ...landRegisterBase, key: "buildingLandRegister" },
    { ...parcelIdBase, key: "buildingParcelId" },
    {
      key: "buildingCategory",
      kind: "select",
      label: { pl: "Rodzaj budynku lub lokalu", en: "Type of building or flat" },
      options: [
        { value: "residential", label: { pl: "Mieszkalny", en: "Residential" } },
        { value: "business", label: { pl: "Związany z działalnością gospodarczą", en: "Used for business activity" } },
        { value: "seed-trade", label: { pl: "Obrót kwalifikowanym materiałem siewnym", en: "Trade in certified seed" } },
        { value: "healthcare", label: { pl: "Udzielanie świadczeń zdrowotnych", en: "Health-care services" } },
        { value: "other", label: { pl: "Pozostały (na przykład garaż, budynek gospodarczy)", en: "Other (for example, a garage or outbuilding)" } },
      ],
      errors: { required: { pl: "Wybierz rodzaj budynku lub lokalu", en: "Select the type of building or flat" } },
    },
    {
      key: "buildingArea",
      kind: "decimal",
      label: { pl: "Powierzchnia użytkowa (m²)", en: "Usable floor area (m²)" },
      minValue: 0.01,
      decimals: 2,
      errors: { required: { pl: "Podaj powierzchnię użytkową", en: "Enter the usable floor area" } },
    },
    { ...shareBase, key: "buildingShare" },
  ],
};

/** ZIN-1 / ZDN-1 part: structures (budowle), taxed on their value. */
export const structureItemsField: FieldDefinition = {
  key: "structureItems",
  kind: "group",
  label: { pl: "Budowle", en: "Structures" },
  hint: {
    pl: "Na przykład maszt, plac składowy, parking. Osoby fizyczne wykazują tylko budowle związane z działalnością gospodarczą.",
    en: "For example, a mast, storage yard or car park. Individuals list only structures used for business.",
  },
  itemLabel: { pl: "Budowla {n}", en: "Structure {n}" },
  optional: true,
  maxItems: 50,
  fields: [
    { ...locationBase, key: "structureLocation" },
    { ...landRegisterBase, key: "structureLandRegister" },
    { ...parcelIdBase, key: "structureParcelId" },
    {
      key: "structureDescription",
      kind: "text",
      label: { pl: "Rodzaj budowli", en: "Type of structure" },
      maxLength: 200,
      errors: { required: { pl: "Podaj rodzaj budowli", en: "Enter the type of structure" } },
    },
    {
      key: "structureValue",
      kind: "money",
      label: { pl: "Wartość budowli (zł)", en: "Value of the structure (zł)" },
      hint: {
        pl: "Wartość stanowiąca podstawę amortyzacji z 1 stycznia roku podatkowego albo wartość rynkowa.",
        en: "The depreciation base as of 1 January of the tax year, or the market value.",
      },
      minValue: 0.01,
      errors: { required: { pl: "Podaj wartość budowli", en: "Enter the value of the structure" } },
    },
    { ...shareBase, key: "structureShare" },
  ],
};

/** ZIN-2 / ZDN-2: objects exempt from the tax, with the legal basis of the exemption. */
export const exemptItemsField: FieldDefinition = {
  key: "exemptItems",
  kind: "group",
  label: { pl: "Przedmioty zwolnione z podatku", en: "Objects exempt from the tax" },
  itemLabel: { pl: "Przedmiot zwolniony {n}", en: "Exempt object {n}" },
  showIf: { field: "hasExemptions", equals: true },
  minItems: 1,
  maxItems: 50,
  fields: [
    {
      key: "exemptObjectType",
      kind: "select",
      label: { pl: "Przedmiot", en: "Object" },
      options: [
        { value: "land", label: { pl: "Grunt", en: "Land" } },
        { value: "building", label: { pl: "Budynek lub lokal", en: "Building or flat" } },
        { value: "structure", label: { pl: "Budowla", en: "Structure" } },
      ],
      errors: { required: { pl: "Wybierz przedmiot zwolniony", en: "Select the exempt object" } },
    },
    { ...locationBase, key: "exemptLocation" },
    { ...parcelIdBase, key: "exemptParcelId", optional: true },
    {
      key: "exemptArea",
      kind: "decimal",
      label: { pl: "Powierzchnia (m²)", en: "Area (m²)" },
      showIf: { field: "exemptObjectType", notEquals: "structure" },
      minValue: 0.0001,
      decimals: 4,
      errors: { required: { pl: "Podaj powierzchnię", en: "Enter the area" } },
    },
    {
      key: "exemptValue",
      kind: "money",
      label: { pl: "Wartość budowli (zł)", en: "Value of the structure (zł)" },
      showIf: { field: "exemptObjectType", equals: "structure" },
      minValue: 0.01,
      errors: { required: { pl: "Podaj wartość budowli", en: "Enter the value of the structure" } },
    },
    {
      key: "exemptBasis",
      kind: "text",
      label: { pl: "Podstawa prawna zwolnienia", en: "Legal basis of the exemption" },
      hint: {
        pl: "Na przykład art. 7 ust. 1 pkt 5 ustawy o podatkach i opłatach lokalnych albo uchwała rady gminy.",
        en: "For example, Article 7(1)(5) of the Act on local taxes and fees, or a municipal council resolution.",
      },
      maxLength: 300,
      errors: { required: { pl: "Podaj podstawę prawną zwolnienia", en: "Enter the legal basis of the exemption" } },
    },
  ],
};

export const hasExemptionsField: FieldDefinition = {
  key: "hasExemptions",
  kind: "yes-no",
  label: { pl: "Czy masz przedmioty zwolnione z podatku?", en: "Do you have objects exempt from the tax?" },
  hint: {
    pl: "Na przykład grunty pod drogami publicznymi albo budynki zwolnione uchwałą rady gminy.",
    en: "For example, land under public roads or buildings exempted by a council resolution.",
  },
  errors: {
    required: { pl: "Odpowiedz, czy masz przedmioty zwolnione z podatku", en: "Select whether you have exempt objects" },
  },
};

/** Rodzaj własności / posiadania, as on the 2019 forms. */
export const ownershipTypeField: FieldDefinition = {
  key: "ownershipType",
  kind: "select",
  label: { pl: "Tytuł, z którego płacisz podatek", en: "Your title to the property" },
  options: [
    { value: "owner", label: { pl: "Właściciel", en: "Owner" } },
    { value: "co-owner", label: { pl: "Współwłaściciel", en: "Co-owner" } },
    { value: "independent-possessor", label: { pl: "Posiadacz samoistny", en: "Independent possessor" } },
    { value: "independent-co-possessor", label: { pl: "Współposiadacz samoistny", en: "Independent co-possessor" } },
    { value: "perpetual-usufructuary", label: { pl: "Użytkownik wieczysty", en: "Perpetual usufructuary" } },
    { value: "perpetual-co-usufructuary", label: { pl: "Współużytkownik wieczysty", en: "Perpetual co-usufructuary" } },
    { value: "dependent-possessor", label: { pl: "Posiadacz zależny (na przykład najemca, dzierżawca)", en: "Dependent possessor (for example, tenant or lessee)" } },
    { value: "dependent-co-possessor", label: { pl: "Współposiadacz zależny", en: "Dependent co-possessor" } },
  ],
  errors: { required: { pl: "Wybierz tytuł, z którego płacisz podatek", en: "Select your title to the property" } },
};

export const filingPurposeField: FieldDefinition = {
  key: "filingPurpose",
  kind: "radio",
  label: { pl: "Cel złożenia", en: "Purpose of filing" },
  options: [
    { value: "first", label: { pl: "Złożenie", en: "First filing" } },
    {
      value: "correction",
      label: { pl: "Korekta", en: "Correction" },
      hint: { pl: "Zastępuje wcześniej złożony dokument.", en: "It replaces the document filed earlier." },
    },
  ],
  errors: { required: { pl: "Wybierz cel złożenia", en: "Select the purpose of filing" } },
};

/** ZIR-1 / ZDR-1: agricultural land by parcel, land use and soil class (areas in physical hectares). */
export const farmLandItemsField: FieldDefinition = {
  key: "farmLandItems",
  kind: "group",
  label: { pl: "Grunty rolne", en: "Agricultural land" },
  hint: {
    pl: "Dodaj osobno każdy użytek i klasę na działce, tak jak w wypisie z rejestru gruntów.",
    en: "Add each land use and soil class of a parcel separately, as on the land register extract.",
  },
  itemLabel: { pl: "Grunt {n}", en: "Land {n}" },
  minItems: 1,
  maxItems: 100,
  fields: [
    { ...locationBase, key: "farmLandLocation" },
    { ...landRegisterBase, key: "farmLandRegister" },
    { ...parcelIdBase, key: "farmLandParcelId" },
    {
      key: "farmLandUse",
      kind: "select",
      label: { pl: "Użytek", en: "Land use" },
      options: [
        { value: "arable", label: { pl: "Grunty orne (R)", en: "Arable land (R)" } },
        { value: "meadow", label: { pl: "Łąki trwałe (Ł)", en: "Permanent meadows (Ł)" } },
        { value: "pasture", label: { pl: "Pastwiska trwałe (Ps)", en: "Permanent pastures (Ps)" } },
        { value: "orchard", label: { pl: "Sady (S)", en: "Orchards (S)" } },
        { value: "built-up", label: { pl: "Grunty rolne zabudowane (Br)", en: "Built-up agricultural land (Br)" } },
        { value: "pond", label: { pl: "Grunty pod stawami (Wsr)", en: "Land under fish ponds (Wsr)" } },
        { value: "ditch", label: { pl: "Grunty pod rowami (W)", en: "Land under ditches (W)" } },
        { value: "wooded", label: { pl: "Grunty zadrzewione i zakrzewione na użytkach rolnych (Lzr)", en: "Wooded land on farmland (Lzr)" } },
      ],
      errors: { required: { pl: "Wybierz użytek", en: "Select the land use" } },
    },
    {
      key: "farmLandClass",
      kind: "select",
      label: { pl: "Klasa gleby", en: "Soil class" },
      options: [
        { value: "i", label: { pl: "I", en: "I" } },
        { value: "ii", label: { pl: "II", en: "II" } },
        { value: "iiia", label: { pl: "IIIa", en: "IIIa" } },
        { value: "iii", label: { pl: "III", en: "III" } },
        { value: "iiib", label: { pl: "IIIb", en: "IIIb" } },
        { value: "iva", label: { pl: "IVa", en: "IVa" } },
        { value: "iv", label: { pl: "IV", en: "IV" } },
        { value: "ivb", label: { pl: "IVb", en: "IVb" } },
        { value: "v", label: { pl: "V", en: "V" } },
        { value: "vi", label: { pl: "VI", en: "VI" } },
        { value: "viz", label: { pl: "VIz", en: "VIz" } },
        { value: "none", label: { pl: "Bez klasy", en: "No class" } },
      ],
      errors: { required: { pl: "Wybierz klasę gleby", en: "Select the soil class" } },
    },
    {
      key: "farmLandArea",
      kind: "decimal",
      label: { pl: "Powierzchnia (ha fizyczne)", en: "Area (physical hectares)" },
      hint: { pl: "Na przykład 1,2345.", en: "For example, 1.2345." },
      minValue: 0.0001,
      decimals: 4,
      errors: { required: { pl: "Podaj powierzchnię w hektarach", en: "Enter the area in hectares" } },
    },
    { ...shareBase, key: "farmLandShare" },
  ],
};

/** ZIL-1 / ZDL-1: forests by parcel and category (areas in hectares). */
export const forestItemsField: FieldDefinition = {
  key: "forestItems",
  kind: "group",
  label: { pl: "Lasy", en: "Forests" },
  itemLabel: { pl: "Las {n}", en: "Forest {n}" },
  minItems: 1,
  maxItems: 100,
  fields: [
    { ...locationBase, key: "forestLocation" },
    { ...landRegisterBase, key: "forestLandRegister" },
    { ...parcelIdBase, key: "forestParcelId" },
    {
      key: "forestCategory",
      kind: "select",
      label: { pl: "Rodzaj lasu", en: "Type of forest" },
      options: [
        { value: "standard", label: { pl: "Las (stawka podstawowa)", en: "Forest (standard rate)" } },
        { value: "reserve", label: { pl: "Las w rezerwacie przyrody lub parku narodowym", en: "Forest in a nature reserve or national park" } },
        { value: "protective", label: { pl: "Las ochronny", en: "Protective forest" } },
        { value: "young-stand", label: { pl: "Las z drzewostanem do 40 lat (zwolniony)", en: "Forest with trees up to 40 years old (exempt)" } },
      ],
      errors: { required: { pl: "Wybierz rodzaj lasu", en: "Select the type of forest" } },
    },
    {
      key: "forestArea",
      kind: "decimal",
      label: { pl: "Powierzchnia (ha)", en: "Area (ha)" },
      minValue: 0.0001,
      decimals: 4,
      errors: { required: { pl: "Podaj powierzchnię lasu w hektarach", en: "Enter the forest area in hectares" } },
    },
    { ...shareBase, key: "forestShare" },
  ],
};

/** ZIN-3 / ZIR-3 / ZIL-3: the other co-owners filing one joint information. */
export const hasCoOwnersField: FieldDefinition = {
  key: "hasCoOwners",
  kind: "yes-no",
  label: {
    pl: "Czy składasz informację wspólnie z innymi współwłaścicielami?",
    en: "Are you filing jointly with other co-owners?",
  },
  errors: { required: { pl: "Odpowiedz, czy składasz informację wspólnie", en: "Select whether you are filing jointly" } },
};

export const coOwnersField: FieldDefinition = {
  key: "coOwners",
  kind: "group",
  label: { pl: "Pozostali współwłaściciele", en: "The other co-owners" },
  itemLabel: { pl: "Współwłaściciel {n}", en: "Co-owner {n}" },
  showIf: { field: "hasCoOwners", equals: true },
  minItems: 1,
  maxItems: 20,
  fields: [
    { key: "coOwnerGivenName", kind: "text", label: { pl: "Imię", en: "Given name" }, maxLength: 100 },
    { key: "coOwnerFamilyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, maxLength: 100 },
    { key: "coOwnerPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
    { key: "coOwnerAddress", kind: "address", label: { pl: "Adres zamieszkania", en: "Home address" } },
  ],
};

/** An individual's tax identifier is the NIP when they run a business or are VAT-registered. */
export const runsBusinessField: FieldDefinition = {
  key: "runsBusiness",
  kind: "yes-no",
  label: {
    pl: "Czy prowadzisz działalność gospodarczą lub jesteś czynnym podatnikiem VAT?",
    en: "Do you run a business or are you registered for VAT?",
  },
  hint: {
    pl: "Wtedy identyfikatorem podatkowym jest NIP, a nie PESEL.",
    en: "Then your tax identifier is your NIP, not your PESEL.",
  },
  errors: { required: { pl: "Odpowiedz, czy prowadzisz działalność gospodarczą", en: "Select whether you run a business" } },
};

export const individualNipField: FieldDefinition = {
  key: "nip",
  kind: "nip",
  label: { pl: "NIP", en: "Tax identification number (NIP)" },
  showIf: { field: "runsBusiness", equals: true },
  errors: { required: { pl: "Podaj NIP", en: "Enter your NIP" } },
};

export const correctionReasonField: FieldDefinition = {
  key: "correctionReason",
  kind: "long-text",
  label: { pl: "Przyczyna korekty", en: "Reason for the correction" },
  showIf: { field: "filingPurpose", equals: "correction" },
  maxLength: 2000,
  errors: { required: { pl: "Podaj przyczynę korekty", en: "Enter the reason for the correction" } },
};

/** The obligation date of an information return (IN-1, IR-1, IL-1): the day of the event. */
export const eventDateField: FieldDefinition = {
  key: "obligationDate",
  kind: "date",
  label: { pl: "Data zdarzenia", en: "Date of the event" },
  hint: {
    pl: "Dzień nabycia, zbycia lub zmiany, na przykład data aktu notarialnego albo oddania budynku do użytkowania.",
    en: "The day of the acquisition, sale or change, for example the date of the notarial deed or of completion of the building.",
  },
  min: { date: "1990-01-01" },
  max: "today",
  errors: { required: { pl: "Podaj datę zdarzenia", en: "Enter the date of the event" } },
};

/** DN-1, DR-1, DL-1: who the taxpayer is (an entity, or an individual co-owning with one). */
export const entityTaxpayerFields: FieldDefinition[] = [
  {
    key: "taxpayerKind",
    kind: "radio",
    label: { pl: "Rodzaj podatnika", en: "Type of taxpayer" },
    options: [
      { value: "legal-person", label: { pl: "Osoba prawna", en: "Legal person" } },
      { value: "organisational-unit", label: { pl: "Jednostka organizacyjna", en: "Organisational unit" } },
      { value: "partnership", label: { pl: "Spółka niemająca osobowości prawnej", en: "Company without legal personality" } },
      { value: "natural-person", label: { pl: "Osoba fizyczna – współwłaściciel z takim podmiotem", en: "Individual co-owning with such an entity" } },
    ],
    errors: { required: { pl: "Wybierz rodzaj podatnika", en: "Select the type of taxpayer" } },
  },
  { ...companyNameField, showIf: { field: "taxpayerKind", notEquals: "natural-person" } },
  {
    ...nipField,
    hint: {
      pl: "Osoba fizyczna bez działalności gospodarczej może pominąć NIP – identyfikatorem będzie jej PESEL.",
      en: "An individual without a business may skip the NIP – their PESEL will be the identifier.",
    },
    optionalIf: { field: "taxpayerKind", equals: "natural-person" },
  },
  { ...regonField, showIf: { field: "taxpayerKind", notEquals: "natural-person" } },
  { ...krsField, showIf: { field: "taxpayerKind", notEquals: "natural-person" } },
  { ...seatAddressField, showIf: { field: "taxpayerKind", notEquals: "natural-person" } },
  { ...residenceAddressField, showIf: { field: "taxpayerKind", equals: "natural-person" } },
];

/** DN-1, DR-1, DL-1: the tax year, purpose and the date from which the declaration applies. */
export const annualDeclarationFields: FieldDefinition[] = [
  {
    key: "taxYear",
    kind: "integer",
    label: { pl: "Rok podatkowy", en: "Tax year" },
    minValue: 2019,
    maxValue: 2100,
    errors: { required: { pl: "Podaj rok podatkowy", en: "Enter the tax year" } },
  },
  filingPurposeField,
  correctionReasonField,
  {
    key: "obligationDate",
    kind: "date",
    label: { pl: "Data, od której deklaracja obowiązuje", en: "Date from which the declaration applies" },
    hint: {
      pl: "1 stycznia dla deklaracji rocznej albo dzień zdarzenia, na przykład nabycia nieruchomości.",
      en: "1 January for the annual declaration, or the day of the event, for example buying the property.",
    },
    min: { date: "2019-01-01" },
    max: { daysFromToday: 366 },
    errors: { required: { pl: "Podaj datę, od której deklaracja obowiązuje", en: "Enter the date from which the declaration applies" } },
  },
];
