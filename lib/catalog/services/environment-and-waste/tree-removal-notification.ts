/**
 * Zgłoszenie zamiaru usunięcia drzewa: a private owner's notification for non-business purposes
 * (art. 83f ust. 4–17 of the Nature Protection Act): inspection within 21 days, then 14 days for an
 * objection. Data only.
 */
import { defineService } from "../../types";
import { correspondenceAddressField, emailField, identityFields } from "../shared/applicant";
import { landRegisterField, parcelIdField, propertyAddressField } from "../shared/property";

export const treeRemovalNotification = defineService({
  id: "tree-removal-notification",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Zgłoszenie zamiaru usunięcia drzewa", en: "Notifying the intention to remove a tree" },
  summary: {
    pl: "Zgłoś, że chcesz wyciąć drzewo na swojej działce na cele niezwiązane z działalnością gospodarczą.",
    en: "Tell the office you want to cut down a tree on your own plot for non-business purposes.",
  },
  whoCanApply: {
    pl: "Osoba fizyczna, która jest właścicielem nieruchomości i usuwa drzewo na cele niezwiązane z działalnością gospodarczą. Zgłoszenie jest potrzebne, gdy obwód pnia na wysokości 5 cm przekracza 80 cm (topola, wierzba, klon jesionolistny, klon srebrzysty), 65 cm (kasztanowiec, robinia akacjowa, platan klonolistny) lub 50 cm (pozostałe gatunki).",
    en: "A private person who owns the property and removes a tree for non-business purposes. Notification is needed when the trunk circumference at 5 cm exceeds 80 cm (poplar, willow, box elder, silver maple), 65 cm (horse chestnut, black locust, London plane) or 50 cm (other species).",
  },
  whatYouNeed: [
    { pl: "Gatunki drzew i obwody pni mierzone na wysokości 5 cm", en: "The tree species and trunk circumferences measured at 5 cm" },
    { pl: "Rysunek lub mapkę z zaznaczeniem drzew na działce", en: "A drawing or map marking the trees on the plot" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie jest bezpłatne.", en: "The notification is free." } },
  deadline: { kind: "days", days: 35 },
  deadlineNote: {
    pl: "Urząd ogląda drzewa w ciągu 21 dni od zgłoszenia, a potem ma 14 dni na wniesienie sprzeciwu. Jeśli go nie wniesie, możesz usunąć drzewo; zrób to w ciągu 6 miesięcy od oględzin.",
    en: "The office inspects the trees within 21 days of the notification and then has 14 days to object. If it does not object, you may remove the tree; do so within 6 months of the inspection.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 16 kwietnia 2004 r. o ochronie przyrody (art. 83f ust. 1 pkt 3a i ust. 4–17)",
    en: "Act of 16 April 2004 on nature protection (Article 83f(1)(3a) and (4)–(17))",
  },
  departmentCode: "os",
  jrwaClass: "6131", // JRWA: verify against the office's list
  keywords: ["wycinka drzewa", "zgłoszenie wycinki", "drzewo na działce", "usunięcie drzewa", "ścięcie drzewa"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, correspondenceAddressField, emailField,
          {
            key: "phone",
            kind: "phone",
            label: { pl: "Numer telefonu", en: "Phone number" },
            hint: { pl: "Ułatwi umówienie oględzin drzew.", en: "It helps to arrange the inspection of the trees." },
            optional: true,
            autocomplete: "tel",
          },
        ],
      },
      {
        id: "trees",
        title: { pl: "Działka i drzewa", en: "The plot and the trees" },
        fields: [
          propertyAddressField, parcelIdField, landRegisterField,
          {
            key: "treeList",
            kind: "group",
            label: { pl: "Drzewa do usunięcia", en: "Trees to be removed" },
            itemLabel: { pl: "Drzewo {n}", en: "Tree {n}" },
            minItems: 1,
            maxItems: 30,
            fields: [
              { key: "species", kind: "text", label: { pl: "Gatunek", en: "Species" }, hint: { pl: "Na przykład świerk pospolity.", en: "For example, Norway spruce." }, maxLength: 100 },
              { key: "circumferenceCm", kind: "integer", label: { pl: "Obwód pnia na wysokości 5 cm (cm)", en: "Trunk circumference at 5 cm (cm)" }, minValue: 1, maxValue: 2000 },
            ],
          },
          { key: "siteMap", kind: "file", label: { pl: "Rysunek lub mapka z lokalizacją drzew", en: "Drawing or map showing the trees" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz zgłoszenie. Przetwarzamy je, aby rozpatrzyć zgłoszenie na podstawie ustawy o ochronie przyrody (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you notify. We process the data to handle the notification under the Nature Protection Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "notBusinessDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że jestem właścicielem nieruchomości, a drzewa usuwam na cele niezwiązane z prowadzeniem działalności gospodarczej.",
              en: "I declare that I own the property and am removing the trees for purposes not connected with running a business.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in this notification is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
