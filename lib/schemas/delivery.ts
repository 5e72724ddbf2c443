import { z } from "zod";
import { toLatinDigits } from "../normalize";
import { idField, mobileField } from "./common";

// The delivery pipeline's admin side (issue 10): the delivery log's filters, Settings → e-mail and
// SMS, and "send a test". Secrets typed into the settings form are write-only: empty keeps the stored one.

export const DELIVERY_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export const DELIVERY_CHANNELS = ["EMAIL", "SMS"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const EMAIL_TRANSPORTS = ["log", "smtp"] as const;
export const SMS_TRANSPORTS = ["log", "kavenegar", "unifonic"] as const;
export type EmailTransportName = (typeof EMAIL_TRANSPORTS)[number];
export type SmsTransportName = (typeof SMS_TRANSPORTS)[number];
/** Template keys (server/services/delivery/templates.ts), for the log's filter. */
export const DELIVERY_TEMPLATES = ["inbox.staffNewMessage", "inbox.customerReply", "outbox.sms", "outbox.email", "test"] as const;

/** The log's filters' names in the URL, in the order the filter form shows them. */
export const DELIVERY_FILTER_KEYS = ["status", "channel", "template", "q"] as const;

/** Lenient: read from the URL, so a stale value is dropped rather than failing the page. */
export const deliveryFilterSchema = z
  .object({
    status: z.enum([...DELIVERY_STATUSES, "ALL"]).catch("ALL").default("ALL"),
    channel: z.enum([...DELIVERY_CHANNELS, "ALL"]).catch("ALL").default("ALL"),
    template: z.enum(DELIVERY_TEMPLATES).optional().catch(undefined),
    /** Part of the address (mobile or e-mail). */
    q: z.string().max(100).optional().catch(undefined).transform((v) => toLatinDigits(v ?? "").trim().toLowerCase() || undefined),
  })
  .strip();
export type DeliveryFilterInput = z.input<typeof deliveryFilterSchema>;
export type DeliveryFilter = z.output<typeof deliveryFilterSchema>;

export const deliveryCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idField }).strict();
export type DeliveryCursor = z.output<typeof deliveryCursorSchema>;

export const deliveryListSchema = z.object({
  filter: deliveryFilterSchema,
  cursor: deliveryCursorSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

export const deliveryRetrySchema = z.object({ id: idField });

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const baseUrl = z.string().trim().max(300, "validation.tooLong").pipe(z.union([z.literal(""), z.url("validation.invalid")]));
/** A write-only secret: empty keeps the stored one. */
const secret = z.string().max(500, "validation.tooLong");

export const messagingSettingsSchema = z.object({
  emailTransport: z.enum(EMAIL_TRANSPORTS),
  smsTransport: z.enum(SMS_TRANSPORTS),
  smtp: z.object({
    host: text(200),
    port: z.number("validation.invalid").int("validation.invalid").min(1, "validation.invalid").max(65535, "validation.invalid"),
    secure: z.boolean(),
    user: text(200),
    password: secret,
    from: text(200),
  }),
  kavenegar: z.object({ baseUrl, apiKey: secret, sender: text(30) }),
  unifonic: z.object({ baseUrl, appSid: secret, senderId: text(30) }),
});
export type MessagingSettingsInput = z.input<typeof messagingSettingsSchema>;
export type MessagingSettingsValues = z.output<typeof messagingSettingsSchema>;

/** "Send a test": the transport to try and where to, checked per channel. */
export const testSendSchema = z.discriminatedUnion("channel", [
  z.object({
    channel: z.literal("EMAIL"),
    transport: z.enum(EMAIL_TRANSPORTS),
    address: z.string().trim().toLowerCase().pipe(z.email("validation.emailInvalid").max(254, "validation.tooLong")),
  }),
  z.object({ channel: z.literal("SMS"), transport: z.enum(SMS_TRANSPORTS), address: mobileField }),
]);
export type TestSendInput = z.input<typeof testSendSchema>;
