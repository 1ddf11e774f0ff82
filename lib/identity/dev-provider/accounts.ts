/**
 * The demo people as accounts of the two development issuers: the claims each issuer
 * releases and the Polish description shown on the sign-in page.
 */
import { demoOffices } from "../../../db/seed/demo-offices";
import {
  demoResidents,
  demoStaff,
  type DemoResident,
  type DemoStaff,
  type LevelOfAssurance,
  type StaffRole,
} from "../../../db/seed/demo-people";
import { NATIONAL_ID_PROVIDER_ID, type devClients } from "./defaults";

export type DevIssuerId = keyof typeof devClients;

export type DevAccount = {
  sub: string;
  fullName: string;
  /** Secondary text shown under the name on the sign-in page. */
  description: string;
  claims: Record<string, string>;
};

const loaLabels: Record<LevelOfAssurance, string> = { low: "niski", substantial: "średni", high: "wysoki" };

const roleLabels: Record<StaffRole, string> = {
  clerk: "urzędnik",
  head_of_department: "kierownik wydziału",
  office_admin: "administrator urzędu",
};

function residentAccount(person: DemoResident): DevAccount {
  const fullName = `${person.givenName} ${person.familyName}`;
  return {
    sub: person.sub,
    fullName,
    description: `PESEL ${person.pesel} · poziom uwierzytelnienia: ${loaLabels[person.loa]}`,
    claims: {
      sub: person.sub,
      given_name: person.givenName,
      family_name: person.familyName,
      name: fullName,
      birthdate: person.birthDate,
      pesel: person.pesel,
      loa: person.loa,
    },
  };
}

function staffAccount(person: DemoStaff): DevAccount {
  const fullName = `${person.givenName} ${person.familyName}`;
  const office = demoOffices.find((o) => o.code === person.officeCode);
  const department = office?.departments.find((d) => d.code === person.departmentCode);
  return {
    sub: person.sub,
    fullName,
    description: [office?.name ?? person.officeCode, department?.name ?? person.departmentCode, roleLabels[person.role]].join(" · "),
    claims: {
      sub: person.sub,
      given_name: person.givenName,
      family_name: person.familyName,
      name: fullName,
      email: person.email,
      office: person.officeCode,
      department: person.departmentCode,
      role: person.role,
    },
  };
}

export function devAccounts(issuer: DevIssuerId): DevAccount[] {
  return issuer === NATIONAL_ID_PROVIDER_ID ? demoResidents.map(residentAccount) : demoStaff.map(staffAccount);
}

export function findDevAccount(issuer: DevIssuerId, sub: string): DevAccount | undefined {
  return devAccounts(issuer).find((account) => account.sub === sub);
}
