/**
 * Zameldowanie na pobyt stały lub czasowy: the fields of the registration forms (zgłoszenie pobytu
 * stałego / czasowego) under the Act on population records. Data only.
 */
import { defineService } from "../../types";
import { identityFields, phoneWithHintField } from "../shared/applicant";
import { criminalTruthDeclarationField } from "../shared/declaration";

export const residenceRegistration = defineService({
  id: "residence-registration",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zameldowanie na pobyt stały lub czasowy", en: "Registering your permanent or temporary residence" },
  summary: {
    pl: "Zgłoś w urzędzie gminy adres, pod którym mieszkasz, bez wizyty w urzędzie.",
    en: "Register the address where you live with the municipality, without visiting the office.",
  },
  whoCanApply: {
    pl: "Każda osoba, która zamieszkała pod nowym adresem: na pobyt stały albo na pobyt czasowy trwający ponad 3 miesiące. Zamelduj się najpóźniej w 30. dniu od dnia przybycia pod ten adres.",
    en: "Anyone who has moved to a new address: permanently, or temporarily for more than 3 months. Register no later than the 30th day after you arrive at the address.",
  },
  whatYouNeed: [
    {
      pl: "Nowy adres oraz adres ostatniego miejsca pobytu stałego",
      en: "Your new address and your last permanent address",
    },
    {
      pl: "Dokument potwierdzający tytuł prawny do lokalu, na przykład akt notarialny, umowę najmu lub użyczenia – do okazania na prośbę urzędu",
      en: "A document showing your right to the property, such as a notarial deed or a tenancy or free-use agreement – to show if the office asks",
    },
    {
      pl: "Potwierdzenie pobytu przez właściciela lokalu, jeśli nie jesteś jego właścicielem",
      en: "Confirmation of your stay from the owner, if you do not own the property",
    },
    {
      pl: "Jeśli jesteś cudzoziemcem: ważny dokument podróży lub inny dokument potwierdzający tożsamość i obywatelstwo",
      en: "If you are a foreign national: a valid travel document or another document proving your identity and citizenship",
    },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zameldowanie jest bezpłatne.", en: "Registration is free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd melduje Cię niezwłocznie po sprawdzeniu kompletnego wniosku.",
    en: "The office registers you as soon as it has checked your complete application.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (art. 24–36)",
    en: "Act of 24 September 2010 on population records (Articles 24–36)",
  },
  departmentCode: "so",
  jrwaClass: "5341",
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko, numer PESEL i datę urodzenia pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name, PESEL number and date of birth come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields,
          {
            key: "birthDate",
            kind: "date",
            label: { pl: "Data urodzenia", en: "Date of birth" },
            prefill: "identity.birthDate",
            min: { date: "1900-01-01" },
            max: "today",
            autocomplete: "bday",
          },
          {
            key: "citizenship",
            kind: "radio",
            label: { pl: "Obywatelstwo", en: "Citizenship" },
            options: [
              { value: "polish", label: { pl: "Polskie", en: "Polish" } },
              { value: "other", label: { pl: "Inne", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz obywatelstwo", en: "Select your citizenship" } },
          },
          {
            key: "citizenshipCountry",
            kind: "text",
            label: { pl: "Państwo obywatelstwa", en: "Country of citizenship" },
            hint: {
              pl: "Na przykład Ukraina. Jeśli masz kilka obywatelstw, wpisz wszystkie.",
              en: "For example, Ukraine. If you have more than one citizenship, enter them all.",
            },
            showIf: { field: "citizenship", equals: "other" },
            maxLength: 100,
            autocomplete: "country-name",
            errors: { required: { pl: "Podaj państwo obywatelstwa", en: "Enter your country of citizenship" } },
          },
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: {
              pl: "Wyślemy na niego potwierdzenie złożenia wniosku i informację o zameldowaniu.",
              en: "We will send the confirmation of your application and of your registration to it.",
            },
            optional: true,
            autocomplete: "email",
          },
          phoneWithHintField,
        ],
      },
      {
        id: "stay",
        title: { pl: "Rodzaj i okres pobytu", en: "Type and period of stay" },
        fields: [
          {
            key: "stayType",
            kind: "radio",
            label: { pl: "Jaki pobyt zgłaszasz?", en: "Which stay are you registering?" },
            options: [
              {
                value: "permanent",
                label: { pl: "Pobyt stały", en: "Permanent stay" },
                hint: {
                  pl: "Mieszkasz pod tym adresem z zamiarem stałego przebywania.",
                  en: "You live at this address and intend to stay there for good.",
                },
              },
              {
                value: "temporary",
                label: { pl: "Pobyt czasowy", en: "Temporary stay" },
                hint: {
                  pl: "Przebywasz pod tym adresem ponad 3 miesiące, ale nie zmieniasz miejsca pobytu stałego.",
                  en: "You stay at this address for more than 3 months without changing your permanent residence.",
                },
              },
            ],
            errors: { required: { pl: "Wybierz rodzaj pobytu", en: "Select the type of stay" } },
          },
          {
            key: "stayFrom",
            kind: "date",
            label: { pl: "Data rozpoczęcia pobytu", en: "Date your stay starts" },
            hint: {
              pl: "Dzień, od którego mieszkasz pod nowym adresem. Zamelduj się najpóźniej w 30. dniu od przybycia.",
              en: "The day you started living at the new address. Register no later than the 30th day after arriving.",
            },
            min: { date: "1900-01-01" },
            max: { daysFromToday: 30 },
            errors: {
              required: { pl: "Podaj datę rozpoczęcia pobytu", en: "Enter the date your stay starts" },
              tooLate: {
                pl: "Data rozpoczęcia pobytu może przypadać najpóźniej za 30 dni, czyli {date}",
                en: "The date your stay starts can be at most 30 days from today, which is {date}",
              },
            },
          },
          {
            key: "stayUntil",
            kind: "date",
            label: { pl: "Data zakończenia pobytu czasowego", en: "Date your temporary stay ends" },
            hint: {
              pl: "Pobyt czasowy zgłaszasz na określony czas, najdłużej na 3 lata.",
              en: "A temporary stay is registered for a set period of up to 3 years.",
            },
            showIf: { field: "stayType", equals: "temporary" },
            min: { field: "stayFrom", offsetDays: 1 },
            max: { field: "stayFrom", offsetMonths: 36 },
            errors: {
              required: { pl: "Podaj datę zakończenia pobytu czasowego", en: "Enter the date your temporary stay ends" },
              tooEarly: {
                pl: "Data zakończenia pobytu musi być późniejsza niż data rozpoczęcia pobytu",
                en: "The date your stay ends must be after the date it starts",
              },
              tooLate: {
                pl: "Pobyt czasowy może trwać najwyżej 3 lata – podaj datę nie późniejszą niż {date}",
                en: "A temporary stay can last at most 3 years – enter a date no later than {date}",
              },
            },
          },
          {
            key: "deregisterTemporary",
            kind: "yes-no",
            label: {
              pl: "Czy jednocześnie wymeldowujesz się z pobytu czasowego pod innym adresem?",
              en: "Are you also ending a registered temporary stay at another address?",
            },
            hint: {
              pl: "Wybierz „Tak”, jeśli masz zameldowanie na pobyt czasowy gdzie indziej i ten pobyt się kończy.",
              en: "Select “Yes” if you are registered for a temporary stay elsewhere and that stay is ending.",
            },
            showIf: { field: "stayType", equals: "permanent" },
            errors: {
              required: {
                pl: "Odpowiedz, czy wymeldowujesz się z pobytu czasowego pod innym adresem",
                en: "Select whether you are ending a temporary stay at another address",
              },
            },
          },
        ],
      },
      {
        id: "address",
        title: { pl: "Adres nowego miejsca pobytu", en: "Your new address" },
        fields: [
          {
            key: "newAddress",
            kind: "address",
            label: { pl: "Adres, pod którym się meldujesz", en: "The address you are registering at" },
          },
          {
            key: "municipality",
            kind: "text",
            label: { pl: "Gmina", en: "Municipality (gmina)" },
            hint: {
              pl: "Na przykład Gliwice. Nazwa gminy może się różnić od nazwy miejscowości.",
              en: "For example, Gliwice. The municipality's name may differ from the town's.",
            },
            maxLength: 100,
            errors: { required: { pl: "Podaj nazwę gminy", en: "Enter the name of the municipality" } },
          },
        ],
      },
      {
        id: "previous",
        title: { pl: "Poprzedni adres pobytu stałego", en: "Your previous permanent address" },
        fields: [
          {
            key: "hasPreviousAddress",
            kind: "yes-no",
            label: {
              pl: "Czy masz lub miałeś/miałaś wcześniej adres pobytu stałego w Polsce?",
              en: "Do you have, or did you have, a registered permanent address in Poland?",
            },
            hint: {
              pl: "Wybierz „Nie”, jeśli nigdy nie byłeś zameldowany/byłaś zameldowana na pobyt stały w Polsce.",
              en: "Select “No” if you have never been registered for permanent residence in Poland.",
            },
            errors: {
              required: {
                pl: "Odpowiedz, czy masz lub miałeś/miałaś adres pobytu stałego w Polsce",
                en: "Select whether you have or had a permanent address in Poland",
              },
            },
          },
          {
            key: "previousAddress",
            kind: "address",
            label: { pl: "Adres ostatniego miejsca pobytu stałego", en: "Your last permanent address" },
            showIf: { field: "hasPreviousAddress", equals: true },
          },
        ],
      },
      {
        id: "title",
        title: { pl: "Tytuł prawny do lokalu", en: "Your right to live at the address" },
        fields: [
          {
            key: "titleType",
            kind: "radio",
            label: { pl: "Na jakiej podstawie mieszkasz pod tym adresem?", en: "On what basis do you live at this address?" },
            options: [
              { value: "owner", label: { pl: "Jestem właścicielem lub właścicielką lokalu", en: "I own the property" } },
              { value: "co-owner", label: { pl: "Jestem współwłaścicielem lub współwłaścicielką", en: "I co-own the property" } },
              { value: "tenant", label: { pl: "Wynajmuję lokal (umowa najmu)", en: "I rent it (tenancy agreement)" } },
              {
                value: "lending",
                label: { pl: "Mieszkam na podstawie użyczenia", en: "I live there free of charge (użyczenie)" },
                hint: { pl: "Na przykład u rodziny, bez opłat.", en: "For example, with family, without paying rent." },
              },
              { value: "other", label: { pl: "Inna podstawa", en: "Another basis" } },
            ],
            errors: {
              required: {
                pl: "Wybierz, na jakiej podstawie mieszkasz pod tym adresem",
                en: "Select on what basis you live at this address",
              },
            },
          },
          {
            key: "ownerName",
            kind: "text",
            label: {
              pl: "Imię i nazwisko lub nazwa właściciela albo wynajmującego",
              en: "Name of the owner or landlord",
            },
            showIf: { field: "titleType", notEquals: "owner" },
            maxLength: 200,
            errors: {
              required: {
                pl: "Podaj imię i nazwisko lub nazwę właściciela albo wynajmującego",
                en: "Enter the name of the owner or landlord",
              },
            },
          },
          {
            key: "ownerConfirmation",
            kind: "radio",
            label: { pl: "Jak potwierdzisz prawo do lokalu?", en: "How will you confirm your right to live there?" },
            showIf: { field: "titleType", notEquals: "owner" },
            options: [
              {
                value: "owner-confirmed",
                label: {
                  pl: "Właściciel potwierdził mój pobyt podpisem na formularzu lub w podpisanym oświadczeniu",
                  en: "The owner confirmed my stay by signing the form or a signed statement",
                },
              },
              {
                value: "document",
                label: {
                  pl: "Przedstawię umowę lub inny dokument potwierdzający tytuł prawny do lokalu",
                  en: "I will present the agreement or another document showing my right to the property",
                },
              },
            ],
            errors: {
              required: { pl: "Wybierz, jak potwierdzisz prawo do lokalu", en: "Select how you will confirm your right to live there" },
            },
          },
          {
            key: "titleDocument",
            kind: "long-text",
            label: { pl: "Dokument potwierdzający tytuł prawny do lokalu", en: "Document showing your right to the property" },
            hint: {
              pl: "Na przykład: akt notarialny Rep. A nr 1234/2020, księga wieczysta GL1G/00012345/6 albo umowa najmu z 1 marca 2026 r.",
              en: "For example: notarial deed Rep. A no. 1234/2020, land register GL1G/00012345/6, or a tenancy agreement of 1 March 2026.",
            },
            optionalIf: { field: "titleType", equals: "owner" },
            maxLength: 500,
            errors: {
              required: {
                pl: "Opisz dokument potwierdzający tytuł prawny do lokalu",
                en: "Describe the document showing your right to the property",
              },
            },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby prowadzić rejestr mieszkańców i rejestr PESEL na podstawie ustawy o ewidencji ludności (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to keep the register of residents and the PESEL register under the Act on population records (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
