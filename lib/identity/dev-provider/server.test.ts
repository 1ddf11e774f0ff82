import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoResidents, demoStaff } from "../../../db/seed/demo-people";
import { NATIONAL_ID_PROVIDER_ID, OFFICE_DIRECTORY_PROVIDER_ID, devClients, devIssuerUrl } from "./defaults";
import { startDevIdentityProvider, type RunningDevIdentityProvider } from "./server";
import { CookieBrowser, authorize, decodeJwtPayload, discover, exchangeCode } from "./test-client";

const APP_URL = "http://localhost:3999";
let idp: RunningDevIdentityProvider;

beforeAll(async () => {
  idp = await startDevIdentityProvider({ port: 0, appUrls: [APP_URL] });
});

afterAll(async () => {
  await idp?.close();
});

type IssuerId = typeof NATIONAL_ID_PROVIDER_ID | typeof OFFICE_DIRECTORY_PROVIDER_ID;

function setup(id: IssuerId) {
  const client = devClients[id];
  return {
    issuer: devIssuerUrl(id, idp.port),
    client,
    redirectUri: `${APP_URL}/api/auth/callback/${id}`,
  };
}

/** Runs the whole flow as the given person and returns the ID token payload and userinfo. */
async function signInAs(id: IssuerId, scope: string, personId: string, browser = new CookieBrowser()) {
  const { issuer, client, redirectUri } = setup(id);
  const discovery = await discover(issuer);
  const { interactionUrl, codeVerifier, state } = await authorize(browser, discovery, {
    clientId: client.clientId,
    redirectUri,
    scope,
  });
  expect(interactionUrl).toMatch(new RegExp(`^${issuer}/interaction/`));

  const page = await browser.request(interactionUrl!);
  expect(page.status).toBe(200);
  const html = await page.text();

  const afterLogin = await browser.postForm(`${interactionUrl}/login`, { person: personId });
  expect(afterLogin.status).toBe(303);
  const callback = await browser.followUntil(afterLogin, redirectUri);
  expect(callback.searchParams.get("state")).toBe(state);
  expect(callback.searchParams.get("iss")).toBe(issuer);
  const code = callback.searchParams.get("code");
  expect(code).toBeTruthy();

  const tokens = await exchangeCode(discovery, client, { code: code!, redirectUri, codeVerifier });
  expect(tokens.status).toBe(200);
  const idToken = decodeJwtPayload(String(tokens.body.id_token));
  const userinfo = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${String(tokens.body.access_token)}` },
  }).then((r) => r.json() as Promise<Record<string, unknown>>);
  return { html, idToken, userinfo, browser };
}

describe("discovery", () => {
  it("serves the national identity issuer under /national-id", async () => {
    const discovery = await discover(devIssuerUrl(NATIONAL_ID_PROVIDER_ID, idp.port));
    expect(discovery.issuer).toBe(`http://127.0.0.1:${idp.port}/national-id`);
    expect(discovery.authorization_endpoint).toBe(`http://127.0.0.1:${idp.port}/national-id/auth`);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile"]));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(["pesel", "loa", "birthdate", "given_name"]));
  });

  it("serves the staff directory issuer under /office-directory", async () => {
    const discovery = await discover(devIssuerUrl(OFFICE_DIRECTORY_PROVIDER_ID, idp.port));
    expect(discovery.issuer).toBe(`http://127.0.0.1:${idp.port}/office-directory`);
    expect(discovery.token_endpoint).toBe(`http://127.0.0.1:${idp.port}/office-directory/token`);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "office"]));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(["office", "department", "role", "email"]));
  });
});

describe("authorization code flow", () => {
  it("signs a resident in and puts the national identity claims in the ID token", async () => {
    const resident = demoResidents[1]!;
    const { html, idToken, userinfo } = await signInAs(NATIONAL_ID_PROVIDER_ID, "openid profile", resident.sub);

    for (const person of demoResidents) {
      expect(html).toContain(`${person.givenName} ${person.familyName}`);
      expect(html).toContain(person.pesel);
    }
    expect(idToken).toMatchObject({
      iss: devIssuerUrl(NATIONAL_ID_PROVIDER_ID, idp.port),
      aud: devClients[NATIONAL_ID_PROVIDER_ID].clientId,
      sub: resident.sub,
      pesel: resident.pesel,
      given_name: resident.givenName,
      family_name: resident.familyName,
      name: `${resident.givenName} ${resident.familyName}`,
      birthdate: resident.birthDate,
      loa: resident.loa,
    });
    expect(userinfo).toMatchObject({ sub: resident.sub, pesel: resident.pesel, loa: resident.loa });
  });

  it("signs a staff member in and puts office, department and role in the ID token", async () => {
    const clerk = demoStaff.find((s) => s.officeCode === "zabrze" && s.role === "head_of_department")!;
    const { html, idToken, userinfo } = await signInAs(OFFICE_DIRECTORY_PROVIDER_ID, "openid profile office", clerk.sub);

    for (const person of demoStaff) expect(html).toContain(`${person.givenName} ${person.familyName}`);
    expect(html).toContain("Urząd Miasta Zabrze");
    expect(idToken).toMatchObject({
      sub: clerk.sub,
      given_name: clerk.givenName,
      family_name: clerk.familyName,
      email: clerk.email,
      office: clerk.officeCode,
      department: clerk.departmentCode,
      role: clerk.role,
    });
    expect(userinfo).toMatchObject({ sub: clerk.sub, office: clerk.officeCode, role: clerk.role });
  });

  it("asks for a person again on the next sign-in, so testers can switch people", async () => {
    const [first, second] = [demoResidents[0]!, demoResidents[2]!];
    const { browser, idToken } = await signInAs(NATIONAL_ID_PROVIDER_ID, "openid profile", first.sub);
    expect(idToken.sub).toBe(first.sub);
    const switched = await signInAs(NATIONAL_ID_PROVIDER_ID, "openid profile", second.sub, browser);
    expect(switched.idToken).toMatchObject({ sub: second.sub, pesel: second.pesel });
  });
});

describe("interaction", () => {
  async function openInteraction(id: IssuerId) {
    const { issuer, client, redirectUri } = setup(id);
    const browser = new CookieBrowser();
    const { interactionUrl } = await authorize(browser, await discover(issuer), {
      clientId: client.clientId,
      redirectUri,
      scope: "openid profile",
    });
    return { browser, interactionUrl: interactionUrl!, redirectUri };
  }

  it("refuses an unknown person", async () => {
    const { browser, interactionUrl } = await openInteraction(NATIONAL_ID_PROVIDER_ID);
    const response = await browser.postForm(`${interactionUrl}/login`, { person: "nid-9999" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Nieznana osoba testowa");
  });

  it("refuses a staff member on the residents' issuer", async () => {
    const { browser, interactionUrl } = await openInteraction(NATIONAL_ID_PROVIDER_ID);
    const response = await browser.postForm(`${interactionUrl}/login`, { person: demoStaff[0]!.sub });
    expect(response.status).toBe(400);
  });

  it("returns access_denied to the app when the tester cancels", async () => {
    const { browser, interactionUrl, redirectUri } = await openInteraction(OFFICE_DIRECTORY_PROVIDER_ID);
    const response = await browser.postForm(`${interactionUrl}/abort`, {});
    const callback = await browser.followUntil(response, redirectUri);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("code")).toBeNull();
  });

  it("shows an accessible Polish page", async () => {
    const { browser, interactionUrl } = await openInteraction(NATIONAL_ID_PROVIDER_ID);
    const html = await (await browser.request(interactionUrl)).text();
    expect(html).toContain('<html lang="pl">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<main>[\s\S]*<h1[^>]*>[\s\S]*<\/main>/);
    expect(html).toContain("Środowisko testowe.");
    expect(html).toContain('name="viewport"');
    expect(html.match(/<form method="post"/g)).toHaveLength(2);
    expect(html).toMatch(/<button type="submit" class="cancel"[^>]*>Anuluj<\/button>/);
  });

  it("explains an expired or foreign interaction instead of failing", async () => {
    const { issuer } = setup(NATIONAL_ID_PROVIDER_ID);
    const response = await fetch(`${issuer}/interaction/unknown-uid`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Sesja logowania wygasła");
  });

  it("refuses a redirect URI that is not registered", async () => {
    const { issuer, client } = setup(NATIONAL_ID_PROVIDER_ID);
    const { response } = await authorize(new CookieBrowser(), await discover(issuer), {
      clientId: client.clientId,
      redirectUri: "http://evil.example/api/auth/callback/national-id",
      scope: "openid profile",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('lang="pl"');
  });
});
