import "server-only";
import { createHash } from "node:crypto";
import { cleanFileName } from "./safe-name";
import { CONTENT_TYPE, sniffType, type SniffedType } from "./sniff";

// The attachment rules of a message (M-3): count, size and type from the inbox settings; the type is
// the sniffed one. Every file is checked before anything is stored, so a broken rule writes nothing.

/** What attachmentRules(inboxSettings) gives (server/services/inbox-settings.ts). */
export interface AttachmentRules {
  maxBytes: number;
  maxCount: number;
  types: readonly SniffedType[];
}

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

/** A broken rule on the "files" field, with the values its translated text needs. */
export interface AttachmentProblem {
  path: "files";
  message: string;
  values?: Record<string, string | number>;
}

export class AttachmentRejected extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(problem.message);
  }
}

export function checkAttachments(files: IncomingFile[], rules: AttachmentRules): CheckedFile[] {
  const fail = (message: string, values?: AttachmentProblem["values"]) => {
    throw new AttachmentRejected({ path: "files", message, values });
  };
  if (files.length > rules.maxCount) fail("inbox.errors.tooManyFiles", { max: rules.maxCount });
  return files.map((f) => {
    const name = cleanFileName(f.name);
    if (f.bytes.byteLength === 0) fail("inbox.errors.emptyFile", { name });
    if (f.bytes.byteLength > rules.maxBytes) fail("inbox.errors.fileTooLarge", { name, mb: Math.round((rules.maxBytes / 1048576) * 10) / 10 });
    const type = sniffType(f.bytes);
    if (!type || !rules.types.includes(type)) fail("inbox.errors.fileType", { name, types: rules.types.join(", ") });
    return {
      fileName: name,
      contentType: CONTENT_TYPE[type!],
      size: f.bytes.byteLength,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
      bytes: f.bytes,
    };
  });
}
