import { describe, expect, it } from "vitest";
import { normalizeText, searchTextOf, toLatinDigits } from "./normalize";

describe("normalizeText", () => {
  it("makes Arabic and Persian spellings of a name equal", () => {
    expect(normalizeText("علي كريمي")).toBe(normalizeText("علی کریمی"));
    expect(normalizeText("فاطمة")).toBe(normalizeText("فاطمه"));
  });

  it("turns Persian and Arabic-Indic digits into Latin ones", () => {
    expect(toLatinDigits("۰۹۱۲۱۲۳۴۵۶۷")).toBe("09121234567");
    expect(toLatinDigits("٠٥٠١٢٣٤٥٦٧")).toBe("0501234567");
  });

  it("drops ZWNJ, tatweel and diacritics and lower-cases Latin text", () => {
    expect(normalizeText("می‌خواهم")).toBe("میخواهم");
    expect(normalizeText("مـحـمـد")).toBe("محمد");
    expect(normalizeText("مُحَمَّد")).toBe("محمد");
    expect(normalizeText("  Sara   MOHAMMADI ")).toBe("sara mohammadi");
  });

  it("joins the searchable parts of a record", () => {
    expect(searchTextOf(["سارا", null, "Sara@Example.com", undefined])).toBe("سارا sara@example.com");
  });
});
