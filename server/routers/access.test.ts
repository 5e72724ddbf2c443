// Walks every procedure of the app router, so procedures added later are covered too:
// each declares who may call it, a visitor reaches only public ones, a customer no admin one,
// and staff only those their permissions grant. (Issue 3 extends this to the full matrix.)
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { appRouter } from "./_app";
import { ALL_PERMISSIONS, isPermission } from "../permissions";
import { adminProcedure, createCallerFactory, customerProcedure, router, type Access, type SessionUser } from "../trpc";

const getDb = useTestDb();
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: Access } } }>);

/** Calls a procedure by its dotted path with an empty input. */
async function call(session: SessionUser | null, path: string) {
  const caller = callerAs(getDb(), session) as unknown as Record<string, unknown>;
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
  return fn({}).then(() => "ok", (e: { code?: string }) => e.code ?? "error");
}

let customer: SessionUser;
let staffWithNothing: SessionUser;
let staffId: string;

beforeAll(async () => {
  customer = await sessionOf(getDb(), (await makeCustomer(getDb())).userId);
  staffId = (await makeStaff(getDb(), ["dashboard.read"])).userId;
  staffWithNothing = await sessionOf(getDb(), staffId);
});

/** Staff holding every permission but the one the procedure needs. */
const staffLacking = (permission: string): SessionUser => ({
  id: staffId,
  customerId: null,
  permissions: ALL_PERMISSIONS.filter((p) => p !== permission),
});

describe("every procedure", () => {

  it.each(procedures)("%s declares its access and a permission of the catalog", (_, procedure) => {
    const access = procedure._def.meta?.access;
    expect(access).toBeDefined();
    if (access!.kind !== "public") expect(isPermission(access!.permission)).toBe(true);
  });

  it.each(procedures.filter(([, p]) => p._def.meta?.access?.kind !== "public"))("%s refuses a visitor", async (path) => {
    expect(await call(null, path)).toBe("UNAUTHORIZED");
  });

  it.each(procedures.filter(([, p]) => p._def.meta?.access?.kind === "admin"))("%s refuses a customer", async (path) => {
    expect(await call(customer, path)).toBe("FORBIDDEN");
  });

  it.each(procedures.filter(([, p]) => p._def.meta?.access?.kind === "admin"))(
    "%s refuses a staff user who holds every permission but its own",
    async (path, procedure) => {
      const access = procedure._def.meta!.access as { permission: string };
      expect(await call(staffLacking(access.permission), path)).toBe("FORBIDDEN");
    },
  );

  it.each(procedures.filter(([, p]) => p._def.meta?.access?.kind === "customer"))("%s refuses staff, who have no customer record", async (path) => {
    expect(await call(staffWithNothing, path)).toBe("FORBIDDEN");
  });
});

describe("customer procedures reach only the caller's own rows", () => {
  const customerProcedures = procedures.filter(([, p]) => p._def.meta?.access?.kind === "customer");

  /** Every key an input schema accepts, nested ones included. */
  const inputKeys = (schema: unknown): string[] => {
    const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (!shape) return [];
    return Object.entries(shape).flatMap(([key, inner]) => [key, ...inputKeys((inner as { unwrap?: () => unknown }).unwrap?.() ?? inner)]);
  };

  it.each(customerProcedures)("%s takes no owner id: rows are scoped by the session's customer", (_, procedure) => {
    const inputs = (procedure._def as unknown as { inputs: unknown[] }).inputs;
    const keys = inputs.flatMap(inputKeys);
    expect(keys.filter((k) => /^(user|customer|owner)Id$/i.test(k))).toEqual([]);
  });

  it.each(customerProcedures)("%s ignores or refuses another customer's ids", async (path) => {
    const other = await makeCustomer(getDb());
    const caller = callerAs(getDb(), customer) as unknown as Record<string, unknown>;
    const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
    const foreign = { id: other.customerId, userId: other.userId, customerId: other.customerId };
    const outcome = await fn(foreign).then(
      (value) => JSON.stringify(value ?? null),
      (e: { code?: string }) => e.code,
    );
    // Strict schemas refuse the unknown ids; a procedure without input answers for the caller only.
    if (outcome === "BAD_REQUEST") return;
    expect(outcome).not.toContain(other.userId);
    expect(outcome).not.toContain(other.customerId);
    expect(outcome).not.toContain(other.username);
  });
});

describe("the procedure builders", () => {
  // A router of its own, so the builders' rules are proved apart from any one resource.
  const probe = createCallerFactory(
    router({
      admin: adminProcedure("customers.read").query(({ ctx }) => ctx.userId),
      account: customerProcedure("account.orders").query(({ ctx }) => ctx.customerId),
    }),
  );
  const as = (session: SessionUser | null) => probe({ db: getDb(), session, ip: null });

  it("adminProcedure: a visitor is unauthorized, a customer and staff without the permission forbidden, staff with it pass", async () => {
    const reader = await sessionOf(getDb(), (await makeStaff(getDb(), ["customers.read"])).userId);
    await expect(as(null).admin()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(as(customer).admin()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(staffWithNothing).admin()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(reader).admin()).resolves.toBe(reader.id);
  });

  it("customerProcedure: the customer's own id, and only with the account permission", async () => {
    await expect(as(customer).account()).resolves.toBe(customer.customerId);
    const withoutOrders = { ...customer, permissions: customer.permissions.filter((p) => p !== "account.orders") };
    await expect(as(withoutOrders).account()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(null).account()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
