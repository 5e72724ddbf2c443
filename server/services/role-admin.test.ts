import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { makeCustomer, makeStaff } from "@/test/factories";
import { FieldErrors } from "../errors";
import { permissionsOf } from "./roles";
import { signUp } from "./users";
import {
  addMember,
  createRole,
  deleteRole,
  listMembers,
  listRoles,
  removeMember,
  setDefaultRole,
  setUserRoles,
  updateRole,
} from "./role-admin";
import { ALL_ADMIN_PERMISSIONS } from "../permissions";

const getDb = useTestDb();
let actor: { userId: string; ip: string };

beforeEach(async () => {
  await resetDb(getDb());
  const admin = await getDb().role.findUniqueOrThrow({ where: { key: "admin" } });
  const user = await getDb().user.create({
    data: { username: "boss", name: "Boss", roles: { create: { roleId: admin.id } } },
    select: { id: true },
  });
  actor = { userId: user.id, ip: "203.0.113.1" };
});

const fieldsOf = async (p: Promise<unknown>) => ((await p.catch((e) => e)) as FieldErrors).fields;
const roleId = async (key: string) => (await getDb().role.findUniqueOrThrow({ where: { key } })).id;
const auditOf = (action: string) => getDb().auditLog.findMany({ where: { action }, orderBy: { createdAt: "asc" } });

describe("roles (A-3)", () => {
  it("a 'VIP customer' role with extra account permissions changes what its holders may do", async () => {
    const { userId } = await signUp(getDb(), { name: "Sara", username: "sara", mobile: "+989121234567", email: null, password: "sara-pass-1" });
    expect(await permissionsOf(getDb(), userId)).not.toContain("account.referrals");
    const vip = await createRole(getDb(), actor, { name: "VIP customer", description: "", permissions: ["account.referrals", "account.wallet"] });
    await addMember(getDb(), actor, vip.id, "09121234567");
    const permissions = await permissionsOf(getDb(), userId);
    expect(permissions).toContain("account.referrals"); // from VIP
    expect(permissions).toContain("account.profile"); // still from "store customer": the union
  });

  it("names must be unique, whatever the case", async () => {
    await createRole(getDb(), actor, { name: "Support", description: "", permissions: [] });
    expect(await fieldsOf(createRole(getDb(), actor, { name: "support", description: "", permissions: [] }))).toEqual([
      { path: "name", message: "errors.roles.nameTaken" },
    ]);
  });

  it("records create and update in the audit log with the changed fields", async () => {
    const role = await createRole(getDb(), actor, { name: "Support", description: "", permissions: ["customers.read"] });
    await updateRole(getDb(), actor, role.id, { name: "Support desk", description: "", permissions: ["customers.read", "inbox.write"] });
    const [update] = await auditOf("role.update");
    expect(update).toMatchObject({
      actorId: actor.userId,
      actorName: "boss",
      targetType: "role",
      targetId: role.id,
      targetLabel: "Support desk",
      ip: "203.0.113.1",
      changes: { name: { from: "Support", to: "Support desk" }, permissions: { from: ["customers.read"], to: ["customers.read", "inbox.write"] } },
    });
    expect(await auditOf("role.create")).toHaveLength(1);
  });

  it("an update that changes nothing leaves no audit record", async () => {
    const role = await createRole(getDb(), actor, { name: "Same", description: "d", permissions: ["audit.read"] });
    await updateRole(getDb(), actor, role.id, { name: "Same", description: "d", permissions: ["audit.read"] });
    expect(await auditOf("role.update")).toHaveLength(0);
  });

  it("the admin role keeps every admin permission", async () => {
    const admin = await roleId("admin");
    expect(await fieldsOf(updateRole(getDb(), actor, admin, { name: "مدیر کل", description: "", permissions: ["customers.read"] }))).toEqual([
      { path: "permissions", message: "errors.roles.adminFixed" },
    ]);
    expect(await permissionsOf(getDb(), actor.userId)).toEqual(expect.arrayContaining(ALL_ADMIN_PERMISSIONS));
  });
});

describe("deleting a role", () => {
  it("refuses the system roles and the default role", async () => {
    expect(await fieldsOf(deleteRole(getDb(), actor, await roleId("customer")))).toEqual([{ path: "id", message: "errors.roles.systemRole" }]);
    const other = await createRole(getDb(), actor, { name: "Other default", description: "", permissions: [] });
    await setDefaultRole(getDb(), actor, other.id);
    expect(await fieldsOf(deleteRole(getDb(), actor, other.id))).toEqual([{ path: "id", message: "errors.roles.isDefault" }]);
  });

  it("a role still held needs a role to move its users to, and then moves them in the same transaction", async () => {
    const a = await makeCustomer(getDb());
    const vip = await createRole(getDb(), actor, { name: "VIP", description: "", permissions: ["account.referrals"] });
    const gold = await createRole(getDb(), actor, { name: "Gold", description: "", permissions: ["account.wallet"] });
    await addMember(getDb(), actor, vip.id, a.username);
    expect(await fieldsOf(deleteRole(getDb(), actor, vip.id))).toEqual([{ path: "moveToRoleId", message: "errors.roles.moveRequired" }]);
    expect(await deleteRole(getDb(), actor, vip.id, gold.id)).toEqual({ moved: 1 });
    expect(await getDb().role.findUnique({ where: { id: vip.id } })).toBeNull();
    expect((await listMembers(getDb(), gold.id, 10)).rows.map((u) => u.username)).toEqual([a.username]);
    expect((await auditOf("role.delete"))[0]).toMatchObject({ targetLabel: "VIP", changes: { users: { from: 1, to: 0 } } });
  });
});

describe("the default role setting (A-1)", () => {
  it("decides which role a new sign-up gets, and is audited", async () => {
    const vip = await createRole(getDb(), actor, { name: "Newcomer", description: "", permissions: ["account.profile"] });
    await setDefaultRole(getDb(), actor, vip.id);
    expect((await listRoles(getDb())).find((r) => r.isDefault)?.name).toBe("Newcomer");
    const { userId } = await signUp(getDb(), { name: "N", username: "newbie", mobile: "+989121234568", email: null, password: "newbie-pass" });
    expect(await permissionsOf(getDb(), userId)).toEqual(["account.profile"]);
    expect(await auditOf("setting.defaultRole")).toHaveLength(1);
  });
});

describe("assigning roles (A-3)", () => {
  it("a user holds several roles; their permissions are the union", async () => {
    const staff = await makeStaff(getDb(), ["customers.read"]);
    const audit = await createRole(getDb(), actor, { name: "Auditor", description: "", permissions: ["audit.read"] });
    const current = (await getDb().userRole.findMany({ where: { userId: staff.userId } })).map((r) => r.roleId);
    await setUserRoles(getDb(), actor, staff.userId, [...current, audit.id]);
    expect(await permissionsOf(getDb(), staff.userId)).toEqual(["audit.read", "customers.read"]);
    expect((await auditOf("user.roles"))[0].changes).toMatchObject({ roles: { to: expect.arrayContaining(["Auditor"]) } });
  });

  it("never leaves a user without a role, nor the store without an active admin", async () => {
    const a = await makeCustomer(getDb());
    expect(await fieldsOf(removeMember(getDb(), actor, await roleId("customer"), a.userId))).toEqual([
      { path: "userId", message: "errors.roles.lastRole" },
    ]);
    const support = await createRole(getDb(), actor, { name: "Support", description: "", permissions: ["customers.read"] });
    expect(await fieldsOf(setUserRoles(getDb(), actor, actor.userId, [support.id]))).toEqual([
      { path: "roleIds", message: "errors.roles.lastAdmin" },
    ]);
  });

  it("adding a member finds them by username, e-mail or mobile and says when nobody matches", async () => {
    const vip = await createRole(getDb(), actor, { name: "VIP", description: "", permissions: [] });
    expect(await fieldsOf(addMember(getDb(), actor, vip.id, "nobody"))).toEqual([{ path: "identifier", message: "errors.roles.userNotFound" }]);
    const a = await makeCustomer(getDb());
    await addMember(getDb(), actor, vip.id, `${a.username}@example.com`);
    expect(await fieldsOf(addMember(getDb(), actor, vip.id, a.username))).toEqual([{ path: "identifier", message: "errors.roles.alreadyMember" }]);
  });
});

describe("nobody grants power they do not hold", () => {
  /** A staff member who manages roles and staff, but is no administrator. */
  async function manager() {
    const m = await makeStaff(getDb(), ["roles.read", "roles.write", "staff.read", "staff.write", "customers.read"]);
    return { userId: m.userId, ip: null };
  }

  it("a role manager cannot create or widen a role beyond their own permissions, but may use account permissions", async () => {
    const me = await manager();
    expect(await fieldsOf(createRole(getDb(), me, { name: "Sneaky", description: "", permissions: ["settings.write"] }))).toEqual([
      { path: "permissions", message: "errors.roles.beyondYours" },
    ]);
    const vip = await createRole(getDb(), me, { name: "VIP", description: "", permissions: ["customers.read", "account.referrals"] });
    expect(await fieldsOf(updateRole(getDb(), me, vip.id, { name: "VIP", description: "", permissions: ["customers.read", "audit.read"] }))).toEqual([
      { path: "permissions", message: "errors.roles.beyondYours" },
    ]);
  });

  it("a role manager cannot make themselves, or anyone, an administrator, nor demote one", async () => {
    const me = await manager();
    const adminRole = await roleId("admin");
    expect(await fieldsOf(addMember(getDb(), me, adminRole, (await getDb().user.findUniqueOrThrow({ where: { id: me.userId } })).username))).toEqual([
      { path: "roleIds", message: "errors.roles.beyondYours" },
    ]);
    const customerRole = await roleId("customer");
    expect(await fieldsOf(setUserRoles(getDb(), me, actor.userId, [customerRole]))).toEqual([
      { path: "roleIds", message: "errors.roles.beyondYours" },
    ]);
    expect(await permissionsOf(getDb(), me.userId)).not.toContain("settings.write");
  });

  it("a role manager may still give customers roles within their own reach", async () => {
    const me = await manager();
    const a = await makeCustomer(getDb());
    const vip = await createRole(getDb(), me, { name: "VIP", description: "", permissions: ["account.referrals"] });
    await addMember(getDb(), me, vip.id, a.username);
    expect(await permissionsOf(getDb(), a.userId)).toContain("account.referrals");
  });
});
