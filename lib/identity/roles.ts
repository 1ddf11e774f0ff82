/** Staff roles as the office directory names them. Isomorphic. */
export const staffRoles = ["clerk", "head_of_department", "office_admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (staffRoles as readonly string[]).includes(value);
}
