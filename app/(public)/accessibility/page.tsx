import type { Metadata } from "next";

export const metadata: Metadata = { title: "Deklaracja dostępności" };

// The structure and element ids follow the official template for accessibility statements.
export default function AccessibilityStatementPage() {
  return (
    <>
      <h1 id="a11y-wstep">Deklaracja dostępności</h1>
      <p>
        <span id="a11y-podmiot">Urzędy gmin korzystające z platformy Okienko</span> zobowiązują się zapewnić dostępność
        swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych
        i aplikacji mobilnych podmiotów publicznych. Deklaracja dotyczy serwisu <span id="a11y-url">Okienko</span>.
      </p>
      <ul className="bullets">
        <li>Data publikacji strony internetowej: <span id="a11y-data-publikacja">2026-11-22</span>.</li>
        <li>Data ostatniej aktualizacji: <span id="a11y-data-aktualizacja">2026-11-22</span>.</li>
      </ul>
      <h2 id="a11y-status">Stan dostępności cyfrowej</h2>
      <p>Serwis jest zgodny z WCAG 2.1 na poziomie AA. Każda strona jest sprawdzana automatycznie narzędziem axe przy każdej zmianie.</p>
      <h2 id="a11y-przygotowanie">Przygotowanie deklaracji</h2>
      <p>Deklarację sporządzono na podstawie samooceny oraz testów automatycznych.</p>
      <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
      <p>Problemy z dostępnością prosimy zgłaszać do urzędu, do którego kierujesz sprawę. Każdy ma prawo zażądać udostępnienia niedostępnej treści w inny sposób.</p>
    </>
  );
}
