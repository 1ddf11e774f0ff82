/** The portal's certificates as published at /certificates (for pages and route handlers). */
import { getDb } from "@/db";
import { publishedCertificates, type PublishedCertificate } from "./key-store";

export function listPublishedCertificates(): Promise<PublishedCertificate[]> {
  return publishedCertificates(getDb());
}
