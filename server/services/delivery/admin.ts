import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { recordAudit, type Actor } from "../audit";
import { transportSettings } from "./settings";
import { renderTemplate, type TemplateLocale } from "./templates";
import { transportNamed } from "./transports";
import { kickDeliveryWorker, sendLocked } from "./worker";
import type { DeliveryCursor, DeliveryFilter } from "@/lib/schemas/delivery";

// The admin side of the pipeline: the delivery log (keyset on createdAt desc, id desc), retrying a
// FAILED delivery, and Settings' "send a test".

const after = (c?: DeliveryCursor | null): Prisma.DeliveryWhereInput =>
  c ? { OR: [{ createdAt: { lt: new Date(c.createdAt) } }, { createdAt: new Date(c.createdAt), id: { lt: c.id } }] } : {};

export async function listDeliveries(db: Db, input: { filter: DeliveryFilter; cursor?: DeliveryCursor | null; limit: number }) {
  const f = input.filter;
  const where: Prisma.DeliveryWhereInput = {
    ...(f.status !== "ALL" ? { status: f.status } : {}),
    ...(f.channel !== "ALL" ? { channel: f.channel } : {}),
    ...(f.template ? { template: f.template } : {}),
    ...(f.q ? { address: { contains: f.q, mode: "insensitive" as const } } : {}),
  };
  const rows = await db.delivery.findMany({
    where: { AND: [where, after(input.cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true, channel: true, address: true, template: true, locale: true, subject: true, status: true, attempts: true,
      lastError: true, transport: true, providerMessageId: true, sentAt: true, createdAt: true,
    },
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}

/** A FAILED delivery goes back to PENDING (its attempts kept) and the worker sends it again. */
export async function retryDelivery(db: Db, actor: Actor, id: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.delivery.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING" } });
    if (count === 0) throw new FieldErrors([{ path: "id", message: "delivery.errors.notFailed" }], "conflict");
    const d = await tx.delivery.findUniqueOrThrow({ where: { id }, select: { address: true } });
    await recordAudit(tx, actor, "delivery.retry", { type: "delivery", id, label: d.address }, { status: { from: "FAILED", to: "PENDING" } });
  });
  kickDeliveryWorker();
}

/**
 * Sends the "test" template through one transport right away and records it in the log. The row is
 * written and sent in one transaction, so the worker never sees it PENDING and cannot take it.
 */
export async function sendTestMessage(db: Db, actor: Actor, input: { channel: "EMAIL" | "SMS"; transport: string; address: string; locale: TemplateLocale }) {
  const settings = await transportSettings(db);
  const transport = transportNamed(input.transport, settings);
  return db.$transaction(
    async (tx) => {
      const row = await tx.delivery.create({
        data: {
          eventKey: `test:${randomUUID()}`,
          recipientKey: input.address,
          channel: input.channel,
          address: input.address,
          template: "test",
          locale: input.locale,
          ...renderTemplate("test", input.locale, input.channel, {}),
        },
        select: { id: true, eventKey: true, channel: true, address: true, subject: true, body: true },
      });
      const r = await sendLocked(tx, row, transport, true);
      await recordAudit(tx, actor, "delivery.test", { type: "delivery", id: row.id, label: input.address }, { transport: { from: null, to: transport.name } });
      return r.outcome === "sent" ? { ok: true as const, providerMessageId: r.providerMessageId } : { ok: false as const, error: "error" in r ? r.error : "" };
    },
    { maxWait: 30_000, timeout: 90_000 },
  );
}
