import { describe, expect, it } from "vitest";
import { isValidNationalCode } from "./national-code";
import { nationalCodeField } from "./schemas/customers";

describe("Iranian national code checksum", () => {
  // Worked by hand: 0·10+4·9+9·8+9·7+3·6+7·5+0·4+8·3+9·2 = 266, 266 mod 11 = 2, check 11−2 = 9.
  it.each(["0499370899", "0012345679", "1234567891", "9876543210", "3580123459", "0000000019", "4444444401"])("accepts %s", (code) => {
    expect(isValidNationalCode(code)).toBe(true);
  });

  it("accepts the code typed in Persian or Arabic-Indic digits", () => {
    expect(isValidNationalCode("۰۴۹۹۳۷۰۸۹۹")).toBe(true);
    expect(isValidNationalCode("٠٤٩٩٣٧٠٨٩٩")).toBe(true);
  });

  it.each([
    ["a wrong check digit", "0499370898"],
    ["a remainder below 2 whose check digit is not the remainder", "0000000011"],
    ["two digits swapped", "4099370899"],
    ["nine digits", "049937089"],
    ["eleven digits", "04993708990"],
    ["letters", "04993708a9"],
    ["one digit repeated", "1111111111"],
    ["all zeros", "0000000000"],
    ["empty", ""],
  ])("refuses %s", (_, code) => {
    expect(isValidNationalCode(code)).toBe(false);
  });

  it("the form field strips spaces and dashes, keeps an empty field as none and names a bad checksum", () => {
    expect(nationalCodeField.parse(" ۰۴۹-۹۳۷۰۸۹۹ ")).toBe("0499370899");
    expect(nationalCodeField.parse("")).toBeNull();
    const result = nationalCodeField.safeParse("0499370898");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("validation.nationalCodeInvalid");
  });
});
