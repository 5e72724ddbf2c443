import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs } from "@/test/factories";
import { appRouter } from "./_app";

const getDb = useTestDb();
const form = { name: "سارا محمدی", username: "sara", mobile: "09121234567", email: "", password: "sara-pass-1" };

/** What the browser receives for an error: the formatted shape with message key and fields. */
async function errorShape(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e) => e as TRPCError);
  expect(error).toBeInstanceOf(TRPCError);
  return appRouter._def._config.errorFormatter({
    error: error!,
    type: "mutation",
    path: "auth.signUp",
    input: undefined,
    ctx: undefined,
    shape: { message: error!.message, code: -32600, data: { code: error!.code, httpStatus: 400, path: "auth.signUp" } },
  } as never) as { message: string; data: { code: string; fields?: { path: string; message: string }[] } };
}

beforeEach(() => resetDb(getDb()));

describe("auth.signUp", () => {
  it("lets a visitor create an account", async () => {
    const { customerId } = await callerAs(getDb(), null).auth.signUp(form);
    const customer = await getDb().customer.findUniqueOrThrow({ where: { id: customerId }, select: { user: { select: { username: true, mobile: true, email: true } } } });
    expect(customer.user).toEqual({ username: "sara", mobile: "+989121234567", email: null });
  });

  it("answers a taken username with a conflict on the username field", async () => {
    await callerAs(getDb(), null).auth.signUp(form);
    const shape = await errorShape(callerAs(getDb(), null).auth.signUp({ ...form, mobile: "09127654321" }));
    expect(shape.data.code).toBe("CONFLICT");
    expect(shape.message).toBe("errors.usernameTaken");
    expect(shape.data.fields).toEqual([{ path: "username", message: "errors.usernameTaken" }]);
  });

  it("answers invalid input with the field and a message key, writing nothing", async () => {
    const shape = await errorShape(callerAs(getDb(), null).auth.signUp({ ...form, mobile: "12", password: "x" }));
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.fields).toEqual([
      { path: "mobile", message: "validation.mobileInvalid" },
      { path: "password", message: "validation.passwordTooShort" },
    ]);
    expect(await getDb().user.count()).toBe(0);
  });

  it("names one problem per field, the first, as the form does", async () => {
    const shape = await errorShape(callerAs(getDb(), null).auth.signUp({ ...form, password: "" }));
    expect(shape.data.fields).toEqual([{ path: "password", message: "validation.required" }]);
  });

  it("refuses a field the form does not have (no mass assignment)", async () => {
    const shape = await errorShape(callerAs(getDb(), null).auth.signUp({ ...form, status: "ACTIVE" } as typeof form));
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.message).toBe("validation.invalid");
  });
});
