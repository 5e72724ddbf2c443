import { z } from "zod";
import { wholeNumberInRange as wholeNumber } from "./common";

// Inbox settings (issue 10): how soon each priority should be answered, and what may be attached.
// One Setting row "inbox"; the form and the procedure share this schema; messages are keys.

export const THREAD_PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type ThreadPriorityKey = (typeof THREAD_PRIORITIES)[number];

/** The file types an attachment may have, by the name people know them by. */
export const ATTACHMENT_TYPES = ["pdf", "jpg", "png", "webp", "docx", "xlsx"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The content type each allowed type is stored and served with (the type is sniffed from the bytes). */
export const ATTACHMENT_MIME: Record<AttachmentType, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const MAX_RESPONSE_HOURS = 24 * 365;
export const MAX_ATTACHMENT_MB = 50;
export const MAX_ATTACHMENT_COUNT = 10;


const hours = wholeNumber(1, MAX_RESPONSE_HOURS, "inboxSettings.errors.hoursRange");

export const inboxSettingsSchema = z
  .object({
    /** A thread waiting for staff longer than this (hours) is overdue. */
    responseHours: z.object({ LOW: hours, NORMAL: hours, HIGH: hours, URGENT: hours }).strict(),
    attachments: z
      .object({
        maxSizeMb: wholeNumber(1, MAX_ATTACHMENT_MB, "inboxSettings.errors.sizeRange"),
        maxCount: wholeNumber(1, MAX_ATTACHMENT_COUNT, "inboxSettings.errors.countRange"),
        types: z
          .array(z.enum(ATTACHMENT_TYPES, "validation.invalid"))
          .min(1, "inboxSettings.errors.typesRequired")
          .transform((types) => ATTACHMENT_TYPES.filter((t) => types.includes(t))),
      })
      .strict(),
  })
  .strict();

export type InboxSettingsInput = z.input<typeof inboxSettingsSchema>;
export type InboxSettings = z.output<typeof inboxSettingsSchema>;

export const DEFAULT_INBOX_SETTINGS: InboxSettings = {
  responseHours: { LOW: 72, NORMAL: 24, HIGH: 8, URGENT: 2 },
  attachments: { maxSizeMb: 5, maxCount: 3, types: [...ATTACHMENT_TYPES] },
};

/** The form's field names, for putting server field errors beside them. */
export const INBOX_SETTINGS_FIELDS = [
  ...THREAD_PRIORITIES.map((p) => `responseHours.${p}`),
  "attachments.maxSizeMb",
  "attachments.maxCount",
  "attachments.types",
] as const;
