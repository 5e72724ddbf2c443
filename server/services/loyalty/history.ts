import "server-only";
import type { Db } from "../../db";
import type { LedgerEntryKind, LedgerSource, Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import type { LocalizedText } from "@/lib/localized";
import type { Currency } from "@/lib/money";
import type { LedgerCursor } from "@/lib/schemas/loyalty";
import { storeCurrency } from "../store-settings";
import type { Ledger } from "./ledger";
import type { RuleSnapshot } from "./rewards";

// A customer's points or wallet history, newest first, keyset-paged on (createdAt, id) over the
// index (customerId, createdAt desc, id desc). Every row explains itself (issue 7 point 7): the
// order number, the reviewed product or the referred customer, and the rule as it was then — enough
// for "3 points for order #1042 (rule: orders over 100,000)".

export interface LedgerRow {
  id: string;
  createdAt: Date;
  /** Hundredths of a point (points) or minor units (wallet); negative takes away. */
  amount: bigint;
  kind: LedgerEntryKind;
  source: {
    type: LedgerSource;
    id: string | null;
    /** ORDER: the number customers quote (#1042). */
    orderNumber: number | null;
    /** REVIEW: the reviewed product. */
    product: { sku: string; name: LocalizedText } | null;
  };
  /** The referred customer behind a referrer's entry (REFERRER_ORDER, SIGNUP_REFERRER, COMMISSION and their reversals). */
  referred: { name: string } | null;
  /** The rule as it was when the entry was written (amounts as decimal strings), or null. */
  rule: RuleSnapshot | null;
  /** MANUAL: the staff's reason. */
  note: string | null;
  /** REVERSAL: the entry it takes back, and what it could not take back (the balance was spent). */
  reverses: { id: string; kind: LedgerEntryKind } | null;
  shortfall: bigint | null;
  /** Staff only: who wrote a manual entry. Always null for the customer. */
  createdBy: { name: string; username: string } | null;
}

const select = {
  id: true,
  createdAt: true,
  amount: true,
  kind: true,
  sourceType: true,
  sourceId: true,
  referredId: true,
  ruleSnapshot: true,
  note: true,
  reversesId: true,
  shortfall: true,
  reverses: { select: { kind: true } },
  createdBy: { select: { name: true, username: true } },
} as const;

const after = (cursor?: LedgerCursor | null) =>
  cursor ? { OR: [{ createdAt: { lt: new Date(cursor.createdAt) } }, { createdAt: new Date(cursor.createdAt), id: { lt: cursor.id } }] } : {};

export interface HistoryPage {
  /** The cached balance (equal to the sum of every entry). */
  balance: bigint;
  /** The currency wallet amounts are in (points have none; given for both). */
  currency: Currency;
  rows: LedgerRow[];
  next: LedgerCursor | null;
}

export async function ledgerHistory(
  db: Db,
  ledger: Ledger,
  customerId: string,
  input: { cursor?: LedgerCursor | null; limit: number },
  audience: "customer" | "staff",
): Promise<HistoryPage> {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { pointsBalance: true, walletBalance: true } });
  if (!customer) throw new FieldErrors([{ path: "customerId", message: "errors.notFound" }], "invalid");
  const query = { where: { customerId, ...after(input.cursor) }, orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: input.limit + 1, select };
  const found = ledger === "points" ? await db.pointsEntry.findMany(query) : await db.walletEntry.findMany(query);
  const page = found.slice(0, input.limit);
  const ids = (type: LedgerSource) => [...new Set(page.filter((r) => r.sourceType === type && r.sourceId).map((r) => r.sourceId!))];
  const people = [...new Set(page.flatMap((r) => (r.referredId ? [r.referredId] : [])))];
  const [orders, reviews, referred, currency] = await Promise.all([
    db.order.findMany({ where: { id: { in: ids("ORDER") } }, select: { id: true, number: true } }),
    db.productReview.findMany({ where: { id: { in: ids("REVIEW") } }, select: { id: true, product: { select: { sku: true, name: true } } } }),
    db.customer.findMany({ where: { id: { in: people } }, select: { id: true, user: { select: { name: true } } } }),
    storeCurrency(db),
  ]);
  const numbers = new Map(orders.map((o) => [o.id, o.number]));
  const products = new Map(reviews.map((r) => [r.id, { sku: r.product.sku, name: r.product.name as LocalizedText }]));
  const names = new Map(referred.map((c) => [c.id, c.user.name]));
  const last = page.at(-1);
  return {
    balance: ledger === "points" ? customer.pointsBalance : customer.walletBalance,
    currency,
    rows: page.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      amount: r.amount,
      kind: r.kind,
      source: {
        type: r.sourceType,
        id: r.sourceId,
        orderNumber: r.sourceType === "ORDER" && r.sourceId ? (numbers.get(r.sourceId) ?? null) : null,
        product: r.sourceType === "REVIEW" && r.sourceId ? (products.get(r.sourceId) ?? null) : null,
      },
      referred: r.referredId && names.has(r.referredId) ? { name: names.get(r.referredId)! } : null,
      rule: (r.ruleSnapshot as Prisma.JsonValue as RuleSnapshot | null) ?? null,
      note: r.note,
      reverses: r.reversesId && r.reverses ? { id: r.reversesId, kind: r.reverses.kind } : null,
      shortfall: r.shortfall,
      createdBy: audience === "staff" && r.createdBy ? r.createdBy : null,
    })),
    next: found.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
  };
}
