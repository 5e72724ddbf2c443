// Referrals (issue 7 point 5): sign-up accepts a referrer as a referral code, a username or a whole
// referral link; an unknown one is a translated error on the referrer field; the sign-up records the
// referrer and writes "customer.signed_up" in the same transaction (and nothing without a referrer).
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { shopper } from "@/test/loyalty";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { approveCustomer, bulkCustomers } from "../customer-actions";
import { updateCustomerSettings } from "../customer-settings";
import { myReferral, resolveReferrer } from "./referrals";

const getDb = useTestDb();
let n = 0;
const form = (referrer?: string) => ({
  name: "مشتری تازه",
  username: `new_${++n}`,
  mobile: `+98912555${String(n).padStart(4, "0")}`,
  email: "",
  password: "secret-pass",
  ...(referrer === undefined ? {} : { referrer }),
});

let referrer: { customerId: string; username: string; code: string };

beforeEach(async () => {
  await resetDb(getDb());
  const c = await shopper(getDb());
  referrer = { ...c, code: (await getDb().customer.findUniqueOrThrow({ where: { id: c.customerId } })).referralCode };
});

const signUp = (referrer?: string) => callerAs(getDb(), null).auth.signUp(form(referrer));
const referrerOf = async (customerId: string) => (await getDb().customer.findUniqueOrThrow({ where: { id: customerId } })).referrerId;

describe("signing up with a referrer", () => {
  it.each([
    ["the referral code", () => referrer.code],
    ["the code in lower case, with spaces", () => `  ${referrer.code.toLowerCase()} `],
    ["the username in capitals", () => referrer.username.toUpperCase()],
    ["the referral link", () => `https://club.example.com/fa/sign-up?ref=${referrer.code}`],
  ])("takes %s", async (_, typed) => {
    const { customerId } = await signUp(typed());
    expect(await referrerOf(customerId)).toBe(referrer.customerId);
    expect(await getDb().domainEvent.findMany({ where: { aggregateId: customerId }, select: { type: true, payload: true, processedAt: true } })).toEqual([
      { type: "customer.signed_up", payload: { referrerId: referrer.customerId }, processedAt: null },
    ]);
  });

  it("without a referrer: no referrer, no event", async () => {
    const { customerId } = await signUp();
    const { customerId: blank } = await signUp("  ");
    for (const id of [customerId, blank]) expect(await referrerOf(id)).toBeNull();
    expect(await getDb().domainEvent.count()).toBe(0);
  });

  it("an unknown or deleted referrer is a translated error on the referrer field; nothing is created", async () => {
    expect(await refusal(signUp("NOSUCHCODE"))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "referrer", message: "errors.referrals.notFound" }] });
    await getDb().customer.update({ where: { id: referrer.customerId }, data: { deletedAt: new Date() } });
    expect((await refusal(signUp(referrer.code))).fields).toEqual([{ path: "referrer", message: "errors.referrals.notFound" }]);
    expect(await getDb().user.count()).toBe(1);
    for (const messages of [fa, ar, en]) {
      expect(createTranslator({ locale: "fa", messages: messages as never }).has("errors.referrals.notFound" as never)).toBe(true);
    }
  });

  it.each(["BLOCKED", "INACTIVE", "PENDING"] as const)("a %s customer cannot refer: the code and the username are refused", async (status) => {
    const { userId } = await getDb().customer.findUniqueOrThrow({ where: { id: referrer.customerId } });
    await getDb().user.update({ where: { id: userId }, data: { status } });
    for (const typed of [referrer.code, referrer.username]) {
      expect((await refusal(signUp(typed))).fields).toEqual([{ path: "referrer", message: "errors.referrals.notFound" }]);
    }
    expect(await getDb().domainEvent.count()).toBe(0);
  });

  it("a sign-up awaiting approval earns its referral rewards only once approved, once", async () => {
    const admin = await makeAdmin(getDb());
    await updateCustomerSettings(getDb(), admin.actor, { signUpApproval: true, addressCapture: "national" });
    const { customerId } = await signUp(referrer.code);
    const second = await signUp(referrer.code);
    expect(await referrerOf(customerId)).toBe(referrer.customerId);
    expect(await getDb().domainEvent.count()).toBe(0); // a sign-up the store never approves earns nothing

    await approveCustomer(getDb(), admin.actor, customerId);
    await bulkCustomers(getDb(), admin.actor, { action: "activate", ids: [customerId, second.customerId] });
    const events = await getDb().domainEvent.findMany({ select: { type: true, aggregateId: true, payload: true }, orderBy: { createdAt: "asc" } });
    expect(events).toEqual([
      { type: "customer.signed_up", aggregateId: customerId, payload: { referrerId: referrer.customerId } },
      { type: "customer.signed_up", aggregateId: second.customerId, payload: { referrerId: referrer.customerId } },
    ]);
  });

  it("a code is preferred to a username that reads like it", async () => {
    const other = await shopper(getDb());
    await getDb().user.update({ where: { id: other.userId }, data: { username: referrer.code.toLowerCase() } });
    expect(await resolveReferrer(getDb(), referrer.code.toLowerCase())).toBe(referrer.customerId);
  });
});

describe("the referral link", () => {
  it("is the sign-up page with ?ref=<code>, per locale under APP_URL", async () => {
    const saved = process.env.APP_URL;
    process.env.APP_URL = "https://club.example.com/";
    try {
      expect(await myReferral(getDb(), referrer.customerId)).toEqual({
        code: referrer.code,
        path: `/sign-up?ref=${referrer.code}`,
        urls: {
          fa: `https://club.example.com/fa/sign-up?ref=${referrer.code}`,
          ar: `https://club.example.com/ar/sign-up?ref=${referrer.code}`,
          en: `https://club.example.com/en/sign-up?ref=${referrer.code}`,
        },
      });
    } finally {
      if (saved === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = saved;
    }
  });
});
