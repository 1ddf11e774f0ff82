import { describe, expect, it } from "vitest";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { nextStepId, stepProgress } from "@/lib/forms/journey";
import { parseStepInput, readerFromRecord } from "@/lib/forms/parse";
import { summarizeAnswers } from "@/lib/forms/summarize";
import type { Answers } from "@/lib/forms/types";
import { validateAnswers, validateStep } from "@/lib/forms/validate";
import { residenceRegistration } from "./residence-registration";

const form = residenceRegistration.form;
const env = { today: "2026-05-14", locale: "pl" as const };
const identity = { givenName: "Jan", familyName: "Kowalski", pesel: "44051401458", birthDate: "1944-05-14" };

const tenant: Answers = {
  ...buildExampleAnswers(form, env, identity),
  citizenship: "polish",
  email: "jan.kowalski@example.pl",
  phone: "600123456",
  stayType: "temporary",
  stayFrom: "2026-05-01",
  stayUntil: "2027-04-30",
  newAddress: { street: "Zwycięstwa", building: "21", flat: "3", postalCode: "44-100", city: "Gliwice" },
  municipality: "Gliwice",
  hasPreviousAddress: true,
  previousAddress: { street: "al. Korfantego", building: "5", flat: "", postalCode: "40-004", city: "Katowice" },
  titleType: "tenant",
  ownerName: "Anna Nowak",
  ownerConfirmation: "owner-confirmed",
  titleDocument: "Umowa najmu z 1 maja 2026 r.",
  truthDeclaration: true,
};

describe("residence registration", () => {
  it("accepts a complete temporary stay", () => expect(validateAnswers(form, tenant, env)).toMatchObject({ ok: true }));

  it("summarises the answers for the check page", () => {
    const rows = summarizeAnswers(form, tenant, env).map((section) => [
      section.title,
      section.rows.map((row) => `${row.label}: ${row.value}`),
    ]);
    expect(rows).toEqual([
      [
        "Twoje dane",
        [
          "Imię (imiona): Jan",
          "Nazwisko: Kowalski",
          "Numer PESEL: 44051401458",
          "Data urodzenia: 14 maja 1944",
          "Obywatelstwo: Polskie",
          "Adres e-mail: jan.kowalski@example.pl",
          "Numer telefonu: +48 600 123 456",
        ],
      ],
      [
        "Rodzaj i okres pobytu",
        ["Jaki pobyt zgłaszasz?: Pobyt czasowy", "Data rozpoczęcia pobytu: 1 maja 2026", "Data zakończenia pobytu czasowego: 30 kwietnia 2027"],
      ],
      ["Adres nowego miejsca pobytu", ["Adres, pod którym się meldujesz: ul. Zwycięstwa 21/3, 44-100 Gliwice", "Gmina: Gliwice"]],
      [
        "Poprzedni adres pobytu stałego",
        [
          "Czy masz lub miałeś/miałaś wcześniej adres pobytu stałego w Polsce?: Tak",
          "Adres ostatniego miejsca pobytu stałego: al. Korfantego 5, 40-004 Katowice",
        ],
      ],
      [
        "Tytuł prawny do lokalu",
        [
          "Na jakiej podstawie mieszkasz pod tym adresem?: Wynajmuję lokal (umowa najmu)",
          "Imię i nazwisko lub nazwa właściciela albo wynajmującego: Anna Nowak",
          "Jak potwierdzisz prawo do lokalu?: Właściciel potwierdził mój pobyt podpisem na formularzu lub w podpisanym oświadczeniu",
          "Dokument potwierdzający tytuł prawny do lokalu: Umowa najmu z 1 maja 2026 r.",
        ],
      ],
      ["Oświadczenie", [expect.stringMatching(/^Oświadczam, że dane podane we wniosku .*: Tak$/)]],
    ]);
  });

  it("asks for an end date only for a temporary stay, within 3 years after the start", () => {
    const errorsFor = (answers: Answers) => {
      const verdict = validateStep(form, "stay", answers, env);
      return verdict.ok ? {} : verdict.fieldErrors;
    };
    expect(errorsFor({ stayType: "temporary", stayFrom: "2026-05-01", stayUntil: "2026-05-01" })).toEqual({
      stayUntil: "Data zakończenia pobytu musi być późniejsza niż data rozpoczęcia pobytu",
    });
    expect(errorsFor({ stayType: "temporary", stayFrom: "2026-05-01", stayUntil: "2029-05-02" })).toEqual({
      stayUntil: "Pobyt czasowy może trwać najwyżej 3 lata – podaj datę nie późniejszą niż 1 maja 2029",
    });
    expect(errorsFor({ stayType: "permanent", stayFrom: "2026-05-01", stayUntil: "1999-01-01" })).toEqual({
      deregisterTemporary: "Odpowiedz, czy wymeldowujesz się z pobytu czasowego pod innym adresem",
    });
    expect(errorsFor({ stayType: "permanent", stayFrom: "2026-06-14", deregisterTemporary: false })).toEqual({
      stayFrom: "Data rozpoczęcia pobytu może przypadać najpóźniej za 30 dni, czyli 13 czerwca 2026",
    });
  });

  it("hides the previous address when there was none", () => {
    const answers = { ...tenant, hasPreviousAddress: false, previousAddress: null };
    expect(validateAnswers(form, answers, env)).toMatchObject({ ok: true });
    expect(summarizeAnswers(form, answers, env).find((s) => s.stepId === "previous")?.rows).toHaveLength(1);
  });

  it("asks owners less: no landlord, confirmation or required document", () => {
    const owner = { ...tenant, titleType: "owner", ownerName: null, ownerConfirmation: null, titleDocument: null };
    expect(validateAnswers(form, owner, env)).toMatchObject({ ok: true });
    expect(validateAnswers(form, { ...tenant, titleDocument: null }, env)).toEqual({
      ok: false,
      stepId: "title",
      fieldErrors: { titleDocument: "Opisz dokument potwierdzający tytuł prawny do lokalu" },
    });
  });

  it("reads the address step from plain form inputs", () => {
    const read = readerFromRecord({
      "newAddress.street": "Zwycięstwa",
      "newAddress.building": "21",
      "newAddress.postalCode": "44-10",
      "newAddress.city": "Gliwice",
      municipality: "Gliwice",
      "newAddress.injected": "x",
    });
    const answers = parseStepInput(form, "address", read, tenant);
    expect(answers).toEqual({
      newAddress: { street: "Zwycięstwa", building: "21", flat: "", postalCode: "44-10", city: "Gliwice" },
      municipality: "Gliwice",
    });
    expect(validateStep(form, "address", answers, env)).toEqual({
      ok: false,
      fieldErrors: { "newAddress.postalCode": "Wpisz kod pocztowy w formacie 00-000, na przykład 44-100" },
    });
  });

  it("requires the declaration", () => {
    expect(validateAnswers(form, { ...tenant, truthDeclaration: false }, env)).toMatchObject({
      ok: false,
      stepId: "declaration",
      fieldErrors: { truthDeclaration: "Zaznacz oświadczenie, aby kontynuować" },
    });
  });

  it("walks through all six steps", () => {
    const order: string[] = [];
    for (let step: string | null = "person"; step; step = nextStepId(form, step, tenant)) order.push(step);
    expect(order).toEqual(["person", "stay", "address", "previous", "title", "declaration"]);
    expect(stepProgress(form, "title", tenant)).toEqual({ index: 5, total: 6 });
  });
});
