/**
 * The departments services are routed to, by code. A service names one; every office that offers
 * it must have a department with that code (the demo offices have all of them).
 */
export type DepartmentTemplate = { code: string; name: string; caseUnitSymbol: string };

export const departmentTemplates: readonly DepartmentTemplate[] = [
  { code: "so", name: "Wydział Spraw Obywatelskich", caseUnitSymbol: "SO" },
  { code: "fp", name: "Wydział Podatków i Opłat", caseUnitSymbol: "FP" },
  { code: "usc", name: "Urząd Stanu Cywilnego", caseUnitSymbol: "USC" },
  { code: "kom", name: "Wydział Komunikacji", caseUnitSymbol: "KM" },
  { code: "dg", name: "Wydział Działalności Gospodarczej i Zezwoleń", caseUnitSymbol: "DG" },
  { code: "os", name: "Wydział Ochrony Środowiska", caseUnitSymbol: "OS" },
  { code: "go", name: "Wydział Gospodarki Odpadami Komunalnymi", caseUnitSymbol: "GO" },
  { code: "gk", name: "Wydział Geodezji i Kartografii", caseUnitSymbol: "GK" },
  { code: "gn", name: "Wydział Gospodarki Nieruchomościami", caseUnitSymbol: "GN" },
  { code: "wl", name: "Wydział Lokalowy", caseUnitSymbol: "WL" },
  { code: "ab", name: "Wydział Architektury i Budownictwa", caseUnitSymbol: "AB" },
  { code: "pp", name: "Wydział Planowania Przestrzennego", caseUnitSymbol: "PP" },
  { code: "zd", name: "Miejski Zarząd Dróg", caseUnitSymbol: "ZD" },
  { code: "ow", name: "Wydział Oświaty", caseUnitSymbol: "OW" },
  { code: "sr", name: "Wydział Świadczeń Rodzinnych i Dodatków Mieszkaniowych", caseUnitSymbol: "SR" },
  { code: "on", name: "Miejski Zespół do Spraw Orzekania o Niepełnosprawności", caseUnitSymbol: "ON" },
  { code: "ops", name: "Miejski Ośrodek Pomocy Społecznej", caseUnitSymbol: "OPS" },
  { code: "ks", name: "Wydział Kultury, Sportu i Współpracy z Organizacjami Pozarządowymi", caseUnitSymbol: "KS" },
  { code: "pk", name: "Wydział Promocji i Komunikacji Społecznej", caseUnitSymbol: "PK" },
  { code: "zk", name: "Wydział Zarządzania Kryzysowego i Bezpieczeństwa", caseUnitSymbol: "ZK" },
  { code: "or", name: "Wydział Organizacyjny", caseUnitSymbol: "OR" },
  { code: "bok", name: "Biuro Obsługi Klienta (Kancelaria Ogólna)", caseUnitSymbol: "BOK" },
  { code: "brm", name: "Biuro Rady Miasta", caseUnitSymbol: "BRM" },
];

export function findDepartmentTemplate(code: string): DepartmentTemplate | null {
  return departmentTemplates.find((d) => d.code === code) ?? null;
}
