// The verified identity travels from the provider's profile() into the users row.
import "next-auth";

declare module "next-auth" {
  interface User {
    kind?: "resident" | "staff";
    pesel?: string | null;
    givenName?: string | null;
    familyName?: string | null;
    birthDate?: string | null;
    levelOfAssurance?: string | null;
  }
}
