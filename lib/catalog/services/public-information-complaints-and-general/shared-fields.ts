/**
 * Fields and steps shared by the public information complaints and general services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const contactMethodField: FieldDefinition = {
  key: "contactMethod",
  kind: "radio",
  label: { pl: "Jak mamy się z Tobą skontaktować?", en: "How should we contact you?" },
  options: [
    { value: "portal", label: { pl: "Przez moje konto w portalu", en: "Through my portal account" } },
    { value: "email", label: { pl: "E-mailem", en: "By email" } },
    { value: "phone", label: { pl: "Telefonicznie", en: "By phone" } },
    { value: "sms", label: { pl: "SMS-em", en: "By text message" } },
  ],
  errors: { required: { pl: "Wybierz sposób kontaktu", en: "Select how we should contact you" } },
};

export const contactEmailField: FieldDefinition = { key: "contactEmail", kind: "email", label: { pl: "Adres e-mail do kontaktu", en: "Contact email address" }, showIf: { field: "contactMethod", equals: "email" } };

export const contactPhoneField: FieldDefinition = { key: "contactPhone", kind: "phone", label: { pl: "Numer telefonu do kontaktu", en: "Contact phone number" }, showIf: { field: "contactMethod", in: ["phone", "sms"] } };

export const accuracyDeclarationField: FieldDefinition = { key: "accuracyDeclaration", kind: "consent", label: { pl: "Potwierdzam, że dane we wniosku są prawidłowe.", en: "I confirm that the information in this request is correct." } };

export const residenceAddressField: FieldDefinition = { key: "residenceAddress", kind: "address", label: { pl: "Adres do korespondencji", en: "Correspondence address" } };

export const deliveryChannelField: FieldDefinition = {
  key: "deliveryChannel",
  kind: "radio",
  label: { pl: "Jak mamy przekazać odpowiedź?", en: "How should we send the reply?" },
  options: [
    { value: "portal", label: { pl: "Na moje konto w portalu", en: "To my portal account" } },
    { value: "e-delivery", label: { pl: "Na adres do doręczeń elektronicznych (e-Doręczenia)", en: "To my e-Delivery address" } },
    { value: "post", label: { pl: "Pocztą na podany adres", en: "By post to the address above" } },
  ],
  errors: { required: { pl: "Wybierz sposób przekazania odpowiedzi", en: "Select how we should send the reply" } },
};

export const edeliveryAddressField: FieldDefinition = { key: "edeliveryAddress", kind: "text", label: { pl: "Adres do doręczeń elektronicznych", en: "e-Delivery address" }, hint: { pl: "Na przykład AE:PL-12345-67890-ABCDE-12.", en: "For example, AE:PL-12345-67890-ABCDE-12." }, showIf: { field: "deliveryChannel", equals: "e-delivery" }, maxLength: 40 };

export const attachmentsField: FieldDefinition = { key: "attachments", kind: "file", label: { pl: "Załączniki", en: "Attachments" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 };
