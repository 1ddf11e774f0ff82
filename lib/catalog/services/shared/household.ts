/**
 * Household-member fields shared by the benefit and housing services (data only).
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const memberNameField: FieldDefinition = { key: "memberName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 };

export const memberPeselField: FieldDefinition = { key: "memberPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } };
