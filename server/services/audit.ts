import "server-only";
import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** Who acts: the signed-in staff user and the address the request came from. */
export interface Actor {
  userId: string;
  ip: string | null;
}

export interface AuditTarget {
  type: string;
  id: string;
  label: string;
}

/** Field changes: { field: { from, to } }. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

// Never written to the log, whatever a caller passes.
const SECRET_FIELDS = new Set(["password", "passwordHash", "currentPassword", "newPassword", "confirmPassword"]);

/** The fields whose values differ between before and after (arrays compared as sets). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (SECRET_FIELDS.has(field)) continue;
    const [from, to] = [before[field] ?? null, after[field] ?? null];
    const same = Array.isArray(from) && Array.isArray(to)
      ? from.length === to.length && [...from].sort().join("\u0000") === [...to].sort().join("\u0000")
      : JSON.stringify(from) === JSON.stringify(to);
    if (!same) changes[field] = { from, to };
  }
  return changes;
}

/** Writes one audit record inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Tx, actor: Actor, action: string, target: AuditTarget, changes: Changes = {}): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { username: true } });
  const clean = Object.fromEntries(Object.entries(changes).filter(([field]) => !SECRET_FIELDS.has(field)));
  await tx.auditLog.create({
    data: {
      actorId: actor.userId,
      actorName: user?.username ?? "?",
      action,
      targetType: target.type,
      targetId: target.id,
      targetLabel: target.label,
      changes: clean as Prisma.InputJsonValue,
      ip: actor.ip,
    },
  });
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  target?: string;
  from?: Date;
  to?: Date;
  cursor?: { createdAt: Date; id: string };
  limit: number;
}

/** Newest first, keyset-paged on (createdAt, id); `next` is the cursor of the following page. */
export async function listAudit(db: Db, f: AuditFilter) {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.actor) and.push({ actorName: f.actor.trim().toLowerCase() });
  if (f.action) and.push({ action: f.action });
  if (f.targetType) and.push({ targetType: f.targetType });
  if (f.target) and.push({ OR: [{ targetId: f.target }, { targetLabel: { contains: f.target, mode: "insensitive" } }] });
  if (f.from) and.push({ createdAt: { gte: f.from } });
  if (f.to) and.push({ createdAt: { lt: f.to } });
  if (f.cursor) {
    and.push({ OR: [{ createdAt: { lt: f.cursor.createdAt } }, { createdAt: f.cursor.createdAt, id: { lt: f.cursor.id } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
    select: { id: true, actorName: true, action: true, targetType: true, targetId: true, targetLabel: true, changes: true, ip: true, createdAt: true },
  });
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > f.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
