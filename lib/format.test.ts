import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "./format";

const day = new Date("2026-11-23T12:00:00Z");

describe("formatDate", () => {
  it("shows the Jalali calendar with Persian digits in fa", () => {
    const text = formatDate(day, "fa");
    expect(text).toContain("آذر");
    expect(text).toContain("۱۴۰۵");
  });

  it("shows the Umm al-Qura calendar in ar", () => {
    expect(formatDate(day, "ar")).toMatch(/١٤٤٨/);
  });

  it("shows the Gregorian calendar in en", () => {
    expect(formatDate(day, "en")).toBe("23 Nov 2026");
  });
});

describe("formatNumber", () => {
  it("uses each locale's digits, also for BigInt amounts", () => {
    expect(formatNumber(1250000n, "fa")).toBe("۱٬۲۵۰٬۰۰۰");
    expect(formatNumber(1250000, "en")).toBe("1,250,000");
  });
});
