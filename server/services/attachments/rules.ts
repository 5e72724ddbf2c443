import "server-only";
import { createHash } from "node:crypto";
import { cleanFileName } from "./safe-name";
import { CONTENT_TYPE, sniffType, type SniffedType } from "./sniff";
import { fileListProblem, type AttachmentProblem } from "@/lib/attachment-limits";

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

export type { AttachmentProblem };

export class AttachmentRejected extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(problem.message);
  }
}

export function checkAttachments(files: IncomingFile[], rules: AttachmentRules): CheckedFile[] {
  const fail = (message: string, values?: AttachmentProblem["values"]) => {
    throw new AttachmentRejected({ path: "files", message, values });
  };
  const named = files.map((f) => ({ name: cleanFileName(f.name), size: f.bytes.byteLength }));
  const ruled = fileListProblem(named, rules);
  if (ruled) throw new AttachmentRejected(ruled);
  return files.map((f, i) => {
    const name = named[i].name;
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
