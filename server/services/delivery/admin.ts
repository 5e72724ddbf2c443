import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { recordAudit, type Actor } from "../audit";
import { transportSettings } from "./settings";
import { renderTemplate, type TemplateLocale } from "./templates";
import { transportNamed } from "./transports";
import { kickDeliveryWorker, trySend } from "./worker";
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
      id: true, channel: true, address: true, template: true, locale: true, subject: true, body: true, status: true, attempts: true,
      lastError: true, transport: true, providerMessageId: true, sentAt: true, createdAt: true,
    },
  });
  const page = rows.slice(0, input.limit).map(({ body, ...r }) => ({ ...r, message: messageOf(r.subject, body) }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}

/**
 * What tells one delivery from another in the log: an e-mail's subject, an SMS's first line — cut
 * short, since a campaign's body can be long and the log shows one line.
 */
function messageOf(subject: string | null, body: string): string {
  const line = subject || body.split("\n", 1)[0]!;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
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
 * Sends the "test" template through one transport right away, then records it in the log as sent or
 * failed, with the audit entry, in one transaction. The send happens before any transaction: on the
 * embedded database a transaction holds the one connection, and a provider may take seconds. The
 * row is never PENDING, so the worker never takes it.
 */
export async function sendTestMessage(db: Db, actor: Actor, input: { channel: "EMAIL" | "SMS"; transport: string; address: string; locale: TemplateLocale }) {
  const settings = await transportSettings(db);
  const transport = transportNamed(input.transport, settings);
  const text = renderTemplate("test", input.locale, input.channel, {});
  const result = await trySend({ address: input.address, ...text }, transport);
  const sent = "providerMessageId" in result;
  return db.$transaction(async (tx) => {
    const row = await tx.delivery.create({
      data: {
        eventKey: `test:${randomUUID()}`,
        recipientKey: input.address,
        channel: input.channel,
        address: input.address,
        template: "test",
        locale: input.locale,
        ...text,
        status: sent ? "SENT" : "FAILED",
        attempts: 1,
        transport: transport.name,
        ...(sent ? { providerMessageId: result.providerMessageId, sentAt: new Date() } : { lastError: result.error }),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, "delivery.test", { type: "delivery", id: row.id, label: input.address }, { transport: { from: null, to: transport.name } });
    return sent ? { ok: true as const, providerMessageId: result.providerMessageId } : { ok: false as const, error: result.error };
  });
}
