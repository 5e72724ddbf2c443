// Attachments (issue 10, M-3) without a database: the type comes from the bytes, the rules refuse
// what the settings do not allow, download names are safe, the storage keeps files outside public/,
// and the S3 signature matches AWS's published example.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_INBOX_SETTINGS, attachmentRules } from "../inbox-settings";
import { AttachmentRejected, checkAttachments } from "./rules";
import { contentDisposition, cleanFileName } from "./safe-name";
import { signRequest, signingKey } from "./sigv4";
import { sniffType, zipEntryNames } from "./sniff";
import { localStorage, s3Storage } from "./storage";
import { docxBytes, exeBytes, jpegBytes, pdfBytes, pngBytes, webpBytes, xlsxBytes, zipBytes } from "./test-files";

const rules = attachmentRules(DEFAULT_INBOX_SETTINGS);
const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AttachmentRejected) return e.problem;
    throw e;
  }
  return null;
};

describe("sniffing", () => {
  it("names each allowed type from its bytes and nothing else", () => {
    expect(sniffType(pdfBytes())).toBe("pdf");
    expect(sniffType(pngBytes())).toBe("png");
    expect(sniffType(jpegBytes())).toBe("jpg");
    expect(sniffType(webpBytes())).toBe("webp");
    expect(sniffType(docxBytes())).toBe("docx");
    expect(sniffType(xlsxBytes())).toBe("xlsx");
    expect(sniffType(exeBytes())).toBeNull();
    expect(sniffType(zipBytes(["readme.txt", "bin/tool.exe"]))).toBeNull();
    expect(sniffType(new TextEncoder().encode("RIFF....WAVEfmt "))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it("reads a zip's central directory and survives a truncated archive", () => {
    expect(zipEntryNames(xlsxBytes())).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(zipEntryNames(docxBytes().slice(0, 40))).toEqual([]);
  });
});

describe("rules", () => {
  it("stores a spoofed name under its real type, and refuses an exe renamed .pdf", () => {
    const [png] = checkAttachments([{ name: "invoice.pdf", bytes: pngBytes() }], rules);
    expect(png).toMatchObject({ fileName: "invoice.pdf", contentType: "image/png" });
    expect(problemOf(() => checkAttachments([{ name: "invoice.pdf", bytes: exeBytes() }], rules))).toMatchObject({ path: "files", message: "inbox.errors.fileType" });
  });

  it("refuses a type the settings leave out, an oversize file and one file too many", () => {
    const pdfOnly = attachmentRules({ ...DEFAULT_INBOX_SETTINGS, attachments: { maxSizeMb: 1, maxCount: 2, types: ["pdf"] } });
    expect(problemOf(() => checkAttachments([{ name: "a.png", bytes: pngBytes() }], pdfOnly))?.message).toBe("inbox.errors.fileType");
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(pdfBytes());
    expect(problemOf(() => checkAttachments([{ name: "big.pdf", bytes: big }], pdfOnly))).toMatchObject({ message: "inbox.errors.fileTooLarge", values: { mb: 1 } });
    const three = [1, 2, 3].map((i) => ({ name: `${i}.pdf`, bytes: pdfBytes() }));
    expect(problemOf(() => checkAttachments(three, pdfOnly))).toMatchObject({ message: "inbox.errors.tooManyFiles", values: { max: 2 } });
    expect(checkAttachments(three.slice(0, 2), pdfOnly)).toHaveLength(2);
  });
});

describe("download names", () => {
  it("keeps any Unicode name in filename* and drops paths, quotes and control characters", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\x\\فاکتور.pdf")).toBe("فاکتور.pdf");
    expect(cleanFileName("a\u0000b\r\n\u202Efdp.exe")).toBe("abfdp.exe");
    expect(cleanFileName("...")).toBe("file");
    const header = contentDisposition('فاکتور "سفارش".pdf');
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/filename="[^"]*"[^;]*"/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("فاکتور _سفارش_.pdf");
  });
});

describe("S3 signature (AWS Signature Version 4)", () => {
  // The values AWS publishes in "Signature Calculations for the Authorization Header" (GET Object).
  it("matches AWS's published GET Object example", () => {
    const headers = signRequest({
      method: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      headers: { Range: "bytes=0-9" },
      payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      region: "us-east-1",
      now: new Date("2013-05-24T00:00:00Z"),
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("derives the signing key of AWS's published example", () => {
    expect(signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam").toString("hex")).toBe(
      "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
    );
  });
});

describe("storage", () => {
  it("keeps files in a local folder it creates, and refuses keys that climb out or a folder under public/", async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), "uploads-")), "deep", "er");
    const store = localStorage(root);
    await store.put("inbox/2025-01/abc", pdfBytes(), "application/pdf");
    expect(Buffer.from((await store.get("inbox/2025-01/abc"))!).toString()).toContain("%PDF-1.4");
    expect(await readdir(path.join(root, "inbox", "2025-01"))).toEqual(["abc"]);
    await store.remove("inbox/2025-01/abc");
    expect(await store.get("inbox/2025-01/abc")).toBeNull();
    await expect(store.put("../escape", pdfBytes(), "application/pdf")).rejects.toThrow(/bad storage key/);
    expect(() => localStorage(path.resolve("public", "uploads"))).toThrow(/public/);
    await rm(root, { recursive: true, force: true });
  });

  it("uses S3 when all four settings are given: signed path-style requests, no network", async () => {
    const calls: { url: string; method: string; headers: Record<string, string>; body?: unknown }[] = [];
    const fakeFetch = (async (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), method: init.method!, headers: init.headers as Record<string, string>, body: init.body });
      return new Response(init.method === "GET" ? "bytes" : null, { status: init.method === "GET" ? 200 : 204 });
    }) as unknown as typeof fetch;
    const store = s3Storage({ endpoint: "https://s3.example.test/", bucket: "files", region: "eu-1", accessKeyId: "AK", secretAccessKey: "SK" }, fakeFetch);
    await store.put("inbox/x", pdfBytes(), "application/pdf");
    expect(Buffer.from((await store.get("inbox/x"))!).toString()).toBe("bytes");
    await store.remove("inbox/x");
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(["PUT https://s3.example.test/files/inbox/x", "GET https://s3.example.test/files/inbox/x", "DELETE https://s3.example.test/files/inbox/x"]);
    expect(calls[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/eu-1\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/);
  });
});
