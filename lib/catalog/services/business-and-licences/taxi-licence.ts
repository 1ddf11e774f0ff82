/**
 * Licencja na wykonywanie krajowego transportu drogowego w zakresie przewozu osób taksówką, issued by
 * the mayor (ustawa o transporcie drogowym). Data only.
 */
import { defineService } from "../../types";
import {
  companyFields,
  contactFields,
  criminalTruthDeclarationField,
  identityFields,
  privacyNoticeField,
  representativeFields,
} from "../taxes-and-local-fees/common-fields";

export const taxiLicence = defineService({
  id: "taxi-licence",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Licencja na przewóz osób taksówką", en: "Taxi operator licence" },
  summary: {
    pl: "Uzyskaj licencję na przewóz osób taksówką na terenie gminy.",
    en: "Get a licence to carry passengers by taxi in the municipality.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca, który spełnia wymóg dobrej reputacji, a on sam i jego kierowcy spełniają warunki ustawy o transporcie drogowym (między innymi niekaralność i prawo jazdy). Licencji udziela się na 2 do 50 lat.",
    en: "A business that meets the good-repute requirement, where the business owner and drivers meet the conditions of the Road Transport Act (among others, a clean criminal record and a driving licence). The licence is granted for 2 to 50 years.",
  },
  whatYouNeed: [
    { pl: "Zaświadczenie z Krajowego Rejestru Karnego, wydane nie wcześniej niż miesiąc przed złożeniem wniosku", en: "A National Criminal Register certificate issued no earlier than a month before you apply" },
    { pl: "Dowody rejestracyjne pojazdów z wpisem „TAXI”", en: "The vehicles' registration certificates marked “TAXI”" },
    { pl: "Świadectwa legalizacji taksometrów", en: "The taximeter verification certificates" },
    { pl: "Dokument prawa do dysponowania pojazdem, jeśli nie jesteś jego właścicielem (na przykład umowę leasingu)", en: "A document giving you the use of a vehicle you do not own (for example, a lease)" },
  ],
  fee: {
    amountGrosze: 20000,
    note: {
      pl: "Opłata za udzielenie licencji zależy od okresu jej ważności: 200 zł za licencję na 2–15 lat, więcej za dłuższy okres.",
      en: "The licence fee depends on its validity period: 200 zł for 2–15 years, more for a longer period.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 6 września 2001 r. o transporcie drogowym (art. 5b, 6, 7a i 8)",
    en: "Road Transport Act of 6 September 2001 (Articles 5b, 6, 7a and 8)",
  },
  departmentCode: "dg",
  jrwaClass: "7360", // JRWA: verify against the office's list
  keywords: ["licencja taxi", "taksówka", "przewóz osób", "taksówkarz", "licencja na taksówkę"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu. Jeśli prowadzisz jednoosobową działalność, jako funkcję wpisz „właściciel”.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in. If you are a sole trader, enter “owner” as your role.",
        },
        fields: [...identityFields, ...representativeFields, ...contactFields],
      },
      {
        id: "business",
        title: { pl: "Przedsiębiorca i licencja", en: "Business and licence" },
        fields: [
          ...companyFields,
          {
            key: "licenceYears",
            kind: "integer",
            label: { pl: "Na ile lat ma być udzielona licencja?", en: "For how many years should the licence be granted?" },
            minValue: 2,
            maxValue: 50,
            errors: { required: { pl: "Podaj okres ważności licencji", en: "Enter the validity period" } },
          },
        ],
      },
      {
        id: "vehicles",
        title: { pl: "Pojazdy, kierowcy i dokumenty", en: "Vehicles, drivers and documents" },
        fields: [
          {
            key: "vehicles",
            kind: "group",
            label: { pl: "Pojazdy", en: "Vehicles" },
            itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
            minItems: 1,
            maxItems: 50,
            fields: [
              { key: "vehicleMakeModel", kind: "text", label: { pl: "Marka i model", en: "Make and model" }, maxLength: 100 },
              { key: "vehicleRegistrationNumber", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } },
              { key: "vehicleVin", kind: "vin", label: { pl: "Numer VIN", en: "VIN" } },
              {
                key: "vehicleTitle",
                kind: "select",
                label: { pl: "Tytuł do pojazdu", en: "Your right to the vehicle" },
                options: [
                  { value: "owner", label: { pl: "Własność", en: "Ownership" } },
                  { value: "lease", label: { pl: "Leasing", en: "Lease" } },
                  { value: "other", label: { pl: "Inna umowa (najem, użyczenie)", en: "Another agreement (rental, loan)" } },
                ],
              },
            ],
          },
          {
            key: "drivers",
            kind: "group",
            label: { pl: "Kierowcy inni niż Ty", en: "Drivers other than you" },
            itemLabel: { pl: "Kierowca {n}", en: "Driver {n}" },
            optional: true,
            maxItems: 50,
            fields: [
              { key: "driverGivenName", kind: "text", label: { pl: "Imię", en: "Given name" }, maxLength: 100 },
              { key: "driverFamilyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, maxLength: 100 },
              { key: "driverPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
            ],
          },
          {
            key: "criminalRecordCertificates",
            kind: "file",
            label: { pl: "Zaświadczenia z Krajowego Rejestru Karnego (Twoje i kierowców)", en: "National Criminal Register certificates (yours and the drivers')" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
          {
            key: "registrationCertificates",
            kind: "file",
            label: { pl: "Dowody rejestracyjne z wpisem „TAXI”", en: "Registration certificates marked “TAXI”" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
          {
            key: "taximeterCertificates",
            kind: "file",
            label: { pl: "Świadectwa legalizacji taksometrów", en: "Taximeter verification certificates" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
          {
            key: "vehicleTitleDocuments",
            kind: "file",
            label: { pl: "Umowy leasingu, najmu lub użyczenia pojazdów", en: "Lease, rental or loan agreements for the vehicles" },
            hint: { pl: "Tylko dla pojazdów, które nie są Twoją własnością.", en: "Only for vehicles you do not own." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "goodRepute",
            kind: "consent",
            label: {
              pl: "Oświadczam, że spełniam wymóg dobrej reputacji, a ja i kierowcy wykonujący przewozy spełniamy warunki ustawy o transporcie drogowym.",
              en: "I declare that I meet the good-repute requirement, and that I and the drivers meet the conditions of the Road Transport Act.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
