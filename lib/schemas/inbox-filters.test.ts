// The staff inbox's filters as a bookmarked URL carries them: valid ones survive, a stale or
// hand-broken value is dropped instead of failing the page, and "me" becomes the reader.
import { describe, expect, it } from "vitest";
import { inboxFiltersFromSearch, inboxListInput } from "./inbox";

const dept = "0190a5e2-7c1a-7000-8000-000000000001";
const staff = "0190a5e2-7c1a-7000-8000-000000000002";
const customer = "0190a5e2-7c1a-7000-8000-000000000003";

describe("inbox filters in the URL", () => {
  it("keeps every valid filter and only those that are set", () => {
    expect(
      inboxFiltersFromSearch({ q: "  سفارش ", departmentId: dept, status: "WAITING_STAFF", priority: "URGENT", assignee: staff, customerId: customer, page: "2" }),
    ).toEqual({ q: "سفارش", departmentId: dept, status: "WAITING_STAFF", priority: "URGENT", assignee: staff, customerId: customer });
    expect(inboxFiltersFromSearch({})).toEqual({});
    expect(inboxFiltersFromSearch({ assignee: "none", status: ["CLOSED", "OPEN"] })).toEqual({ assignee: "none", status: "CLOSED" });
  });

  it("drops a stale or broken value and keeps the rest", () => {
    expect(
      inboxFiltersFromSearch({ departmentId: "42", status: "DONE", priority: "low", assignee: "someone", customerId: "x", q: "x".repeat(101) }),
    ).toEqual({});
    expect(inboxFiltersFromSearch({ departmentId: "42", status: "OPEN", q: "   " })).toEqual({ status: "OPEN" });
  });

  it("asks the list for the reader's own threads when the assignee is me", () => {
    expect(inboxListInput({ assignee: "me", status: "OPEN" }, staff)).toMatchObject({ assigneeId: staff, status: "OPEN" });
    expect(inboxListInput({ assignee: "none" }, staff)).toMatchObject({ assigneeId: "none" });
    expect(inboxListInput({}, staff)).toMatchObject({ assigneeId: undefined, customerId: undefined });
  });
});
