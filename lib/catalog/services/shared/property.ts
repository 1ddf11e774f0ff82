/**
 * Property fields shared across categories (data only): plots, cadastral parcel ids, land register
 * numbers and property addresses.
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const plotsField: FieldDefinition = {
  key: "plots",
  kind: "group",
  label: { pl: "Działki objęte wnioskiem", en: "Plots covered by the application" },
  itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
  minItems: 1,
  maxItems: 20,
  fields: [
    {
      key: "parcelId",
      kind: "parcel-id",
      label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral plot identifier" },
      hint: { pl: "Na przykład 246601_1.0001.123/4 – znajdziesz go w Geoportalu.", en: "For example 246601_1.0001.123/4 – you can find it on Geoportal." },
    },
    { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" }, optional: true },
  ],
};

export const landRegisterField: FieldDefinition = { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" }, optional: true };

export const propertyAddressField: FieldDefinition = { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości", en: "Address of the property" } };

export const parcelIdField: FieldDefinition = { key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral parcel identifier" }, hint: { pl: "Na przykład 246601_1.0001.123/4.", en: "For example, 246601_1.0001.123/4." } };

export const optionalParcelIdField: FieldDefinition = { key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral parcel identifier" }, hint: { pl: "Na przykład 246601_1.0001.123/4.", en: "For example, 246601_1.0001.123/4." }, optional: true };

export const propertyAddressOrLocationField: FieldDefinition = { key: "propertyAddress", kind: "address", label: { pl: "Adres lub położenie nieruchomości", en: "Address or location of the property" } };
