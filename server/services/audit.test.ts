import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { diff, listAudit, recordAudit } from "./audit";

const getDb = useTestDb();

beforeEach(() => resetDb(getDb()));

async function actors() {
  const [a, b] = await Promise.all(
    ["ava", "ben"].map((username) => getDb().user.create({ data: { username, name: username }, select: { id: true } })),
  );
  return { ava: { userId: a.id, ip: null }, ben: { userId: b.id, ip: null } };
}

describe("diff", () => {
  it("keeps changed fields only, compares lists as sets and never keeps a password", () => {
    expect(
      diff(
        { name: "a", permissions: ["x", "y"], password: "old", same: 1 },
        { name: "b", permissions: ["y", "x"], passwordHash: "new", same: 1 },
      ),
    ).toEqual({ name: { from: "a", to: "b" } });
  });
});

describe("the audit log", () => {
  it("records in the caller's transaction: a change that rolls back leaves no record", async () => {
    const { ava } = await actors();
    await getDb()
      .$transaction(async (tx) => {
        await recordAudit(tx, ava, "role.create", { type: "role", id: "r1", label: "R1" });
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    expect(await getDb().auditLog.count()).toBe(0);
  });

  it("filters by actor, action, target and date and pages by keyset, newest first", async () => {
    const { ava, ben } = await actors();
    for (let i = 0; i < 5; i++) await recordAudit(getDb(), ava, "role.update", { type: "role", id: `r${i}`, label: `Role ${i}` });
    await recordAudit(getDb(), ben, "staff.create", { type: "user", id: "u1", label: "reza" });

    const first = await listAudit(getDb(), { actor: "AVA", limit: 2 });
    expect(first.rows.map((r) => r.targetLabel)).toEqual(["Role 4", "Role 3"]);
    const second = await listAudit(getDb(), { actor: "ava", limit: 2, cursor: first.next! });
    expect(second.rows.map((r) => r.targetLabel)).toEqual(["Role 2", "Role 1"]);
    const last = await listAudit(getDb(), { actor: "ava", limit: 2, cursor: second.next! });
    expect(last.rows.map((r) => r.targetLabel)).toEqual(["Role 0"]);
    expect(last.next).toBeNull();

    expect((await listAudit(getDb(), { action: "staff.create", limit: 10 })).rows.map((r) => r.actorName)).toEqual(["ben"]);
    expect((await listAudit(getDb(), { target: "role 3", limit: 10 })).rows.map((r) => r.targetId)).toEqual(["r3"]);
    expect((await listAudit(getDb(), { target: "r3", limit: 10 })).rows).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await listAudit(getDb(), { from: tomorrow, limit: 10 })).rows).toEqual([]);
    expect((await listAudit(getDb(), { to: tomorrow, limit: 10 })).rows).toHaveLength(6);
  });
});
