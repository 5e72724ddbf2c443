// The admin's customers through the procedures (C-3, C-4, C-7): create, edit, delete and the card,
// with errors on the field that caused them and nothing half-written.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { customerInput, makeAdmin, nationalCode, refusal } from "@/test/customers";
import type { CustomerCreateInput } from "@/lib/schemas/customers";
import { listAudit } from "../services/audit";
import { authenticate, currentSessionState } from "../services/sign-in";
import { permissionsOf } from "../services/roles";
import { verifyPassword } from "../services/passwords";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
let adminName: string;

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  adminName = staff.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

const create = (over: Partial<CustomerCreateInput> = {}) => admin.customers.create(customerInput(over));
const counts = async () => ({ users: await getDb().user.count(), customers: await getDb().customer.count() });

describe("create (C-3)", () => {
  it("makes a customer with the default role, the groups and every field; audited without the password", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "VIP" } });
    const { id, userId } = await create({
      username: "Sara.M",
      password: "sara-pass-1",
      name: "سارا محمدی",
      gender: "FEMALE",
      mobile: "۰۹۱۲۱۲۳۴۵۶۷",
      email: "Sara@Example.com",
      city: "كرج",
      nationalCode: "0499370899",
      birthDate: "1990-06-15",
      groupIds: [vip.id],
    });
    expect(await permissionsOf(getDb(), userId)).toContain("account.profile");
    expect((await getDb().userRole.findMany({ where: { userId }, select: { role: { select: { key: true } } } })).map((r) => r.role.key)).toEqual(["customer"]);
    const card = await admin.customers.card({ id });
    expect(card).toMatchObject({
      gender: "FEMALE",
      city: "كرج",
      nationalCode: "0499370899",
      groups: [{ id: vip.id, name: "VIP" }],
      user: { username: "sara.m", name: "سارا محمدی", mobile: "+989121234567", email: "sara@example.com", status: "ACTIVE", blockReason: null },
    });
    expect(card.birthDate!.toISOString().slice(0, 10)).toBe("1990-06-15");
    expect((await authenticate(getDb(), "sara.m", "sara-pass-1")).ok).toBe(true);
    const [entry] = (await listAudit(getDb(), { action: "customer.create", limit: 5 })).rows;
    expect(entry).toMatchObject({ actorName: adminName, targetId: id, targetLabel: "sara.m", changes: { groups: { to: ["VIP"] } } });
    expect(JSON.stringify(entry)).not.toContain("sara-pass-1");
  });

  it("an unticked active flag makes an inactive customer, who cannot sign in", async () => {
    const { id } = await create({ username: "later", password: "later-pass-1", active: false });
    expect((await admin.customers.card({ id })).user.status).toBe("INACTIVE");
    expect(await authenticate(getDb(), "later", "later-pass-1")).toEqual({ ok: false, code: "inactive" });
  });

  it("a taken username, in any case, is a conflict on the username field", async () => {
    await create({ username: "sara" });
    const before = await counts();
    expect(await refusal(create({ username: "SARA" }))).toEqual({ code: "CONFLICT", fields: [{ path: "username", message: "errors.usernameTaken" }] });
    expect(await counts()).toEqual(before);
  });

  it("a taken mobile (typed in another form) and e-mail (in another case) are conflicts on their fields", async () => {
    await create({ mobile: "09121234567", email: "sara@example.com" });
    const before = await counts();
    expect(await refusal(create({ mobile: "+98 912 123 4567", email: "SARA@example.com" }))).toEqual({
      code: "CONFLICT",
      fields: [
        { path: "mobile", message: "errors.mobileTaken" },
        { path: "email", message: "errors.emailTaken" },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it("a taken national code is a conflict on its field", async () => {
    await create({ nationalCode: "0499370899" });
    const before = await counts();
    expect(await refusal(create({ nationalCode: "۰۴۹۹۳۷۰۸۹۹" }))).toEqual({ code: "CONFLICT", fields: [{ path: "nationalCode", message: "errors.nationalCodeTaken" }] });
    expect(await counts()).toEqual(before);
  });

  it("a bad national code checksum and a bad mobile are refused on their fields", async () => {
    const before = await counts();
    expect(await refusal(create({ nationalCode: "0499370898", mobile: "0912123" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: "mobile", message: "validation.mobileInvalid" },
        { path: "nationalCode", message: "validation.nationalCodeInvalid" },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it("a group that does not exist is refused on the groups field", async () => {
    const before = await counts();
    expect(await refusal(create({ groupIds: ["0195a3c4-0000-7000-8000-000000000001"] }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "groupIds", message: "errors.invalid" }],
    });
    expect(await counts()).toEqual(before);
  });

  it("a failure after the user row is written leaves nothing behind: no user, customer, role, group membership or audit record", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "VIP" } });
    // A database failure at the last write of the create (the customer's own fields).
    await getDb().$executeRawUnsafe(`CREATE FUNCTION test_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`);
    await getDb().$executeRawUnsafe(`CREATE TRIGGER test_boom BEFORE UPDATE ON "Customer" FOR EACH ROW WHEN (NEW."city" = 'boom') EXECUTE FUNCTION test_boom()`);
    try {
      const before = { ...(await counts()), roles: await getDb().userRole.count(), audits: await getDb().auditLog.count() };
      await expect(create({ username: "half", city: "boom", groupIds: [vip.id] })).rejects.toThrow(/boom/);
      expect({ ...(await counts()), roles: await getDb().userRole.count(), audits: await getDb().auditLog.count() }).toEqual(before);
      expect(await getDb().customerGroupMember.count()).toBe(0);
      // The username is still free.
      await create({ username: "half" });
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER test_boom ON "Customer"`);
      await getDb().$executeRawUnsafe(`DROP FUNCTION test_boom()`);
    }
  });

  describe("custom fields are validated by type, on the field customFields.<id>", () => {
    const label = (fa: string) => ({ fa, ar: "", en: "" });
    let kind: string;
    let size: string;
    beforeEach(async () => {
      kind = (
        await admin.customFields.create({
          label: label("نوع محصول"),
          type: "SELECT",
          options: [{ value: "perfume", label: label("عطر") }, { value: "watch", label: label("ساعت") }],
          required: true,
          showAtSignUp: false,
        })
      ).id;
      size = (await admin.customFields.create({ label: label("سایز"), type: "NUMBER", required: false, showAtSignUp: false })).id;
    });

    it.each([
      ["a required field left empty", () => ({}), "kind", "validation.required"],
      ["an option the field does not have", () => ({ [kind]: "car" }), "kind", "validation.optionInvalid"],
      ["text in a number field", () => ({ [kind]: "watch", [size]: "large" }), "size", "validation.numberInvalid"],
    ])("refuses %s and writes nothing", async (_, values, which, message) => {
      const before = await counts();
      const path = `customFields.${which === "kind" ? kind : size}`;
      expect(await refusal(create({ customFields: values() }))).toEqual({ code: "BAD_REQUEST", fields: [{ path, message }] });
      expect(await counts()).toEqual(before);
    });

    it("stores valid values, numbers typed in Persian digits as numbers", async () => {
      const { id } = await create({ customFields: { [kind]: "watch", [size]: "۴۲" } });
      expect((await admin.customers.card({ id })).customFields).toEqual({ [kind]: "watch", [size]: 42 });
    });
  });
});

describe("edit (C-3, C-4)", () => {
  it("changes the fields and the groups, and the audit record says what changed", async () => {
    const [vip, wholesale] = await Promise.all([
      getDb().customerGroup.create({ data: { name: "VIP" } }),
      getDb().customerGroup.create({ data: { name: "Wholesale" } }),
    ]);
    const { id } = await create({ username: "reza", name: "رضا", city: "تهران", groupIds: [vip.id] });
    const edit = await admin.customers.forEdit({ id });
    expect(edit.values).toMatchObject({ name: "رضا", city: "تهران", active: true, groupIds: [vip.id] });
    await admin.customers.update({ id, ...edit.values, name: "رضا رضایی", city: "كرج", mobile: "09351112233", groupIds: [wholesale.id] });
    const card = await admin.customers.card({ id });
    expect(card).toMatchObject({ city: "كرج", groups: [{ name: "Wholesale" }], user: { name: "رضا رضایی", mobile: "+989351112233" } });
    // The list finds the customer by the new name and number, and by the new city.
    const found = await admin.customers.list({ filter: { q: "رضايي", city: "کرج" } });
    expect(found.rows.map((r) => r.id)).toEqual([id]);
    expect((await admin.customers.list({ filter: { q: "0935111" } })).rows.map((r) => r.id)).toEqual([id]);
    const [entry] = (await listAudit(getDb(), { action: "customer.update", limit: 5 })).rows;
    expect(entry).toMatchObject({
      targetId: id,
      changes: {
        name: { from: "رضا", to: "رضا رضایی" },
        city: { from: "تهران", to: "كرج" },
        mobile: { from: null, to: "+989351112233" },
        groups: { from: ["VIP"], to: ["Wholesale"] },
      },
    });
    expect(Object.keys(entry!.changes as object).sort()).toEqual(["city", "groups", "mobile", "name"]);
  });

  it("unticking active deactivates: sessions end and sign-in is refused", async () => {
    const { id, userId } = await create({ username: "reza", password: "reza-pass-1" });
    const { values } = await admin.customers.forEdit({ id });
    await admin.customers.update({ id, ...values, active: false });
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ status: "INACTIVE", sessionVersion: 1 });
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    expect(await authenticate(getDb(), "reza", "reza-pass-1")).toEqual({ ok: false, code: "inactive" });
    await admin.customers.update({ id, ...values, active: true });
    expect((await authenticate(getDb(), "reza", "reza-pass-1")).ok).toBe(true);
  });

  it("the active flag does not unblock or approve: a blocked customer stays blocked", async () => {
    const { id } = await create();
    await admin.customers.block({ id, reason: "fraud", details: "" });
    const { values } = await admin.customers.forEdit({ id });
    await admin.customers.update({ id, ...values, active: true, name: "تازه" });
    expect((await admin.customers.card({ id })).user).toMatchObject({ status: "BLOCKED", name: "تازه", blockReason: "fraud" });
  });

  it("another customer's mobile, e-mail or national code is a conflict on that field; nothing changes", async () => {
    await create({ mobile: "09121234567", email: "taken@example.com", nationalCode: "0499370899" });
    const { id } = await create({ name: "دومی" });
    const { values } = await admin.customers.forEdit({ id });
    expect(await refusal(admin.customers.update({ id, ...values, mobile: "09121234567", email: "Taken@example.com" }))).toEqual({
      code: "CONFLICT",
      fields: [
        { path: "mobile", message: "errors.mobileTaken" },
        { path: "email", message: "errors.emailTaken" },
      ],
    });
    expect(await refusal(admin.customers.update({ id, ...values, nationalCode: "0499370899" }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "nationalCode", message: "errors.nationalCodeTaken" }],
    });
    expect((await admin.customers.card({ id })).user).toMatchObject({ name: "دومی", mobile: null, email: null });
  });

  it("keeping one's own mobile, e-mail and national code is no conflict", async () => {
    const { id } = await create({ mobile: "09121234567", email: "me@example.com", nationalCode: "0499370899" });
    const { values } = await admin.customers.forEdit({ id });
    await admin.customers.update({ id, ...values, name: "نام دیگر" });
    expect((await admin.customers.card({ id })).user.name).toBe("نام دیگر");
  });
});

describe("delete (C-4)", () => {
  it("erases the person, keeps the record out of sight, and frees the username, mobile, e-mail and national code", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "VIP" } });
    const data = { username: "leaving", password: "leaving-pass", name: "رفتنی", mobile: "09121234567", email: "leaving@example.com", nationalCode: "0499370899", city: "قم", groupIds: [vip.id] };
    const { id, userId } = await create(data);
    await authenticate(getDb(), "leaving", "leaving-pass", "203.0.113.5", "Firefox");
    await admin.customers.addNote({ customerId: id, body: "یادداشت" });
    await admin.customers.sendSms({ customerId: id, body: "سفارش شما آماده است" });
    await admin.customers.delete({ id });
    // A queued SMS is not sent to someone who is gone.
    expect(await getDb().outboxMessage.count({ where: { userId } })).toBe(0);

    const row = await getDb().customer.findUniqueOrThrow({ where: { id }, include: { user: true, groups: true, notes: true } });
    expect(row.deletedAt).not.toBeNull();
    expect(row).toMatchObject({ nationalCode: null, city: null, searchText: "", groups: [], notes: [] });
    expect(row.user).toMatchObject({ name: "", email: null, mobile: null, passwordHash: null, lastSignInIp: null });
    expect(row.user.username).not.toBe("leaving");
    expect(await getDb().signInEvent.count({ where: { userId } })).toBe(0);
    // Out of the list, the count and the card.
    expect((await admin.customers.list({ filter: {} })).rows.map((r) => r.id)).not.toContain(id);
    expect((await admin.customers.count({ filter: {} })).count).toBe(0);
    expect(await refusal(admin.customers.card({ id }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "id", message: "errors.notFound" }] });
    // The old credentials open nothing, the old token is dead.
    expect((await authenticate(getDb(), "leaving", "leaving-pass")).ok).toBe(false);
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    // A new customer may take everything the deleted one had.
    const again = await create(data);
    expect((await admin.customers.card({ id: again.id })).user.username).toBe("leaving");
    const [entry] = (await listAudit(getDb(), { action: "customer.delete", limit: 5 })).rows;
    expect(entry).toMatchObject({ targetId: id, targetLabel: "leaving" });
  });

  it("a deleted customer cannot be edited, blocked or deleted again", async () => {
    const { id } = await create();
    const { values } = await admin.customers.forEdit({ id });
    await admin.customers.delete({ id });
    const notFound = { code: "BAD_REQUEST", fields: [{ path: "id", message: "errors.notFound" }] };
    expect(await refusal(admin.customers.update({ id, ...values }))).toEqual(notFound);
    expect(await refusal(admin.customers.block({ id, reason: "spam", details: "" }))).toEqual(notFound);
    expect(await refusal(admin.customers.delete({ id }))).toEqual(notFound);
  });

  it("needs customers.delete: a staff user who may only write cannot delete", async () => {
    const { id } = await create();
    const writer = await makeStaff(getDb(), ["customers.read", "customers.write"]);
    await expect(callerAs(getDb(), await sessionOf(getDb(), writer.userId)).customers.delete({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await admin.customers.card({ id })).id).toBe(id);
  });
});

describe("the card (C-7)", () => {
  it("shows the sign-in history with address and browser, newest first, and the referral code", async () => {
    const { id } = await create({ username: "visitor", password: "visitor-pass" });
    await authenticate(getDb(), "visitor", "visitor-pass", "203.0.113.1", "Mozilla/5.0 (Android 14) Chrome/120");
    await authenticate(getDb(), "visitor", "visitor-pass", "203.0.113.2", "BashgahApp/2.1 (iOS 17)");
    const card = await admin.customers.card({ id });
    expect(card.signIns.map((s) => [s.ip, s.userAgent])).toEqual([
      ["203.0.113.2", "BashgahApp/2.1 (iOS 17)"],
      ["203.0.113.1", "Mozilla/5.0 (Android 14) Chrome/120"],
    ]);
    expect(card.user.lastSignInIp).toBe("203.0.113.2");
    expect(card.referralCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(card).toMatchObject({ orderCount: 0, pointsBalance: 0n, walletBalance: 0n, notes: [], messages: [] });
  });

  it("a failed sign-in leaves no history", async () => {
    const { id } = await create({ username: "visitor", password: "visitor-pass" });
    await authenticate(getDb(), "visitor", "wrong-pass", "203.0.113.1", "curl");
    expect((await admin.customers.card({ id })).signIns).toEqual([]);
  });

  it("never carries the password hash", async () => {
    const { id, userId } = await create({ password: "secret-pass-1" });
    const hash = (await getDb().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash!;
    expect(await verifyPassword("secret-pass-1", hash)).toBe(true);
    expect(JSON.stringify(await admin.customers.card({ id }), (_, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(hash);
    expect(JSON.stringify(await admin.customers.forEdit({ id }))).not.toContain(hash);
  });
});

it("the national code helper of the tests makes codes the schema accepts", async () => {
  const code = nationalCode("123456789");
  const { id } = await create({ nationalCode: code });
  expect((await admin.customers.card({ id })).nationalCode).toBe(code);
});

describe("the name sort follows renames", () => {
  it("sorts by the Persian alphabet: پ چ ژ گ in their places, Arabic spellings beside Persian ones", async () => {
    for (const [username, name] of [["yaser", "یاسر"], ["golare", "گلاره"], ["parviz", "پرویز"], ["bahram", "بهرام"], ["changiz", "چنگیز"], ["kave", "كاوه"]]) {
      await create({ username, name });
    }
    const page = await admin.customers.list({ filter: {}, sort: "name", dir: "asc" });
    expect(page.rows.map((r) => r.name)).toEqual(["بهرام", "پرویز", "چنگیز", "كاوه", "گلاره", "یاسر"]);
  });

  it("an admin's edit and the customer's own profile both move the customer in the name order", async () => {
    const a = await create({ username: "aaa", name: "الف" });
    const b = await create({ username: "bbb", name: "ب" });
    const names = async () => (await admin.customers.list({ filter: {}, sort: "name", dir: "asc" })).rows.map((r) => r.username);
    expect(await names()).toEqual(["aaa", "bbb"]);
    const { values } = await admin.customers.forEdit({ id: a.id });
    await admin.customers.update({ id: a.id, ...values, name: "ی" });
    expect(await names()).toEqual(["bbb", "aaa"]);
    const own = callerAs(getDb(), await sessionOf(getDb(), b.userId));
    await own.profile.update({ name: "یی", mobile: "09121112233", email: "" });
    expect(await names()).toEqual(["aaa", "bbb"]);
  });
});
