/**
 * Międzynarodowe prawo jazdy: for driving outside the EU under the Geneva or Vienna convention.
 * Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { photoField } from "./shared-fields";

export const internationalDrivingPermit = defineService({
  id: "international-driving-permit",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Międzynarodowe prawo jazdy", en: "International driving permit" },
  summary: {
    pl: "Zamów międzynarodowe prawo jazdy na wyjazd do państwa spoza Unii Europejskiej.",
    en: "Order an international driving permit for a trip to a country outside the European Union.",
  },
  whoCanApply: {
    pl: "Osoba, która ma ważne polskie prawo jazdy. Dokument jest ważny 3 lata (wzór z konwencji wiedeńskiej) lub 1 rok (konwencja genewska), nie dłużej niż krajowe prawo jazdy.",
    en: "Anyone holding a valid Polish driving licence. The permit is valid for 3 years (Vienna convention) or 1 year (Geneva convention), never longer than the national licence.",
  },
  whatYouNeed: [
    { pl: "Aktualną kolorową fotografię 35 × 45 mm", en: "A recent colour photo, 35 × 45 mm" },
    { pl: "Numer polskiego prawa jazdy", en: "Your Polish driving licence number" },
    { pl: "Potwierdzenie zapłaty 35 zł", en: "Proof of paying 35 zł" },
  ],
  fee: { amountGrosze: 3500, note: { pl: "35 zł za wydanie dokumentu.", en: "35 zł for the document." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urzędy wydają ten dokument zwykle w ciągu kilku dni roboczych.",
    en: "Offices usually issue this document within a few working days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami; Konwencja o ruchu drogowym sporządzona w Wiedniu dnia 8 listopada 1968 r.",
    en: "Act of 5 January 2011 on vehicle drivers; Convention on Road Traffic, Vienna, 8 November 1968",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["międzynarodowe prawo jazdy", "prawo jazdy za granicę", "usa prawo jazdy", "wyjazd samochodem"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "permit",
        title: { pl: "Prawo jazdy i fotografia", en: "Licence and photo" },
        fields: [
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer polskiego prawa jazdy", en: "Polish driving licence number" },
            hint: { pl: "Pole 5 w prawie jazdy, na przykład 01234/15/1234.", en: "Field 5 of the licence, for example 01234/15/1234." },
            maxLength: 30,
            errors: { required: { pl: "Podaj numer prawa jazdy", en: "Enter your driving licence number" } },
          },
          {
            key: "destination",
            kind: "text",
            label: { pl: "Do jakiego państwa się wybierasz?", en: "Which country are you travelling to?" },
            hint: { pl: "Pomaga dobrać wzór dokumentu (konwencja wiedeńska lub genewska).", en: "This helps choose the right model (Vienna or Geneva convention)." },
            optional: true,
            maxLength: 100,
          },
          photoField,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać międzynarodowe prawo jazdy na podstawie ustawy o kierujących pojazdami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the international driving permit under the Act on vehicle drivers (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
