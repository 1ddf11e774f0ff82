/**
 * DT-1: means-of-transport tax declaration, with one DT-1/A row per vehicle. The rate tables and
 * the computed tax are added separately. Data only.
 */
import { defineService } from "../../types";
import { companyNameField, contactFields, identityFields, krsField, nipField, powerOfAttorneyFileField, regonField, representationBasisField, representativeRoleField, residenceAddressField, seatAddressField, taxDeclarationStep } from "./common-fields";
import { filingPurposeField } from "./property-objects";

export const transportTaxDeclarationDt1 = defineService({
  id: "transport-tax-declaration-dt1",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Deklaracja na podatek od środków transportowych (DT-1)",
    en: "Means-of-transport tax declaration (DT-1)",
  },
  summary: {
    pl: "Złóż deklarację na podatek od ciężarówek, ciągników siodłowych, przyczep, naczep i autobusów.",
    en: "File the tax declaration for trucks, tractor units, trailers, semi-trailers and buses.",
  },
  whoCanApply: {
    pl: "Właściciele samochodów ciężarowych o dopuszczalnej masie całkowitej powyżej 3,5 t, ciągników siodłowych i balastowych, przyczep i naczep, które z pojazdem silnikowym mają co najmniej 7 t, oraz autobusów – osoby fizyczne i firmy. Deklarację składa się do 15 lutego albo w ciągu 14 dni od nabycia lub zarejestrowania pojazdu.",
    en: "Owners of trucks over 3.5 t permissible gross weight, tractor units, trailers and semi-trailers that with the towing vehicle weigh at least 7 t, and buses – individuals and businesses. File by 15 February, or within 14 days of buying or registering the vehicle.",
  },
  whatYouNeed: [
    { pl: "Dowody rejestracyjne pojazdów (numer rejestracyjny, VIN, masa, liczba osi lub miejsc)", en: "The vehicles' registration certificates (plate number, VIN, weight, number of axles or seats)" },
    { pl: "Daty nabycia, rejestracji albo zbycia i wyrejestrowania pojazdów", en: "The dates of buying, registering, selling or deregistering the vehicles" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działasz jako pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if you act as an attorney" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Złożenie deklaracji jest bezpłatne. Pełnomocnictwo kosztuje 17 zł opłaty skarbowej.",
      en: "Filing is free. A power of attorney costs 17 zł stamp duty.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Deklaracja nie wymaga decyzji: urząd ją przyjmuje i sprawdza. Podatek płacisz w dwóch ratach: do 15 lutego i do 15 września.",
    en: "A declaration needs no decision: the office accepts and checks it. You pay the tax in two instalments: by 15 February and by 15 September.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 12 stycznia 1991 r. o podatkach i opłatach lokalnych (art. 8–10)",
    en: "Act of 12 January 1991 on local taxes and fees (Articles 8–10)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek od środków transportowych", "dt-1", "podatek od ciężarówki", "podatek od autobusu", "naczepa"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields,
          {
            key: "ownerKind",
            kind: "radio",
            label: { pl: "Kto jest właścicielem pojazdów?", en: "Who owns the vehicles?" },
            options: [
              { value: "self", label: { pl: "Ja", en: "I do" } },
              { value: "company", label: { pl: "Firma lub organizacja, w której imieniu działam", en: "A company or organisation I act for" } },
            ],
            errors: { required: { pl: "Wybierz, kto jest właścicielem pojazdów", en: "Select who owns the vehicles" } },
          },
          { ...representativeRoleField, showIf: { field: "ownerKind", equals: "company" } },
          { ...representationBasisField, showIf: { field: "ownerKind", equals: "company" } },
          powerOfAttorneyFileField,
          ...contactFields,
        ],
      },
      {
        id: "taxpayer",
        title: { pl: "Podatnik i cel złożenia", en: "Taxpayer and purpose" },
        fields: [
          { ...residenceAddressField, showIf: { field: "ownerKind", equals: "self" } },
          { ...companyNameField, showIf: { field: "ownerKind", equals: "company" } },
          {
            ...nipField,
            hint: {
              pl: "Jeśli jesteś osobą fizyczną bez działalności gospodarczej, pomiń – identyfikatorem będzie Twój PESEL.",
              en: "If you are an individual without a business, skip it – your PESEL will be the identifier.",
            },
            optionalIf: { field: "ownerKind", equals: "self" },
          },
          { ...regonField, showIf: { field: "ownerKind", equals: "company" } },
          { ...krsField, showIf: { field: "ownerKind", equals: "company" } },
          { ...seatAddressField, showIf: { field: "ownerKind", equals: "company" } },
          {
            key: "taxYear",
            kind: "integer",
            label: { pl: "Rok podatkowy", en: "Tax year" },
            minValue: 2019,
            maxValue: 2100,
            errors: { required: { pl: "Podaj rok podatkowy", en: "Enter the tax year" } },
          },
          filingPurposeField,
          {
            key: "correctionReason",
            kind: "long-text",
            label: { pl: "Uzasadnienie przyczyn korekty", en: "Reasons for the correction" },
            showIf: { field: "filingPurpose", equals: "correction" },
            maxLength: 2000,
            errors: { required: { pl: "Podaj przyczyny korekty", en: "Enter the reasons for the correction" } },
          },
          {
            key: "obligationDate",
            kind: "date",
            label: { pl: "Data powstania, zmiany lub wygaśnięcia obowiązku podatkowego", en: "Date the tax obligation arose, changed or ended" },
            hint: {
              pl: "Obowiązek powstaje od pierwszego dnia miesiąca po zarejestrowaniu lub nabyciu pojazdu.",
              en: "The obligation starts on the first day of the month after the vehicle was registered or bought.",
            },
            min: { date: "2019-01-01" },
            max: { daysFromToday: 366 },
            errors: { required: { pl: "Podaj datę obowiązku podatkowego", en: "Enter the date of the tax obligation" } },
          },
        ],
      },
      {
        id: "vehicles",
        title: { pl: "Środki transportowe (DT-1/A)", en: "Vehicles (DT-1/A)" },
        fields: [
          {
            key: "vehicles",
            kind: "group",
            label: { pl: "Pojazdy", en: "Vehicles" },
            hint: { pl: "Dodaj każdy pojazd osobno.", en: "Add each vehicle separately." },
            itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
            minItems: 1,
            maxItems: 100,
            fields: [
              {
                key: "vehicleKind",
                kind: "select",
                label: { pl: "Rodzaj pojazdu", en: "Type of vehicle" },
                options: [
                  { value: "truck", label: { pl: "Samochód ciężarowy", en: "Truck" } },
                  { value: "tractor-unit", label: { pl: "Ciągnik siodłowy lub balastowy", en: "Tractor unit" } },
                  { value: "trailer", label: { pl: "Przyczepa lub naczepa", en: "Trailer or semi-trailer" } },
                  { value: "bus", label: { pl: "Autobus", en: "Bus" } },
                ],
                errors: { required: { pl: "Wybierz rodzaj pojazdu", en: "Select the type of vehicle" } },
              },
              { key: "vehicleMakeModel", kind: "text", label: { pl: "Marka i model", en: "Make and model" }, maxLength: 100 },
              { key: "vehicleRegistrationNumber", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } },
              { key: "vehicleVin", kind: "vin", label: { pl: "Numer VIN", en: "VIN" } },
              {
                key: "vehicleProductionYear",
                kind: "integer",
                label: { pl: "Rok produkcji", en: "Year of manufacture" },
                minValue: 1900,
                maxValue: 2100,
              },
              {
                key: "vehicleGrossWeight",
                kind: "decimal",
                label: { pl: "Dopuszczalna masa całkowita (t)", en: "Permissible gross weight (t)" },
                hint: { pl: "Pole F.2 dowodu rejestracyjnego, w tonach, na przykład 18.", en: "Field F.2 of the registration certificate, in tonnes, for example 18." },
                showIf: { field: "vehicleKind", notEquals: "bus" },
                minValue: 0.1,
                maxValue: 100,
                decimals: 3,
              },
              {
                key: "vehicleCombinationWeight",
                kind: "decimal",
                label: { pl: "Dopuszczalna masa całkowita zespołu pojazdów (t)", en: "Permissible gross weight of the vehicle combination (t)" },
                showIf: { field: "vehicleKind", in: ["tractor-unit", "trailer"] },
                minValue: 0.1,
                maxValue: 100,
                decimals: 3,
              },
              {
                key: "vehicleAxles",
                kind: "integer",
                label: { pl: "Liczba osi", en: "Number of axles" },
                showIf: { field: "vehicleKind", notEquals: "bus" },
                minValue: 1,
                maxValue: 10,
              },
              {
                key: "vehicleSuspension",
                kind: "radio",
                label: { pl: "Rodzaj zawieszenia osi jezdnych", en: "Type of axle suspension" },
                showIf: { field: "vehicleKind", notEquals: "bus" },
                options: [
                  { value: "air", label: { pl: "Pneumatyczne lub uznane za równoważne", en: "Air suspension or equivalent" } },
                  { value: "other", label: { pl: "Inne", en: "Other" } },
                ],
              },
              {
                key: "vehicleSeats",
                kind: "integer",
                label: { pl: "Liczba miejsc do siedzenia poza miejscem kierowcy", en: "Number of seats excluding the driver's" },
                showIf: { field: "vehicleKind", equals: "bus" },
                minValue: 1,
                maxValue: 150,
              },
              {
                key: "vehicleOwnedFrom",
                kind: "date",
                label: { pl: "Data nabycia lub zarejestrowania", en: "Date bought or registered" },
                min: { date: "1950-01-01" },
                max: "today",
              },
              {
                key: "vehicleOwnedUntil",
                kind: "date",
                label: { pl: "Data zbycia lub wyrejestrowania", en: "Date sold or deregistered" },
                hint: { pl: "Tylko jeśli pojazd już nie jest Twój lub został wyrejestrowany.", en: "Only if you no longer own the vehicle or it was deregistered." },
                optional: true,
                min: { date: "1950-01-01" },
                max: "today",
              },
            ],
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
