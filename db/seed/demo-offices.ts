/** Demo offices: real municipality names and TERYT codes, fictional contact data and accounts. */
import { departmentTemplates } from "../../lib/catalog/departments";

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
    // Every department a service can be routed to, so the demo offices offer the whole catalogue.
    departments: departmentTemplates.map((d) => ({ ...d })),
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
    // Zabrze numbers its units with a sub-unit suffix (e.g. SO-II), as many offices do.
    departments: departmentTemplates.map((d) => ({ ...d, caseUnitSymbol: `${d.caseUnitSymbol}-II` })),
  },
];
