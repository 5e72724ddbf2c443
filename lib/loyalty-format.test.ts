import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { AppLocale } from "./format";
import { entryLine, formatMoney, formatPoints, pointsDecimal, shortfallLine, type LedgerEntryView, type Translate } from "./loyalty-format";

const catalogs = { fa, ar, en };
const translator = (locale: AppLocale) => createTranslator({ locale, messages: catalogs[locale] }) as unknown as Translate;
const ctx = (locale: AppLocale) => ({ t: translator(locale), locale, currency: "IRT" as const });

const RULE = "سفارش‌های بالای ۱۰۰٬۰۰۰ یا ۴ کالا";
const entry = (over: Partial<LedgerEntryView>): LedgerEntryView => ({
  amount: 300n,
  kind: "ORDER_RULE",
  source: { type: "ORDER", orderNumber: 1042, product: null },
  referred: null,
  rule: { type: "pointsRule", name: RULE },
  note: null,
  reverses: null,
  shortfall: null,
  ...over,
});

describe("points amounts (hundredths, exact)", () => {
  it("reads 300n as 3 and 250n as 2.5, in the locale's digits", () => {
    expect(pointsDecimal(300n)).toBe("3");
    expect(pointsDecimal(250n)).toBe("2.5");
    expect(pointsDecimal(-5n)).toBe("-0.05");
    expect(formatPoints(300n, "fa")).toBe("۳");
    expect(formatPoints(250n, "fa")).toBe("۲٫۵");
    expect(formatPoints(250n, "en")).toBe("2.5");
    expect(formatPoints(123456789012345n, "en")).toBe("1,234,567,890,123.45");
  });

  it("signs when asked", () => {
    expect(formatPoints(300n, "en", true)).toBe("+3");
    expect(formatPoints(-300n, "en", true)).toBe("-3");
  });
});

describe("each entry explains itself (issue 7 point 7)", () => {
  it("an order's rule points: “3 points for order #1042 (rule: …)”", () => {
    expect(entryLine(entry({}), "points", ctx("fa"))).toBe(`۳ امتیاز برای سفارش #۱٬۰۴۲ (قانون: ${RULE})`);
    expect(entryLine(entry({ rule: { type: "pointsRule", name: "orders over 100,000" } }), "points", ctx("en"))).toBe(
      "3 points for order #1,042 (rule: orders over 100,000)",
    );
    expect(entryLine(entry({ amount: 100n }), "points", ctx("en"))).toContain("1 point for");
  });

  it("a reversal takes back, and says what it could not", () => {
    const reversal = entry({ kind: "REVERSAL", amount: -200n, reverses: { id: "x", kind: "ORDER_RULE" }, shortfall: 100n });
    expect(entryLine(reversal, "points", ctx("fa"))).toBe("کسر ۲ امتیاز بابت لغو سفارش #۱٬۰۴۲");
    expect(entryLine(reversal, "points", ctx("en"))).toBe("2 points taken for cancelling order #1,042");
    expect(shortfallLine(reversal, "points", ctx("en"))).toBe("1 of it could not be taken back: the balance had already been spent.");
    expect(shortfallLine(entry({}), "points", ctx("en"))).toBeNull();
  });

  it("a commission names the percent, the order and the referred customer", () => {
    const commission = entry({ kind: "COMMISSION", amount: 50_000n, referred: { name: "سارا" }, rule: { type: "commissionRule", percentBp: 2000 } });
    expect(entryLine(commission, "wallet", ctx("fa"))).toBe("۵۰٬۰۰۰ تومان بابت ۲۰٪ از سفارش #۱٬۰۴۲ سارا");
    expect(entryLine({ ...commission, rule: { type: "commissionRule", percentBp: 1250 } }, "wallet", ctx("en"))).toBe("50,000 toman for 12.5% of order #1,042 by سارا");
  });

  it("a manual entry reads its reason; a sign-up gift and a review read in every locale", () => {
    expect(entryLine(entry({ kind: "MANUAL", amount: -500n, note: "اصلاح", source: { type: "MANUAL", orderNumber: null, product: null }, rule: null }), "points", ctx("fa"))).toBe(
      "کسر ۵ امتیاز بابت اصلاح",
    );
    for (const locale of ["fa", "ar", "en"] as const) {
      const gift = entryLine(entry({ kind: "SIGNUP_GIFT", amount: 20_000n, source: { type: "CUSTOMER", orderNumber: null, product: null }, rule: null }), "wallet", ctx(locale));
      expect(gift).not.toMatch(/loyalty\.|\{/);
      const review = entryLine(
        entry({ kind: "REVIEW", amount: 500n, source: { type: "REVIEW", orderNumber: null, product: { sku: "P1", name: { fa: "عطر", ar: "عطر", en: "Perfume" } } }, rule: null }),
        "points",
        ctx(locale),
      );
      expect(review).toContain(locale === "en" ? "Perfume" : "عطر");
    }
  });

  it("money in the store's currency with its digits", () => {
    expect(formatMoney(4950n, "SAR", translator("en"), "en")).toBe("49.50 riyal");
    expect(formatMoney(-4950n, "SAR", translator("en"), "en", true)).toBe("-49.50 riyal");
  });
});
