import { describe, expect, it } from "vitest";
import { customFieldValuesSchema, labelIn, type CustomFieldDef } from "./custom-fields";

const label = (fa: string) => ({ fa, ar: "", en: "" });
const field = (id: string, type: CustomFieldDef["type"], more: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  id,
  label: label(id),
  type,
  options: type === "SELECT" || type === "MULTI_SELECT" ? [{ value: "a", label: label("الف") }, { value: "b", label: label("ب") }] : [],
  required: false,
  showAtSignUp: false,
  ...more,
});

/** The problems of a parse as { path: message }. */
const problems = (defs: CustomFieldDef[], raw: unknown) => {
  const result = customFieldValuesSchema(defs).safeParse(raw);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};
const parse = (defs: CustomFieldDef[], raw: unknown) => customFieldValuesSchema(defs).parse(raw);

describe("custom field values (C-6)", () => {
  it("keeps a valid value of every type", () => {
    const defs = [field("t", "TEXT"), field("n", "NUMBER"), field("d", "DATE"), field("s", "SELECT"), field("m", "MULTI_SELECT"), field("y", "BOOLEAN")];
    expect(parse(defs, { t: "  سلام ", n: "۱۲٫۵", d: "2024-03-20", s: "b", m: ["b", "a"], y: true })).toEqual({
      t: "سلام",
      n: 12.5,
      d: "2024-03-20",
      s: "b",
      m: ["b", "a"],
      y: true,
    });
  });

  it("a multi-select ticked twice keeps the option once; every problem is a message key", () => {
    expect(parse([field("m", "MULTI_SELECT")], { m: ["a", "b", "a"] })).toEqual({ m: ["a", "b"] });
    const tooMany = problems([field("m", "MULTI_SELECT")], { m: Array.from({ length: 500 }, () => "a") });
    expect(Object.values(tooMany).every((m) => /^validation\./.test(m))).toBe(true);
  });

  it("names the field of a value of the wrong kind", () => {
    const defs = [field("n", "NUMBER"), field("d", "DATE"), field("s", "SELECT"), field("m", "MULTI_SELECT"), field("y", "BOOLEAN")];
    expect(problems(defs, { n: "دو", d: "20/03/2024", s: "c", m: ["a", "z"], y: "yes" })).toEqual({
      n: "validation.numberInvalid",
      d: "validation.dateInvalid",
      s: "validation.optionInvalid",
      m: "validation.optionInvalid",
      y: "validation.invalid",
    });
  });

  it("requires a required field and refuses a blank text as its value", () => {
    const defs = [field("t", "TEXT", { required: true }), field("s", "SELECT", { required: true }), field("m", "MULTI_SELECT", { required: true })];
    expect(problems(defs, { t: "   ", m: [] })).toEqual({ t: "validation.required", s: "validation.required", m: "validation.required" });
  });

  it("a blank number is no number: required is still missing, optional stays empty", () => {
    expect(problems([field("n", "NUMBER", { required: true })], { n: "  " })).toEqual({ n: "validation.required" });
    expect(parse([field("n", "NUMBER")], { n: " " })).toEqual({});
  });

  it("drops empty optional values, so 'no value' is stored as absence", () => {
    const defs = [field("t", "TEXT"), field("n", "NUMBER"), field("m", "MULTI_SELECT"), field("y", "BOOLEAN")];
    expect(parse(defs, { t: "", n: null, m: [], y: false })).toEqual({});
  });

  it("a required yes/no is stored as false when not ticked", () => {
    expect(parse([field("y", "BOOLEAN", { required: true })], {})).toEqual({ y: false });
  });

  it("refuses values of fields that are not defined", () => {
    expect(problems([field("t", "TEXT")], { t: "x", ghost: "boo" })).toEqual({ ghost: "validation.invalid" });
  });

  it("refuses a date that is not in the calendar", () => {
    expect(problems([field("d", "DATE")], { d: "2023-02-30" })).toEqual({ d: "validation.dateInvalid" });
  });

  it("labels fall back to Persian when the locale's label is empty", () => {
    expect(labelIn({ fa: "شهر", ar: "", en: "City" }, "ar")).toBe("شهر");
    expect(labelIn({ fa: "شهر", ar: "مدينة", en: "City" }, "en")).toBe("City");
  });
});
