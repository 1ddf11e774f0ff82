/**
 * Demo people shared by the bundled development identity provider and the database seed,
 * so that a person who signs in at the provider finds their office membership in the portal.
 * All names, PESEL numbers and accounts are fictional (valid check digits only).
 */
import type { StaffRole } from "../../lib/identity/roles";

export type { StaffRole };

export type LevelOfAssurance = "low" | "substantial" | "high";

export type DemoResident = {
  /** Stable subject identifier issued by the national identity provider. */
  sub: string;
  pesel: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  loa: LevelOfAssurance;
  /** Demo only: an address already confirmed, so the demo shows e-mails in the mail catcher. */
  email?: string;
};

export type DemoStaff = {
  /** Stable subject identifier issued by the office directory. */
  sub: string;
  givenName: string;
  familyName: string;
  email: string;
  officeCode: string;
  departmentCode: string;
  role: StaffRole;
};

export const demoResidents: DemoResident[] = [
  { sub: "nid-0001", pesel: "44051401458", givenName: "Jan", familyName: "Kowalski", birthDate: "1944-05-14", loa: "substantial", email: "jan.kowalski@example.pl" },
  { sub: "nid-0002", pesel: "90031502345", givenName: "Anna", familyName: "Nowak", birthDate: "1990-03-15", loa: "high", email: "anna.nowak@example.pl" },
  { sub: "nid-0003", pesel: "85072205179", givenName: "Tomasz", familyName: "Wójcik", birthDate: "1985-07-22", loa: "substantial", email: "tomasz.wojcik@example.pl" },
  { sub: "nid-0004", pesel: "02240803621", givenName: "Zofia", familyName: "Kamińska", birthDate: "2002-04-08", loa: "substantial", email: "zofia.kaminska@example.pl" },
];

export const demoStaff: DemoStaff[] = [
  { sub: "dir-gl-01", givenName: "Ewa", familyName: "Zielińska", email: "ewa.zielinska@gliwice.example.pl", officeCode: "gliwice", departmentCode: "so", role: "clerk" },
  { sub: "dir-gl-02", givenName: "Marek", familyName: "Dąbrowski", email: "marek.dabrowski@gliwice.example.pl", officeCode: "gliwice", departmentCode: "so", role: "clerk" },
  { sub: "dir-gl-03", givenName: "Piotr", familyName: "Wiśniewski", email: "piotr.wisniewski@gliwice.example.pl", officeCode: "gliwice", departmentCode: "so", role: "head_of_department" },
  { sub: "dir-gl-04", givenName: "Katarzyna", familyName: "Lewandowska", email: "katarzyna.lewandowska@gliwice.example.pl", officeCode: "gliwice", departmentCode: "fp", role: "clerk" },
  { sub: "dir-gl-05", givenName: "Agnieszka", familyName: "Szymańska", email: "agnieszka.szymanska@gliwice.example.pl", officeCode: "gliwice", departmentCode: "fp", role: "head_of_department" },
  { sub: "dir-gl-06", givenName: "Grzegorz", familyName: "Pawlak", email: "grzegorz.pawlak@gliwice.example.pl", officeCode: "gliwice", departmentCode: "so", role: "office_admin" },
  { sub: "dir-zb-01", givenName: "Paweł", familyName: "Woźniak", email: "pawel.wozniak@zabrze.example.pl", officeCode: "zabrze", departmentCode: "so", role: "clerk" },
  { sub: "dir-zb-02", givenName: "Magdalena", familyName: "Kozłowska", email: "magdalena.kozlowska@zabrze.example.pl", officeCode: "zabrze", departmentCode: "so", role: "head_of_department" },
  { sub: "dir-zb-03", givenName: "Krzysztof", familyName: "Jankowski", email: "krzysztof.jankowski@zabrze.example.pl", officeCode: "zabrze", departmentCode: "fp", role: "clerk" },
  { sub: "dir-zb-04", givenName: "Barbara", familyName: "Mazur", email: "barbara.mazur@zabrze.example.pl", officeCode: "zabrze", departmentCode: "fp", role: "head_of_department" },
  { sub: "dir-zb-05", givenName: "Joanna", familyName: "Wróbel", email: "joanna.wrobel@zabrze.example.pl", officeCode: "zabrze", departmentCode: "so", role: "office_admin" },
];
