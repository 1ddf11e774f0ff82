/** A form with a repeatable group, computed values and step rules (tests only). */
import type { FormDefinition } from "./types";

export const vehicleForm: FormDefinition = {
  version: 1,
  steps: [
    {
      id: "owner",
      title: { pl: "Właściciel", en: "Owner" },
      fields: [
        {
          key: "ownerKind",
          kind: "radio",
          label: { pl: "Kto jest właścicielem?", en: "Who is the owner?" },
          options: [
            { value: "person", label: { pl: "Osoba fizyczna" } },
            { value: "company", label: { pl: "Firma" } },
          ],
        },
      ],
    },
    {
      id: "vehicles",
      title: { pl: "Pojazdy", en: "Vehicles" },
      fields: [
        {
          key: "vehicles",
          kind: "group",
          label: { pl: "Pojazdy", en: "Vehicles" },
          itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
          maxItems: 3,
          fields: [
            { key: "vin", kind: "vin", label: { pl: "Numer VIN", en: "VIN" } },
            { key: "leased", kind: "yes-no", label: { pl: "Czy pojazd jest w leasingu?", en: "Is it leased?" } },
            {
              key: "lessor",
              kind: "text",
              label: { pl: "Leasingodawca", en: "Lessor" },
              showIf: { field: "leased", equals: true },
            },
            {
              key: "fleetNumber",
              kind: "text",
              label: { pl: "Numer floty", en: "Fleet number" },
              showIf: { field: "ownerKind", equals: "company" },
            },
            { key: "address", kind: "address", label: { pl: "Adres garażowania", en: "Garage address" }, optional: true },
            { key: "rate", kind: "money", label: { pl: "Stawka roczna", en: "Yearly rate" } },
            { key: "months", kind: "integer", label: { pl: "Liczba miesięcy", en: "Months" }, minValue: 1, maxValue: 12 },
            {
              key: "tax",
              kind: "computed",
              label: { pl: "Podatek za pojazd", en: "Tax for the vehicle" },
              format: "money",
              expression: {
                round: { divide: [{ product: [{ field: "rate" }, { field: "months" }] }, { const: 12 }] },
                unit: "zloty",
              },
            },
          ],
        },
        {
          key: "total",
          kind: "computed",
          label: { pl: "Podatek razem", en: "Total tax" },
          format: "money",
          expression: { sumOver: "vehicles", of: { field: "tax" } },
        },
        { key: "vehicleCount", kind: "computed", label: { pl: "Liczba pojazdów" }, format: "integer", expression: { count: "vehicles" } },
      ],
    },
  ],
};

/** A valid VIN (check digit correct). */
export const VIN = "1M8GDM9AXKP042788";
