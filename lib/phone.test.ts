import { describe, expect, it } from "vitest";
import { normalizeMobile } from "./phone";

describe("normalizeMobile", () => {
  it("reads Iranian mobile numbers in any digits and form", () => {
    expect(normalizeMobile("09121234567")).toBe("+989121234567");
    expect(normalizeMobile("۰۹۱۲ ۱۲۳ ۴۵۶۷")).toBe("+989121234567");
    expect(normalizeMobile("+98 912 123 4567")).toBe("+989121234567");
    expect(normalizeMobile("00989121234567")).toBe("+989121234567");
  });

  it("reads Saudi mobile numbers", () => {
    expect(normalizeMobile("0501234567")).toBe("+966501234567");
    expect(normalizeMobile("٠٥٠١٢٣٤٥٦٧")).toBe("+966501234567");
  });

  it("refuses landlines, short numbers and text", () => {
    expect(normalizeMobile("02188776655")).toBeNull();
    expect(normalizeMobile("0912")).toBeNull();
    expect(normalizeMobile("hello")).toBeNull();
    expect(normalizeMobile("")).toBeNull();
  });
});
