import "server-only";
import type { Db, Tx } from "../db";
import type { Prisma, UserStatus } from "../generated/prisma/client";
import { FieldErrors, isUniqueViolation } from "../errors";
import { normalizeText } from "@/lib/normalize";
import { nameSortKey } from "@/lib/name-sort";
import type { CustomerCreateData, CustomerUpdateData } from "@/lib/schemas/customers";
import type { CustomFieldValues } from "@/lib/custom-fields";
import { diff, recordAudit, type Actor } from "./audit";
import { validateCustomFields } from "./custom-fields";
import { hashPassword } from "./passwords";
import { assertUnique, createCustomerUser, customerSearchText } from "./users";
import { assertAdminRemains, assertNotAboveActor } from "./role-admin";

// Customers as the admin creates, edits, reads and deletes them (C-3, C-7). Status actions,
// notes, messages and bulk changes are in customer-actions.ts.

export const notFound = (path = "id") => new FieldErrors([{ path, message: "errors.notFound" }], "invalid");

/** A customer that has not been deleted, with what the actions need; refused as not found otherwise. */
export async function loadCustomer(tx: Tx, id: string) {
  const customer = await tx.customer.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      userId: true,
      customFields: true,
      user: { select: { username: true, name: true, email: true, mobile: true, status: true } },
    },
  });
  if (!customer) throw notFound();
  return customer;
}

const dayToDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

async function assertNationalCodeFree(tx: Tx, nationalCode: string | null, exceptCustomerId?: string) {
  if (!nationalCode) return;
  const other = await tx.customer.findFirst({
    where: { nationalCode, ...(exceptCustomerId ? { id: { not: exceptCustomerId } } : {}) },
    select: { id: true },
  });
  if (other) throw new FieldErrors([{ path: "nationalCode", message: "errors.nationalCodeTaken" }]);
}

async function assertGroups(tx: Tx, groupIds: string[]) {
  if (!groupIds.length) return [];
  const groups = await tx.customerGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } });
  if (groups.length !== groupIds.length) throw new FieldErrors([{ path: "groupIds", message: "errors.invalid" }], "invalid");
  return groups;
}

/** Re-runs the checks after a unique-index violation, so a race still names the field. */
async function explainUniqueViolation(db: Db, e: unknown, data: { username?: string; email: string | null; mobile: string | null; nationalCode: string | null }, id?: string, userId?: string) {
  if (!isUniqueViolation(e)) return;
  await assertUnique(db, data, userId);
  await assertNationalCodeFree(db, data.nationalCode, id);
}

/** A customer created in the panel: a user with the default role, like a sign-up (A-2, C-3). */
export async function createCustomer(db: Db, actor: Actor, data: CustomerCreateData) {
  const passwordHash = await hashPassword(data.password); // slow: outside the transaction
  try {
    return await db.$transaction(async (tx) => {
      await assertNationalCodeFree(tx, data.nationalCode);
      const customFields = await validateCustomFields(tx, data.customFields);
      const groups = await assertGroups(tx, data.groupIds);
      const { userId, customerId } = await createCustomerUser(tx, {
        name: data.name,
        username: data.username,
        email: data.email,
        mobile: data.mobile,
        passwordHash,
        status: data.active ? "ACTIVE" : "INACTIVE",
        joinDefaultGroup: false, // the form offers the default group ticked; the admin's choice stands
      });
      await tx.customer.update({
        where: { id: customerId },
        data: {
          gender: data.gender,
          city: data.city,
          cityKey: data.city ? normalizeText(data.city) : null,
          nationalCode: data.nationalCode,
          birthDate: dayToDate(data.birthDate),
          customFields: customFields as Prisma.InputJsonValue,
          groups: { createMany: { data: data.groupIds.map((groupId) => ({ groupId })), skipDuplicates: true } },
        },
      });
      const { password: _password, customFields: _cf, groupIds: _g, ...shown } = data;
      await recordAudit(tx, actor, "customer.create", { type: "customer", id: customerId, label: data.username }, {
        ...Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, { from: null, to: v }])),
        groups: { from: null, to: groups.map((g) => g.name) },
        customFields: { from: null, to: customFields },
      });
      return { id: customerId, userId };
    });
  } catch (e) {
    await explainUniqueViolation(db, e, data);
    throw e;
  }
}

/** The edit form's values of a customer. */
export async function customerForEdit(db: Db, id: string) {
  const c = await db.customer.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      gender: true,
      city: true,
      nationalCode: true,
      birthDate: true,
      customFields: true,
      user: { select: { name: true, username: true, email: true, mobile: true, status: true } },
      groups: { select: { groupId: true } },
    },
  });
  if (!c) throw notFound();
  return {
    id: c.id,
    username: c.user.username,
    status: c.user.status,
    values: {
      name: c.user.name,
      gender: (c.gender ?? "") as "" | NonNullable<typeof c.gender>,
      mobile: c.user.mobile ?? "",
      email: c.user.email ?? "",
      city: c.city ?? "",
      nationalCode: c.nationalCode ?? "",
      birthDate: c.birthDate ? c.birthDate.toISOString().slice(0, 10) : "",
      active: c.user.status !== "INACTIVE",
      groupIds: c.groups.map((g) => g.groupId),
      customFields: c.customFields as CustomFieldValues,
    },
  };
}

/**
 * Saves the edit form. The active flag moves a customer between active and inactive; a blocked or
 * pending customer keeps that status (unblock and approve are their own actions, with their reasons).
 */
/**
 * A customer may also hold panel roles (an admin is a customer too). Their password, username and
 * status are then guarded like staff's: nobody changes them beyond their own rights, and the last
 * admin is never locked out.
 */
export async function assertMayManage(tx: Tx, actor: Actor, userId: string, leavesActive = true) {
  await assertNotAboveActor(tx, actor, userId, "id");
  if (!leavesActive) await assertAdminRemains(tx, userId, [], false, "id");
}

export async function updateCustomer(db: Db, actor: Actor, data: CustomerUpdateData) {
  let userId: string | undefined;
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadCustomer(tx, data.id);
      userId = before.userId;
      await assertMayManage(tx, actor, before.userId, data.active);
      await assertUnique(tx, { email: data.email, mobile: data.mobile }, before.userId);
      await assertNationalCodeFree(tx, data.nationalCode, data.id);
      const customFields = await validateCustomFields(tx, data.customFields);
      const groups = await assertGroups(tx, data.groupIds);
      const full = await tx.customer.findUniqueOrThrow({
        where: { id: data.id },
        select: { gender: true, city: true, nationalCode: true, birthDate: true, groups: { select: { group: { select: { id: true, name: true } } } } },
      });
      const status: UserStatus =
        before.user.status === "ACTIVE" || before.user.status === "INACTIVE" ? (data.active ? "ACTIVE" : "INACTIVE") : before.user.status;
      await tx.user.update({
        where: { id: before.userId },
        data: {
          name: data.name,
          email: data.email,
          mobile: data.mobile,
          status,
          // Deactivating signs the customer out everywhere.
          ...(status === "INACTIVE" && before.user.status !== "INACTIVE" ? { sessionVersion: { increment: 1 } } : {}),
        },
      });
      await tx.customer.update({
        where: { id: data.id },
        data: {
          gender: data.gender,
          city: data.city,
          cityKey: data.city ? normalizeText(data.city) : null,
          nationalCode: data.nationalCode,
          birthDate: dayToDate(data.birthDate),
          customFields: customFields as Prisma.InputJsonValue,
          searchText: customerSearchText({ ...data, username: before.user.username }),
          sortName: nameSortKey(data.name),
        },
      });
      await tx.customerGroupMember.deleteMany({ where: { customerId: data.id, groupId: { notIn: data.groupIds } } });
      await tx.customerGroupMember.createMany({ data: data.groupIds.map((groupId) => ({ groupId, customerId: data.id })), skipDuplicates: true });
      const changes = diff(
        {
          name: before.user.name,
          email: before.user.email,
          mobile: before.user.mobile,
          status: before.user.status,
          gender: full.gender,
          city: full.city,
          nationalCode: full.nationalCode,
          birthDate: full.birthDate?.toISOString().slice(0, 10) ?? null,
          groups: full.groups.map((g) => g.group.name),
          customFields: before.customFields,
        },
        {
          name: data.name,
          email: data.email,
          mobile: data.mobile,
          status,
          gender: data.gender,
          city: data.city,
          nationalCode: data.nationalCode,
          birthDate: data.birthDate,
          groups: groups.map((g) => g.name),
          customFields,
        },
      );
      await recordAudit(tx, actor, "customer.update", { type: "customer", id: data.id, label: before.user.username }, changes);
    });
  } catch (e) {
    await explainUniqueViolation(db, e, data, data.id, userId);
    throw e;
  }
}

/**
 * Deleting a customer erases the person and keeps the record: orders, ledgers and referrals point at
 * the customer row, so it stays (marked deleted, out of every list) while the name, contact details,
 * password, username, personal fields, addresses, notes, groups, sign-in history, visits and unsent
 * messages go. The
 * user can no longer sign in, and the username, mobile and e-mail are free for a new account.
 * The audit log keeps the username of the deleted customer as its label.
 */
export async function deleteCustomer(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const c = await loadCustomer(tx, id);
    await assertMayManage(tx, actor, c.userId, false);
    await tx.customer.update({
      where: { id },
      data: {
        deletedAt: new Date(),
        searchText: "",
        sortName: "",
        gender: null,
        city: null,
        cityKey: null,
        nationalCode: null,
        birthDate: null,
        customFields: {},
        defaultAddressId: null,
      },
    });
    await tx.address.deleteMany({ where: { customerId: id } });
    await tx.customerNote.deleteMany({ where: { customerId: id } });
    await tx.customerGroupMember.deleteMany({ where: { customerId: id } });
    await tx.customerVisit.deleteMany({ where: { customerId: id } });
    await tx.signInEvent.deleteMany({ where: { userId: c.userId } });
    await tx.account.deleteMany({ where: { userId: c.userId } });
    // Nothing more is sent to someone who is gone.
    await tx.outboxMessage.deleteMany({ where: { userId: c.userId, status: "QUEUED" } });
    await tx.impersonation.updateMany({ where: { targetId: c.userId, endedAt: null }, data: { endedAt: new Date() } });
    await tx.user.update({
      where: { id: c.userId },
      data: {
        username: `deleted-${id}`,
        name: "",
        email: null,
        mobile: null,
        image: null,
        passwordHash: null,
        status: "INACTIVE",
        blockReason: null,
        statusReason: null,
        lastSignInIp: null,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, "customer.delete", { type: "customer", id, label: c.user.username }, {
      username: { from: c.user.username, to: null },
    });
  });
}

/** The customer card (C-7): everything the panel shows about one customer. */
export async function customerCard(db: Db, id: string) {
  const c = await db.customer.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      referralCode: true,
      gender: true,
      city: true,
      nationalCode: true,
      birthDate: true,
      customFields: true,
      orderCount: true,
      pointsBalance: true,
      walletBalance: true,
      createdAt: true,
      referrer: { select: { id: true, user: { select: { name: true, username: true } } } },
      _count: { select: { referrals: true } },
      user: {
        select: {
          id: true,
          name: true,
          username: true,
          email: true,
          mobile: true,
          status: true,
          blockReason: true,
          statusReason: true,
          lastSignInAt: true,
          lastSignInIp: true,
        },
      },
      groups: { select: { group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
  if (!c) throw notFound();
  const [signIns, visits, notes, messages] = await Promise.all([
    db.signInEvent.findMany({
      where: { userId: c.user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, ip: true, userAgent: true, createdAt: true },
    }),
    visitStats(db, id),
    db.customerNote.findMany({
      where: { customerId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, body: true, authorName: true, createdAt: true },
    }),
    db.outboxMessage.findMany({
      where: { userId: c.user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, channel: true, body: true, status: true, createdAt: true },
    }),
  ]);
  const { groups, _count, ...rest } = c;
  return { ...rest, referralCount: _count.referrals, groups: groups.map((g) => g.group), signIns, visits, notes, messages };
}

/** Account-area visits by source: all time, the last 30 days and the last visit (C-4, C-7). */
export async function visitStats(db: Tx, customerId: string) {
  const since = new Date(Date.now() - 30 * 86_400_000);
  const rows = await db.customerVisit.findMany({ where: { customerId }, select: { day: true, source: true, count: true, lastAt: true } });
  return (["WEB", "APP"] as const).map((source) => {
    const mine = rows.filter((r) => r.source === source);
    return {
      source,
      total: mine.reduce((n, r) => n + r.count, 0),
      last30Days: mine.filter((r) => r.day >= since).reduce((n, r) => n + r.count, 0),
      lastAt: mine.reduce<Date | null>((d, r) => (d && d > r.lastAt ? d : r.lastAt), null),
    };
  });
}
