/** Demo offices: real municipality names and TERYT codes, fictional contact data and accounts. */
export type DemoOffice = {
  code: string;
  name: string;
  terytCode: string;
  caseUnitSymbol: string;
  street: string;
  postalCode: string;
  city: string;
  bankAccount: string;
  departments: { code: string; name: string; caseUnitSymbol: string }[];
};

export const demoOffices: DemoOffice[] = [
  {
    code: "gliwice",
    name: "Urząd Miejski w Gliwicach",
    terytCode: "2466011",
    caseUnitSymbol: "UM",
    street: "ul. Zwycięstwa 21",
    postalCode: "44-100",
    city: "Gliwice",
    bankAccount: "73102024720000690200000000",
    departments: [
      { code: "so", name: "Wydział Spraw Obywatelskich", caseUnitSymbol: "SO" },
      { code: "fp", name: "Wydział Podatków i Opłat", caseUnitSymbol: "FP" },
    ],
  },
  {
    code: "zabrze",
    name: "Urząd Miasta Zabrze",
    terytCode: "2478011",
    caseUnitSymbol: "UMZ",
    street: "ul. Powstańców Śląskich 5-7",
    postalCode: "41-800",
    city: "Zabrze",
    bankAccount: "75105012981000009030000000",
    departments: [
      { code: "so", name: "Wydział Spraw Obywatelskich", caseUnitSymbol: "SO-II" },
      { code: "fp", name: "Wydział Podatków i Opłat", caseUnitSymbol: "FP-I" },
    ],
  },
];
