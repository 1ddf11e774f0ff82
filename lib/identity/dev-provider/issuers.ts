/**
 * The two OpenID Connect issuers of the development identity provider, each an
 * `oidc-provider` instance that serves the demo people of db/seed/demo-people.ts.
 */
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { logger } from "../../log";
import { findDevAccount, type DevIssuerId } from "./accounts";
import { NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID, devClients, devIssuerUrl } from "./defaults";
import { renderMessagePage } from "./interaction-page";

/** Fixed on purpose: this provider only ever runs on a developer machine or in tests. */
const DEV_COOKIE_KEY = "okienko-dev-identity-provider-cookie-key";

type IssuerDefinition = {
  title: string;
  /** Scope → claims it releases. Every claim goes into the ID token and userinfo. */
  claims: Record<string, string[]>;
};

export const issuerDefinitions: Record<DevIssuerId, IssuerDefinition> = {
  [NATIONAL_ID_PROVIDER_ID]: {
    title: "Węzeł krajowy — środowisko testowe",
    claims: {
      openid: ["sub"],
      profile: ["name", "given_name", "family_name", "birthdate", "pesel", "loa"],
    },
  },
  [OFFICE_DIRECTORY_PROVIDER_ID]: {
    title: "Katalog pracowników urzędu — środowisko testowe",
    claims: {
      openid: ["sub"],
      profile: ["name", "given_name", "family_name"],
      email: ["email"],
      office: ["email", "office", "department", "role"],
    },
  },
};

export type DevIssuer = { id: DevIssuerId; title: string; provider: Provider; sessionCookie: string };

export function callbackUrls(id: DevIssuerId, appUrls: string[]): string[] {
  return appUrls.map((base) => `${base.replace(/\/+$/, "")}/api/auth/callback/${id}`);
}

/** Skips consent: the clients are first-party, so grant whatever OpenID scopes and claims they ask for. */
async function grantRequestedScopes(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const accountId = oidc.session.accountId;
  if (!oidc.client || !accountId) return undefined;
  const { Grant } = oidc.provider;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
  const existing = grantId ? await Grant.find(grantId) : undefined;
  const grant =
    existing?.accountId === accountId ? existing : new Grant({ accountId, clientId: oidc.client.clientId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
  if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

export function createIssuer(id: DevIssuerId, port: number, appUrls: string[]): DevIssuer {
  const { title, claims } = issuerDefinitions[id];
  const { clientId, clientSecret } = devClients[id];
  const cookiePrefix = `_${id.replace(/-/g, "_")}`;
  const sessionCookie = `${cookiePrefix}_session`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: callbackUrls(id, appUrls),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    responseTypes: ["code"],
    claims,
    conformIdTokenClaims: false,
    // Both issuers share one host, so their cookies need distinct names.
    cookies: {
      keys: [DEV_COOKIE_KEY],
      names: { session: sessionCookie, interaction: `${cookiePrefix}_interaction`, resume: `${cookiePrefix}_resume` },
    },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, AccessToken: 3600, IdToken: 3600, Grant: 3600, Interaction: 900, Session: 3600 },
    interactions: {
      url: (_ctx, interaction) => `/${id}/interaction/${interaction.uid}`,
    },
    loadExistingGrant: grantRequestedScopes,
    async findAccount(_ctx, sub) {
      const account = findDevAccount(id, sub);
      return account && { accountId: account.sub, claims: () => account.claims };
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = renderMessagePage({
        issuerTitle: title,
        heading: "Nie udało się zalogować",
        message: out.error_description ?? "Wystąpił błąd podczas logowania.",
        errorCode: out.error,
      });
    },
  };

  const provider = new Provider(devIssuerUrl(id, port), configuration);
  provider.on("server_error", (_ctx, error) =>
    logger.error("Development identity provider error", { issuer: id, error: error.message }),
  );
  return { id, title, provider, sessionCookie };
}

export function createIssuers(port: number, appUrls: string[]): DevIssuer[] {
  const ids: DevIssuerId[] = [NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID];
  return ids.map((id) => createIssuer(id, port, appUrls));
}
