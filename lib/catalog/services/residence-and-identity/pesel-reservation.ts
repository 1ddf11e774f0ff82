/**
 * Zastrzeżenie albo cofnięcie zastrzeżenia numeru PESEL (rejestr zastrzeżeń numerów PESEL, since
 * November 2023): protects against loans and contracts taken out in your name. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";

export const peselReservation = defineService({
  id: "pesel-reservation",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zastrzeżenie albo cofnięcie zastrzeżenia numeru PESEL", en: "Blocking or unblocking your PESEL number" },
  summary: {
    pl: "Zastrzeż swój numer PESEL, aby nikt nie wziął na Ciebie kredytu, albo cofnij zastrzeżenie na stałe lub do wybranego dnia.",
    en: "Block your PESEL number so that nobody can take out a loan in your name, or unblock it for good or until a chosen date.",
  },
  whoCanApply: {
    pl: "Każda osoba, która ma numer PESEL, w sprawie własnego numeru. Za dziecko lub osobę ubezwłasnowolnioną wniosek składa przedstawiciel ustawowy w urzędzie.",
    en: "Anyone who has a PESEL number, for their own number. For a child or a person without legal capacity, the legal representative applies at the office.",
  },
  whatYouNeed: [
    { pl: "Nic poza zalogowaniem – tożsamość potwierdzasz przy logowaniu", en: "Nothing but signing in – you confirm your identity when you sign in" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zastrzeżenie i jego cofnięcie są bezpłatne.", en: "Blocking and unblocking are free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Zmiana jest wpisywana do rejestru zastrzeżeń numerów PESEL od razu po przyjęciu wniosku. To samo możesz zrobić w aplikacji mObywatel.",
    en: "The change is entered in the register of blocked PESEL numbers as soon as the application is accepted. You can do the same in the mObywatel app.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (rejestr zastrzeżeń numerów PESEL), w brzmieniu ustawy z dnia 7 lipca 2023 r. o zmianie niektórych ustaw w celu ograniczania niektórych skutków kradzieży tożsamości",
    en: "Act of 24 September 2010 on population records (register of blocked PESEL numbers), as amended by the Act of 7 July 2023 to limit certain effects of identity theft",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5340",
  keywords: ["zastrzeżenie peselu", "zastrzec pesel", "kradzież tożsamości", "odblokowanie peselu", "kredyt na moje dane"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "action",
        title: { pl: "Zastrzeżenie", en: "Block" },
        fields: [
          {
            key: "action",
            kind: "radio",
            label: { pl: "Co chcesz zrobić?", en: "What do you want to do?" },
            options: [
              {
                value: "block",
                label: { pl: "Zastrzec numer PESEL", en: "Block my PESEL number" },
                hint: { pl: "Banki, operatorzy i notariusze sprawdzą zastrzeżenie przed umową.", en: "Banks, operators and notaries will check the block before a contract." },
              },
              { value: "unblock", label: { pl: "Cofnąć zastrzeżenie", en: "Unblock my PESEL number" } },
            ],
            errors: { required: { pl: "Wybierz, co chcesz zrobić", en: "Select what you want to do" } },
          },
          {
            key: "unblockMode",
            kind: "radio",
            label: { pl: "Na jak długo cofasz zastrzeżenie?", en: "For how long are you unblocking it?" },
            showIf: { field: "action", equals: "unblock" },
            options: [
              { value: "until", label: { pl: "Do wybranego dnia – potem zastrzeżenie wróci samo", en: "Until a chosen date – then the block returns automatically" } },
              { value: "permanent", label: { pl: "Na stałe", en: "For good" } },
            ],
            errors: { required: { pl: "Wybierz, na jak długo cofasz zastrzeżenie", en: "Select for how long you are unblocking it" } },
          },
          {
            key: "unblockUntil",
            kind: "date",
            label: { pl: "Do kiedy cofasz zastrzeżenie?", en: "Until when are you unblocking it?" },
            showIf: { all: [{ field: "action", equals: "unblock" }, { field: "unblockMode", equals: "until" }] },
            min: "today",
            errors: { required: { pl: "Podaj datę, do której cofasz zastrzeżenie", en: "Enter the date until which you are unblocking it" } },
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta, a rejestru zastrzeżeń – minister właściwy do spraw informatyzacji. Przetwarzamy je, aby wpisać zastrzeżenie lub jego cofnięcie do rejestru (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta) and, for the register of blocks, the minister responsible for digital affairs. We process it to enter the block or unblock in the register (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że składam wniosek we własnej sprawie, a podane dane są zgodne z prawdą.", en: "I declare that I am applying for myself and that the information given is accurate." },
          },
        ],
      },
    ],
  },
});
