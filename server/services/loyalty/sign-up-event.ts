import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db";

/**
 * The outbox row "customer.signed_up" for the referred customers among `customers` once they are
 * active: at sign-up, or when the store approves a pending account (C-8). A sign-up the store never
 * approves earns neither the gift nor the referrer's points. UNIQUE(type, aggregateId) keeps it to one
 * per customer however often the account is activated.
 */
export async function recordReferredSignUps(tx: Tx, customers: Prisma.Sql) {
  await tx.$executeRaw`
    INSERT INTO "DomainEvent" ("id", "type", "aggregateId", "payload")
    SELECT gen_random_uuid(), 'customer.signed_up', c."id", jsonb_build_object('referrerId', c."referrerId")
    FROM "Customer" c JOIN "User" u ON u."id" = c."userId"
    WHERE c."id" IN (${customers}) AND c."referrerId" IS NOT NULL AND u."status" = 'ACTIVE'
    ON CONFLICT ("type", "aggregateId") DO NOTHING`;
}
