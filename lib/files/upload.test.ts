/**
 * Uploads end to end on real PostgreSQL and a real clamd (started here from scripts/lib/clamav
 * when CLAMAV_SOCKET is not given and clamd is installed).
 */
import { createHash, randomUUID } from "node:crypto";
import net from "node:net";

import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { cases, drafts, storedFiles, submissions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "@/lib/identity/context";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb } from "@/lib/testing/database";
import { eicarBytes, startTestClamd } from "@/scripts/lib/clamav";
import { attachFilesToCase } from "./attach-to-case";
import { removeFileFromDraft } from "./remove";
import { sampleExe, samplePdf } from "./test-samples";
import { uploadFile, type UploadResult } from "./upload";

const state = vi.hoisted(() => ({
  files: {
    NODE_ENV: "test" as "development" | "test" | "production",
    CLAMAV_SOCKET: undefined as string | undefined,
    CLAMAV_HOST: undefined as string | undefined,
    CLAMAV_PORT: 3310,
    CLAMAV_TIMEOUT_MS: 10_000,
    UPLOAD_MAX_MB: 50,
  },
  ctx: null as RequestContext | null,
  service: {
    id: "test-attachments",
    version: 1,
    form: {
      version: 1,
      steps: [
        {
          id: "documents",
          title: { pl: "Dokumenty" },
          fields: [
            { key: "scan", kind: "file", label: { pl: "Skan dokumentu" }, accept: ["pdf", "png"], maxSizeMb: 1, maxFiles: 2 },
            { key: "tiny", kind: "file", label: { pl: "Mały plik" }, accept: ["pdf", "txt"], maxSizeMb: 0.01 },
            { key: "note", kind: "text", label: { pl: "Uwagi" }, optional: true },
          ],
        },
      ],
    },
  },
}));

vi.mock("@/lib/env", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/env")>()), filesConfig: () => state.files }));
vi.mock("@/lib/catalog/registry", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/catalog/registry")>();
  return { ...actual, getService: (id: string) => (id === state.service.id ? state.service : actual.getService(id)) };
});
vi.mock("@/lib/identity/context", () => ({ getRequestContext: async () => state.ctx }));

const clamd = process.env.CLAMAV_SOCKET ? null : await startTestClamd({ name: `vitest-${process.pid}` });
const clamdSocket = process.env.CLAMAV_SOCKET || clamd?.socket;
afterAll(async () => {
  await clamd?.stop();
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function setup() {
  const { office, department } = await makeOffice(["residence-registration"]);
  const resident = await makeResident();
  const draft = await makeDraft(resident, office.id, {}, state.service.id);
  return { office, department, resident, draft, ctx: contextFor(resident) };
}

function upload(ctx: RequestContext, draftId: string, fieldKey: string, name: string, content: Buffer): Promise<UploadResult> {
  return uploadFile(ctx, { draftId, fieldKey, fileName: name, source: [content] });
}

const rowsOf = (draftId: string) => testDb.select().from(storedFiles).where(eq(storedFiles.draftId, draftId));
const answersOf = async (draftId: string) => (await testDb.select().from(drafts).where(eq(drafts.id, draftId)))[0]!.answers;

beforeEach(() => {
  state.files = { ...state.files, NODE_ENV: "test", CLAMAV_SOCKET: clamdSocket, CLAMAV_HOST: undefined, CLAMAV_TIMEOUT_MS: 10_000 };
});

describe.skipIf(!clamdSocket)("uploadFile with clamd", () => {
  it("accepts a clean PDF, stores it with its SHA-256 and adds it to the draft", async () => {
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "../Skan wniosku – żółć.pdf", samplePdf);
    expect(result).toMatchObject({ ok: true, stepId: "documents", file: { name: "Skan wniosku – żółć.pdf", size: samplePdf.length, sha256: sha256(samplePdf), contentType: "application/pdf" } });
    const [row] = await rowsOf(draft.id);
    expect(row).toMatchObject({ scanStatus: "clean", sha256: sha256(samplePdf), fieldKey: "scan", caseId: null });
    expect(Buffer.compare(row!.content!, samplePdf)).toBe(0);
    expect(await answersOf(draft.id)).toEqual({ scan: [result.ok && result.file] });
  });

  it("refuses an executable renamed to .pdf, storing nothing", async () => {
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "faktura.pdf", sampleExe);
    expect(result).toMatchObject({ ok: false, code: "typeNotAllowed", status: 415 });
    expect(!result.ok && result.message).toContain("nie można dołączyć");
    expect(await rowsOf(draft.id)).toEqual([]);
  });

  it("stops reading an oversized file as soon as it passes the limit, storing nothing", async () => {
    const { draft, ctx } = await setup();
    let pulled = 0;
    async function* big() {
      for (let i = 0; i < 100; i++) {
        pulled += 1;
        yield Buffer.alloc(4096, 0x61);
      }
    }
    const result = await uploadFile(ctx, { draftId: draft.id, fieldKey: "tiny", fileName: "duzy.txt", source: big() });
    expect(result).toMatchObject({ ok: false, code: "tooLarge", status: 413 });
    expect(pulled).toBe(3); // 10 485 bytes allowed: the third 4 KiB chunk passes it
    expect(await rowsOf(draft.id)).toEqual([]);
  });

  it("refuses a body whose declared length is over the limit without reading it", async () => {
    const { draft, ctx } = await setup();
    const result = await uploadFile(ctx, { draftId: draft.id, fieldKey: "tiny", fileName: "a.txt", source: [Buffer.from("x")], declaredBytes: 5_000_000 });
    expect(result).toMatchObject({ ok: false, code: "tooLarge" });
  });

  it("refuses EICAR as infected and keeps no content", async () => {
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "tiny", "eicar.txt", eicarBytes());
    expect(result).toMatchObject({ ok: false, code: "infected", status: 422 });
    const [row] = await rowsOf(draft.id);
    expect(row).toMatchObject({ scanStatus: "infected", content: null });
    expect(row!.scanDetail).toContain("Okienko.Test.EICAR");
    expect(await answersOf(draft.id)).toEqual({});
  });

  it("finds EICAR inside an otherwise valid PDF", async () => {
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "a.pdf", Buffer.concat([samplePdf, eicarBytes()]));
    expect(result).toMatchObject({ ok: false, code: "infected" });
  });

  it("enforces maxFiles", async () => {
    const { draft, ctx } = await setup();
    expect((await upload(ctx, draft.id, "scan", "1.pdf", samplePdf)).ok).toBe(true);
    expect((await upload(ctx, draft.id, "scan", "2.pdf", samplePdf)).ok).toBe(true);
    expect(await upload(ctx, draft.id, "scan", "3.pdf", samplePdf)).toMatchObject({ ok: false, code: "tooMany" });
  });
});

describe("uploadFile failing closed", () => {
  it("scanner down: asks to try later and attaches nothing", async () => {
    state.files.CLAMAV_SOCKET = `/tmp/okienko-no-clamd-${randomUUID()}.sock`;
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "a.pdf", samplePdf);
    expect(result).toMatchObject({ ok: false, code: "scanUnavailable", status: 503, message: "Nie udało się sprawdzić pliku. Spróbuj ponownie za kilka minut." });
    expect((await rowsOf(draft.id)).map((r) => r.scanStatus)).toEqual(["error"]);
    expect(await answersOf(draft.id)).toEqual({});
  });

  it("scanner that never answers: times out as an error", async () => {
    const silent = net.createServer(() => {});
    const port = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as net.AddressInfo).port)));
    state.files = { ...state.files, CLAMAV_SOCKET: undefined, CLAMAV_HOST: "127.0.0.1", CLAMAV_PORT: port, CLAMAV_TIMEOUT_MS: 500 };
    try {
      const { draft, ctx } = await setup();
      expect(await upload(ctx, draft.id, "scan", "a.pdf", samplePdf)).toMatchObject({ ok: false, code: "scanUnavailable" });
      expect(await answersOf(draft.id)).toEqual({});
    } finally {
      silent.close();
    }
  });

  it("no scanner in development: stored as error, never clean, and said plainly", async () => {
    state.files.CLAMAV_SOCKET = undefined;
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "a.pdf", samplePdf);
    expect(result).toMatchObject({ ok: false, code: "scannerNotConfigured", message: "Skaner antywirusowy nie jest skonfigurowany: w środowisku deweloperskim pliku nie można dołączyć." });
    expect((await rowsOf(draft.id)).map((r) => r.scanStatus)).toEqual(["error"]);
    expect(await answersOf(draft.id)).toEqual({});
  });

  it("another resident's draft is not found and nothing is stored", async () => {
    const { draft } = await setup();
    const stranger = contextFor(await makeResident());
    await expect(upload(stranger, draft.id, "scan", "a.pdf", samplePdf)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowsOf(draft.id)).toEqual([]);
  });

  it("refuses a field the definition does not declare, or one that is not a file field", async () => {
    const { draft, ctx } = await setup();
    expect(await upload(ctx, draft.id, "invented", "a.pdf", samplePdf)).toMatchObject({ ok: false, code: "unknownField" });
    expect(await upload(ctx, draft.id, "note", "a.pdf", samplePdf)).toMatchObject({ ok: false, code: "unknownField" });
    expect(await rowsOf(draft.id)).toEqual([]);
  });
});

describe.skipIf(!clamdSocket)("routes", async () => {
  const { POST } = await import("@/app/api/uploads/route");
  const { GET } = await import("@/app/api/files/[id]/route");
  const download = (id: string) => GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });

  function post(draftId: string, fieldKey: string, file: Buffer, name: string, json = true) {
    const form = new FormData();
    form.append("draftId", draftId);
    form.append("fieldKey", fieldKey);
    form.append("file", new Blob([new Uint8Array(file)]), name);
    return POST(new Request("http://localhost/api/uploads", { method: "POST", body: form, headers: json ? { accept: "application/json" } : {} }));
  }

  it("uploads through multipart, then serves the file only to its uploader, with safe headers", async () => {
    const { draft, ctx } = await setup();
    state.ctx = ctx;
    const response = await post(draft.id, "scan", samplePdf, "wniosek.pdf");
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ok: boolean; file: { id: string } };
    expect(body.ok).toBe(true);

    const own = await download(body.file.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toBe("attachment; filename=\"wniosek.pdf\"; filename*=UTF-8''wniosek.pdf");
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await own.arrayBuffer()).equals(samplePdf)).toBe(true);

    state.ctx = contextFor(await makeResident());
    expect((await download(body.file.id)).status).toBe(404);
    state.ctx = contextFor({ type: "anonymous" });
    expect((await download(body.file.id)).status).toBe(404);
  });

  it("answers a plain form post with a 303 back to the step, with the error code", async () => {
    const { draft, ctx } = await setup();
    state.ctx = ctx;
    const ok = await post(draft.id, "scan", samplePdf, "a.pdf", false);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`http://localhost/apply/${draft.id}/documents#field-scan`);
    const refused = await post(draft.id, "scan", sampleExe, "a.pdf", false);
    expect(refused.headers.get("location")).toBe(`http://localhost/apply/${draft.id}/documents?uploadError=typeNotAllowed&uploadField=scan#field-scan`);
  });

  it("answers 404 for another resident's draft and stores nothing", async () => {
    const { draft } = await setup();
    state.ctx = contextFor(await makeResident());
    expect((await post(draft.id, "scan", samplePdf, "a.pdf")).status).toBe(404);
    expect(await rowsOf(draft.id)).toEqual([]);
  });

  it("lets office staff download once the file belongs to their office's case; not infected or foreign files", async () => {
    const { draft, ctx, office, department, resident } = await setup();
    const result = await upload(ctx, draft.id, "scan", "a.pdf", samplePdf);
    if (!result.ok) throw new Error(result.message);
    const clerk = contextFor(await makeStaff(office.id, department.id));
    state.ctx = clerk;
    expect((await download(result.file.id)).status).toBe(404);

    const now = new Date();
    const [submission] = await testDb
      .insert(submissions)
      .values({ applicantId: resident.userId, officeId: office.id, serviceId: state.service.id, formVersion: 1, draftId: draft.id, answers: await answersOf(draft.id), summary: [], submittedAt: now, canonical: Buffer.from("{}"), contentDigest: "0".repeat(64), signatureJws: "test" })
      .returning();
    const [kase] = await testDb
      .insert(cases)
      .values({ officeId: office.id, departmentId: department.id, serviceId: state.service.id, applicantId: resident.userId, submissionId: submission!.id, caseNumber: `T.${randomUUID()}`, jrwaClass: "5340", year: 2026, sequence: Math.floor(Math.random() * 1e9), status: "submitted", receivedAt: now, updatedAt: now })
      .returning();
    expect(await testDb.transaction((tx) => attachFilesToCase(tx, draft.id, kase!.id))).toBe(1);
    expect((await download(result.file.id)).status).toBe(200);

    const other = await makeOffice();
    state.ctx = contextFor(await makeStaff(other.office.id, other.department.id));
    expect((await download(result.file.id)).status).toBe(404);

    // Attached to a case, the file can no longer be removed from the draft.
    await expect(removeFileFromDraft(ctx, result.file.id)).rejects.toBeInstanceOf(AppError);
  });
});

describe.skipIf(!clamdSocket)("removeFileFromDraft", () => {
  it("removes the file from the draft for its owner only", async () => {
    const { draft, ctx } = await setup();
    const result = await upload(ctx, draft.id, "scan", "a.pdf", samplePdf);
    if (!result.ok) throw new Error(result.message);
    await expect(removeFileFromDraft(contextFor(await makeResident()), result.file.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await removeFileFromDraft(ctx, result.file.id)).toEqual({ draftId: draft.id, stepId: "documents" });
    expect(await answersOf(draft.id)).toEqual({ scan: [] });
    expect(await rowsOf(draft.id)).toEqual([]);
  });
});
