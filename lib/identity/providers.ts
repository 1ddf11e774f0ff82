/**
 * The two OpenID Connect providers: the national identity node for residents and the office
 * directory for staff. Both are configured by environment variables.
 */
import "server-only";

import type { OIDCConfig } from "next-auth/providers";

import { authConfig } from "@/lib/env";
import { NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID } from "./dev-provider/defaults";

export type NationalIdClaims = {
  sub: string;
  given_name: string;
  family_name: string;
  birthdate: string;
  pesel: string;
  loa: string;
};

export type OfficeDirectoryClaims = {
  sub: string;
  given_name: string;
  family_name: string;
  email?: string;
  office: string;
  department: string;
  role: string;
};

export function nationalIdProvider(): OIDCConfig<NationalIdClaims> {
  const e = authConfig();
  return {
    id: NATIONAL_ID_PROVIDER_ID,
    name: "Węzeł krajowy",
    type: "oidc",
    issuer: e.NATIONAL_ID_ISSUER,
    clientId: e.NATIONAL_ID_CLIENT_ID,
    clientSecret: e.NATIONAL_ID_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid profile" } },
    // Residents have no e-mail from the node; it is confirmed separately later.
    profile: (claims) => ({
      id: claims.sub,
      kind: "resident",
      name: `${claims.given_name} ${claims.family_name}`,
      email: null,
      pesel: claims.pesel,
      givenName: claims.given_name,
      familyName: claims.family_name,
      birthDate: claims.birthdate,
      levelOfAssurance: claims.loa,
    }),
  };
}

export function officeDirectoryProvider(): OIDCConfig<OfficeDirectoryClaims> {
  const e = authConfig();
  return {
    id: OFFICE_DIRECTORY_PROVIDER_ID,
    name: "Katalog pracowników urzędu",
    type: "oidc",
    issuer: e.OFFICE_DIRECTORY_ISSUER,
    clientId: e.OFFICE_DIRECTORY_CLIENT_ID,
    clientSecret: e.OFFICE_DIRECTORY_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid profile office" } },
    profile: (claims) => ({
      id: claims.sub,
      kind: "staff",
      name: `${claims.given_name} ${claims.family_name}`,
      email: null,
      givenName: claims.given_name,
      familyName: claims.family_name,
    }),
  };
}
