// The group form's rules as both the form and the procedure apply them (G-1).
import { describe, expect, it } from "vitest";
import { groupCreateSchema, groupDeleteSchema, groupMemberChangeSchema, type GroupFormInput } from "./groups";

const valid: GroupFormInput = { name: "همکار", description: "", paymentPercent: "50", minOrderAmount: "0", showPrices: true };

/** The first message per field, as the form shows them. */
const messages = (input: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = groupCreateSchema) => {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const i of r.error!.issues) out[i.path.join(".")] ??= i.message;
  return out;
};

describe("group form (G-1)", () => {
  it("takes a whole percent 0–100 in any digits, and an amount as people write it", () => {
    expect(groupCreateSchema.parse({ ...valid, paymentPercent: "۵۰", minOrderAmount: "۲۵۰٬۰۰۰" })).toMatchObject({
      paymentPercent: 50,
      minOrderAmount: "250000",
    });
    expect(groupCreateSchema.parse({ ...valid, paymentPercent: "0" }).paymentPercent).toBe(0);
    expect(groupCreateSchema.parse({ ...valid, paymentPercent: 100 }).paymentPercent).toBe(100);
  });

  it.each(["-1", "101", "50.5", "۵۰٫۵", "abc", "1e2"])("refuses the percent %s on its field", (paymentPercent) => {
    expect(messages({ ...valid, paymentPercent })).toEqual({ paymentPercent: "validation.percentRange" });
  });

  it("asks for a name, a percent and an amount", () => {
    expect(messages({ ...valid, name: "  ", paymentPercent: "", minOrderAmount: "" })).toEqual({
      name: "validation.required",
      paymentPercent: "validation.required",
      minOrderAmount: "validation.required",
    });
  });

  it("refuses an amount that is not money, and a description past its length", () => {
    expect(messages({ ...valid, minOrderAmount: "-5", description: "x".repeat(501) })).toEqual({
      minOrderAmount: "validation.moneyInvalid",
      description: "validation.tooLong",
    });
    expect(messages({ ...valid, minOrderAmount: "1.234" })).toEqual({ minOrderAmount: "validation.moneyInvalid" });
  });

  it("refuses fields it does not know (no mass assignment)", () => {
    expect(groupCreateSchema.safeParse({ ...valid, id: "x" }).success).toBe(false);
  });
});

describe("delete and members", () => {
  const id = "0196f3a0-0000-7000-8000-000000000001";
  const other = "0196f3a0-0000-7000-8000-000000000002";

  it("moving members needs a group other than the deleted one", () => {
    expect(messages({ id, members: "move" }, groupDeleteSchema)).toEqual({ moveToGroupId: "validation.pickGroup" });
    expect(messages({ id, members: "move", moveToGroupId: id }, groupDeleteSchema)).toEqual({ moveToGroupId: "validation.pickGroup" });
    expect(groupDeleteSchema.parse({ id, members: "move", moveToGroupId: other })).toMatchObject({ moveToGroupId: other });
    expect(groupDeleteSchema.parse({ id, members: "remove", moveToGroupId: "" }).moveToGroupId).toBeUndefined();
  });

  it("adding or removing needs at least one customer, each named once", () => {
    expect(messages({ groupId: id, customerIds: [] }, groupMemberChangeSchema)).toEqual({ customerIds: "validation.pickCustomers" });
    expect(groupMemberChangeSchema.parse({ groupId: id, customerIds: [other, other] }).customerIds).toEqual([other]);
  });
});
