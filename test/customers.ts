// Customers for tests, made through the admin's own services (issue 4).
import { randomBytes } from "node:crypto";
import { ZodError } from "zod";
import type { Db } from "../server/db";
import { FieldErrors } from "../server/errors";
import { ALL_ADMIN_PERMISSIONS } from "../lib/permissions";
import { customerCreateSchema, type CustomerCreateInput } from "../lib/schemas/customers";
import { createCustomer } from "../server/services/customers";
import type { Actor } from "../server/services/audit";
import { makeStaff } from "./factories";

const unique = () => randomBytes(4).toString("hex");

/** The create form as a user fills it: every field present, the optional ones empty. */
export const customerInput = (over: Partial<CustomerCreateInput> = {}): CustomerCreateInput => ({
  username: `u_${unique()}`,
  password: "customer-pass",
  name: `مشتری ${unique()}`,
  gender: "",
  mobile: "",
  email: "",
  city: "",
  nationalCode: "",
  birthDate: "",
  active: true,
  groupIds: [],
  customFields: {},
  ...over,
});

/** A customer created in the panel, as the create procedure would (the same zod schema first). */
export const newCustomer = (db: Db, actor: Actor, over: Partial<CustomerCreateInput> = {}) =>
  createCustomer(db, actor, customerCreateSchema.parse(customerInput(over)));

/** A staff user with every admin permission, and the actor their writes record. */
export async function makeAdmin(db: Db) {
  const staff = await makeStaff(db, [...ALL_ADMIN_PERMISSIONS]);
  return { ...staff, actor: { userId: staff.userId, ip: null } as Actor };
}

/** Iran's national code with the check digit computed for the nine digits given. */
export function nationalCode(nine: string): string {
  const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0) % 11;
  return `${nine}${sum < 2 ? sum : 11 - sum}`;
}

/**
 * How a call was refused: the tRPC code (or the service's error kind) and the fields with their
 * message keys, first problem per field, as the form receives them (L-3).
 */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: { path: string; message: string }[] | undefined }> {
  const error = (await promise.then(
    () => {
      throw new Error("the call was expected to fail");
    },
    (e) => e,
  )) as { code?: string; cause?: unknown };
  const cause = error instanceof FieldErrors ? error : error.cause;
  const fields =
    cause instanceof FieldErrors
      ? cause.fields
      : cause instanceof ZodError
        ? cause.issues
            .map((i) => ({ path: i.path.join("."), message: i.message }))
            .filter((f, n, all) => all.findIndex((g) => g.path === f.path) === n)
        : undefined;
  const code = error.code ?? (error instanceof FieldErrors ? (error.kind === "conflict" ? "CONFLICT" : "BAD_REQUEST") : "error");
  return { code, fields };
}
