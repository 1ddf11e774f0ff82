/**
 * Zapewnienie o braku okoliczności wyłączających zawarcie małżeństwa, with the booking of a civil
 * wedding: both partners confirm it in person at the office; this form gathers the data and the
 * surname choices beforehand. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { ownStatusField, partnerBirthDateField, privacyNoticeField } from "./shared-fields";

const surnameOptions = [
  { value: "keep", label: { pl: "Zachowam dotychczasowe nazwisko", en: "Keep my current surname" } },
  { value: "take", label: { pl: "Przyjmę nazwisko drugiego małżonka", en: "Take the other spouse's surname" } },
  { value: "join", label: { pl: "Połączę swoje nazwisko z nazwiskiem drugiego małżonka", en: "Join my surname with the other spouse's" } },
];

export const marriageAssurance = defineService({
  id: "marriage-assurance",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zapewnienie o braku przeszkód do zawarcia małżeństwa i rezerwacja ślubu cywilnego",
    en: "Pre-marriage declaration and booking a civil wedding",
  },
  summary: {
    pl: "Przygotuj zapewnienie o braku przeszkód do małżeństwa, wybierz nazwiska i zarezerwuj termin ślubu cywilnego.",
    en: "Prepare the declaration that there are no obstacles to the marriage, choose your surnames and book a civil wedding.",
  },
  whoCanApply: {
    pl: "Osoby, które chcą zawrzeć małżeństwo cywilne lub konkordatowe. Zapewnienie składacie oboje osobiście przed kierownikiem dowolnego urzędu stanu cywilnego, z dowodami osobistymi. Ślub może się odbyć nie wcześniej niż miesiąc i nie później niż 6 miesięcy od złożenia zapewnienia.",
    en: "People who want to marry in a civil or a religious (concordat) ceremony. You both make the declaration in person before the registrar of any civil registry office, with your ID cards. The wedding may take place no earlier than one month and no later than 6 months after the declaration.",
  },
  whatYouNeed: [
    { pl: "Dane przyszłego małżonka", en: "Your future spouse's details" },
    { pl: "Osoby rozwiedzione lub owdowiałe: odpis aktu małżeństwa z wzmianką o rozwodzie albo odpis aktu zgonu małżonka, jeśli nie ma ich w rejestrze", en: "Divorced or widowed people: a copy of the marriage record noting the divorce or the spouse's death record, if not in the register" },
    { pl: "Cudzoziemcy: zaświadczenie o zdolności prawnej do zawarcia małżeństwa i odpis aktu urodzenia, z tłumaczeniem przysięgłym", en: "Foreign nationals: a certificate of legal capacity to marry and a birth record copy, with a sworn translation" },
    { pl: "Potwierdzenie zapłaty 84 zł opłaty skarbowej za sporządzenie aktu małżeństwa", en: "Proof of paying 84 zł stamp duty for drawing up the marriage record" },
  ],
  fee: {
    amountGrosze: 8400,
    note: {
      pl: "84 zł opłaty skarbowej za sporządzenie aktu małżeństwa. Za ślub poza urzędem stanu cywilnego pobiera się dodatkowo 1000 zł.",
      en: "84 zł stamp duty for drawing up the marriage record. A wedding outside the registry office costs an additional 1,000 zł.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Zapewnienie jest przyjmowane podczas wizyty; termin ślubu urząd potwierdzi niezwłocznie. Ślub odbędzie się nie wcześniej niż miesiąc po zapewnieniu, chyba że urząd zezwoli na wcześniejszy termin z ważnych powodów.",
    en: "The declaration is taken during your visit; the office confirms the wedding date straight away. The wedding takes place no earlier than one month after the declaration, unless the office allows an earlier date for important reasons.",
  },
  legalBasis: {
    pl: "Kodeks rodzinny i opiekuńczy (art. 4, art. 25 i art. 88); ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego",
    en: "Family and Guardianship Code (Articles 4, 25 and 88); Act of 28 November 2014 – Civil Status Records Act",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["ślub cywilny", "zapewnienie", "rezerwacja ślubu", "ślub konkordatowy", "nazwisko po ślubie", "termin ślubu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "partner",
        title: { pl: "Przyszły małżonek", en: "Your future spouse" },
        fields: [
          ownStatusField,
          { key: "partnerName", kind: "text", label: { pl: "Imię i nazwisko przyszłego małżonka", en: "Future spouse's full name" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko przyszłego małżonka", en: "Enter your future spouse's full name" } } },
          partnerBirthDateField,
          {
            key: "partnerCitizenship",
            kind: "radio",
            label: { pl: "Obywatelstwo przyszłego małżonka", en: "Future spouse's citizenship" },
            options: [
              { value: "polish", label: { pl: "Polskie", en: "Polish" } },
              { value: "foreign", label: { pl: "Inne", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz obywatelstwo przyszłego małżonka", en: "Select your future spouse's citizenship" } },
          },
          { key: "partnerPesel", kind: "pesel", label: { pl: "Numer PESEL przyszłego małżonka", en: "Future spouse's PESEL number" }, showIf: { field: "partnerCitizenship", equals: "polish" }, optional: true },
          {
            key: "partnerStatus",
            kind: "radio",
            label: { pl: "Stan cywilny przyszłego małżonka", en: "Future spouse's civil status" },
            options: [
              { value: "single", label: { pl: "Panna lub kawaler", en: "Never married" } },
              { value: "divorced", label: { pl: "Rozwiedziona lub rozwiedziony", en: "Divorced" } },
              { value: "widowed", label: { pl: "Wdowa lub wdowiec", en: "Widowed" } },
            ],
            errors: { required: { pl: "Wybierz stan cywilny przyszłego małżonka", en: "Select your future spouse's civil status" } },
          },
          {
            key: "statusDocuments",
            kind: "file",
            label: { pl: "Dokumenty o ustaniu poprzedniego małżeństwa", en: "Documents on the end of a previous marriage" },
            hint: { pl: "Odpis aktu małżeństwa z wzmianką o rozwodzie lub odpis aktu zgonu – tylko jeśli nie ma ich w polskim rejestrze.", en: "A marriage record copy noting the divorce, or a death record copy – only if they are not in the Polish register." },
            showIf: { any: [{ field: "ownStatus", notEquals: "single" }, { field: "partnerStatus", notEquals: "single" }] },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 4,
          },
          {
            key: "foreignDocuments",
            kind: "file",
            label: { pl: "Dokumenty cudzoziemca z tłumaczeniem przysięgłym", en: "Foreign national's documents with a sworn translation" },
            showIf: { field: "partnerCitizenship", equals: "foreign" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 6,
          },
        ],
      },
      {
        id: "wedding",
        title: { pl: "Ślub i nazwiska", en: "Wedding and surnames" },
        fields: [
          {
            key: "ceremonyType",
            kind: "radio",
            label: { pl: "Jaki ślub planujecie?", en: "What kind of wedding are you planning?" },
            options: [
              { value: "civil", label: { pl: "Cywilny w urzędzie stanu cywilnego", en: "Civil, at the registry office" } },
              { value: "civil-outside", label: { pl: "Cywilny poza urzędem", en: "Civil, outside the registry office" }, hint: { pl: "Złóż też osobny wniosek o ślub poza urzędem.", en: "Also submit the separate application for a wedding outside the office." } },
              { value: "religious", label: { pl: "Wyznaniowy ze skutkami cywilnymi (konkordatowy)", en: "Religious with civil effect (concordat)" }, hint: { pl: "Urząd wyda zaświadczenie dla duchownego.", en: "The office will issue a certificate for the minister." } },
            ],
            errors: { required: { pl: "Wybierz rodzaj ślubu", en: "Select the kind of wedding" } },
          },
          {
            key: "preferredDate",
            kind: "date",
            label: { pl: "Preferowana data ślubu", en: "Preferred wedding date" },
            hint: { pl: "Nie wcześniej niż miesiąc i nie później niż 6 miesięcy od złożenia zapewnienia.", en: "No earlier than one month and no later than 6 months after the declaration." },
            min: { daysFromToday: 1 },
            max: { daysFromToday: 183 },
            errors: { required: { pl: "Podaj preferowaną datę ślubu", en: "Enter the preferred wedding date" } },
          },
          { key: "preferredTime", kind: "text", label: { pl: "Preferowana godzina", en: "Preferred time" }, hint: { pl: "Na przykład 14:00.", en: "For example 14:00." }, showIf: { field: "ceremonyType", notEquals: "religious" }, optional: true, maxLength: 20 },
          { key: "ownSurnameAfter", kind: "radio", label: { pl: "Twoje nazwisko po ślubie", en: "Your surname after the wedding" }, options: surnameOptions },
          { key: "partnerSurnameAfter", kind: "radio", label: { pl: "Nazwisko przyszłego małżonka po ślubie", en: "Your future spouse's surname after the wedding" }, options: surnameOptions },
          {
            key: "childrenSurname",
            kind: "text",
            label: { pl: "Nazwisko Waszych przyszłych dzieci", en: "Surname of your future children" },
            hint: {
              pl: "Wymagane, jeśli będziecie nosić różne nazwiska: nazwisko jednego z Was albo połączenie obu nazwisk.",
              en: "Required if you will have different surnames: the surname of one of you, or both surnames joined.",
            },
            optional: true,
            maxLength: 100,
          },
          {
            key: "witnesses",
            kind: "group",
            label: { pl: "Świadkowie", en: "Witnesses" },
            hint: { pl: "Dwie pełnoletnie osoby. Możesz podać je później.", en: "Two adults. You can give them later." },
            showIf: { field: "ceremonyType", notEquals: "religious" },
            optional: true,
            itemLabel: { pl: "Świadek {n}", en: "Witness {n}" },
            maxItems: 2,
            fields: [{ key: "witnessName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 }],
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (84 zł)", en: "Proof of paying the stamp duty (84 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Zapewnienie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Zapewniam, że nie wiem o istnieniu okoliczności wyłączających zawarcie przez nas małżeństwa, a dane podane we wniosku są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego zapewnienia (art. 233 § 1 Kodeksu karnego). Zapewnienie potwierdzimy oboje osobiście w urzędzie.",
              en: "I declare that I know of no circumstances preventing our marriage and that the information in this application is true; I am aware of criminal liability for a false declaration (Article 233 § 1 of the Criminal Code). We will both confirm the declaration in person at the office.",
            },
          },
        ],
      },
    ],
  },
});
