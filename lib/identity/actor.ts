/** Who is acting. Isomorphic type; built on the server by context.ts. */
import type { StaffRole } from "./roles";

export type ResidentActor = {
  type: "resident";
  userId: string;
  pesel: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  levelOfAssurance: string;
};

export type StaffActor = {
  type: "staff";
  userId: string;
  name: string;
  officeId: string;
  departmentId: string;
  role: StaffRole;
};

export type Actor = { type: "anonymous" } | ResidentActor | StaffActor | { type: "system"; job: string };

export type ActorRole = "anonymous" | "resident" | StaffRole | "system";

export function roleOf(actor: Actor): ActorRole {
  return actor.type === "staff" ? actor.role : actor.type;
}
