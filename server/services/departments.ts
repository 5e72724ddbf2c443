import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors } from "../errors";
import { normalizeText } from "@/lib/normalize";
import type { LocalizedText } from "@/lib/localized";
import type { DepartmentData, DepartmentNotify } from "@/lib/schemas/departments";
import { diff, recordAudit, type Actor } from "./audit";

// Departments of the inbox (issue 10 point 1): names in three languages, the staff responsible and
// how they are told of new messages. A department with threads is deactivated, never deleted.

const LOCALES = ["fa", "ar", "en"] as const;

const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

export type DepartmentStaffMember = { id: string; name: string; username: string };

export type DepartmentRow = {
  id: string;
  name: LocalizedText;
  description: string | null;
  active: boolean;
  notify: DepartmentNotify;
  position: number;
  staff: DepartmentStaffMember[];
  threads: number;
};

const order = [{ position: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];

/** Every department in its order, with its staff and how many threads it has. */
export async function listDepartments(db: Tx): Promise<DepartmentRow[]> {
  const rows = await db.department.findMany({
    orderBy: order,
    select: {
      id: true,
      name: true,
      description: true,
      active: true,
      notify: true,
      position: true,
      staff: { select: { user: { select: { id: true, name: true, username: true } } }, orderBy: { user: { username: "asc" } } },
      _count: { select: { threads: true } },
    },
  });
  return rows.map(({ staff, _count, ...r }) => ({ ...r, name: r.name as LocalizedText, staff: staff.map((s) => s.user), threads: _count.threads }));
}

/** The departments a customer may open a ticket in (or staff may write to a customer in). */
export async function activeDepartments(db: Tx): Promise<{ id: string; name: LocalizedText }[]> {
  const rows = await db.department.findMany({ where: { active: true }, orderBy: order, select: { id: true, name: true } });
  return rows.map((r) => ({ id: r.id, name: r.name as LocalizedText }));
}

/** The staff members to tell of a department's new message, and by which channels. */
export async function departmentRecipients(db: Tx, departmentId: string) {
  const dept = await db.department.findUnique({
    where: { id: departmentId },
    select: {
      notify: true,
      staff: { select: { user: { select: { id: true, email: true, mobile: true, locale: true, status: true } } } },
    },
  });
  if (!dept) return { notify: "NONE" as DepartmentNotify, staff: [] };
  return { notify: dept.notify, staff: dept.staff.map((s) => s.user).filter((u) => u.status === "ACTIVE") };
}

/** Staff are users holding at least one admin permission (lib/permissions.ts isStaff). */
const staffWhere = { roles: { some: { role: { permissions: { some: { NOT: { permission: { startsWith: "account." } } } } } } } };

/** The staff picker: active staff users whose name or username contains the query (ي/ی-insensitive). */
export async function searchStaff(db: Tx, query: string, limit = 20): Promise<DepartmentStaffMember[]> {
  const rows = await db.user.findMany({
    where: { ...staffWhere, status: "ACTIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, name: true, username: true },
  });
  const q = normalizeText(query);
  return rows.filter((u) => !q || normalizeText(`${u.name} ${u.username}`).includes(q)).slice(0, limit);
}

/** The responsible members must be staff: a customer, or a user id that is not there, is refused. */
async function assertStaff(tx: Tx, staffIds: string[]) {
  if (!staffIds.length) return [];
  const found = await tx.user.findMany({ where: { id: { in: staffIds }, ...staffWhere }, select: { id: true, username: true } });
  if (found.length !== staffIds.length) throw new FieldErrors([{ path: "staffIds", message: "departments.errors.notStaff" }], "invalid");
  return found.map((u) => u.username).sort();
}

/** Names are unique per language as people read them: case and ي/ی, ك/ک spellings do not count. */
async function assertNamesFree(tx: Tx, name: LocalizedText, exceptId?: string) {
  // Serialise writers so two concurrent creates cannot both pass the check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(482193101::bigint)`;
  const others = await tx.department.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select: { name: true } });
  const problems = LOCALES.filter((l) => {
    const key = normalizeText(name[l] ?? "");
    return key !== "" && others.some((o) => normalizeText((o.name as LocalizedText)[l] ?? "") === key);
  }).map((l) => ({ path: `name.${l}`, message: "departments.errors.nameTaken" }));
  if (problems.length) throw new FieldErrors(problems);
}

// Each language on its own line of the audit (jsonb does not keep the keys' order, so whole
// objects would look changed when they are not).
const shown = (d: { name: unknown; description: string | null; active: boolean; notify: string }, staff: string[]) => ({
  ...Object.fromEntries(LOCALES.map((l) => [`name.${l}`, (d.name as LocalizedText)[l] || null])),
  description: d.description,
  active: d.active,
  notify: d.notify,
  staff,
});

const values = (data: DepartmentData) => ({
  name: data.name,
  description: data.description || null,
  active: data.active,
  notify: data.notify,
});

export function createDepartment(db: Db, actor: Actor, data: DepartmentData) {
  return db.$transaction(async (tx) => {
    await assertNamesFree(tx, data.name);
    const staffIds = [...new Set(data.staffIds)];
    const staff = await assertStaff(tx, staffIds);
    const last = await tx.department.aggregate({ _max: { position: true } });
    const row = await tx.department.create({
      data: { ...values(data), position: (last._max.position ?? -1) + 1, staff: { create: staffIds.map((userId) => ({ userId })) } },
      select: { id: true },
    });
    await recordAudit(tx, actor, "department.create", { type: "department", id: row.id, label: data.name.fa }, diff({}, shown(values(data), staff)));
    return row;
  });
}

async function current(tx: Tx, id: string) {
  // FOR UPDATE: a thread being opened in it, or a concurrent edit, waits for this change.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Department" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!locked.length) throw notFound();
  const row = await tx.department.findUnique({
    where: { id },
    select: { name: true, description: true, active: true, notify: true, staff: { select: { user: { select: { username: true } } } }, _count: { select: { threads: true } } },
  });
  if (!row) throw notFound();
  return { ...row, staffNames: row.staff.map((s) => s.user.username).sort() };
}

export function updateDepartment(db: Db, actor: Actor, id: string, data: DepartmentData) {
  return db.$transaction(async (tx) => {
    await assertNamesFree(tx, data.name, id);
    const before = await current(tx, id);
    const staffIds = [...new Set(data.staffIds)];
    const staff = await assertStaff(tx, staffIds);
    await tx.department.update({ where: { id }, data: values(data) });
    await tx.departmentStaff.deleteMany({ where: { departmentId: id, userId: { notIn: staffIds } } });
    await tx.departmentStaff.createMany({ data: staffIds.map((userId) => ({ departmentId: id, userId })), skipDuplicates: true });
    const changes = diff(shown(before, before.staffNames), shown(values(data), staff));
    if (Object.keys(changes).length) await recordAudit(tx, actor, "department.update", { type: "department", id, label: data.name.fa }, changes);
  });
}

/** Activate or deactivate; an inactive department is not offered for new tickets. */
export function setDepartmentActive(db: Db, actor: Actor, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, id);
    if (before.active === active) return;
    await tx.department.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, active ? "department.activate" : "department.deactivate",
      { type: "department", id, label: (before.name as LocalizedText).fa }, { active: { from: before.active, to: active } });
  });
}

/** Refused while it has threads: deactivate it instead (the threads keep their department). */
export function deleteDepartment(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, id);
    if (before._count.threads > 0) throw new FieldErrors([{ path: "id", message: "departments.errors.hasThreads" }]);
    await tx.department.delete({ where: { id } });
    await recordAudit(tx, actor, "department.delete", { type: "department", id, label: (before.name as LocalizedText).fa },
      diff(shown(before, before.staffNames), {}));
  });
}

/** The new order of all departments: the ids given must be exactly the departments there are. */
export function reorderDepartments(db: Db, actor: Actor, ids: string[]) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(482193101::bigint)`;
    const rows = await tx.department.findMany({ orderBy: order, select: { id: true, name: true } });
    const same = ids.length === rows.length && new Set(ids).size === ids.length && rows.every((r) => ids.includes(r.id));
    if (!same) throw new FieldErrors([{ path: "ids", message: "departments.errors.reorderStale" }]);
    for (const [position, id] of ids.entries()) await tx.department.update({ where: { id }, data: { position } });
    const label = (id: string) => (rows.find((r) => r.id === id)!.name as LocalizedText).fa;
    await recordAudit(tx, actor, "department.reorder", { type: "department", id: ids[0]!, label: label(ids[0]!) },
      diff({ order: rows.map((r) => label(r.id)).join(" · ") }, { order: ids.map(label).join(" · ") }));
  });
}
