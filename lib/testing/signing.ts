/**
 * Signing in integration tests, through the real path: the code is requested, read from the
 * e-mail job the outbox wrote (where the worker would pick it up), and entered.
 */
import { sql } from "drizzle-orm";

import { submitApplication } from "@/lib/cases/commands/submit-application";
import type { RequestContext } from "@/lib/identity/context";
import { requestSigningCode } from "@/lib/submissions/signing-code";
import { loadSigningView } from "@/lib/submissions/signing-view";
import { testDb } from "./database";

/** The code in the newest e-mail job for this person's latest signing_code notification. */
export async function codeFromOutbox(userId: string): Promise<string> {
  const result = await testDb.execute<{ code: string }>(sql`
    select j.data->>'code' as code
    from pgboss.job j
    join notifications n on n.id::text = j.data->>'notificationId'
    where n.recipient_id = ${userId} and n.kind = 'signing_code'
    order by n.created_at desc, j.created_on desc
    limit 1`);
  const code = result.rows[0]?.code;
  if (!code) throw new Error(`no signing code in the outbox for ${userId}`);
  return code;
}

export async function documentHashOf(ctx: RequestContext, draftId: string): Promise<string> {
  return (await loadSigningView(ctx, draftId)).prepared.hash;
}

/** Requests a code for the draft as it stands and signs with it. */
export async function signAndSubmit(ctx: RequestContext, draftId: string) {
  if (ctx.actor.type !== "resident") throw new Error("residents sign");
  // Codes go to a confirmed address: give the resident one if the test made them without.
  await testDb.execute(sql`update users set email = ${`resident-${ctx.actor.userId}@example.test`}, email_verified = now() where id = ${ctx.actor.userId} and email is null`);
  const documentHash = await documentHashOf(ctx, draftId);
  await requestSigningCode(ctx, { draftId, documentHash });
  const code = await codeFromOutbox(ctx.actor.userId);
  return submitApplication(ctx, { draftId, documentHash, code });
}
