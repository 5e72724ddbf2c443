import { describe, expect, it } from "vitest";
import {
  customerBlockSchema,
  customerBulkSchema,
  customerCreateSchema,
  customerFilterSchema,
  customerListSchema,
  customFieldSchema,
  type CustomerCreateInput,
} from "./customers";

const form = (over: Partial<CustomerCreateInput> = {}): CustomerCreateInput => ({
  username: "sara",
  password: "sara-pass-1",
  name: "سارا",
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

/** The first problem of each field as { path: message }. */
const problems = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const i of result.error!.issues) out[i.path.join(".")] ??= i.message;
  return out;
};

describe("the create form (C-3)", () => {
  it("keeps what was typed, in the stored forms: lower-case Latin username, E.164 mobile, empty fields as none", () => {
    const data = customerCreateSchema.parse(form({ username: " Sara_۱۲ ", mobile: "۰۹۱۲ ۱۲۳ ۴۵۶۷", email: "Sara@Example.COM", nationalCode: "۰۴۹۹۳۷۰۸۹۹" }));
    expect(data).toMatchObject({
      username: "sara_12",
      mobile: "+989121234567",
      email: "sara@example.com",
      nationalCode: "0499370899",
      gender: null,
      city: null,
      birthDate: null,
    });
  });

  it("accepts Iranian and Saudi mobile numbers", () => {
    expect(customerCreateSchema.parse(form({ mobile: "٠٥٠١٢٣٤٥٦٧" })).mobile).toBe("+966501234567");
    expect(customerCreateSchema.parse(form({ mobile: "+98 935 111 2233" })).mobile).toBe("+989351112233");
  });

  it("names each bad field", () => {
    expect(
      problems(customerCreateSchema, form({ username: "", password: "short", name: " ", mobile: "0912", email: "not-mail", nationalCode: "0499370898" })),
    ).toEqual({
      username: "validation.required",
      password: "validation.passwordTooShort",
      name: "validation.required",
      mobile: "validation.mobileInvalid",
      email: "validation.emailInvalid",
      nationalCode: "validation.nationalCodeInvalid",
    });
  });

  it("refuses a landline as the mobile and a username of digits only", () => {
    expect(problems(customerCreateSchema, form({ mobile: "02188776655", username: "09121234567" }))).toEqual({
      mobile: "validation.mobileInvalid",
      username: "validation.usernameFormat",
    });
  });

  it("refuses a birth date in the future or before 1900", () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(problems(customerCreateSchema, form({ birthDate: nextYear }))).toEqual({ birthDate: "validation.birthDateRange" });
    expect(problems(customerCreateSchema, form({ birthDate: "1899-12-31" }))).toEqual({ birthDate: "validation.birthDateRange" });
    expect(customerCreateSchema.parse(form({ birthDate: "1990-06-15" })).birthDate).toBe("1990-06-15");
  });

  it("refuses a birth date that is not in the calendar (it would be saved as another day)", () => {
    expect(problems(customerCreateSchema, form({ birthDate: "1990-02-30" }))).toEqual({ birthDate: "validation.dateInvalid" });
    expect(problems(customerCreateSchema, form({ birthDate: "1990-04-31" }))).toEqual({ birthDate: "validation.dateInvalid" });
  });

  it("refuses fields the form does not have", () => {
    expect(customerCreateSchema.safeParse({ ...form(), status: "ACTIVE" }).success).toBe(false);
  });
});

describe("blocking needs a reason from the list, and details when the reason is 'other'", () => {
  const id = "0195a3c4-0000-7000-8000-000000000001";
  it("accepts a listed reason without details", () => {
    expect(customerBlockSchema.parse({ id, reason: "fraud", details: "" })).toEqual({ id, reason: "fraud", details: "" });
  });
  it("names the details field for 'other' without details, and the reason field for an unknown reason", () => {
    expect(problems(customerBlockSchema, { id, reason: "other", details: "  " })).toEqual({ details: "validation.detailsRequired" });
    expect(problems(customerBlockSchema, { id, reason: "grumpy", details: "" })).toEqual({ reason: "validation.required" });
  });
});

describe("the list's filter, read from a bookmarked URL", () => {
  it("normalises the search and the city, reads amounts in any digits", () => {
    expect(customerFilterSchema.parse({ q: " علي  ", city: "كرج", pointsMin: "۱٬۵۰۰", walletMax: "٢٠٠" })).toMatchObject({
      q: "علی",
      city: "کرج",
      pointsMin: 1500,
      walletMax: 200n,
    });
  });

  it("reads a decimal typed with the Persian decimal separator (points have hundredths)", () => {
    expect(customerFilterSchema.parse({ pointsMin: "۲٫۵", pointsMax: "٣٫٧٥" })).toMatchObject({ pointsMin: 2.5, pointsMax: 3.75 });
  });

  it("reads wallet bounds as whole minor units, never as floats", () => {
    expect(customerFilterSchema.parse({ walletMin: "12,500", walletMax: "900719925474099" })).toMatchObject({ walletMin: 12500n, walletMax: 900719925474099n });
    expect(customerFilterSchema.parse({ walletMin: "10.5", walletMax: "1e3" })).toMatchObject({ walletMin: undefined, walletMax: undefined });
  });

  it("drops values that no longer make sense instead of failing the page", () => {
    expect(customerFilterSchema.parse({ status: "GONE", group: "x", from: "yesterday", timeZone: "Mars/Base", gender: "X", orders: "maybe", pointsMin: "abc" })).toEqual({
      status: undefined,
      group: undefined,
      from: undefined,
      timeZone: undefined,
      gender: undefined,
      orders: undefined,
      pointsMin: undefined,
      q: undefined,
      city: undefined,
      pointsMax: undefined,
      walletMin: undefined,
      walletMax: undefined,
      field: undefined,
    });
  });

  it("a page is at most 100 rows", () => {
    expect(customerListSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(customerListSchema.parse({})).toMatchObject({ sort: "createdAt", dir: "desc", limit: 50 });
  });
});

describe("bulk actions", () => {
  const ids = ["0195a3c4-0000-7000-8000-000000000001"];
  it("need a group for group actions and rows or a filter", () => {
    expect(problems(customerBulkSchema, { action: "addToGroup", ids })).toEqual({ groupId: "validation.pickGroup" });
    expect(problems(customerBulkSchema, { action: "activate" })).toEqual({ ids: "validation.required" });
    expect(customerBulkSchema.safeParse({ action: "activate", filter: {} }).success).toBe(true);
  });
});

describe("custom field definitions", () => {
  const label = { fa: "نوع محصول", ar: "", en: "" };
  it("a select needs two options with distinct values", () => {
    expect(problems(customFieldSchema, { label, type: "SELECT", options: [{ value: "a", label }], required: false, showAtSignUp: false })).toEqual({
      options: "validation.optionsTooFew",
    });
    expect(
      problems(customFieldSchema, { label, type: "MULTI_SELECT", options: [{ value: "a", label }, { value: "a", label }], required: false, showAtSignUp: false }),
    ).toEqual({ "options.1.value": "validation.optionDuplicate" });
  });
  it("options of a non-select type are dropped", () => {
    expect(customFieldSchema.parse({ label, type: "TEXT", options: [{ value: "a", label }], required: true, showAtSignUp: true }).options).toEqual([]);
  });
});
