// The account area's address book (C-8): a customer reaches only their own addresses, the default
// follows the rules, and the form follows the store's address-capture setting.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { AddressInput } from "@/lib/schemas/addresses";
import { MAX_ADDRESSES } from "../services/addresses";

const getDb = useTestDb();
let me: ReturnType<typeof callerAs>;
let them: ReturnType<typeof callerAs>;
let admin: ReturnType<typeof callerAs>;

beforeEach(async () => {
  await resetDb(getDb());
  me = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
  them = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

/** The national-address form as a customer fills it. */
const national = (over: Partial<AddressInput> = {}): AddressInput => ({
  title: "خانه",
  recipientName: "سارا محمدی",
  mobile: "۰۹۱۲۱۲۳۴۵۶۷",
  isDefault: false,
  province: "تهران",
  city: "تهران",
  district: "",
  street: "خیابان آزادی، کوچه ۳",
  buildingNumber: "12",
  unit: "3",
  postalCode: "۱۲۳۴۵-۶۷۸۹۰",
  additionalNumber: "",
  details: "",
  latitude: "",
  longitude: "",
  ...over,
});

/** The map form: a point and a description. */
const onMap = (over: Partial<AddressInput> = {}): AddressInput => ({
  ...national({ city: "", street: "", postalCode: "", province: "", buildingNumber: "", unit: "" }),
  details: "کنار پارک، ساختمان آبی",
  latitude: "35.6892",
  longitude: "51.3890",
  ...over,
});

const setCapture = (addressCapture: "national" | "map") => admin.customerSettings.update({ signUpApproval: false, addressCapture });
const add = (caller: typeof me, address: AddressInput) => caller.addresses.save({ address });
const titles = async (caller: typeof me) => (await caller.addresses.list()).addresses.map((a) => a.title);

describe("a customer's own addresses", () => {
  it("saves the national address in stored forms; the first address is the default", async () => {
    const { id } = await add(me, national());
    const book = await me.addresses.list();
    expect(book).toMatchObject({ mode: "national", defaultId: id });
    expect(book.addresses).toEqual([
      expect.objectContaining({ id, title: "خانه", mobile: "+989121234567", postalCode: "1234567890", district: null, latitude: null }),
    ]);
  });

  it("a later address becomes the default only when ticked", async () => {
    const home = await add(me, national({ title: "خانه" }));
    await add(me, national({ title: "کار" }));
    expect((await me.addresses.list()).defaultId).toBe(home.id);
    const parents = await add(me, national({ title: "پدر", isDefault: true }));
    expect((await me.addresses.list()).defaultId).toBe(parents.id);
    await me.addresses.setDefault({ id: home.id });
    expect((await me.addresses.list()).defaultId).toBe(home.id);
  });

  it("edits an address in place", async () => {
    const { id } = await add(me, national());
    await me.addresses.save({ id, address: national({ title: "خانه جدید", unit: "" }) });
    expect((await me.addresses.list()).addresses).toEqual([expect.objectContaining({ id, title: "خانه جدید", unit: null })]);
  });

  it("deleting the default makes the newest remaining address the default; deleting the last leaves none", async () => {
    const a = await add(me, national({ title: "الف" }));
    const b = await add(me, national({ title: "ب" }));
    const c = await add(me, national({ title: "ج" }));
    const d = await add(me, national({ title: "د" }));
    await me.addresses.setDefault({ id: b.id });
    await me.addresses.delete({ id: a.id });
    expect((await me.addresses.list()).defaultId).toBe(b.id);
    await me.addresses.delete({ id: b.id });
    expect((await me.addresses.list()).defaultId).toBe(d.id);
    await me.addresses.delete({ id: d.id });
    expect((await me.addresses.list()).defaultId).toBe(c.id);
    expect(await titles(me)).toEqual(["ج"]);
    await me.addresses.delete({ id: c.id });
    expect(await me.addresses.list()).toMatchObject({ defaultId: null, addresses: [] });
  });

  it("another customer's address id is not found for edit, default or delete, and stays as it was", async () => {
    const theirs = await add(them, national({ title: "مال آن‌ها" }));
    const mine = await add(me, national({ title: "مال من" }));
    const notFound = { code: "BAD_REQUEST", fields: [{ path: "id", message: "errors.notFound" }] };
    expect(await refusal(me.addresses.save({ id: theirs.id, address: national({ title: "دزدیده" }) }))).toEqual(notFound);
    expect(await refusal(me.addresses.setDefault({ id: theirs.id }))).toEqual(notFound);
    expect(await refusal(me.addresses.delete({ id: theirs.id }))).toEqual(notFound);
    expect(await them.addresses.list()).toMatchObject({ defaultId: theirs.id, addresses: [expect.objectContaining({ title: "مال آن‌ها" })] });
    expect(await me.addresses.list()).toMatchObject({ defaultId: mine.id });
    expect(await titles(me)).toEqual(["مال من"]);
  });

  it("an address cannot be pointed at another customer: unknown fields are refused", async () => {
    const other = await makeCustomer(getDb());
    expect((await refusal(add(me, { ...national(), customerId: other.customerId } as never))).code).toBe("BAD_REQUEST");
    expect(await getDb().address.count()).toBe(0);
  });

  it(`holds at most ${MAX_ADDRESSES} addresses; editing still works at the limit`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < MAX_ADDRESSES; i++) ids.push((await add(me, national({ title: `آدرس ${i + 1}` }))).id);
    expect(await refusal(add(me, national({ title: "یکی بیشتر" })))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "title", message: "errors.addresses.tooMany" }],
    });
    await me.addresses.save({ id: ids[0], address: national({ title: "ویرایش‌شده" }) });
    expect(await getDb().address.count()).toBe(MAX_ADDRESSES);
    // The limit is per customer.
    await add(them, national());
  });
});

describe("validation follows the address-capture setting", () => {
  it("national: city, street and a 10-digit (Iran) or 5-digit (Saudi) postal code are required", async () => {
    expect(await refusal(add(me, national({ city: "", street: " ", postalCode: "" })))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: "city", message: "validation.required" },
        { path: "street", message: "validation.required" },
        { path: "postalCode", message: "validation.required" },
      ],
    });
    for (const postalCode of ["123456", "12345678901", "1234a"]) {
      expect((await refusal(add(me, national({ postalCode })))).fields).toEqual([{ path: "postalCode", message: "validation.postalCodeInvalid" }]);
    }
    expect((await refusal(add(me, national({ additionalNumber: "123" })))).fields).toEqual([
      { path: "additionalNumber", message: "validation.additionalNumberInvalid" },
    ]);
    await add(me, national({ postalCode: "١٢٣٤٥", additionalNumber: "۶۷۸۹" }));
    expect((await me.addresses.list()).addresses[0]).toMatchObject({ postalCode: "12345", additionalNumber: "6789" });
    expect(await getDb().address.count()).toBe(1);
  });

  it("map: latitude and longitude (in range) and a description are required; a postal code is not", async () => {
    await setCapture("map");
    expect(await refusal(add(me, onMap({ latitude: "", longitude: "", details: "" })))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: "details", message: "validation.required" },
        { path: "latitude", message: "validation.required" },
        { path: "longitude", message: "validation.required" },
      ],
    });
    expect((await refusal(add(me, onMap({ latitude: "91", longitude: "-181" })))).fields).toEqual([
      { path: "latitude", message: "validation.coordinateInvalid" },
      { path: "longitude", message: "validation.coordinateInvalid" },
    ]);
    await add(me, onMap({ latitude: "۳۵٫۶۸۹۲" }));
    expect((await me.addresses.list())).toMatchObject({ mode: "map", addresses: [expect.objectContaining({ latitude: 35.6892, longitude: 51.389, postalCode: null })] });
  });

  it("the recipient's mobile must be a mobile number", async () => {
    expect((await refusal(add(me, national({ mobile: "02188776655" })))).fields).toEqual([{ path: "mobile", message: "validation.mobileInvalid" }]);
  });
});
