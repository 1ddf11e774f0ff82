/** Which attachment field an upload is for: only `file` fields the service definition declares. */
import type { FieldDefinition, FormDefinition } from "@/lib/forms/types";

export type UploadTarget = { field: FieldDefinition; stepId: string };

export function findFileField(def: FormDefinition, fieldKey: string): UploadTarget | null {
  for (const step of def.steps) {
    const field = step.fields.find((f) => f.key === fieldKey);
    if (field) return field.kind === "file" ? { field, stepId: step.id } : null;
  }
  return null;
}
