import { z } from "zod";
import { normalizeText } from "../normalize";
import { honeypotField, HONEYPOT_FIELD } from "./public-form";
import { idField, optionalEmailField, optionalMobileField, requiredText } from "./common";

// Contact-us (issue 9, N-3): the public form and contact.send share contactSchema; the admin list,
// the message view and the status and delete actions share the rest.

export const CONTACT_MAX = { name: 120, subject: 200, message: 4000 } as const;

/** Where "give a mobile or an e-mail" shows: beside both fields, so whichever the visitor fills clears it. */
const MOBILE_OR_EMAIL = "errors.contact.mobileOrEmail";

export const contactSchema = z
  .object({
    name: requiredText(CONTACT_MAX.name),
    mobile: optionalMobileField,
    email: optionalEmailField,
    subject: requiredText(CONTACT_MAX.subject),
    message: requiredText(CONTACT_MAX.message),
    [HONEYPOT_FIELD]: honeypotField,
  })
  .strict()
  // Runs even when another field (say the name) has a problem, so every problem shows at once; an
  // invalid mobile or e-mail stops it, as that field already says what is wrong.
  .check((c) => {
    if (c.value.mobile || c.value.email) return;
    for (const path of ["mobile", "email"]) c.issues.push({ code: "custom", path: [path], message: MOBILE_OR_EMAIL, input: c.value });
  });
export type ContactInput = z.input<typeof contactSchema>;
export type ContactData = z.output<typeof contactSchema>;

export const CONTACT_FILTERS = ["all", "unread", "read", "handled"] as const;
export type ContactFilter = (typeof CONTACT_FILTERS)[number];

/** The last row of the previous page: its createdAt (ISO) and id. */
export const contactCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idField }).strict();
export type ContactCursor = z.output<typeof contactCursorSchema>;

/** Lenient on purpose: read from a bookmarked URL, so a stale value is dropped rather than failing the page. */
export const contactListSchema = z
  .object({
    /** Matched on the normalised searchText: name, mobile, e-mail, subject and message. */
    q: z.string().max(100).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    filter: z.enum(CONTACT_FILTERS).catch("all").default("all"),
    cursor: contactCursorSchema.nullish(),
    limit: z.number().int().min(1).max(100).default(30),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type ContactListInput = z.input<typeof contactListSchema>;
export type ContactList = z.output<typeof contactListSchema>;

export const contactIdSchema = z.object({ id: idField }).strict();

/** The statuses an admin moves a message to by hand; opening it moves UNREAD to READ by itself. */
export const CONTACT_STATUSES = ["UNREAD", "READ", "HANDLED"] as const;
export const contactStatusSchema = z.object({ id: idField, status: z.enum(CONTACT_STATUSES) }).strict();

export const contactDeleteSchema = z
  .object({ ids: z.array(idField).min(1, "validation.required").max(100, "validation.tooLong") })
  .strict();
