import { z } from "zod";
import { localizedNameSchema } from "../localized";
import { idField } from "./common";

// Departments of the inbox (issue 10, M-2; seed 003 مدیریت بخش ها): a name in each language, the
// staff members responsible and how they are told of new messages. Form and procedures share these.

export const DEPARTMENT_NOTIFY = ["NONE", "EMAIL", "SMS", "BOTH"] as const;
export type DepartmentNotify = (typeof DEPARTMENT_NOTIFY)[number];

export const MAX_DEPARTMENT_STAFF = 50;

const departmentFields = {
  name: localizedNameSchema(80),
  description: z.string().trim().max(500, "validation.tooLong"),
  active: z.boolean(),
  notify: z.enum(DEPARTMENT_NOTIFY, "validation.invalid"),
  /** The staff members responsible: users holding at least one admin permission (checked by the service). */
  staffIds: z.array(idField).max(MAX_DEPARTMENT_STAFF, "validation.tooMany"),
};

export const departmentSchema = z.object(departmentFields).strict();
export type DepartmentInput = z.input<typeof departmentSchema>;
export type DepartmentData = z.output<typeof departmentSchema>;

export const departmentUpdateSchema = z.object({ id: idField, ...departmentFields }).strict();

export const departmentIdSchema = z.object({ id: idField }).strict();

/** Every department's id in the new order (the first is shown first). */
export const departmentReorderSchema = z.object({ ids: z.array(idField).min(1).max(500) }).strict();

/** The staff picker's search: name or username. */
export const staffSearchSchema = z.object({ query: z.string().trim().max(100) }).strict();

/** The form's field names, for putting server field errors beside them. */
export const DEPARTMENT_FIELDS = ["name.fa", "name.ar", "name.en", "description", "active", "notify", "staffIds"] as const;
