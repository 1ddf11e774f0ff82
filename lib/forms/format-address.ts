import { translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { AddressValue } from "./types";

/** Street names that already carry their type ("al. Korfantego", "Plac Wolności", "Rynek"). */
const STREET_TYPE = /^(ul|al|pl|os|rondo|skwer|bulw|rynek|aleja|aleje|plac|osiedle|bulwar)\b\.?/i;

/** One line, as on an envelope: "ul. Zwycięstwa 21/3, 44-100 Gliwice". */
export function formatAddressLine(address: AddressValue, locale: Locale): string {
  const street = address.street.trim();
  const prefix = street && !STREET_TYPE.test(street) ? `${translate(locale, "forms.address.streetPrefix")} ` : "";
  const number = address.flat ? `${address.building}/${address.flat}` : address.building;
  const firstPart = [street ? `${prefix}${street}` : "", number].filter(Boolean).join(" ");
  const secondPart = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [firstPart, secondPart].filter(Boolean).join(", ");
}
