import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { nextDay } from "@/lib/format";
import { recordAudit } from "../services/audit";

const getDb = useTestDb();
let reader: Awaited<ReturnType<typeof sessionOf>>;

beforeAll(async () => {
  const staff = await makeStaff(getDb(), ["audit.read"]);
  reader = await sessionOf(getDb(), staff.userId);
  await recordAudit(getDb(), { userId: staff.userId, ip: null }, "role.create", { type: "role", id: "r1", label: "Today's role" });
});

const today = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());

describe("audit.list date filter", () => {
  it.each(["Asia/Tehran", "Asia/Riyadh", "UTC"])("reads the days in the reader's time zone (%s)", async (timeZone) => {
    const list = (from: string, to: string) => callerAs(getDb(), reader).audit.list({ from, to, timeZone });
    expect((await list(today(timeZone), today(timeZone))).rows.map((r) => r.targetLabel)).toEqual(["Today's role"]);
    expect((await list(nextDay(today(timeZone)), "")).rows).toEqual([]);
  });

  it("puts a malformed day on its field", async () => {
    await expect(callerAs(getDb(), reader).audit.list({ from: "23/11/2026" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: expect.anything(),
    });
  });
});
