export const applications = {
  optional: "(opcjonalnie)",
  stepOf: "Krok {index} z {total}",
  check: {
    title: "Sprawdź swoje odpowiedzi",
    lead: "Sprawdź, czy wszystko się zgadza, zanim wyślesz wniosek do urzędu.",
    change: "Zmień",
    changeField: "Zmień: {label}",
    office: "Urząd",
    submit: "Wyślij wniosek",
    submitting: "Wysyłanie…",
  },
  submitted: {
    title: "Wniosek został złożony",
    caseNumber: "Znak Twojej sprawy",
    whatNext: "Co dalej",
    whatNextBody: "Urząd rozpatrzy Twój wniosek. Status sprawy, terminy i pisma z urzędu znajdziesz w „Moje sprawy”.",
    goToCase: "Zobacz swoją sprawę",
  },
  prefilled: "Dane z węzła krajowego, nie można ich zmienić",
  errors: {
    officeNotOffering: "Wybrany urząd nie oferuje tej usługi. Wybierz inny urząd.",
    formChanged: "Formularz tej usługi został zmieniony. Sprawdź odpowiedzi i wyślij wniosek ponownie.",
    incomplete: "Wniosek nie jest kompletny. Uzupełnij brakujące odpowiedzi.",
    chooseOffice: "Wybierz urząd, do którego składasz wniosek",
  },
} as const;
