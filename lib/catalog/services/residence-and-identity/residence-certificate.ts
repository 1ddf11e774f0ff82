/**
 * Zaświadczenie o zameldowaniu: a certificate from the register of residents about the applicant's
 * (or their minor child's) current or past registered addresses. Data only.
 */
import { defineService } from "../../types";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const residenceCertificate = defineService({
  id: "residence-certificate",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zaświadczenie o zameldowaniu", en: "Certificate of registered residence" },
  summary: {
    pl: "Zamów zaświadczenie o swoim obecnym lub dawnym zameldowaniu na pobyt stały albo czasowy.",
    en: "Order a certificate of your current or past registration for permanent or temporary residence.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczą dane, albo rodzic lub opiekun prawny dziecka. Wiele urzędów i banków sprawdza zameldowanie w rejestrze PESEL lub w aplikacji mObywatel – zaświadczenie zamawiaj, gdy ktoś go wymaga.",
    en: "The person the data concerns, or a parent or legal guardian of a child. Many offices and banks check registration in the PESEL register or in the mObywatel app – order the certificate only when someone requires it.",
  },
  whatYouNeed: [
    { pl: "Informację, jakiego zameldowania ma dotyczyć zaświadczenie", en: "Which registration the certificate should cover" },
    { pl: "Potwierdzenie zapłaty 17 zł opłaty skarbowej, chyba że zaświadczenie jest zwolnione z opłaty", en: "Proof of paying 17 zł stamp duty, unless the certificate is exempt" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej. Bez opłaty: zaświadczenie o zameldowaniu na pobyt stały wydane przy zameldowaniu oraz zaświadczenia potrzebne m.in. w sprawach alimentów, pomocy społecznej, świadczeń rodzinnych, ubezpieczeń społecznych, zatrudnienia i nauki (art. 2 ustawy o opłacie skarbowej).",
      en: "17 zł stamp duty. Free: the certificate of permanent registration issued when you register, and certificates needed for example for maintenance, social assistance, family benefits, social insurance, employment and education (Article 2 of the Stamp Duty Act).",
    },
  },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zaświadczenie wydaje się bez zbędnej zwłoki, najpóźniej w ciągu 7 dni.",
    en: "The certificate is issued without undue delay, within 7 days at the latest.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności; Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej",
    en: "Act of 24 September 2010 on population records; Code of Administrative Procedure (Article 217); Act of 16 November 2006 on stamp duty",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5343",
  keywords: ["zaświadczenie o meldunku", "potwierdzenie zameldowania", "meldunek zaświadczenie", "zaświadczenie o zamieszkaniu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "certificate",
        title: { pl: "Zaświadczenie", en: "Certificate" },
        fields: [
          {
            key: "subject",
            kind: "radio",
            label: { pl: "Kogo dotyczy zaświadczenie?", en: "Who is the certificate about?" },
            options: [
              { value: "self", label: { pl: "Mnie", en: "Me" } },
              { value: "child", label: { pl: "Mojego małoletniego dziecka lub podopiecznego", en: "My minor child or ward" } },
            ],
            errors: { required: { pl: "Wybierz, kogo dotyczy zaświadczenie", en: "Select who the certificate is about" } },
          },
          {
            key: "childName",
            kind: "text",
            label: { pl: "Imię i nazwisko dziecka", en: "Child's full name" },
            showIf: { field: "subject", equals: "child" },
            maxLength: 200,
            errors: { required: { pl: "Podaj imię i nazwisko dziecka", en: "Enter the child's full name" } },
          },
          {
            key: "childPesel",
            kind: "pesel",
            label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" },
            showIf: { field: "subject", equals: "child" },
          },
          {
            key: "scope",
            kind: "radio",
            label: { pl: "Czego ma dotyczyć zaświadczenie?", en: "What should the certificate cover?" },
            options: [
              { value: "permanent", label: { pl: "Obecnego zameldowania na pobyt stały", en: "Current permanent registration" } },
              { value: "temporary", label: { pl: "Obecnego zameldowania na pobyt czasowy", en: "Current temporary registration" } },
              { value: "history", label: { pl: "Historii zameldowań (także dawnych adresów)", en: "Registration history (including past addresses)" } },
            ],
            errors: { required: { pl: "Wybierz, czego ma dotyczyć zaświadczenie", en: "Select what the certificate should cover" } },
          },
          {
            key: "purpose",
            kind: "radio",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            options: [
              { value: "general", label: { pl: "Do innej sprawy (opłata 17 zł)", en: "For another matter (17 zł fee)" } },
              {
                value: "exempt",
                label: { pl: "Do sprawy zwolnionej z opłaty", en: "For a matter exempt from the fee" },
                hint: {
                  pl: "Na przykład alimenty, pomoc społeczna, świadczenia rodzinne, ubezpieczenia społeczne, zatrudnienie, nauka.",
                  en: "For example maintenance, social assistance, family benefits, social insurance, employment, education.",
                },
              },
            ],
            errors: { required: { pl: "Wybierz, do czego potrzebujesz zaświadczenia", en: "Select what you need the certificate for" } },
          },
          {
            key: "purposeDescription",
            kind: "text",
            label: { pl: "W jakiej sprawie i dla kogo?", en: "For which matter and for whom?" },
            hint: { pl: "Na przykład: wniosek o zasiłek rodzinny w MOPS.", en: "For example: a family allowance application at the social welfare centre." },
            showIf: { field: "purpose", equals: "exempt" },
            maxLength: 300,
            errors: { required: { pl: "Podaj, w jakiej sprawie potrzebujesz zaświadczenia", en: "Enter the matter you need the certificate for" } },
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (17 zł)", en: "Proof of paying the stamp duty (17 zł)" },
            showIf: { field: "purpose", equals: "general" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "delivery",
            kind: "radio",
            label: { pl: "Jak chcesz otrzymać zaświadczenie?", en: "How do you want to receive the certificate?" },
            options: [
              { value: "portal", label: { pl: "Elektronicznie, na moje konto w Okienku", en: "Electronically, to my Okienko account" } },
              { value: "post", label: { pl: "Pocztą", en: "By post" } },
              { value: "in-person", label: { pl: "Odbiorę osobiście w urzędzie", en: "I will collect it at the office" } },
            ],
            errors: { required: { pl: "Wybierz, jak chcesz otrzymać zaświadczenie", en: "Select how you want to receive the certificate" } },
          },
          postalAddressField,
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby wydać zaświadczenie na podstawie ustawy o ewidencji ludności i Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta). We process it to issue the certificate under the Act on population records and the Code of Administrative Procedure (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
