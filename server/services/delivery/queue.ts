import "server-only";
import type { Tx } from "../../db";
import { renderTemplate, type TemplateKey, type TemplateLocale } from "./templates";

// The delivery contract (issue 10): callers write Delivery rows in their own transaction; the worker
// (worker.ts) picks up PENDING rows after commit and sends them. The unique key
// (eventKey, recipientKey, channel) makes a repeated or concurrent event one delivery.

export interface DeliveryRecipient {
  userId: string | null;
  channel: "EMAIL" | "SMS";
  address: string;
  locale: TemplateLocale;
}

export interface QueueInput {
  eventKey: string;
  template: TemplateKey;
  params: Record<string, string>;
  recipients: DeliveryRecipient[];
}

/** Who a delivery is for, in the unique key: the user, or the address when there is none. */
export const recipientKeyOf = (r: { userId: string | null; address: string }) => r.userId ?? r.address;

/** Inserts one PENDING Delivery per recipient and channel (ON CONFLICT DO NOTHING); returns how many are new. */
export async function queueDeliveries(tx: Tx, input: QueueInput): Promise<number> {
  if (input.recipients.length === 0) return 0;
  const data = input.recipients.map((r) => ({
    eventKey: input.eventKey,
    recipientKey: recipientKeyOf(r),
    channel: r.channel,
    userId: r.userId,
    address: r.address,
    template: input.template,
    locale: r.locale,
    ...renderTemplate(input.template, r.locale, r.channel, input.params),
  }));
  const { count } = await tx.delivery.createMany({ data, skipDuplicates: true });
  return count;
}
