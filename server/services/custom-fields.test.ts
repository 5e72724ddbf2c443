// Custom fields of the customer record (C-6): definitions, order, and values validated by type on
// create, edit and sign-up; deleting a field removes its values everywhere.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, sessionOf } from "@/test/factories";
import { customerInput, makeAdmin, refusal } from "@/test/customers";
import type { CustomFieldInput } from "@/lib/schemas/customers";
import { listAudit } from "./audit";
import { signUp } from "./users";
import { validateCustomFields } from "./custom-fields";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
const visitor = () => callerAs(getDb(), null);

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

const label = (fa: string, en = "") => ({ fa, ar: "", en });
const define = (over: Partial<CustomFieldInput> & Pick<CustomFieldInput, "type">) =>
  admin.customFields.create({ label: label("فیلد"), required: false, showAtSignUp: false, ...over });
const kinds = [
  { value: "perfume", label: label("عطر", "Perfume") },
  { value: "watch", label: label("ساعت", "Watch") },
];

describe("definitions", () => {
  it("are listed in the order they were made, and reordering changes it; audited", async () => {
    const a = await define({ type: "TEXT", label: label("الف") });
    const b = await define({ type: "NUMBER", label: label("ب") });
    const c = await define({ type: "BOOLEAN", label: label("ج") });
    expect((await admin.customFields.list()).map((f) => f.id)).toEqual([a.id, b.id, c.id]);
    await admin.customFields.reorder({ ids: [c.id, a.id, b.id] });
    expect((await admin.customFields.list()).map((f) => f.id)).toEqual([c.id, a.id, b.id]);
    expect((await admin.customers.options()).fields.map((f) => f.label.fa)).toEqual(["ج", "الف", "ب"]);
    expect((await listAudit(getDb(), { action: "customField.create", limit: 10 })).rows).toHaveLength(3);
    expect((await listAudit(getDb(), { action: "customField.reorder", limit: 10 })).rows).toHaveLength(1);
  });

  it("a select needs at least two options, on the options field", async () => {
    expect(await refusal(define({ type: "SELECT", options: [kinds[0]!] }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "options", message: "validation.optionsTooFew" }],
    });
    expect(await getDb().customField.count()).toBe(0);
  });

  it("labels and options can change, the type cannot", async () => {
    const { id } = await define({ type: "SELECT", options: kinds });
    await admin.customFields.update({
      id,
      field: { label: label("نوع"), type: "SELECT", options: [...kinds, { value: "bag", label: label("کیف") }], required: true, showAtSignUp: true },
    });
    expect(await admin.customFields.list()).toEqual([
      expect.objectContaining({ id, label: label("نوع"), required: true, showAtSignUp: true, options: [...kinds, { value: "bag", label: label("کیف") }] }),
    ]);
    expect(
      await refusal(admin.customFields.update({ id, field: { label: label("نوع"), type: "MULTI_SELECT", options: kinds, required: false, showAtSignUp: false } })),
    ).toEqual({ code: "BAD_REQUEST", fields: [{ path: "type", message: "errors.customFields.typeLocked" }] });
    expect((await admin.customFields.list())[0]!.type).toBe("SELECT");
  });

  it("deleting a field removes its values from every customer; the other values stay", async () => {
    const kind = await define({ type: "SELECT", options: kinds });
    const note = await define({ type: "TEXT" });
    const a = await admin.customers.create(customerInput({ customFields: { [kind.id]: "watch", [note.id]: "خوش‌قول" } }));
    const b = await admin.customers.create(customerInput({ customFields: { [kind.id]: "perfume" } }));
    await admin.customFields.delete({ id: kind.id });
    expect((await admin.customers.card({ id: a.id })).customFields).toEqual({ [note.id]: "خوش‌قول" });
    expect((await admin.customers.card({ id: b.id })).customFields).toEqual({});
    expect((await admin.customers.list({ filter: { field: kind.id, option: "watch" } })).rows).toEqual([]);
    // The edit form of the customer saves again without the deleted field.
    const { values } = await admin.customers.forEdit({ id: a.id });
    await admin.customers.update({ id: a.id, ...values });
    expect((await listAudit(getDb(), { action: "customField.delete", limit: 5 })).rows).toHaveLength(1);
  });

  it("an option taken out of a select is taken out of the customers who chose it; they stay editable", async () => {
    const bag = { value: "bag", label: label("کیف", "Bag") };
    const kind = await define({ type: "SELECT", options: [...kinds, bag] });
    const likes = await define({ type: "MULTI_SELECT", options: [...kinds, bag] });
    const a = await admin.customers.create(customerInput({ customFields: { [kind.id]: "watch", [likes.id]: ["watch", "bag"] } }));
    const b = await admin.customers.create(customerInput({ customFields: { [kind.id]: "bag", [likes.id]: ["perfume"] } }));
    const without = (id: string, type: "SELECT" | "MULTI_SELECT") =>
      admin.customFields.update({ id, field: { label: label("فیلد"), type, options: [kinds[0]!, bag], required: false, showAtSignUp: false } });
    await without(kind.id, "SELECT");
    await without(likes.id, "MULTI_SELECT");
    expect((await admin.customers.card({ id: a.id })).customFields).toEqual({ [likes.id]: ["bag"] });
    expect((await admin.customers.card({ id: b.id })).customFields).toEqual({ [kind.id]: "bag", [likes.id]: ["perfume"] });
    const { values } = await admin.customers.forEdit({ id: a.id });
    await admin.customers.update({ id: a.id, ...values });
    const [entry] = (await listAudit(getDb(), { action: "customField.update", limit: 5 })).rows;
    expect(entry!.changes).toMatchObject({ valuesCleared: { to: 1 } });
  });

  it("updating or deleting a field that does not exist is refused", async () => {
    const missing = "0195a3c4-0000-7000-8000-000000000001";
    expect((await refusal(admin.customFields.delete({ id: missing }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
    expect(
      (await refusal(admin.customFields.update({ id: missing, field: { label: label("x"), type: "TEXT", options: [], required: false, showAtSignUp: false } })))
        .fields,
    ).toEqual([{ path: "id", message: "errors.notFound" }]);
  });
});

describe("values on the customer's edit form", () => {
  it("are checked on edit like on create, on customFields.<id>", async () => {
    const kind = await define({ type: "SELECT", options: kinds, required: true });
    const birthday = await define({ type: "DATE" });
    const { id } = await admin.customers.create(customerInput({ customFields: { [kind.id]: "watch" } }));
    const { values } = await admin.customers.forEdit({ id });
    expect(values.customFields).toEqual({ [kind.id]: "watch" });
    expect(await refusal(admin.customers.update({ id, ...values, customFields: { [kind.id]: "", [birthday.id]: "1402/01/01" } }))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: `customFields.${kind.id}`, message: "validation.required" },
        { path: `customFields.${birthday.id}`, message: "validation.dateInvalid" },
      ],
    });
    await admin.customers.update({ id, ...values, customFields: { [kind.id]: "perfume", [birthday.id]: "2024-03-20" } });
    expect((await admin.customers.card({ id })).customFields).toEqual({ [kind.id]: "perfume", [birthday.id]: "2024-03-20" });
  });

  it("a value for a field that is not defined is refused", async () => {
    await expect(validateCustomFields(getDb(), { "0195a3c4-0000-7000-8000-000000000001": "x" })).rejects.toMatchObject({
      fields: [{ path: "customFields.0195a3c4-0000-7000-8000-000000000001", message: "validation.invalid" }],
    });
  });
});

describe("at sign-up", () => {
  const sara = { name: "سارا", username: "sara", mobile: "09121234567", email: "", password: "sara-pass-1" };

  it("the form asks only the fields shown at sign-up, in their order", async () => {
    await define({ type: "TEXT", label: label("پنهان") });
    const shown = await define({ type: "SELECT", label: label("علاقه"), options: kinds, showAtSignUp: true, required: true });
    const fields = await visitor().auth.signUpFields();
    expect(fields.map((f) => f.id)).toEqual([shown.id]);
  });

  it("a required sign-up field must be answered, with a valid value; nothing is created otherwise", async () => {
    const shown = await define({ type: "SELECT", options: kinds, showAtSignUp: true, required: true });
    // A required field not shown at sign-up is not asked there.
    await define({ type: "NUMBER", required: true });
    expect(await refusal(visitor().auth.signUp(sara))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: `customFields.${shown.id}`, message: "validation.required" }],
    });
    expect((await refusal(visitor().auth.signUp({ ...sara, customFields: { [shown.id]: "car" } }))).fields).toEqual([
      { path: `customFields.${shown.id}`, message: "validation.optionInvalid" },
    ]);
    expect(await getDb().user.count({ where: { username: "sara" } })).toBe(0);
    const { customerId } = await visitor().auth.signUp({ ...sara, customFields: { [shown.id]: "perfume" } });
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: customerId } })).customFields).toEqual({ [shown.id]: "perfume" });
  });

  it("a value for a field not shown at sign-up is refused", async () => {
    const hidden = await define({ type: "TEXT" });
    await expect(signUp(getDb(), { ...sara, mobile: "+989121234567", email: null, customFields: { [hidden.id]: "x" } })).rejects.toMatchObject({
      fields: [{ path: `customFields.${hidden.id}`, message: "validation.invalid" }],
    });
    expect(await getDb().user.count({ where: { username: "sara" } })).toBe(0);
  });
});
