/**
 * Fields and steps shared by the environment and waste services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const feeReceiptField: FieldDefinition = { key: "feeReceipt", kind: "file", label: { pl: "Dowód zapłaty opłaty skarbowej", en: "Proof of paying stamp duty" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 };

export const powerOfAttorneyField: FieldDefinition = { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo", en: "Power of attorney" }, hint: { pl: "Tylko jeśli działa pełnomocnik.", en: "Only if a representative acts for you." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 };
