// The order limit form's schema, shared by the form and the procedures: what a user types and
// which field each mistake is shown on.
import { describe, expect, it } from "vitest";
import { orderLimitSchema, orderLimitUpdateSchema, type OrderLimitInput } from "./order-limits";

const group = "0190a5e2-0000-7000-8000-000000000001";
const brand = "0190a5e2-0000-7000-8000-000000000002";
const valid: OrderLimitInput = { name: "حداکثر ۳ عطر", active: true, groupId: group, maxItems: "3", windowHours: "24", productIds: [], categoryIds: [], brandIds: [brand] };

/** The first message of each field, as the form shows them. */
const messages = (input: unknown) => {
  const result = orderLimitSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const i of result.error.issues) out[i.path.join(".")] ??= i.message;
  return out;
};

describe("order limit schema", () => {
  it("reads numbers in Persian, Arabic or Latin digits and drops repeated items", () => {
    expect(orderLimitSchema.parse({ ...valid, maxItems: "۱۲", windowHours: "٤٨", brandIds: [brand, brand] })).toMatchObject({ maxItems: 12, windowHours: 48, brandIds: [brand] });
    expect(orderLimitSchema.parse({ ...valid, maxItems: 1, windowHours: 8760 })).toMatchObject({ maxItems: 1, windowHours: 8760 });
  });

  it("needs at least one product, category or brand, and says so on the items field", () => {
    expect(messages({ ...valid, brandIds: [] })).toEqual({ items: "validation.limitItemsRequired" });
    expect(messages({ ...valid, brandIds: [], categoryIds: [brand] })).toEqual({});
    expect(messages({ ...valid, brandIds: [], productIds: [brand] })).toEqual({});
  });

  it("at least one item in a window of 1 to 8760 hours, whole numbers only", () => {
    expect(messages({ ...valid, maxItems: "0", windowHours: "0" })).toEqual({ maxItems: "validation.limitMaxItems", windowHours: "validation.limitWindowHours" });
    expect(messages({ ...valid, windowHours: "8761" })).toEqual({ windowHours: "validation.limitWindowHours" });
    expect(messages({ ...valid, maxItems: "-1" })).toEqual({ maxItems: "validation.limitMaxItems" });
    expect(messages({ ...valid, maxItems: "1.5", windowHours: "abc" })).toEqual({ maxItems: "validation.numberInvalid", windowHours: "validation.numberInvalid" });
    expect(messages({ ...valid, maxItems: "", windowHours: " " })).toEqual({ maxItems: "validation.required", windowHours: "validation.required" });
  });

  it("a name and a group are required; unknown keys are refused", () => {
    expect(messages({ ...valid, name: "  ", groupId: "" })).toEqual({ name: "validation.required", groupId: "validation.pickGroup" });
    expect(messages({ ...valid, groupId: "x" })).toEqual({ groupId: "validation.invalid" });
    expect(orderLimitSchema.safeParse({ ...valid, createdAt: "2020-01-01" }).success).toBe(false);
    expect(orderLimitUpdateSchema.safeParse({ ...valid, id: "nope" }).success).toBe(false);
  });
});
