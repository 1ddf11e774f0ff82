/** The service catalogue. Each service file is imported explicitly, so the list is reviewable. */
import { AppError } from "@/lib/errors";
import { residenceRegistration } from "./services/residence-registration";
import type { ServiceDefinition } from "./types";

const services: readonly ServiceDefinition[] = [residenceRegistration];

const servicesById = new Map(services.map((service) => [service.id, service]));

export function listServices(): ServiceDefinition[] {
  return [...services];
}

export function findService(id: string): ServiceDefinition | null {
  return servicesById.get(id) ?? null;
}

/** Throws NOT_FOUND for an unknown id (ids come from URLs and stored cases). */
export function getService(id: string): ServiceDefinition {
  const service = findService(id);
  if (!service) throw new AppError("NOT_FOUND");
  return service;
}
