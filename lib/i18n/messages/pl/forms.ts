/**
 * Forms engine messages. Error texts follow GOV.UK style: say what to do, specifically.
 * Placeholders: {label} (field label as written), {labelLower} (first letter lower-cased),
 * {date} (a formatted date), {max} (a number).
 */
export const forms = {
  errors: {
    required: "Wypełnij pole „{label}”",
    tooLong: "Pole „{label}” może mieć najwyżej {max} znaków",
    controlCharacters: "Usuń z pola „{label}” niedozwolone znaki",
    chooseOption: "Wybierz odpowiedź: {label}",
    invalidOption: "Wybierz jedną z podanych odpowiedzi: {label}",
    answerYesNo: "Odpowiedz „Tak” albo „Nie”: {label}",
    consentRequired: "Zaznacz oświadczenie, aby kontynuować",
    emailRequired: "Podaj adres e-mail",
    emailInvalid: "Wpisz adres e-mail w poprawnym formacie, na przykład jan.kowalski@example.pl",
    phoneRequired: "Podaj numer telefonu",
    phoneInvalid: "Wpisz numer telefonu w formacie 600 123 456 lub +48 600 123 456",
    postalCodeRequired: "Podaj kod pocztowy",
    postalCodeInvalid: "Wpisz kod pocztowy w formacie 00-000, na przykład 44-100",
    peselRequired: "Podaj numer PESEL",
    peselLength: "Numer PESEL musi mieć 11 cyfr",
    peselInvalid: "Sprawdź numer PESEL – ten numer jest niepoprawny",
    dateRequired: "Podaj datę: {label}",
    dateInvalid: "Wpisz prawdziwą datę: {label}",
    dateNotInFuture: "{label} nie może być w przyszłości",
    dateNotInPast: "{label} nie może być w przeszłości",
    dateTooEarly: "{label} musi przypadać najwcześniej {date}",
    dateTooLate: "{label} musi przypadać najpóźniej {date}",
    streetRequired: "Podaj nazwę ulicy",
    buildingRequired: "Podaj numer budynku",
    cityRequired: "Podaj miejscowość",
    unexpectedField: "Tego pola nie ma w formularzu",
  },
  address: {
    street: "Ulica",
    building: "Numer budynku",
    flat: "Numer lokalu (jeśli jest)",
    postalCode: "Kod pocztowy",
    city: "Miejscowość",
    streetPrefix: "ul.",
  },
  summary: {
    yes: "Tak",
    no: "Nie",
    notProvided: "Nie podano",
  },
} as const;
