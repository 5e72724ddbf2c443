import { describe, expect, it } from "vitest";
import { formatMinorUnits, moneyField, toMajorUnits, toMinorUnits } from "./money";

describe("money", () => {
  it("reads amounts as people type them, in any digits", () => {
    expect(moneyField.parse("۲۵۰٬۰۰۰")).toBe("250000");
    expect(moneyField.parse("49٫50")).toBe("49.50");
    expect(moneyField.parse(" 1,000 ")).toBe("1000");
    expect(moneyField.safeParse("12.345").error?.issues[0]?.message).toBe("validation.moneyInvalid");
    expect(moneyField.safeParse("-5").error?.issues[0]?.message).toBe("validation.moneyInvalid");
    expect(moneyField.safeParse("").error?.issues[0]?.message).toBe("validation.required");
  });

  it("converts to minor units exactly, refusing decimals the currency does not have", () => {
    expect(toMinorUnits("49.50", "SAR")).toBe(4950n);
    expect(toMinorUnits("0.1", "SAR")).toBe(10n);
    expect(toMinorUnits("250000", "IRT")).toBe(250000n);
    expect(toMinorUnits("250000.5", "IRT")).toBeNull();
    expect(toMinorUnits("9999999999999.99", "SAR")).toBe(999999999999999n);
    expect(toMajorUnits(4950n, "SAR")).toBe("49.50");
    expect(toMajorUnits(250000n, "IRT")).toBe("250000");
  });

  it("formats in the locale's digits without going through a float", () => {
    expect(formatMinorUnits(250000n, "IRT", "fa-IR")).toBe("۲۵۰٬۰۰۰");
    expect(formatMinorUnits(999999999999999n, "SAR", "en-GB")).toBe("9,999,999,999,999.99");
  });
});
