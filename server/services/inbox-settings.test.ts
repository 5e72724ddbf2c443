// Settings → inbox (issue 10): the defaults, validation on the right field, saving with an audit
// record, and who may read or change them.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { InboxSettingsInput } from "@/lib/schemas/inbox-settings";
import { listAudit } from "./audit";
import { attachmentRules, inboxSettings, responseTargetMs } from "./inbox-settings";
import { setSetting } from "./settings";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

const form = (over: Partial<InboxSettingsInput["attachments"]> = {}, hours: Partial<InboxSettingsInput["responseHours"]> = {}): InboxSettingsInput => ({
  responseHours: { LOW: "72", NORMAL: "24", HIGH: "8", URGENT: "2", ...hours },
  attachments: { maxSizeMb: "5", maxCount: "3", types: ["pdf", "jpg", "png", "webp", "docx", "xlsx"], ...over },
});

describe("inbox settings", () => {
  it("has the issue's defaults before anything is saved", async () => {
    const s = await inboxSettings(getDb());
    expect(s).toEqual({
      responseHours: { LOW: 72, NORMAL: 24, HIGH: 8, URGENT: 2 },
      attachments: { maxSizeMb: 5, maxCount: 3, types: ["pdf", "jpg", "png", "webp", "docx", "xlsx"] },
    });
    expect(responseTargetMs(s, "URGENT")).toBe(2 * 3600_000);
    expect(attachmentRules(s)).toMatchObject({ maxBytes: 5 * 1024 * 1024, maxCount: 3 });
    expect(attachmentRules(s).contentTypes).toContain("application/pdf");
  });

  it("saves new values typed in Persian digits; the services read them; audited", async () => {
    await admin.inboxSettings.update(form({ maxSizeMb: "۱۰", maxCount: "2", types: ["png", "pdf"] }, { URGENT: "۱" }));
    const s = await inboxSettings(getDb());
    expect(s.responseHours.URGENT).toBe(1);
    expect(s.attachments).toEqual({ maxSizeMb: 10, maxCount: 2, types: ["pdf", "png"] });
    expect(await admin.inboxSettings.get()).toEqual(s);
    const [entry] = (await listAudit(getDb(), { action: "settings.inbox", limit: 1 })).rows;
    expect(entry?.changes).toEqual({
      "responseHours.URGENT": { from: 2, to: 1 },
      "attachments.maxSizeMb": { from: 5, to: 10 },
      "attachments.maxCount": { from: 3, to: 2 },
      "attachments.types": { from: ["pdf", "jpg", "png", "webp", "docx", "xlsx"], to: ["pdf", "png"] },
    });
  });

  it.each([
    [form({}, { HIGH: "0" }), "responseHours.HIGH", "inboxSettings.errors.hoursRange"],
    [form({}, { LOW: "" }), "responseHours.LOW", "validation.required"],
    [form({ maxSizeMb: "500" }), "attachments.maxSizeMb", "inboxSettings.errors.sizeRange"],
    [form({ maxCount: "2.5" }), "attachments.maxCount", "validation.numberInvalid"],
    [form({ maxCount: "۱۱" }), "attachments.maxCount", "inboxSettings.errors.countRange"],
    [form({ types: [] }), "attachments.types", "inboxSettings.errors.typesRequired"],
  ])("refuses a wrong value on its field (%#) and saves nothing", async (input, path, message) => {
    expect(await refusal(admin.inboxSettings.update(input))).toEqual({ code: "BAD_REQUEST", fields: [{ path, message }] });
    expect(await getDb().setting.findUnique({ where: { key: "inbox" } })).toBeNull();
  });

  it("refuses a file type outside the six", async () => {
    const input = form({ types: ["pdf", "exe"] as never });
    expect((await refusal(admin.inboxSettings.update(input))).fields?.[0]?.path).toBe("attachments.types.1");
  });

  it("falls back to the defaults for a stored part that no longer passes the rules", async () => {
    await setSetting(getDb(), "inbox", { responseHours: { LOW: -1 }, attachments: { maxSizeMb: 2, maxCount: 1, types: ["pdf"] } });
    const s = await inboxSettings(getDb());
    expect(s.responseHours).toEqual({ LOW: 72, NORMAL: 24, HIGH: 8, URGENT: 2 });
    expect(s.attachments).toEqual({ maxSizeMb: 2, maxCount: 1, types: ["pdf"] });
  });

  it("needs settings.read to read and settings.write to change", async () => {
    const customer = await makeCustomer(getDb());
    const asCustomer = callerAs(getDb(), await sessionOf(getDb(), customer.userId));
    expect((await refusal(asCustomer.inboxSettings.get())).code).toBe("FORBIDDEN");
    const reader = await makeStaff(getDb(), ["settings.read"]);
    const asReader = callerAs(getDb(), await sessionOf(getDb(), reader.userId));
    expect((await asReader.inboxSettings.get()).attachments.maxCount).toBe(3);
    expect((await refusal(asReader.inboxSettings.update(form({ maxCount: "1" })))).code).toBe("FORBIDDEN");
    expect((await inboxSettings(getDb())).attachments.maxCount).toBe(3);
  });
});
