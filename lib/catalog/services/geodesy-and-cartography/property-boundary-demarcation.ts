/**
 * Rozgraniczenie nieruchomości (art. 29–39 of the Geodetic and Cartographic Law): the head of the
 * municipality decides on boundaries, or hands the case to court. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { landRegisterField } from "../shared/property";

export const propertyBoundaryDemarcation = defineService({
  id: "property-boundary-demarcation",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Rozgraniczenie nieruchomości", en: "Settling property boundaries" },
  summary: {
    pl: "Złóż wniosek o ustalenie przebiegu granicy między Twoją działką a działką sąsiada.",
    en: "Apply to have the boundary between your plot and a neighbour's established.",
  },
  whoCanApply: {
    pl: "Właściciel lub użytkownik wieczysty nieruchomości (także współwłaściciel), gdy granice są sporne albo nie da się ich ustalić. Rozgraniczenie kończy ugoda, decyzja albo – przy sporze, którego nie da się rozstrzygnąć – przekazanie sprawy do sądu.",
    en: "The owner or perpetual usufructuary (including a co-owner), when the boundary is disputed or cannot be established. The process ends with a settlement, a decision or – if the dispute cannot be resolved – referral to court.",
  },
  whatYouNeed: [
    { pl: "Dokument potwierdzający tytuł prawny do nieruchomości, na przykład numer księgi wieczystej", en: "Proof of your title to the property, for example the land register number" },
    { pl: "Oznaczenie działek sąsiednich i dane ich właścicieli, jeśli je znasz", en: "The neighbouring plots and their owners' details, if you know them" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wniosek jest wolny od opłaty skarbowej, ale koszty pracy geodety wykonującego rozgraniczenie ponosi zwykle wnioskodawca.",
      en: "The application is free of stamp duty, but the applicant usually pays the surveyor who carries out the demarcation.",
    },
  },
  deadline: { kind: "months", months: 2 },
  deadlineNote: {
    pl: "Sprawa szczególnie skomplikowana: wymaga czynności geodety w terenie z udziałem stron. Czasu oczekiwania na strony i dokumenty nie wlicza się do terminu.",
    en: "A particularly complex case: it needs fieldwork by a surveyor with the parties present. Time spent waiting for the parties and documents is not counted.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 29–39)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 29–39)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6830",
  keywords: ["rozgraniczenie", "spór o granicę", "granica działki", "wznowienie granic", "sąsiad"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "property",
        title: { pl: "Twoja nieruchomość", en: "Your property" },
        fields: [
          {
            key: "parcelId",
            kind: "parcel-id",
            label: { pl: "Identyfikator Twojej działki", en: "Your plot identifier" },
            hint: { pl: "Na przykład 246601_1.0001.123/4.", en: "For example 246601_1.0001.123/4." },
          },
          landRegisterField,
          {
            key: "title",
            kind: "radio",
            label: { pl: "Tytuł prawny", en: "Your title" },
            options: [
              { value: "owner", label: { pl: "Właściciel", en: "Owner" } },
              { value: "co-owner", label: { pl: "Współwłaściciel", en: "Co-owner" } },
              { value: "perpetual-usufruct", label: { pl: "Użytkownik wieczysty", en: "Perpetual usufructuary" } },
            ],
          },
          {
            key: "titleDocument",
            kind: "file",
            label: { pl: "Dokument potwierdzający tytuł prawny", en: "Proof of your title" },
            hint: { pl: "Pomiń, jeśli podałeś/podałaś numer księgi wieczystej.", en: "Skip this if you have given the land register number." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
        ],
      },
      {
        id: "neighbours",
        title: { pl: "Działki sąsiednie i spór", en: "Neighbouring plots and the dispute" },
        fields: [
          {
            key: "neighbours",
            kind: "group",
            label: { pl: "Działki sąsiednie, których granicę trzeba ustalić", en: "Neighbouring plots whose boundary must be established" },
            itemLabel: { pl: "Działka sąsiednia {n}", en: "Neighbouring plot {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "neighbourParcelId", kind: "parcel-id", label: { pl: "Identyfikator działki", en: "Plot identifier" } },
              { key: "neighbourName", kind: "text", label: { pl: "Właściciel (imię i nazwisko lub nazwa)", en: "Owner (name)" }, optional: true, maxLength: 200 },
              { key: "neighbourAddress", kind: "address", label: { pl: "Adres właściciela", en: "Owner's address" }, optional: true },
            ],
          },
          {
            key: "disputeDescription",
            kind: "long-text",
            label: { pl: "Opisz, na czym polega problem z granicą", en: "Describe the boundary problem" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz problem z granicą", en: "Describe the boundary problem" } },
          },
          {
            key: "surveyor",
            kind: "text",
            label: { pl: "Geodeta, którego proponujesz (imię, nazwisko, numer uprawnień)", en: "Surveyor you propose (name, licence number)" },
            hint: { pl: "Rozgraniczenie wykonuje geodeta z uprawnieniami upoważniony przez urząd.", en: "The demarcation is done by a licensed surveyor authorised by the office." },
            optional: true,
            maxLength: 200,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić postępowanie rozgraniczeniowe na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the boundary proceedings under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
