import { ATTACHMENT_TYPES, type AttachmentType, type InboxSettings } from "./schemas/inbox-settings";

// The attachment rules a browser can check before sending, shared with the server so both say the
// same thing: how many files, none empty, none too big. The type is only guessed here from the name;
// the server decides it from the bytes (server/services/attachments/rules.ts).

export type AttachmentLimits = InboxSettings["attachments"];

/** A broken rule on the "files" field, with the values its translated text needs. */
export interface AttachmentProblem {
  path: "files";
  message: string;
  values?: Record<string, string | number>;
}

const problem = (message: string, values?: AttachmentProblem["values"]): AttachmentProblem => ({ path: "files", message, values });

/** The first broken count/emptiness/size rule of these files, or null. */
export function fileListProblem(files: readonly { name: string; size: number }[], limits: { maxBytes: number; maxCount: number }): AttachmentProblem | null {
  if (files.length > limits.maxCount) return problem("inbox.errors.tooManyFiles", { max: limits.maxCount });
  for (const f of files) {
    if (f.size === 0) return problem("inbox.errors.emptyFile", { name: f.name });
    if (f.size > limits.maxBytes) return problem("inbox.errors.fileTooLarge", { name: f.name, mb: Math.round((limits.maxBytes / 1048576) * 10) / 10 });
  }
  return null;
}

/** The type a file's name claims (jpeg counts as jpg), or null. */
export function typeFromName(name: string): AttachmentType | null {
  const ext = name.split(".").pop()?.toLowerCase() ?? "";
  const type = ext === "jpeg" ? "jpg" : ext;
  return (ATTACHMENT_TYPES as readonly string[]).includes(type) ? (type as AttachmentType) : null;
}

/** What the browser checks: the shared rules, then the type by name against the allowed types. */
export function browserFileProblem(files: readonly { name: string; size: number }[], limits: AttachmentLimits): AttachmentProblem | null {
  const ruled = fileListProblem(files, { maxBytes: limits.maxSizeMb * 1024 * 1024, maxCount: limits.maxCount });
  if (ruled) return ruled;
  const wrong = files.find((f) => { const t = typeFromName(f.name); return !t || !limits.types.includes(t); });
  return wrong ? problem("inbox.errors.fileType", { name: wrong.name, types: limits.types.join(", ") }) : null;
}

/** The input's accept list for these types. */
export const acceptFor = (types: readonly AttachmentType[]) => types.flatMap((t) => (t === "jpg" ? [".jpg", ".jpeg"] : [`.${t}`])).join(",");
