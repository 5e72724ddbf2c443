import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, nextDay, startOfDayIn } from "./format";

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

describe("startOfDayIn", () => {
  it("finds when a day starts in the store's time zone", () => {
    expect(startOfDayIn("2026-11-23", "Asia/Tehran").toISOString()).toBe("2026-11-22T20:30:00.000Z");
    expect(startOfDayIn("2026-11-23", "Asia/Riyadh").toISOString()).toBe("2026-11-22T21:00:00.000Z");
    expect(startOfDayIn("2026-11-23", "UTC").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});
