/**
 * Example inputs for the document builders, shared by the tests and the benchmark.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

import type { SummarySection } from "@/lib/forms/types";
import type { ReceiptJson } from "@/lib/signing/receipt-types";

import { applicationPdfLabelsPl, type ApplicationPdfInput } from "./application-pdf";
import { receiptPdfLabelsPl, type ReceiptPdfInput } from "./receipt-pdf";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function sampleReceipt(n = 123): ReceiptJson {
  const id = `UPO/2026/${String(n).padStart(6, "0")}/${sha256Hex(String(n)).slice(0, 4)}`;
  return {
    type: "urn:okienko:upo:v1",
    receiptId: id,
    receivedAt: "2026-11-22T13:05:33.412Z",
    issuedAt: "2026-11-22T13:05:33.871Z",
    office: { id: "um-przykladowo", name: "Urząd Miejski w Przykładowie" },
    sender: { name: "Zażółć Gęślą-Jaźń", pesel: "90010112345", identityProvider: "national-id", levelOfAssurance: "substantial" },
    service: { id: "dowod-rejestracyjny", name: "Zgłoszenie zbycia pojazdu", formVersion: 3 },
    caseNumber: "KM.5410.12.2026",
    submission: {
      id: `sub_${n}`,
      contentDigest: { alg: "sha-256", c14n: "rfc8785", value: sha256Hex(`content ${n}`) },
      signatureDigest: sha256Hex(`signature ${n}`),
      signatureType: "portal-confirmed-code",
      attachments: [
        { name: "umowa-sprzedaży.pdf", mediaType: "application/pdf", size: 245_812, sha256: sha256Hex("umowa") },
        { name: "skan dowodu rejestracyjnego – strona 1.jpg", mediaType: "image/jpeg", size: 1_843_200, sha256: sha256Hex("skan") },
      ],
    },
    ledger: { seq: n, prevHash: sha256Hex(`previous ${n}`) },
    verify: { url: `https://okienko.przykladowo.pl/weryfikacja/${encodeURIComponent(id)}` },
  };
}

export function sampleReceiptInput(n = 123): ReceiptPdfInput {
  const receipt = sampleReceipt(n);
  const canonicalBytes = new TextEncoder().encode(canonicalize(receipt)!);
  return { receipt, canonicalBytes, receiptSha256: sha256Hex(canonicalBytes), labels: receiptPdfLabelsPl };
}

export const sampleSections: SummarySection[] = [
  {
    stepId: "wnioskodawca",
    title: "Dane wnioskodawcy",
    rows: [
      { key: "imie", label: "Imię", value: "Zażółć" },
      { key: "nazwisko", label: "Nazwisko", value: "Gęślą-Jaźń" },
      { key: "pesel", label: "PESEL", value: "90010112345" },
      { key: "adres", label: "Adres zamieszkania", value: "ul. Świętokrzyska 12/4\n00-950 Przykładowo" },
      { key: "email", label: "Adres e-mail", value: "zazolc@example.pl" },
      { key: "telefon", label: "Numer telefonu", value: "+48 600 100 200" },
    ],
  },
  {
    stepId: "pojazd",
    title: "Pojazd",
    rows: [
      { key: "rejestracja", label: "Numer rejestracyjny", value: "WPR 12345" },
      { key: "vin", label: "Numer VIN", value: "WVWZZZ1JZXW000001" },
      { key: "marka", label: "Marka i model", value: "Škoda Octavia" },
      { key: "data", label: "Data zbycia", value: "14 listopada 2026" },
    ],
  },
  {
    stepId: "nabywca",
    title: "Nabywca",
    rows: [
      { key: "nabywca", label: "Imię i nazwisko lub nazwa nabywcy", value: "„Łódzkie Żurawie” Spółka z ograniczoną odpowiedzialnością" },
      { key: "adres-nabywcy", label: "Adres nabywcy", value: "ul. Piotrkowska 1, 90-001 Łódź" },
      {
        key: "uwagi",
        label: "Uwagi",
        value: "Pojazd sprzedano wraz z kompletem opon zimowych. Umowę sprzedaży załączam w formie skanu; oryginał okażę na żądanie urzędu.",
      },
    ],
  },
  {
    stepId: "oswiadczenia",
    title: "Oświadczenia",
    rows: [{ key: "zgoda", label: "Oświadczam, że dane są zgodne z prawdą", value: "Tak" }],
  },
];

export function sampleApplicationInput(sections: SummarySection[] = sampleSections): ApplicationPdfInput {
  return {
    officeName: "Urząd Miejski w Przykładowie",
    serviceName: "Zgłoszenie zbycia pojazdu",
    formVersion: 3,
    applicantName: "Zażółć Gęślą-Jaźń",
    submittedAt: new Date("2026-11-22T13:05:33.412Z"),
    sections,
    contentDigest: sha256Hex("content"),
    attachments: [
      { name: "umowa-sprzedaży.pdf", size: 245_812, sha256: sha256Hex("umowa") },
      { name: "skan dowodu rejestracyjnego – strona 1.jpg", size: 1_843_200, sha256: sha256Hex("skan") },
    ],
    labels: applicationPdfLabelsPl,
  };
}

/** One section with `count` rows, some long enough to wrap. */
export function manyRows(count: number): SummarySection[] {
  return [
    {
      stepId: "duzo",
      title: "Wiele odpowiedzi",
      rows: Array.from({ length: count }, (_, i) => ({
        key: `pole-${i}`,
        label: `Pole numer ${i + 1}${i % 7 === 0 ? " z dłuższą etykietą, która się zawinie w kolumnie" : ""}`,
        value: i % 5 === 0 ? `Wartość ${i}: ${"zażółć gęślą jaźń ".repeat(8)}` : `Wartość ${i}`,
      })),
    },
  ];
}
