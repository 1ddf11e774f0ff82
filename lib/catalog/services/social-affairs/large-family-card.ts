/**
 * Karta Dużej Rodziny under the Act of 5 December 2014: for families with at least three children,
 * regardless of income; traditional and/or electronic card (mObywatel). Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields, residenceAddressField } from "../shared/applicant";
import { memberNameField, memberPeselField } from "../shared/household";
import { truthDeclarationField } from "./shared-fields";

export const largeFamilyCard = defineService({
  id: "large-family-card",
  version: 1,
  category: "social-affairs",
  name: { pl: "Karta Dużej Rodziny", en: "Large Family Card" },
  summary: {
    pl: "Złóż wniosek o Kartę Dużej Rodziny, która daje zniżki w sklepach, komunikacji i instytucjach kultury.",
    en: "Apply for the Large Family Card, which gives discounts in shops, transport and cultural institutions.",
  },
  whoCanApply: {
    pl: "Rodzic, małżonek rodzica lub rodzic zastępczy, który ma lub miał na utrzymaniu co najmniej troje dzieci, bez względu na dochód. Dzieci otrzymują kartę do 18 lat, do 25 lat jeśli się uczą, a bez ograniczenia wieku przy umiarkowanym lub znacznym stopniu niepełnosprawności.",
    en: "A parent, a parent's spouse or a foster parent who has or had at least three dependent children, regardless of income. Children receive the card up to 18, up to 25 if in education, or at any age with a moderate or significant disability.",
  },
  whatYouNeed: [
    { pl: "Dane i numery PESEL członków rodziny, którzy mają otrzymać kartę", en: "Names and PESEL numbers of the family members who are to receive the card" },
    { pl: "Zaświadczenie ze szkoły lub uczelni – dla dziecka w wieku 18–25 lat", en: "A certificate from the school or university – for a child aged 18 to 25" },
    { pl: "Orzeczenie o niepełnosprawności – dla pełnoletniego dziecka z niepełnosprawnością", en: "The disability certificate – for an adult child with a disability" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Karta jest bezpłatna. Opłatę pobiera się tylko za wydanie duplikatu karty tradycyjnej.", en: "The card is free. A fee is charged only for a duplicate traditional card." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Kartę przyznaje się bez decyzji; odmowa następuje w drodze decyzji. Kartę tradycyjną produkuje Polska Wytwórnia Papierów Wartościowych, a elektroniczna pojawia się w aplikacji mObywatel.",
    en: "The card is granted without a decision; a refusal is a decision. The traditional card is produced by the state security printer, and the electronic one appears in the mObywatel app.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 grudnia 2014 r. o Karcie Dużej Rodziny (art. 4–13)",
    en: "Act of 5 December 2014 on the Large Family Card (Articles 4–13)",
  },
  departmentCode: "sr",
  jrwaClass: "8223", // JRWA: verify against the office's list
  keywords: ["karta dużej rodziny", "kdr", "rodzina wielodzietna", "zniżki", "troje dzieci"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, residenceAddressField, ...contactFields,
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś w rodzinie?", en: "What is your role in the family?" },
            options: [
              { value: "parent", label: { pl: "Rodzicem", en: "Parent" } },
              { value: "parent-spouse", label: { pl: "Małżonkiem lub małżonką rodzica", en: "Spouse of a parent" } },
              { value: "foster-parent", label: { pl: "Rodzicem zastępczym lub prowadzę rodzinny dom dziecka", en: "Foster parent or running a family children's home" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś w rodzinie", en: "Select your role in the family" } },
          },
        ],
      },
      {
        id: "family",
        title: { pl: "Członkowie rodziny", en: "Family members" },
        fields: [
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Osoby, które mają otrzymać kartę (oprócz Ciebie)", en: "People who are to receive the card (besides you)" },
            hint: { pl: "Wpisz małżonka lub małżonkę i dzieci. Karta przysługuje rodzinie z co najmniej trojgiem dzieci.", en: "Add your spouse and children. The card is for families with at least three children." },
            itemLabel: { pl: "Członek rodziny {n}", en: "Family member {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              memberNameField, memberPeselField,
              {
                key: "memberRole",
                kind: "select",
                label: { pl: "Kim jest ta osoba?", en: "Who is this person?" },
                options: [
                  { value: "spouse", label: { pl: "Małżonek lub małżonka", en: "Spouse" } },
                  { value: "child", label: { pl: "Dziecko do 18 lat", en: "Child under 18" } },
                  { value: "child-student", label: { pl: "Dziecko 18–25 lat, które się uczy", en: "Child aged 18–25 in education" } },
                  { value: "child-disabled", label: { pl: "Dziecko z orzeczeniem o umiarkowanym lub znacznym stopniu niepełnosprawności", en: "Child with a moderate or significant disability" } },
                  { value: "adult-child", label: { pl: "Dorosłe dziecko, które nie dostanie karty (liczy się do trojga dzieci)", en: "Adult child who will not get a card (counts towards the three)" } },
                ],
              },
            ],
          },
          {
            key: "cardForms",
            kind: "checkboxes",
            label: { pl: "W jakiej formie chcesz otrzymać kartę?", en: "Which form of the card do you want?" },
            options: [
              { value: "traditional", label: { pl: "Tradycyjna (plastikowa)", en: "Traditional (plastic)" } },
              { value: "electronic", label: { pl: "Elektroniczna w aplikacji mObywatel", en: "Electronic, in the mObywatel app" } },
            ],
            errors: { required: { pl: "Wybierz formę karty", en: "Select the form of the card" } },
          },
          { key: "schoolCertificates", kind: "file", label: { pl: "Zaświadczenia ze szkoły lub uczelni", en: "School or university certificates" }, hint: { pl: "Dla dzieci w wieku 18–25 lat.", en: "For children aged 18 to 25." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "disabilityCertificates", kind: "file", label: { pl: "Orzeczenia o niepełnosprawności", en: "Disability certificates" }, hint: { pl: "Dla pełnoletnich dzieci z niepełnosprawnością.", en: "For adult children with a disability." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby przyznać kartę na podstawie ustawy o Karcie Dużej Rodziny (art. 6 ust. 1 lit. c RODO); dane przekazujemy do systemu obsługi kart i producentowi karty. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to grant the card under the Large Family Card Act (Article 6(1)(c) GDPR); the data goes to the card system and the card producer. You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
