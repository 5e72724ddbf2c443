import { describe, expect, it } from "vitest";
import { codeField, pointValueField, pointsToDecimal, productFilterSchema, skuField, wholeNumberField } from "./catalog";

const problem = (schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } }, v: unknown) =>
  schema.safeParse(v).error?.issues[0]?.message;

describe("catalog fields", () => {
  it("codes are lower-case latin slugs", () => {
    expect(codeField.parse(" Tehran-Central ")).toBe("tehran-central");
    expect(codeField.parse("riyadh2")).toBe("riyadh2");
    for (const bad of ["تهران", "a b", "-a", "a--b", "a_b"]) expect(problem(codeField, bad), bad).toBe("validation.slugFormat");
    expect(problem(codeField, " ")).toBe("validation.required");
  });

  it("SKUs are upper-cased, digits latinised", () => {
    expect(skuField.parse("ch-n5-۱۰۰")).toBe("CH-N5-100");
    expect(problem(skuField, "شنل")).toBe("validation.skuFormat");
  });

  it("point values keep up to two decimals, in hundredths", () => {
    expect(pointValueField.parse("5.0")).toBe(500n);
    expect(pointValueField.parse("۲٫۵")).toBe(250n);
    expect(pointValueField.parse(0.05)).toBe(5n);
    expect(pointValueField.parse("")).toBe(0n);
    expect(problem(pointValueField, "1.234")).toBe("validation.pointsInvalid");
    expect(problem(pointValueField, "-1")).toBe("validation.pointsInvalid");
    expect(pointsToDecimal(250n)).toBe("2.5");
    expect(pointsToDecimal(500n)).toBe("5");
    expect(pointsToDecimal(5n)).toBe("0.05");
  });

  it("whole numbers in any digits, none negative or fractional", () => {
    expect(wholeNumberField().parse("۱۲")).toBe(12);
    expect(wholeNumberField().parse(3)).toBe(3);
    expect(problem(wholeNumberField(), "1.5")).toBe("validation.wholeNumber");
    expect(problem(wholeNumberField(), "-1")).toBe("validation.wholeNumber");
    expect(problem(wholeNumberField(10), "11")).toBe("validation.tooLarge");
  });

  it("the list's search is normalised like the stored text; stale ids are dropped", () => {
    expect(productFilterSchema.parse({ q: " شنل ناي ", category: "not-an-id" })).toEqual({ q: "شنل نای", category: undefined });
  });
});
