/**
 * Wniosek o zmianę imienia lub nazwiska (ustawa o zmianie imienia i nazwiska): an administrative
 * decision of any civil registrar, for important reasons; may extend to minor children. Data only.
 */
import { defineService } from "../../types";
import { deliveryField, privacyNoticeField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const nameChange = defineService({
  id: "name-change",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zmiana imienia lub nazwiska", en: "Changing your given name or surname" },
  summary: {
    pl: "Złóż wniosek o zmianę imienia lub nazwiska z ważnego powodu.",
    en: "Apply to change your given name or surname for an important reason.",
  },
  whoCanApply: {
    pl: "Obywatel polski albo cudzoziemiec bez obywatelstwa mieszkający w Polsce, z ważnego powodu – na przykład gdy imię lub nazwisko jest ośmieszające, gdy faktycznie używasz innego albo gdy chcesz wrócić do nazwiska zmienionego bez Twojej woli. Wniosek możesz złożyć w dowolnym urzędzie stanu cywilnego. Zmiana nazwiska może objąć małoletnie dzieci – za zgodą drugiego rodzica, a dziecka od 13 lat także za jego zgodą.",
    en: "A Polish citizen, or a stateless person living in Poland, for an important reason – for example when the name is ridiculous, when you actually use a different one, or to return to a surname changed without your will. You can apply at any civil registry office. A change of surname can cover minor children – with the other parent's consent and, for a child aged 13 or over, the child's consent too.",
  },
  whatYouNeed: [
    { pl: "Uzasadnienie i dokumenty potwierdzające ważne powody", en: "Your reasons and documents supporting them" },
    { pl: "Zgody drugiego rodzica i dziecka od 13 lat, jeśli zmiana obejmuje dzieci", en: "Consents of the other parent and of any child aged 13 or over, if the change covers children" },
    { pl: "Potwierdzenie zapłaty 37 zł opłaty skarbowej", en: "Proof of paying 37 zł stamp duty" },
  ],
  fee: { amountGrosze: 3700, note: { pl: "37 zł opłaty skarbowej za decyzję.", en: "37 zł stamp duty for the decision." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Do miesiąca, a w sprawie szczególnie skomplikowanej do dwóch miesięcy. Od decyzji przysługuje odwołanie do wojewody w terminie 14 dni.",
    en: "Up to one month, or two months if particularly complex. The decision can be appealed to the voivode within 14 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 października 2008 r. o zmianie imienia i nazwiska (art. 4 – ważne powody)",
    en: "Act of 17 October 2008 on changing given names and surnames (Article 4 – important reasons)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5350",
  keywords: ["zmiana nazwiska", "zmiana imienia", "nowe nazwisko", "zmienić imię", "nazwisko po ojcu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "change",
        title: { pl: "Zmiana", en: "The change" },
        fields: [
          {
            key: "changeScope",
            kind: "checkboxes",
            label: { pl: "Co chcesz zmienić?", en: "What do you want to change?" },
            options: [
              { value: "given-name", label: { pl: "Imię lub imiona", en: "Given name or names" } },
              { value: "surname", label: { pl: "Nazwisko", en: "Surname" } },
            ],
            errors: { required: { pl: "Wybierz, co chcesz zmienić", en: "Select what you want to change" } },
          },
          { key: "requestedGivenName", kind: "text", label: { pl: "Nowe imię lub imiona", en: "New given name or names" }, showIf: { field: "changeScope", equals: "given-name" }, maxLength: 100 },
          { key: "requestedSurname", kind: "text", label: { pl: "Nowe nazwisko", en: "New surname" }, showIf: { field: "changeScope", equals: "surname" }, maxLength: 100 },
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Jaki jest główny powód zmiany?", en: "What is the main reason for the change?" },
            options: [
              { value: "ridiculous", label: { pl: "Obecne imię lub nazwisko jest ośmieszające albo nielicujące z godnością człowieka", en: "The current name is ridiculous or inconsistent with human dignity" } },
              { value: "used", label: { pl: "Faktycznie używam imienia lub nazwiska, które chcę przyjąć", en: "I actually use the name I want to take" } },
              { value: "restore", label: { pl: "Chcę wrócić do imienia lub nazwiska zmienionego bez mojej woli", en: "I want to return to a name changed without my will" } },
              { value: "foreign", label: { pl: "Chcę mieć imię lub nazwisko, które noszę w innym państwie, którego jestem obywatelem", en: "I want the name I hold in another country of which I am a citizen" } },
              { value: "other", label: { pl: "Inny ważny powód", en: "Another important reason" } },
            ],
            errors: { required: { pl: "Wybierz główny powód zmiany", en: "Select the main reason for the change" } },
          },
          {
            key: "justification",
            kind: "long-text",
            label: { pl: "Uzasadnienie", en: "Your reasons" },
            maxLength: 5000,
            errors: { required: { pl: "Uzasadnij wniosek", en: "Explain your reasons" } },
          },
          {
            key: "reasonDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające ważne powody", en: "Documents supporting your reasons" },
            hint: { pl: "Na przykład dokumenty, w których używasz nowego nazwiska, opinia psychologa.", en: "For example documents in which you use the new name, a psychologist's opinion." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
        ],
      },
      {
        id: "children",
        title: { pl: "Dzieci", en: "Children" },
        showIf: { field: "changeScope", equals: "surname" },
        fields: [
          {
            key: "includeChildren",
            kind: "yes-no",
            label: { pl: "Czy zmiana nazwiska ma objąć Twoje małoletnie dzieci?", en: "Should the change of surname cover your minor children?" },
            errors: { required: { pl: "Odpowiedz, czy zmiana ma objąć dzieci", en: "Select whether the change should cover your children" } },
          },
          {
            key: "children",
            kind: "group",
            label: { pl: "Dzieci", en: "Children" },
            showIf: { field: "includeChildren", equals: true },
            itemLabel: { pl: "Dziecko {n}", en: "Child {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "childName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
              { key: "childOver13", kind: "yes-no", label: { pl: "Czy dziecko ma co najmniej 13 lat?", en: "Is the child 13 or over?" } },
            ],
          },
          {
            key: "consents",
            kind: "file",
            label: { pl: "Zgody drugiego rodzica i dzieci od 13 lat", en: "Consents of the other parent and of children aged 13 or over" },
            hint: { pl: "Zgodę można też złożyć osobiście w urzędzie stanu cywilnego.", en: "Consent can also be given in person at a civil registry office." },
            showIf: { field: "includeChildren", equals: true },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
        ],
      },
      {
        id: "fee",
        title: { pl: "Opłata i doręczenie", en: "Fee and delivery" },
        fields: [
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (37 zł)", en: "Proof of paying the stamp duty (37 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          deliveryField, postalAddressField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "noOtherCase",
            kind: "consent",
            label: {
              pl: "Oświadczam, że w tej samej sprawie nie złożyłem/złożyłam wcześniej wniosku do innego kierownika urzędu stanu cywilnego ani nie wydano decyzji odmownej.",
              en: "I declare that I have not applied to another civil registrar in the same matter and that no refusal decision has been issued.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
