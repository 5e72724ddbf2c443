import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { FieldErrors } from "../errors";
import { createStaff, listStaff, setStaffActive } from "./staff";
import { createRole } from "./role-admin";
import { makeStaff } from "@/test/factories";
import { authenticate, currentSessionState } from "./sign-in";
import { permissionsOf } from "./roles";
import { listAudit } from "./audit";

const getDb = useTestDb();
let actor: { userId: string; ip: null };

beforeEach(async () => {
  await resetDb(getDb());
  const admin = await getDb().role.findUniqueOrThrow({ where: { key: "admin" } });
  const user = await getDb().user.create({ data: { username: "owner", name: "Owner", roles: { create: { roleId: admin.id } } }, select: { id: true } });
  actor = { userId: user.id, ip: null };
});

const newStaff = async (roleIds: string[]) =>
  createStaff(getDb(), actor, { name: "Reza", username: "reza", email: "reza@example.com", mobile: null, password: "reza-pass-1", roleIds });

describe("staff accounts", () => {
  it("are users with the chosen roles and no customer record; creation is audited without the password", async () => {
    const support = await createRole(getDb(), actor, { name: "Support", description: "", permissions: ["customers.read", "inbox.write"] });
    const { id } = await newStaff([support.id]);
    expect(await permissionsOf(getDb(), id)).toEqual(["customers.read", "inbox.write"]);
    expect(await getDb().customer.findUnique({ where: { userId: id } })).toBeNull();
    expect((await listStaff(getDb(), 10)).rows.map((s) => s.username)).toEqual(["reza", "owner"]);
    const [entry] = (await listAudit(getDb(), { action: "staff.create", limit: 5 })).rows;
    expect(entry).toMatchObject({ actorName: "owner", targetLabel: "reza", changes: { roles: { to: ["Support"] } } });
    expect(JSON.stringify(entry)).not.toContain("reza-pass-1");
  });

  it("a taken username is a field error", async () => {
    const support = await createRole(getDb(), actor, { name: "Support", description: "", permissions: ["customers.read"] });
    await newStaff([support.id]);
    const error = (await newStaff([support.id]).catch((e) => e)) as FieldErrors;
    expect(error.fields).toContainEqual({ path: "username", message: "errors.usernameTaken" });
  });

  it("deactivating ends their sessions and sign-ins; reactivating lets them sign in again", async () => {
    const support = await createRole(getDb(), actor, { name: "Support", description: "", permissions: ["customers.read"] });
    const { id } = await newStaff([support.id]);
    expect(await currentSessionState(getDb(), id, 0)).not.toBeNull();
    await setStaffActive(getDb(), actor, id, false);
    expect(await currentSessionState(getDb(), id, 0)).toBeNull();
    expect(await authenticate(getDb(), "reza", "reza-pass-1")).toEqual({ ok: false, code: "inactive" });
    await setStaffActive(getDb(), actor, id, true);
    expect((await authenticate(getDb(), "reza", "reza-pass-1")).ok).toBe(true);
    // The token from before the deactivation stays dead.
    expect(await currentSessionState(getDb(), id, 0)).toBeNull();
    expect((await listAudit(getDb(), { action: "staff.deactivate", limit: 5 })).rows).toHaveLength(1);
  });

  it("nobody deactivates themselves", async () => {
    const error = (await setStaffActive(getDb(), actor, actor.userId, false).catch((e) => e)) as FieldErrors;
    expect(error.fields).toEqual([{ path: "userId", message: "errors.staff.self" }]);
  });
});

describe("staff managers cannot make or unmake administrators", () => {
  it("refuses a staff account with roles beyond the manager's, or with customer roles only", async () => {
    const manager = await makeStaff(getDb(), ["staff.read", "staff.write", "roles.read"]);
    const me = { userId: manager.userId, ip: null };
    const adminRole = await getDb().role.findUniqueOrThrow({ where: { key: "admin" } });
    const customerRole = await getDb().role.findUniqueOrThrow({ where: { key: "customer" } });
    const attempt = (roleIds: string[]) =>
      createStaff(getDb(), me, { name: "X", username: "x-admin", email: null, mobile: null, password: "x-password-1", roleIds }).catch((e) => e);
    expect(((await attempt([adminRole.id])) as FieldErrors).fields).toEqual([{ path: "roleIds", message: "errors.roles.beyondYours" }]);
    expect(((await attempt([customerRole.id])) as FieldErrors).fields).toEqual([{ path: "roleIds", message: "errors.staff.needsAdminRole" }]);
    expect(await getDb().user.findUnique({ where: { username: "x-admin" } })).toBeNull();
  });

  it("refuses deactivating someone who holds more than the manager", async () => {
    const manager = await makeStaff(getDb(), ["staff.read", "staff.write"]);
    const error = (await setStaffActive(getDb(), { userId: manager.userId, ip: null }, actor.userId, false).catch((e) => e)) as FieldErrors;
    expect(error.fields).toEqual([{ path: "userId", message: "errors.roles.beyondYours" }]);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: actor.userId } })).status).toBe("ACTIVE");
  });
});
