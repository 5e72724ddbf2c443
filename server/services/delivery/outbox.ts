import "server-only";
import type { Db, Tx } from "../../db";
import { queueDeliveries } from "./queue";
import { asLocale } from "@/i18n/routing";

// The OutboxMessage rows written before the pipeline existed (customer SMS from customer-actions.ts,
// rating requests from ratings.ts) become Delivery rows with eventKey "outbox:<id>"; the message stays
// QUEUED until its delivery ends, then becomes SENT or FAILED (settleOutbox, in the worker's transaction).

export const OUTBOX_PREFIX = "outbox:";

/** Turns up to `limit` QUEUED messages that have no delivery yet into deliveries; returns how many. */
export async function pumpOutbox(db: Db, limit = 100): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ id: string; channel: "SMS" | "EMAIL"; userId: string | null; recipient: string; subject: string | null; body: string; locale: string | null }[]>(
      `SELECT o."id", o."channel", o."userId", o."recipient", o."subject", o."body", u."locale"
       FROM "OutboxMessage" o LEFT JOIN "User" u ON u."id" = o."userId"
       WHERE o."status" = 'QUEUED'
         AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."eventKey" = 'outbox:' || o."id"::text)
       ORDER BY o."createdAt", o."id" LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
      limit,
    );
    for (const o of rows) {
      await queueDeliveries(tx, {
        eventKey: `${OUTBOX_PREFIX}${o.id}`,
        template: o.channel === "SMS" ? "outbox.sms" : "outbox.email",
        params: { subject: o.subject ?? "", body: o.body },
        recipients: [{ userId: o.userId, channel: o.channel, address: o.recipient, locale: asLocale(o.locale) }],
      });
    }
    return rows.length;
  });
}

/** Marks the outbox message behind a delivery as the delivery ended (nothing for other events). */
export async function settleOutbox(tx: Tx, eventKey: string, status: "SENT" | "FAILED"): Promise<void> {
  if (!eventKey.startsWith(OUTBOX_PREFIX)) return;
  await tx.outboxMessage.updateMany({ where: { id: eventKey.slice(OUTBOX_PREFIX.length) }, data: { status } });
}
