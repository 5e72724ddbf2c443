import "server-only";
import type { Db, Tx } from "../../db";
import type { Prisma, PollAudience, PollStatus } from "../../generated/prisma/client";

// Who may answer a poll (V-2): anyone with the link, signed-in customers, or members of the chosen
// customer groups; and whether it is taking answers at all (open and not yet expired).

/** Why a poll takes no answer now, or "open". Expiry is exclusive: at expiresAt it is over. */
export type PollState = "open" | "draft" | "closed" | "expired";

export function pollState(p: { status: PollStatus; expiresAt: Date }, now = new Date()): PollState {
  if (p.status === "DRAFT") return "draft";
  if (p.status === "CLOSED") return "closed";
  return p.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}

/** Whether the respondent may answer: "allowed", or what stands in the way. */
export type PollAccess = "allowed" | "signIn" | "notMember";

export async function pollAccess(
  db: Db | Tx,
  poll: { id: string; audience: PollAudience },
  customerId: string | null,
): Promise<PollAccess> {
  if (poll.audience === "ANYONE") return "allowed";
  if (!customerId) return "signIn";
  if (poll.audience === "CUSTOMERS") return "allowed";
  const member = await db.pollGroup.findFirst({
    where: { pollId: poll.id, group: { members: { some: { customerId } } } },
    select: { groupId: true },
  });
  return member ? "allowed" : "notMember";
}

/** Prisma's filter for the polls a customer may answer now (the account list). */
export function openToCustomer(customerId: string, now = new Date()): Prisma.PollWhereInput {
  return {
    status: "OPEN",
    expiresAt: { gt: now },
    OR: [
      { audience: { in: ["ANYONE", "CUSTOMERS"] } },
      { audience: "GROUPS", groups: { some: { group: { members: { some: { customerId } } } } } },
    ],
  };
}
