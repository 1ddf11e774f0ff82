/**
 * Where the bundled development identity provider listens and which clients it knows.
 * Used by the provider itself and by the process runner that wires the portal to it.
 * In production both providers are configured by environment variables instead.
 */

export const DEV_IDP_DEFAULT_PORT = 4400;

export const NATIONAL_ID_PROVIDER_ID = "national-id";
export const OFFICE_DIRECTORY_PROVIDER_ID = "office-directory";

export const devClients = {
  [NATIONAL_ID_PROVIDER_ID]: { clientId: "okienko-portal", clientSecret: "dev-only-national-id-secret" },
  [OFFICE_DIRECTORY_PROVIDER_ID]: { clientId: "okienko-office", clientSecret: "dev-only-office-directory-secret" },
} as const;

/** The provider stays on 127.0.0.1 so its cookies never mix with the portal's on localhost. */
export function devIssuerUrl(providerId: keyof typeof devClients, port = DEV_IDP_DEFAULT_PORT): string {
  return `http://127.0.0.1:${port}/${providerId}`;
}
