import { AppError } from "@/lib/errors";

import type { Actor, ResidentActor, StaffActor } from "./actor";
import { isGranted, type Permission } from "./policy";

/** Role grant only; resource rules are checked by the command with the row in hand. */
export function assertGranted(actor: Actor, permission: Permission): void {
  if (isGranted(actor, permission)) return;
  throw new AppError(actor.type === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
}

export function requireResident(actor: Actor, permission: Permission): ResidentActor {
  assertGranted(actor, permission);
  if (actor.type !== "resident") throw new AppError("FORBIDDEN");
  return actor;
}

export function requireStaff(actor: Actor, permission: Permission): StaffActor {
  assertGranted(actor, permission);
  if (actor.type !== "staff") throw new AppError("FORBIDDEN");
  return actor;
}
