// The staff's side of contact-us (N-3): search over Persian and Arabic spellings, the unread / read /
// handled filter, keyset pages, opening marks read, marking by hand, and deleting in one transaction
// with an audit record that keeps no message text.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeAdmin } from "@/test/customers";
import { contactListSchema, contactSchema, type ContactInput, type ContactListInput } from "@/lib/schemas/contact";
import type { Actor } from "./audit";
import { listAudit } from "./audit";
import { deleteContactMessages, listContactMessages, openContactMessage, sendContactMessage, setContactStatus } from "./contact";

const getDb = useTestDb();
let actor: Actor;

const send = (over: Partial<ContactInput> = {}) =>
  sendContactMessage(getDb(), null, contactSchema.parse({ name: "مریم", mobile: "", email: "m@example.com", subject: "سلام", message: "متن", ...over }));

/** The messages' subjects as the list shows them for this filter, page by page. */
async function subjects(input: ContactListInput = {}) {
  return (await listContactMessages(getDb(), contactListSchema.parse(input))).rows.map((r) => r.subject);
}

/** A message stored at a given time, so the order of the list is known. */
async function at(subject: string, createdAt: Date, status: "UNREAD" | "READ" | "HANDLED" = "UNREAD") {
  return getDb().contactMessage.create({ data: { name: "n", email: "e@example.com", subject, message: "m", status, createdAt, searchText: subject } });
}

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "ContactMessage"`);
  actor = (await makeAdmin(getDb())).actor;
});

describe("the search", () => {
  it("finds text written with Arabic ي, ك and Arabic-Indic digits by a query in Persian letters and digits", async () => {
    await send({ name: "علي كريمي", subject: "پيگيري سفارش ١٢٣٤", message: "لطفاً بررسي كنيد" });
    await send({ name: "رضا", subject: "قیمت عطر", message: "چند است؟" });
    expect(await subjects({ q: "پیگیری" })).toEqual(["پيگيري سفارش ١٢٣٤"]);
    expect(await subjects({ q: "علی کریمی" })).toEqual(["پيگيري سفارش ١٢٣٤"]);
    expect(await subjects({ q: "۱۲۳۴" })).toEqual(["پيگيري سفارش ١٢٣٤"]);
    expect(await subjects({ q: "بررسی" })).toEqual(["پيگيري سفارش ١٢٣٤"]);
    expect(await subjects({ q: "عطر" })).toEqual(["قیمت عطر"]);
    expect(await subjects({ q: "هیچ‌چیز" })).toEqual([]);
  });

  it("finds a mobile typed the way people write it, and an e-mail in any case", async () => {
    await send({ mobile: "09121112233", email: "", subject: "با موبایل" });
    await send({ email: "Someone@Example.com", subject: "با ایمیل" });
    expect(await subjects({ q: "۰۹۱۲ ۱۱۱ ۲۲۳۳" })).toEqual(["با موبایل"]);
    expect(await subjects({ q: "+989121112233" })).toEqual(["با موبایل"]);
    expect(await subjects({ q: "SOMEONE@example" })).toEqual(["با ایمیل"]);
  });

  it("treats % and _ as letters, not wildcards", async () => {
    await send({ subject: "تخفیف 50%" });
    await send({ subject: "تخفیف 500" });
    expect(await subjects({ q: "50%" })).toEqual(["تخفیف 50%"]);
  });
});

describe("the list", () => {
  it("filters unread, read and handled, newest first", async () => {
    const t = Date.parse("2025-03-01T10:00:00Z");
    await at("یک", new Date(t), "UNREAD");
    await at("دو", new Date(t + 1000), "READ");
    await at("سه", new Date(t + 2000), "HANDLED");
    await at("چهار", new Date(t + 3000), "UNREAD");
    expect(await subjects()).toEqual(["چهار", "سه", "دو", "یک"]);
    expect(await subjects({ filter: "unread" })).toEqual(["چهار", "یک"]);
    expect(await subjects({ filter: "read" })).toEqual(["دو"]);
    expect(await subjects({ filter: "handled" })).toEqual(["سه"]);
    // A stale filter in a bookmarked URL shows everything rather than failing.
    expect(await subjects({ filter: "archived" as never })).toHaveLength(4);
  });

  it("pages by keyset, messages of the same instant included, without repeats or gaps", async () => {
    const t = Date.parse("2025-03-01T10:00:00Z");
    const same = new Date(t + 5000);
    for (let i = 0; i < 5; i++) await at(`m${i}`, new Date(t + i * 1000));
    await at("x1", same);
    await at("x2", same);
    const seen: string[] = [];
    let cursor: { createdAt: string; id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listContactMessages>> = await listContactMessages(getDb(), contactListSchema.parse({ limit: 2, cursor }));
      seen.push(...page.rows.map((r) => r.subject));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen.slice(0, 2).sort()).toEqual(["x1", "x2"]);
    expect(seen.slice(2)).toEqual(["m4", "m3", "m2", "m1", "m0"]);
  });

  it("shows the beginning of a long message, the whole of it only when opened", async () => {
    await send({ message: "الف".repeat(1000) });
    const [row] = (await listContactMessages(getDb(), contactListSchema.parse({}))).rows;
    expect(row!.preview.length).toBe(140);
    expect((await openContactMessage(getDb(), row!.id)).message.length).toBe(3000);
  });
});

describe("reading and marking", () => {
  it("opening an unread message marks it read once; opening it again keeps the first reading time", async () => {
    await send();
    const [row] = (await listContactMessages(getDb(), contactListSchema.parse({}))).rows;
    expect(row!.status).toBe("UNREAD");
    const first = await openContactMessage(getDb(), row!.id);
    expect(first.status).toBe("READ");
    expect(first.readAt).toBeInstanceOf(Date);
    const again = await openContactMessage(getDb(), row!.id);
    expect(again.readAt).toEqual(first.readAt);
    expect(await subjects({ filter: "unread" })).toEqual([]);
    expect(await subjects({ filter: "read" })).toEqual(["سلام"]);
  });

  it("marks handled, back to unread (opening reads it again), with an audit record of the status only", async () => {
    await send({ subject: "درخواست", message: "شماره کارت من ۶۰۳۷…" });
    const [row] = (await listContactMessages(getDb(), contactListSchema.parse({}))).rows;
    const handled = await setContactStatus(getDb(), actor, row!.id, "HANDLED");
    expect(handled).toMatchObject({ status: "HANDLED" });
    expect(handled.handledAt).toBeInstanceOf(Date);
    expect(handled.readAt).toBeInstanceOf(Date); // handled means read too
    expect(await subjects({ filter: "handled" })).toEqual(["درخواست"]);

    const unread = await setContactStatus(getDb(), actor, row!.id, "UNREAD");
    expect(unread).toMatchObject({ status: "UNREAD", readAt: null, handledAt: null });
    expect((await openContactMessage(getDb(), row!.id)).status).toBe("READ");

    const entries = (await listAudit(getDb(), { action: "contact.status", limit: 10 })).rows;
    expect(entries.map((e) => e.changes)).toEqual([
      { status: { from: "HANDLED", to: "UNREAD" } },
      { status: { from: "UNREAD", to: "HANDLED" } },
    ]);
    expect(entries[0]).toMatchObject({ targetType: "contactMessage", targetId: row!.id, targetLabel: "درخواست" });
    // Setting the status it already has changes and records nothing.
    await setContactStatus(getDb(), actor, row!.id, "READ");
    expect((await listAudit(getDb(), { action: "contact.status", limit: 10 })).rows).toHaveLength(2);
  });

  it("an unknown message is not found", async () => {
    const missing = "0190a000-0000-7000-8000-000000000000";
    await expect(openContactMessage(getDb(), missing)).rejects.toMatchObject({ fields: [{ path: "id", message: "errors.notFound" }] });
    await expect(setContactStatus(getDb(), actor, missing, "HANDLED")).rejects.toMatchObject({ fields: [{ path: "id", message: "errors.notFound" }] });
  });
});

describe("deleting", () => {
  it("deletes the chosen messages together, one audit record each holding a short label and no message text", async () => {
    const long = "موضوع طولانی ".repeat(10).trim();
    await send({ subject: long, message: "متن محرمانه پیام" });
    await send({ subject: "دوم" });
    await send({ subject: "بماند" });
    const rows = (await listContactMessages(getDb(), contactListSchema.parse({}))).rows;
    const chosen = rows.filter((r) => r.subject !== "بماند").map((r) => r.id);
    expect(await deleteContactMessages(getDb(), actor, chosen)).toEqual({ deleted: 2 });
    expect(await subjects()).toEqual(["بماند"]);

    const entries = (await listAudit(getDb(), { action: "contact.delete", limit: 10 })).rows;
    expect(entries.map((e) => e.targetId).sort()).toEqual([...chosen].sort());
    const text = JSON.stringify(entries);
    expect(text).not.toContain("محرمانه");
    const label = entries.find((e) => e.targetId === rows.find((r) => r.subject === long)!.id)!.targetLabel;
    expect(label.length).toBeLessThanOrEqual(60);
    // Deleting them again (a colleague was quicker) deletes and records nothing.
    expect(await deleteContactMessages(getDb(), actor, chosen)).toEqual({ deleted: 0 });
    expect((await listAudit(getDb(), { action: "contact.delete", limit: 10 })).rows).toHaveLength(2);
  });

  it("deletes nothing when the audit record cannot be written (one transaction)", async () => {
    await send({ subject: "یک" });
    const [row] = (await listContactMessages(getDb(), contactListSchema.parse({}))).rows;
    // An actor who is not a user breaks the audit record's foreign key, after the delete ran.
    const ghost: Actor = { userId: "0190a000-0000-7000-8000-000000000001", ip: null };
    await expect(deleteContactMessages(getDb(), ghost, [row!.id])).rejects.toBeDefined();
    expect(await subjects()).toEqual(["یک"]);
  });
});
