/**
 * What the upload route and page tell people. Codes travel in JSON and in redirect URLs; the
 * text is chosen here. Isomorphic: the widget shows the same wording.
 */
export const uploadErrorCodes = [
  "noFile",
  "empty",
  "tooLarge",
  "tooMany",
  "typeNotAllowed",
  "archive",
  "notText",
  "infected",
  "scanUnavailable",
  "scannerNotConfigured",
  "unknownField",
  "badRequest",
  "notFound",
  "signIn",
] as const;

export type UploadErrorCode = (typeof uploadErrorCodes)[number];

export function isUploadErrorCode(value: unknown): value is UploadErrorCode {
  return typeof value === "string" && (uploadErrorCodes as readonly string[]).includes(value);
}

type Params = { types?: string; maxSize?: string; maxFiles?: number; name?: string };

const pl: Record<UploadErrorCode, (p: Params) => string> = {
  noFile: () => "Wybierz plik do dołączenia.",
  empty: () => "Wybrany plik jest pusty.",
  tooLarge: (p) => `Plik jest za duży. Największy dozwolony rozmiar to ${p.maxSize}.`,
  tooMany: (p) => `Możesz dołączyć najwyżej ${p.maxFiles} ${plPlural(p.maxFiles ?? 1)}. Usuń plik, aby dodać inny.`,
  typeNotAllowed: (p) =>
    `Pliku${p.name ? ` „${p.name}”` : ""} nie można dołączyć: jego zawartość nie jest plikiem dozwolonego typu (sprawdzamy zawartość, nie tylko nazwę). Dozwolone typy: ${p.types}.`,
  archive: (p) => `Archiwów (np. ZIP, RAR, 7z) nie można dołączać. Dołącz dokumenty bez pakowania. Dozwolone typy: ${p.types}.`,
  notText: (p) => `Plik nie jest poprawnym plikiem tekstowym (UTF-8). Dozwolone typy: ${p.types}.`,
  infected: () => "W pliku wykryto złośliwe oprogramowanie. Pliku nie dołączono.",
  scanUnavailable: () => "Nie udało się sprawdzić pliku. Spróbuj ponownie za kilka minut.",
  scannerNotConfigured: () =>
    "Skaner antywirusowy nie jest skonfigurowany: w środowisku deweloperskim pliku nie można dołączyć.",
  unknownField: () => "To pole formularza nie przyjmuje plików.",
  badRequest: () => "Nie udało się odczytać przesłanego pliku. Spróbuj ponownie.",
  notFound: () => "Nie znaleziono strony ani pliku.",
  signIn: () => "Zaloguj się, aby dołączyć plik.",
};

const en: Record<UploadErrorCode, (p: Params) => string> = {
  noFile: () => "Choose a file to attach.",
  empty: () => "The selected file is empty.",
  tooLarge: (p) => `The file is too large. The largest allowed size is ${p.maxSize}.`,
  tooMany: (p) => `You can attach at most ${p.maxFiles} file(s). Remove a file to add another.`,
  typeNotAllowed: (p) =>
    `The file${p.name ? ` “${p.name}”` : ""} cannot be attached: its content is not an allowed type (we check the content, not only the name). Allowed types: ${p.types}.`,
  archive: (p) => `Archives (such as ZIP, RAR, 7z) cannot be attached. Attach the documents unpacked. Allowed types: ${p.types}.`,
  notText: (p) => `The file is not a valid text file (UTF-8). Allowed types: ${p.types}.`,
  infected: () => "Malware was found in the file. The file was not attached.",
  scanUnavailable: () => "We could not check the file. Try again in a few minutes.",
  scannerNotConfigured: () => "The virus scanner is not configured: in development a file cannot be attached.",
  unknownField: () => "This form field does not accept files.",
  badRequest: () => "The uploaded file could not be read. Try again.",
  notFound: () => "Page or file not found.",
  signIn: () => "Sign in to attach a file.",
};

export function uploadErrorMessage(code: UploadErrorCode, locale: string, params: Params = {}): string {
  return (locale === "en" ? en : pl)[code](params);
}

/** 1 plik, 2–4 pliki, 5 plików, 22 pliki, 25 plików. */
export function plPlural(n: number): string {
  if (n === 1) return "plik";
  const tens = n % 100;
  const ones = n % 10;
  return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? "pliki" : "plików";
}
