/**
 * Zgłoszenie utraty lub uszkodzenia dowodu osobistego: the card is cancelled in the ID Card
 * Register at once, so nobody can use it. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";

export const idCardLossReport = defineService({
  id: "id-card-loss-report",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zgłoszenie utraty lub uszkodzenia dowodu osobistego", en: "Reporting a lost, stolen or damaged ID card" },
  summary: {
    pl: "Zgłoś zgubienie, kradzież lub uszkodzenie dowodu osobistego, aby urząd go unieważnił.",
    en: "Report that your ID card was lost, stolen or damaged so that the office cancels it.",
  },
  whoCanApply: {
    pl: "Posiadacz dowodu albo rodzic lub opiekun dziecka, do którego należy dowód. Zgłoś utratę niezwłocznie – dowód zostanie unieważniony od razu i nie da się go już używać, nawet jeśli się odnajdzie.",
    en: "The holder of the card, or a parent or guardian of the child it belongs to. Report the loss straight away – the card is cancelled at once and cannot be used again, even if it turns up.",
  },
  whatYouNeed: [
    { pl: "Serię i numer dowodu, jeśli je znasz", en: "The card's series and number, if you know them" },
    { pl: "Uszkodzony dowód – oddasz go w urzędzie", en: "The damaged card – you will hand it in at the office" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie jest bezpłatne.", en: "Reporting is free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Dowód jest unieważniany w chwili przyjęcia zgłoszenia. O nowy dowód złóż osobny wniosek.",
    en: "The card is cancelled when the report is accepted. Apply for a new card separately.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 6 sierpnia 2010 r. o dowodach osobistych (przepisy o utracie, uszkodzeniu i unieważnieniu dowodu osobistego)",
    en: "Act of 6 August 2010 on identity cards (provisions on loss, damage and cancellation of the card)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5345",
  keywords: ["zgubiony dowód", "kradzież dowodu", "unieważnienie dowodu", "utrata dowodu", "zniszczony dowód"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "loss",
        title: { pl: "Co się stało z dowodem", en: "What happened to the card" },
        fields: [
          {
            key: "holder",
            kind: "radio",
            label: { pl: "Czyj to dowód?", en: "Whose card is it?" },
            options: [
              { value: "self", label: { pl: "Mój", en: "Mine" } },
              { value: "child", label: { pl: "Mojego dziecka lub podopiecznego", en: "My child's or ward's" } },
            ],
            errors: { required: { pl: "Wybierz, czyj to dowód", en: "Select whose card it is" } },
          },
          { key: "childName", kind: "text", label: { pl: "Imię i nazwisko dziecka", en: "Child's full name" }, showIf: { field: "holder", equals: "child" }, maxLength: 200 },
          { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" }, showIf: { field: "holder", equals: "child" } },
          {
            key: "cardNumber",
            kind: "id-card",
            label: { pl: "Seria i numer dowodu", en: "Series and number of the card" },
            hint: { pl: "Jeśli ich nie znasz, pomiń – urząd ustali je po numerze PESEL.", en: "If you do not know them, leave this out – the office will find them from the PESEL number." },
            optional: true,
          },
          {
            key: "event",
            kind: "radio",
            label: { pl: "Co się stało?", en: "What happened?" },
            options: [
              { value: "lost", label: { pl: "Dowód zaginął", en: "The card was lost" } },
              { value: "stolen", label: { pl: "Dowód został skradziony", en: "The card was stolen" } },
              { value: "damaged", label: { pl: "Dowód jest uszkodzony", en: "The card is damaged" } },
            ],
            errors: { required: { pl: "Wybierz, co się stało z dowodem", en: "Select what happened to the card" } },
          },
          {
            key: "eventDate",
            kind: "date",
            label: { pl: "Kiedy to się stało?", en: "When did it happen?" },
            hint: { pl: "Jeśli nie wiesz dokładnie, podaj przybliżoną datę.", en: "If you are not sure, give an approximate date." },
            min: { date: "1900-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę utraty lub uszkodzenia dowodu", en: "Enter the date the card was lost or damaged" } },
          },
          {
            key: "circumstances",
            kind: "long-text",
            label: { pl: "Okoliczności", en: "Circumstances" },
            hint: { pl: "Na przykład: zgubiony w tramwaju w Gliwicach.", en: "For example: lost on a tram in Gliwice." },
            optional: true,
            maxLength: 1000,
          },
          {
            key: "reportedToPolice",
            kind: "yes-no",
            label: { pl: "Czy zgłosiłeś lub zgłosiłaś kradzież na policji?", en: "Have you reported the theft to the police?" },
            showIf: { field: "event", equals: "stolen" },
            errors: { required: { pl: "Odpowiedz, czy zgłosiłeś lub zgłosiłaś kradzież na policji", en: "Select whether you reported the theft to the police" } },
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta, a w Rejestrze Dowodów Osobistych – minister właściwy do spraw informatyzacji. Przetwarzamy je, aby unieważnić dowód na podstawie ustawy o dowodach osobistych (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta) and, in the ID Card Register, the minister responsible for digital affairs. We process it to cancel the card under the Act on identity cards (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą.", en: "I declare that the information in this report is accurate." },
          },
        ],
      },
    ],
  },
});
