/** Maps lib errors to Next's page responses: what the actor may not see is a 404. */
import "server-only";

import { notFound } from "next/navigation";

import { isAppError } from "@/lib/errors";

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
