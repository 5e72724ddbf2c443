// The admin customer list (C-1, C-2): search across Persian/Arabic spellings and digit systems,
// every filter, keyset paging in every sort, and the on-demand count — through the procedures.
import { nameSortKey } from "@/lib/name-sort";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer } from "@/test/customers";
import type { CustomerFilterInput, CustomerListInput } from "@/lib/schemas/customers";
import type { Actor } from "./audit";
import { blockCustomer } from "./customer-actions";
import { createCustomField } from "./custom-fields";

const getDb = useTestDb();
let actor: Actor;
let admin: ReturnType<typeof callerAs>;

async function setUp() {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  actor = staff.actor;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
}

/** Usernames of every row the list shows for this filter (one page of 100), sorted. */
async function found(filter: CustomerFilterInput) {
  const page = await admin.customers.list({ filter, limit: 100 });
  expect(page.next).toBeNull();
  return page.rows.map((r) => r.username).sort();
}

/** The list and the count agree on how many customers match. */
async function countOf(filter: CustomerFilterInput) {
  const { count } = await admin.customers.count({ filter });
  expect(count).toBe((await found(filter)).length);
  return count;
}

describe("search (C-2): Persian and Arabic spellings and digits meet", () => {
  beforeAll(async () => {
    await setUp();
    await newCustomer(getDb(), actor, { username: "ali", name: "علی کریمی", mobile: "09121234567", email: "Ali.Karimi@Example.com" });
    await newCustomer(getDb(), actor, { username: "fatemeh", name: "فاطمه زهرایی", mobile: "0501234567" });
    await newCustomer(getDb(), actor, { username: "mreza", name: "محمد\u200cرضا احمدی", mobile: "09351112233" });
    await newCustomer(getDb(), actor, { username: "sale", name: "Sale 100% Shop" });
    await newCustomer(getDb(), actor, { username: "sale2", name: "Sale 1000 Shop" });
    await newCustomer(getDb(), actor, { username: "shop_1", name: "Shop one" });
    await newCustomer(getDb(), actor, { username: "shopx1", name: "Shop two" });
  });

  it.each([
    ["Arabic yeh", "علي", ["ali"]],
    ["Arabic kaf and yeh", "كريمي", ["ali"]],
    ["the whole name in Arabic letters", "علي كريمي", ["ali"]],
    ["teh marbuta for heh", "فاطمة", ["fatemeh"]],
    ["a name typed without the ZWNJ it was saved with", "محمدرضا", ["mreza"]],
    ["a name typed with a ZWNJ", "احم\u200cدی", ["mreza"]],
    ["the mobile in Persian digits", "۰۹۱۲۱۲۳", ["ali"]],
    ["the mobile in Arabic-Indic digits", "٠٩١٢١٢٣", ["ali"]],
    ["the mobile in Latin digits with spaces", "0912 123 4567", ["ali"]],
    ["the mobile in international form", "+98 912 123", ["ali"]],
    ["part of the e-mail, in capitals", "ALI.KARIMI@EXAMPLE", ["ali"]],
    ["the username", "SHOPX", ["shopx1"]],
  ])("finds by %s", async (_, q, expected) => {
    expect(await found({ q })).toEqual(expected);
  });

  it("a Saudi customer is found by the mobile in international form", async () => {
    expect(await found({ q: "+966 50 123" })).toEqual(["fatemeh"]);
  });

  it("a Saudi customer is found by the mobile as Saudis type it (05…), as an Iranian one is by 09…", async () => {
    expect(await found({ q: "٠٥٠١٢٣٤٥٦٧" })).toEqual(["fatemeh"]);
    expect(await found({ q: "050 123" })).toEqual(["fatemeh"]);
  });

  it("% and _ in a search are letters, not wildcards", async () => {
    expect(await found({ q: "100%" })).toEqual(["sale"]);
    expect(await found({ q: "p_1" })).toEqual(["shop_1"]);
    expect(await found({ q: "%" })).toEqual(["sale"]);
    expect(await found({ q: "\\" })).toEqual([]);
  });

  it("an empty or blank search lists everyone; the count agrees", async () => {
    expect(await found({ q: "  " })).toHaveLength(7);
    expect(await countOf({ q: "shop" })).toBe(4);
    expect(await countOf({})).toBe(7);
  });
});

describe("filters (C-2)", () => {
  let vip: string;
  let wholesale: string;
  let color: string;
  let tags: string;

  beforeAll(async () => {
    await setUp();
    const db = getDb();
    vip = (await db.customerGroup.create({ data: { name: "VIP" } })).id;
    wholesale = (await db.customerGroup.create({ data: { name: "Wholesale" } })).id;
    const label = (fa: string) => ({ fa, ar: "", en: "" });
    color = (
      await createCustomField(db, actor, {
        label: label("رنگ"),
        type: "SELECT",
        options: [{ value: "red", label: label("قرمز") }, { value: "blue", label: label("آبی") }],
        required: false,
        showAtSignUp: false,
      })
    ).id;
    tags = (
      await createCustomField(db, actor, {
        label: label("علاقه"),
        type: "MULTI_SELECT",
        options: [{ value: "perfume", label: label("عطر") }, { value: "watch", label: label("ساعت") }, { value: "bag", label: label("کیف") }],
        required: false,
        showAtSignUp: false,
      })
    ).id;

    const make = async (username: string, over: Parameters<typeof newCustomer>[2], row: Record<string, unknown> = {}) => {
      const { id } = await newCustomer(db, actor, { username, ...over });
      if (Object.keys(row).length) await db.customer.update({ where: { id }, data: row });
      return id;
    };
    await make("a_active", { city: "کرج", gender: "FEMALE", groupIds: [vip], customFields: { [color]: "red", [tags]: ["perfume", "watch"] } },
      { orderCount: 3, pointsBalance: 110n, walletBalance: 5000n, createdAt: new Date("2026-03-10T20:00:00Z") }); // 23:30 in Tehran on 10 March
    await make("b_inactive", { active: false, city: "كرج", gender: "MALE", groupIds: [vip, wholesale], customFields: { [color]: "blue", [tags]: ["watch"] } },
      { pointsBalance: 29n, walletBalance: 0n, createdAt: new Date("2026-03-10T20:45:00Z") }); // 00:15 in Tehran on 11 March
    const blocked = await make("c_blocked", { city: "تهران", gender: "MALE", customFields: { [tags]: ["bag"] } },
      { orderCount: 1, pointsBalance: 250n, walletBalance: 120000n, createdAt: new Date("2026-03-12T08:00:00Z") });
    await blockCustomer(db, actor, blocked, "fraud", "");
    const pending = await make("d_pending", {}, { createdAt: new Date("2026-03-09T23:00:00Z") });
    await db.user.updateMany({ where: { customer: { id: pending } }, data: { status: "PENDING" } });
  });

  it.each([
    ["ACTIVE", ["a_active"]],
    ["INACTIVE", ["b_inactive"]],
    ["BLOCKED", ["c_blocked"]],
    ["PENDING", ["d_pending"]],
  ] as const)("status %s", async (status, expected) => {
    expect(await found({ status })).toEqual(expected);
    expect(await countOf({ status })).toBe(1);
  });

  it("group", async () => {
    expect(await found({ group: vip })).toEqual(["a_active", "b_inactive"]);
    expect(await found({ group: wholesale })).toEqual(["b_inactive"]);
    expect(await countOf({ group: wholesale, status: "ACTIVE" })).toBe(0);
  });

  it("date added, in the reader's time zone: 23:30 in Tehran on 10 March is on 10 March", async () => {
    // a_active: 20:00 UTC = 23:30 Tehran on 10 March; b_inactive: 20:45 UTC = 00:15 Tehran on 11 March;
    // d_pending: 23:00 UTC on 9 March = 02:30 Tehran on 10 March.
    expect(await found({ from: "2026-03-10", to: "2026-03-10", timeZone: "Asia/Tehran" })).toEqual(["a_active", "d_pending"]);
    expect(await found({ from: "2026-03-11", to: "2026-03-11", timeZone: "Asia/Tehran" })).toEqual(["b_inactive"]);
    expect(await found({ from: "2026-03-10", to: "2026-03-10", timeZone: "UTC" })).toEqual(["a_active", "b_inactive"]);
    expect(await found({ from: "2026-03-09", to: "2026-03-09" })).toEqual(["d_pending"]);
    expect(await found({ to: "2026-03-10", timeZone: "Asia/Tehran" })).toEqual(["a_active", "d_pending"]);
    expect(await found({ from: "2026-03-11", timeZone: "Asia/Tehran" })).toEqual(["b_inactive", "c_blocked"]);
    expect(await countOf({ from: "2026-03-11", to: "2026-03-10", timeZone: "Asia/Tehran" })).toBe(0);
  });

  it("city, whichever spelling was saved or typed", async () => {
    expect(await found({ city: "كرج" })).toEqual(["a_active", "b_inactive"]);
    expect(await found({ city: " کرج " })).toEqual(["a_active", "b_inactive"]);
    expect(await found({ city: "تهران" })).toEqual(["c_blocked"]);
    expect(await found({ city: "کر" })).toEqual([]);
  });

  it("gender", async () => {
    expect(await found({ gender: "FEMALE" })).toEqual(["a_active"]);
    expect(await found({ gender: "MALE" })).toEqual(["b_inactive", "c_blocked"]);
  });

  it("has orders", async () => {
    expect(await found({ orders: "yes" })).toEqual(["a_active", "c_blocked"]);
    expect(await found({ orders: "no" })).toEqual(["b_inactive", "d_pending"]);
  });

  it("points range, in points (stored in hundredths), whole bounds included", async () => {
    expect(await found({ pointsMin: "1" })).toEqual(["a_active", "c_blocked"]);
    expect(await found({ pointsMin: "1", pointsMax: "2" })).toEqual(["a_active"]);
    expect(await found({ pointsMin: "0.3", pointsMax: "1.09" })).toEqual([]);
    expect(await found({ pointsMin: "2.5" })).toEqual(["c_blocked"]);
  });

  // 1.1 × 100 is 110.00000000000001 in floating point and 0.29 × 100 is 28.999999999999996.
  it("points bounds with hundredths include a customer who has exactly that many points", async () => {
    expect(await found({ pointsMin: "1.1", pointsMax: "2.5" })).toEqual(["a_active", "c_blocked"]);
    expect(await found({ pointsMin: "0.29", pointsMax: "0.29" })).toEqual(["b_inactive"]);
  });

  it("points typed with the Persian decimal separator", async () => {
    expect(await found({ pointsMin: "۲٫۵" })).toEqual(["c_blocked"]);
  });

  it("an amount too large for any balance in a bookmarked URL does not break the list", async () => {
    await expect(admin.customers.list({ filter: { walletMin: "99999999999999999999" } })).resolves.toMatchObject({ rows: expect.any(Array) });
    await expect(admin.customers.count({ filter: { pointsMax: "1e17" } })).resolves.toMatchObject({ count: expect.any(Number) });
  });

  it("wallet range, bounds included", async () => {
    expect(await found({ walletMin: "5000" })).toEqual(["a_active", "c_blocked"]);
    expect(await found({ walletMin: 1, walletMax: "5,000" })).toEqual(["a_active"]);
    expect(await found({ walletMax: 0 })).toEqual(["b_inactive", "d_pending"]);
  });

  it("a select custom field's option, single and multi-select", async () => {
    expect(await found({ field: color, option: "red" })).toEqual(["a_active"]);
    expect(await found({ field: color, option: "blue" })).toEqual(["b_inactive"]);
    expect(await found({ field: tags, option: "watch" })).toEqual(["a_active", "b_inactive"]);
    expect(await found({ field: tags, option: "bag" })).toEqual(["c_blocked"]);
    expect(await found({ field: tags, option: "red" })).toEqual([]);
  });

  it("filters combine", async () => {
    expect(await found({ city: "کرج", group: vip, gender: "MALE", field: tags, option: "watch" })).toEqual(["b_inactive"]);
    expect(await countOf({ orders: "yes", walletMin: "100000", status: "BLOCKED" })).toBe(1);
  });

  it("the row shows the status, the block reason and the groups", async () => {
    const { rows } = await admin.customers.list({ filter: { status: "BLOCKED" } });
    expect(rows[0]).toMatchObject({ username: "c_blocked", status: "BLOCKED", blockReason: "fraud", orderCount: 1, pointsBalance: 250n, walletBalance: 120000n });
    const { rows: vipRows } = await admin.customers.list({ filter: { group: wholesale } });
    expect(vipRows[0]!.groups.map((g) => g.name)).toEqual(["VIP", "Wholesale"]);
  });
});

describe("keyset paging (C-2)", () => {
  type Row = { id: string; username: string; name: string; createdAt: Date; pointsBalance: bigint; walletBalance: bigint; orderCount: number };
  let all: Row[];

  beforeAll(async () => {
    await setUp();
    const db = getDb();
    // Ties on purpose in every sort column: equal names, equal balances, equal counts, equal instants.
    const names = ["bahar", "ali", "cyrus", "ali", "bahar", "dara", "ali", "elham", "bahar", "ali", "farid", "cyrus", "gita"];
    const sameInstant = new Date("2026-02-01T10:00:00.000Z");
    for (const [i, name] of names.entries()) {
      const { id } = await newCustomer(db, actor, { username: `p${String(i).padStart(2, "0")}`, name });
      await db.customer.update({
        where: { id },
        data: {
          pointsBalance: BigInt([0, 150, 150, 0, 99, 150, 2000, 0, 99, 150, 7, 0, 150][i]!),
          walletBalance: BigInt([10, 10, 0, 0, 500, 10, 0, 999999999999, 10, 0, 0, 10, 500][i]!),
          orderCount: [0, 1, 1, 2, 0, 1, 5, 0, 2, 1, 0, 0, 3][i]!,
          createdAt: i % 3 === 0 ? sameInstant : new Date(Date.UTC(2026, 0, 1 + i, 8, 0, 0, i)),
        },
      });
    }
    // A deleted customer never shows, whatever the page.
    const gone = await newCustomer(db, actor, { username: "gone", name: "ali" });
    await db.customer.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    all = (
      await db.customer.findMany({
        where: { deletedAt: null },
        select: { id: true, createdAt: true, pointsBalance: true, walletBalance: true, orderCount: true, user: { select: { username: true, name: true } } },
      })
    ).map(({ user, ...c }) => ({ ...c, ...user }));
  });

  const value: Record<string, (r: Row) => bigint | number | string> = {
    createdAt: (r) => r.createdAt.getTime(),
    name: (r) => nameSortKey(r.name),
    points: (r) => r.pointsBalance,
    wallet: (r) => r.walletBalance,
    orders: (r) => r.orderCount,
  };

  /** The order the list promises: the sort column, then the id, both in the chosen direction. */
  function expectedOrder(sort: string, dir: "asc" | "desc", rows: Row[]) {
    const sign = dir === "asc" ? 1 : -1;
    return [...rows]
      .sort((a, b) => {
        const [x, y] = [value[sort]!(a), value[sort]!(b)];
        if (x !== y) return (x < y ? -1 : 1) * sign;
        return (a.id < b.id ? -1 : 1) * sign;
      })
      .map((r) => r.username);
  }

  /** Follows `next` from the first page to the last. */
  async function walk(input: Omit<CustomerListInput, "cursor">) {
    const seen: string[] = [];
    let cursor: { value: string; id: string } | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: Awaited<ReturnType<typeof admin.customers.list>> = await admin.customers.list({ ...input, cursor });
      expect(page.rows.length).toBeLessThanOrEqual(input.limit!);
      seen.push(...page.rows.map((r) => r.username));
      if (!page.next) return seen;
      cursor = page.next;
    }
    throw new Error("paging never ended");
  }

  const sorts = (["createdAt", "name", "points", "wallet", "orders"] as const).flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const));

  it.each(sorts)("sorted by %s %s, pages of 4 give every row once, in order", async (sort, dir) => {
    const seen = await walk({ sort, dir, limit: 4 });
    expect(seen).toEqual(expectedOrder(sort, dir, all));
    expect(new Set(seen).size).toBe(13);
  });

  it.each(sorts)("sorted by %s %s with a filter, pages of 2 give every matching row once; the count agrees", async (sort, dir) => {
    const filter = { q: "ali" }; // the four customers named "ali"
    const seen = await walk({ sort, dir, limit: 2, filter });
    expect(seen).toEqual(expectedOrder(sort, dir, all.filter((r) => r.name === "ali")));
    expect((await admin.customers.count({ filter })).count).toBe(seen.length);
  });

  it.each([["asc"], ["desc"]] as const)("sorted by name within a group (a walk over its members), pages of 2 give every member once, in order, searched or not", async (dir) => {
    const db = getDb();
    const group = await db.customerGroup.create({ data: { name: `members ${dir}` } });
    const members = all.filter((_, i) => i % 3 !== 1); // some of each name
    const gone = await db.customer.findFirstOrThrow({ where: { deletedAt: { not: null } } });
    await db.customerGroupMember.createMany({ data: [...members, gone].map((r) => ({ groupId: group.id, customerId: r.id })) });
    expect(await walk({ sort: "name", dir, limit: 2, filter: { group: group.id } })).toEqual(expectedOrder("name", dir, members));
    const alis = members.filter((r) => r.name === "ali");
    expect(await walk({ sort: "name", dir, limit: 1, filter: { group: group.id, q: "ali" } })).toEqual(expectedOrder("name", dir, alis));
  });

  it("a page exactly as long as what is left ends without an empty extra page", async () => {
    const first = await admin.customers.list({ sort: "name", dir: "asc", limit: 13 });
    expect(first.rows).toHaveLength(13);
    expect(first.next).toBeNull();
    const twelve = await admin.customers.list({ sort: "name", dir: "asc", limit: 12 });
    expect(twelve.next).not.toBeNull();
  });

  it("a cursor of another sort's type gives an empty page, not an error", async () => {
    const page = await admin.customers.list({ sort: "points", dir: "desc", cursor: { value: "not-a-number", id: all[0]!.id } });
    expect(page).toEqual({ rows: [], next: null });
    const dated = await admin.customers.list({ sort: "createdAt", dir: "desc", cursor: { value: "yesterday", id: all[0]!.id } });
    expect(dated.rows).toEqual([]);
  });
});

describe("a group's members in name order follow their customers (the copies kept by the database)", () => {
  it("a renamed member moves in the group's name order and is found by the new name, not the old", async () => {
    await setUp();
    const db = getDb();
    const group = await db.customerGroup.create({ data: { name: "VIP" } });
    const a = await newCustomer(db, actor, { username: "m_a", name: "آرش" });
    const b = await newCustomer(db, actor, { username: "m_b", name: "بهرام" });
    await db.customerGroupMember.createMany({ data: [a, b].map((c) => ({ groupId: group.id, customerId: c.id })) });
    const names = async (q?: string) =>
      (await admin.customers.list({ sort: "name", dir: "asc", filter: { group: group.id, ...(q ? { q } : {}) } })).rows.map((r) => r.username);
    expect(await names()).toEqual(["m_a", "m_b"]);

    // Renamed as the edit form does it: the customer's own sort key and search text change.
    await db.customer.update({ where: { id: a.id }, data: { sortName: nameSortKey("یاسمن"), searchText: "یاسمن m_a" } });
    expect(await names()).toEqual(["m_b", "m_a"]);
    expect(await names("یاسمن")).toEqual(["m_a"]);
    expect(await names("آرش")).toEqual([]);
  });
});
