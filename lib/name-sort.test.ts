import { describe, expect, it } from "vitest";
import { nameSortKey } from "./name-sort";

const sorted = (names: string[]) =>
  [...names].sort((a, b) => {
    const [x, y] = [nameSortKey(a), nameSortKey(b)];
    return x < y ? -1 : x > y ? 1 : 0; // code point order, as PostgreSQL's C collation compares
  });

describe("nameSortKey", () => {
  it("puts پ چ ژ گ in their Persian places, not after ی", () => {
    expect(sorted(["یاسر", "گلاره", "پرویز", "بهرام", "چنگیز", "کاوه", "ژاله", "تینا"])).toEqual([
      "بهرام",
      "پرویز",
      "تینا",
      "چنگیز",
      "ژاله",
      "کاوه",
      "گلاره",
      "یاسر",
    ]);
  });

  it("sorts an Arabic-keyboard spelling with the Persian one", () => {
    expect(nameSortKey("علي كريمي")).toBe(nameSortKey("علی کریمی"));
    expect(sorted(["علی کریمی", "علیرضا", "علي احمدي"])).toEqual(["علي احمدي", "علی کریمی", "علیرضا"]);
  });

  it("ignores case, ZWNJ and extra spaces", () => {
    expect(nameSortKey("  Sara   Ahmadi ")).toBe(nameSortKey("sara ahmadi"));
    expect(nameSortKey("مهر\u200Cناز")).toBe(nameSortKey("مهرناز"));
  });
});
