// Contact-us through its procedures (issue 9, N-3): the public form's rules as a visitor meets them
// (field errors, honeypot, rate limit) and who may read, mark and delete the messages.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";
import { LIMITS } from "../services/rate-limit";
import { RateLimited } from "../errors";
import { createCallerFactory } from "../trpc";
import { appRouter } from "./_app";

const getDb = useTestDb();
const visitor = () => callerAs(getDb(), null);
/** A visitor behind another address, so each test's rate limit starts from nothing. */
const visitorFrom = (ip: string) => createCallerFactory(appRouter)({ db: getDb(), session: null, ip });

const form = (over: Record<string, string> = {}) => ({
  name: "سارا رضایی",
  mobile: "0912 345 6789",
  email: "",
  subject: "پیگیری سفارش",
  message: "سفارشم هنوز نرسیده است.",
  website: "",
  ...over,
});

const stored = () => getDb().contactMessage.findMany({ orderBy: { createdAt: "asc" } });

async function staffCaller(permissions: string[]) {
  return callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), permissions)).userId));
}

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "ContactMessage"`);
});

describe("the public form", () => {
  it("stores the message with the mobile normalised, the address it came from and its search text", async () => {
    expect(await visitor().contact.send(form({ mobile: "۰۹۱۲ ۳۴۵ ۶۷۸۹", email: " Sara@Example.COM " }))).toEqual({ sent: true });
    const [m] = await stored();
    expect(m).toMatchObject({
      name: "سارا رضایی",
      mobile: "+989123456789",
      email: "sara@example.com",
      subject: "پیگیری سفارش",
      message: "سفارشم هنوز نرسیده است.",
      status: "UNREAD",
      ip: "127.0.0.1",
      readAt: null,
    });
    expect(m!.searchText).toContain("+989123456789");
    expect(m!.searchText).toContain("sara@example.com");
    expect(m!.searchText).toContain("نرسیده");
  });

  it("accepts an e-mail alone", async () => {
    await visitor().contact.send(form({ mobile: "", email: "a@example.com" }));
    expect((await stored()).map((m) => [m.mobile, m.email])).toEqual([[null, "a@example.com"]]);
  });

  it("asks for a mobile or an e-mail beside both fields when neither is given, and stores nothing", async () => {
    const r = await refusal(visitor().contact.send(form({ mobile: "", email: "  " })));
    expect(r.code).toBe("BAD_REQUEST");
    expect(r.fields).toEqual([
      { path: "mobile", message: "errors.contact.mobileOrEmail" },
      { path: "email", message: "errors.contact.mobileOrEmail" },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("puts a bad e-mail, a bad mobile and text past its limit beside the field at fault", async () => {
    expect((await refusal(visitor().contact.send(form({ mobile: "", email: "not-an-email" })))).fields).toEqual([
      { path: "email", message: "validation.emailInvalid" },
    ]);
    expect((await refusal(visitor().contact.send(form({ mobile: "12345" })))).fields).toEqual([
      { path: "mobile", message: "validation.mobileInvalid" },
    ]);
    const long = await refusal(visitor().contact.send(form({ name: "ن".repeat(121), subject: "م".repeat(201), message: "پ".repeat(4001) })));
    expect(long.fields).toEqual([
      { path: "name", message: "validation.tooLong" },
      { path: "subject", message: "validation.tooLong" },
      { path: "message", message: "validation.tooLong" },
    ]);
    expect((await refusal(visitor().contact.send(form({ subject: "  ", message: "" })))).fields).toEqual([
      { path: "subject", message: "validation.required" },
      { path: "message", message: "validation.required" },
    ]);
    // At the limits exactly, it is accepted.
    await visitor().contact.send(form({ name: "ن".repeat(120), subject: "م".repeat(200), message: "پ".repeat(4000) }));
    expect(await stored()).toHaveLength(1);
  });

  it("refuses fields it does not know (no status or ip from the form)", async () => {
    const r = await refusal(visitor().contact.send({ ...form(), status: "HANDLED" } as never));
    expect(r.code).toBe("BAD_REQUEST");
    expect(await stored()).toEqual([]);
  });

  it("answers a filled honeypot as it answers a person, and stores nothing", async () => {
    expect(await visitor().contact.send(form({ website: "http://spam.example" }))).toEqual({ sent: true });
    expect(await stored()).toEqual([]);
  });

  it("refuses the sixth message from one address with 'try again in N minutes'; another address still sends", async () => {
    const from = visitorFrom("203.0.113.7");
    for (let i = 0; i < LIMITS.contactPerIp.max; i++) await from.contact.send(form({ subject: `پیام ${i}` }));
    const error = await from.contact.send(form({ subject: "ششمین" })).then(
      () => null,
      (e: { code?: string; message?: string; cause?: unknown }) => e,
    );
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "errors.tryAgainInMinutes" });
    expect(error!.cause).toBeInstanceOf(RateLimited);
    expect((error!.cause as RateLimited).retryAfterMinutes).toBe(15);
    expect(await stored()).toHaveLength(LIMITS.contactPerIp.max);
    // Bots are counted too: a flood is refused whether or not it fills the honeypot.
    await expect(from.contact.send(form({ website: "x" }))).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await visitorFrom("203.0.113.8").contact.send(form({ subject: "از نشانی دیگر" }));
    expect((await stored()).map((m) => m.subject)).toContain("از نشانی دیگر");
  });
});

describe("who may see and change the messages", () => {
  it("refuses customers, and staff without contact.read; a reader cannot delete without contact.delete", async () => {
    await visitor().contact.send(form());
    const [m] = await stored();
    const customer = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
    expect((await refusal(customer.contact.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(customer.contact.open({ id: m!.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(customer.contact.delete({ ids: [m!.id] }))).code).toBe("FORBIDDEN");
    expect((await refusal(visitor().contact.list({}))).code).toBe("UNAUTHORIZED");

    const other = await staffCaller(["customers.read", "contact.delete"]);
    expect((await refusal(other.contact.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(other.contact.open({ id: m!.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(other.contact.setStatus({ id: m!.id, status: "HANDLED" }))).code).toBe("FORBIDDEN");

    const reader = await staffCaller(["contact.read"]);
    expect((await reader.contact.list({})).rows.map((r) => r.id)).toEqual([m!.id]);
    expect((await refusal(reader.contact.delete({ ids: [m!.id] }))).code).toBe("FORBIDDEN");
    expect(await stored()).toHaveLength(1);
    // Nothing was opened by the refused calls.
    expect((await stored())[0]!.status).toBe("UNREAD");
  });

  it("a reader opens (marking it read) and marks handled; a deleter deletes", async () => {
    await visitor().contact.send(form());
    const [m] = await stored();
    const reader = await staffCaller(["contact.read"]);
    expect((await reader.contact.open({ id: m!.id })).status).toBe("READ");
    expect((await reader.contact.setStatus({ id: m!.id, status: "HANDLED" })).status).toBe("HANDLED");
    const deleter = await staffCaller(["contact.read", "contact.delete"]);
    expect(await deleter.contact.delete({ ids: [m!.id] })).toEqual({ deleted: 1 });
    expect(await stored()).toEqual([]);
  });
});
