/** Catalogue categories, in the order residents see them. */
import type { LocalizedText } from "@/lib/forms/types";

export type Category = { id: string; name: LocalizedText; description: LocalizedText };

export const categories: readonly Category[] = [
  { id: "residence-and-identity", name: { pl: "Meldunek, PESEL i dowody osobiste", en: "Residence, PESEL and ID cards" }, description: { pl: "Zameldowanie, wymeldowanie, zaświadczenia z rejestru mieszkańców, dowody osobiste.", en: "Registering and deregistering residence, register certificates, ID cards." } },
  { id: "civil-registry", name: { pl: "Urząd Stanu Cywilnego", en: "Civil registry" }, description: { pl: "Akty stanu cywilnego, małżeństwa, urodzenia, zgony, zmiana imienia i nazwiska.", en: "Civil status records, marriages, births, deaths, change of name." } },
  { id: "taxes-and-local-fees", name: { pl: "Podatki i opłaty lokalne", en: "Local taxes and fees" }, description: { pl: "Podatek od nieruchomości, rolny, leśny, od środków transportowych, opłaty lokalne.", en: "Property, agricultural, forest and transport tax, local fees." } },
  { id: "business-and-licences", name: { pl: "Działalność gospodarcza i zezwolenia", en: "Business and licences" }, description: { pl: "Zezwolenia na sprzedaż alkoholu, przewozy, targowiska, CEIDG.", en: "Alcohol sales permits, transport, markets, business register." } },
  { id: "vehicles-and-driving", name: { pl: "Pojazdy i prawa jazdy", en: "Vehicles and driving" }, description: { pl: "Rejestracja pojazdów, prawa jazdy, karty parkingowe.", en: "Vehicle registration, driving licences, parking cards." } },
  { id: "construction-and-spatial-planning", name: { pl: "Budownictwo i planowanie przestrzenne", en: "Construction and planning" }, description: { pl: "Pozwolenia na budowę, warunki zabudowy, wypisy z planu miejscowego.", en: "Building permits, zoning decisions, extracts from the local plan." } },
  { id: "geodesy-and-cartography", name: { pl: "Geodezja i kartografia", en: "Geodesy and cartography" }, description: { pl: "Mapy, wypisy z ewidencji gruntów, podziały i rozgraniczenia.", en: "Maps, land register extracts, divisions and boundaries." } },
  { id: "municipal-property-and-housing", name: { pl: "Nieruchomości i lokale gminne", en: "Municipal property and housing" }, description: { pl: "Najem lokali gminnych, użytkowanie wieczyste, nabycie nieruchomości.", en: "Renting municipal flats, perpetual usufruct, buying property." } },
  { id: "environment-and-waste", name: { pl: "Środowisko i odpady", en: "Environment and waste" }, description: { pl: "Deklaracje odpadowe, wycinka drzew, ochrona zwierząt.", en: "Waste declarations, tree felling, animal protection." } },
  { id: "roads-and-traffic", name: { pl: "Drogi i ruch drogowy", en: "Roads and traffic" }, description: { pl: "Zajęcie pasa drogowego, zjazdy, organizacja ruchu.", en: "Road occupation, driveways, traffic arrangements." } },
  { id: "education", name: { pl: "Oświata", en: "Education" }, description: { pl: "Rekrutacja do przedszkoli i szkół, dowóz, stypendia.", en: "Nursery and school admissions, transport, scholarships." } },
  { id: "social-affairs", name: { pl: "Sprawy społeczne", en: "Social affairs" }, description: { pl: "Dodatki mieszkaniowe, świadczenia, karty dużej rodziny, niepełnosprawność.", en: "Housing allowances, benefits, large family cards, disability." } },
  { id: "culture-sport-and-civic", name: { pl: "Kultura, sport i sprawy obywatelskie", en: "Culture, sport and civic matters" }, description: { pl: "Imprezy, budżet obywatelski, organizacje pozarządowe.", en: "Events, participatory budget, NGOs." } },
  { id: "public-information-complaints-and-general", name: { pl: "Informacja publiczna, skargi i sprawy ogólne", en: "Public information, complaints and general" }, description: { pl: "Dostęp do informacji publicznej, skargi, wnioski, petycje.", en: "Access to public information, complaints, requests, petitions." } },
];

export function findCategory(id: string): Category | null {
  return categories.find((c) => c.id === id) ?? null;
}
