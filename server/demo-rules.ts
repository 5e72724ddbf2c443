import "server-only";
import type { Tx } from "./db";

// The seed's examples of group rules (seed 003): the colleague group may not pay cash on delivery,
// and may order at most 3 Chanel items in 24 hours. Runs after the demo catalog; without the group
// or the catalog rows it quietly does nothing.

export const DEMO_LIMIT_NAME = "حداکثر ۳ عطر شنل در ۲۴ ساعت";

export async function seedDemoRules(tx: Tx): Promise<void> {
  const colleague = await tx.customerGroup.findUnique({ where: { name: "همکار" }, select: { id: true } });
  const cod = await tx.paymentMethod.findUnique({ where: { code: "cod" }, select: { id: true } });
  const chanel = await tx.brand.findUnique({ where: { code: "chanel" }, select: { id: true } });
  if (!colleague) return;
  if (cod) {
    await tx.groupRestriction.createMany({
      data: [{ groupId: colleague.id, target: "PAYMENT_METHOD", targetId: cod.id }],
      skipDuplicates: true,
    });
  }
  if (chanel && !(await tx.orderLimit.findFirst({ where: { groupId: colleague.id, name: DEMO_LIMIT_NAME }, select: { id: true } }))) {
    await tx.orderLimit.create({
      data: { name: DEMO_LIMIT_NAME, groupId: colleague.id, maxItems: 3, windowHours: 24, productIds: [], categoryIds: [], brandIds: [chanel.id] },
    });
  }
}
