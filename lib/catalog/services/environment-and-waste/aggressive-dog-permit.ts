/**
 * Zezwolenie na utrzymywanie psa rasy uznawanej za agresywną (art. 10 of the Animal Protection Act;
 * the breeds are listed in the Interior Minister's regulation of 28 April 2003). Data only.
 */
import { defineService } from "../../types";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const aggressiveDogPermit = defineService({
  id: "aggressive-dog-permit",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Zezwolenie na utrzymywanie psa rasy uznawanej za agresywną", en: "Permit to keep a dog of a breed deemed aggressive" },
  summary: {
    pl: "Uzyskaj zezwolenie na trzymanie psa jednej z ras uznanych za agresywne albo na prowadzenie ich hodowli.",
    en: "Get a permit to keep a dog of one of the breeds deemed aggressive, or to breed them.",
  },
  whoCanApply: {
    pl: "Osoba, która chce utrzymywać psa rasy z wykazu (między innymi amerykański pit bull terier, rottweiler, owczarek kaukaski, tosa inu, dog argentyński) lub prowadzić ich hodowlę na terenie gminy.",
    en: "A person who wants to keep a dog of a listed breed (including American Pit Bull Terrier, Rottweiler, Caucasian Shepherd, Tosa Inu, Dogo Argentino) or breed them in the municipality.",
  },
  whatYouNeed: [
    { pl: "Dane psa: imię, rasę, datę urodzenia i numer mikroczipa", en: "The dog's details: name, breed, date of birth and microchip number" },
    { pl: "Zaświadczenie o szczepieniu psa przeciwko wściekliźnie", en: "The dog's rabies vaccination certificate" },
    { pl: "Rodowód lub inny dokument pochodzenia psa, jeśli go masz", en: "The dog's pedigree or other proof of origin, if you have it" },
    { pl: "Dowód zapłaty opłaty skarbowej: 82 zł (utrzymywanie) lub 616 zł (hodowla)", en: "Proof of paying stamp duty: 82 zł (keeping) or 616 zł (breeding)" },
  ],
  fee: {
    amountGrosze: 8200,
    note: {
      pl: "Opłata skarbowa za zezwolenie na utrzymywanie psa wynosi 82 zł, a na prowadzenie hodowli 616 zł.",
      en: "Stamp duty is 82 zł for a permit to keep a dog and 616 zł for a permit to breed.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przed wydaniem zezwolenia urząd może sprawdzić warunki, w jakich pies będzie utrzymywany.",
    en: "Before issuing the permit, the office may check the conditions in which the dog will be kept.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o ochronie zwierząt (art. 10) oraz rozporządzenie Ministra Spraw Wewnętrznych i Administracji z dnia 28 kwietnia 2003 r. w sprawie wykazu ras psów uznawanych za agresywne",
    en: "Act of 21 August 1997 on animal protection (Article 10) and the Regulation of the Minister of the Interior and Administration of 28 April 2003 on the list of dog breeds deemed aggressive",
  },
  departmentCode: "os",
  jrwaClass: "6140", // JRWA: verify against the office's list
  keywords: ["pies agresywny", "pitbull", "rottweiler", "zezwolenie na psa", "hodowla psów"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, homeAddressField, ...contactFields],
      },
      {
        id: "dogs",
        title: { pl: "Psy i warunki utrzymywania", en: "The dogs and how they are kept" },
        fields: [
          {
            key: "permitType",
            kind: "radio",
            label: { pl: "O jakie zezwolenie wnioskujesz?", en: "Which permit are you applying for?" },
            options: [
              { value: "keeping", label: { pl: "Utrzymywanie psa (82 zł)", en: "Keeping a dog (82 zł)" } },
              { value: "breeding", label: { pl: "Prowadzenie hodowli (616 zł)", en: "Breeding (616 zł)" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj zezwolenia", en: "Select the type of permit" } },
          },
          {
            key: "dogList",
            kind: "group",
            label: { pl: "Psy", en: "Dogs" },
            itemLabel: { pl: "Pies {n}", en: "Dog {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              { key: "dogName", kind: "text", label: { pl: "Imię psa", en: "Dog's name" }, maxLength: 100 },
              {
                key: "breed",
                kind: "select",
                label: { pl: "Rasa", en: "Breed" },
                options: [
                  { value: "american-pit-bull-terrier", label: { pl: "Amerykański pit bull terier", en: "American Pit Bull Terrier" } },
                  { value: "perro-de-presa-mallorquin", label: { pl: "Pies z Majorki (Perro de Presa Mallorquin)", en: "Perro de Presa Mallorquin" } },
                  { value: "american-bulldog", label: { pl: "Buldog amerykański", en: "American Bulldog" } },
                  { value: "dogo-argentino", label: { pl: "Dog argentyński", en: "Dogo Argentino" } },
                  { value: "perro-de-presa-canario", label: { pl: "Pies kanaryjski (Perro de Presa Canario)", en: "Perro de Presa Canario" } },
                  { value: "tosa-inu", label: { pl: "Tosa inu", en: "Tosa Inu" } },
                  { value: "rottweiler", label: { pl: "Rottweiler", en: "Rottweiler" } },
                  { value: "akbash-dog", label: { pl: "Akbash dog", en: "Akbash Dog" } },
                  { value: "anatolian-karabash", label: { pl: "Anatolian karabash", en: "Anatolian Karabash" } },
                  { value: "moscow-watchdog", label: { pl: "Moskiewski stróżujący", en: "Moscow Watchdog" } },
                  { value: "caucasian-shepherd", label: { pl: "Owczarek kaukaski", en: "Caucasian Shepherd Dog" } },
                  { value: "crossbreed", label: { pl: "Mieszaniec jednej z tych ras", en: "A cross of one of these breeds" } },
                ],
              },
              { key: "dogBirthDate", kind: "date", label: { pl: "Data urodzenia psa", en: "Dog's date of birth" }, min: { date: "2000-01-01" }, max: "today" },
              { key: "chipNumber", kind: "text", label: { pl: "Numer mikroczipa", en: "Microchip number" }, hint: { pl: "15 cyfr z karty szczepień lub rodowodu.", en: "15 digits from the vaccination card or pedigree." }, optional: true, maxLength: 20 },
            ],
          },
          { key: "keepingAddress", kind: "address", label: { pl: "Adres, pod którym psy będą utrzymywane", en: "Address where the dogs will be kept" } },
          {
            key: "keepingConditions",
            kind: "long-text",
            label: { pl: "Warunki utrzymywania", en: "How the dogs will be kept" },
            hint: { pl: "Na przykład: dom z ogrodzoną posesją, wysokość ogrodzenia, kojec, sposób wyprowadzania.", en: "For example: a house with a fenced yard, fence height, a pen, how the dog is walked." },
            maxLength: 2000,
            errors: { required: { pl: "Opisz warunki utrzymywania psów", en: "Describe how the dogs will be kept" } },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "rabiesCertificate", kind: "file", label: { pl: "Zaświadczenie o szczepieniu przeciwko wściekliźnie", en: "Rabies vaccination certificate" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "pedigree", kind: "file", label: { pl: "Rodowód lub dokument pochodzenia psa", en: "Pedigree or proof of origin" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "feeReceipt", kind: "file", label: { pl: "Dowód zapłaty opłaty skarbowej", en: "Proof of paying stamp duty" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek na podstawie ustawy o ochronie zwierząt (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to decide on your application under the Animal Protection Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
