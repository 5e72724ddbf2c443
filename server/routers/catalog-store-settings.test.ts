// Settings → store: the currency is chosen before amounts exist and is then fixed.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { listAudit } from "../services/audit";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("store currency", () => {
  it("starts in toman; a fresh store switches, audited", async () => {
    expect(await admin.storeSettings.get()).toEqual({ currency: "IRT", locked: false });
    expect(await admin.storeSettings.update({ currency: "SAR" })).toEqual({ currency: "SAR", locked: false });
    const [entry] = (await listAudit(getDb(), { action: "settings.store", limit: 5 })).rows;
    expect(entry!.changes).toEqual({ currency: { from: "IRT", to: "SAR" } });
  });

  it("once a product has a price, a change is refused on the currency field and nothing changes", async () => {
    await getDb().product.create({ data: { sku: "A", name: { fa: "عطر", ar: "", en: "" }, price: 1000n } });
    expect(await refusal(admin.storeSettings.update({ currency: "IRR" }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "currency", message: "errors.store.currencyLocked" }],
    });
    expect(await admin.storeSettings.get()).toEqual({ currency: "IRT", locked: true });
    expect(await getDb().auditLog.count({ where: { action: "settings.store" } })).toBe(0);
    // Saving the form unchanged is no change.
    await expect(admin.storeSettings.update({ currency: "IRT" })).resolves.toEqual({ currency: "IRT", locked: true });
  });

  it("a priced shipping method or a group's minimum order locks it too; a free one does not", async () => {
    await getDb().shippingMethod.create({ data: { code: "pickup", name: { fa: "تحویل حضوری", ar: "", en: "" }, price: 0n } });
    await admin.storeSettings.update({ currency: "IRR" });
    await getDb().customerGroup.create({ data: { name: "همکار", minOrderAmount: 500_000n } });
    expect((await refusal(admin.storeSettings.update({ currency: "IRT" }))).fields).toEqual([{ path: "currency", message: "errors.store.currencyLocked" }]);
  });

  it("only the known currencies; reading needs settings.read and changing settings.write", async () => {
    expect((await refusal(admin.storeSettings.update({ currency: "USD" as never }))).fields).toEqual([{ path: "currency", message: "validation.optionInvalid" }]);
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["settings.read"])).userId));
    await expect(reader.storeSettings.get()).resolves.toEqual({ currency: "IRT", locked: false });
    await expect(reader.storeSettings.update({ currency: "SAR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await admin.storeSettings.get()).currency).toBe("IRT");
  });
});
