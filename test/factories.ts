// Users for tests, made through the same services the app uses.
import { randomBytes } from "node:crypto";
import type { Db } from "../server/db";
import type { UserStatus } from "../server/generated/prisma/client";
import { createCustomerUser } from "../server/services/users";
import { hashPassword } from "../server/services/passwords";
import { permissionsOf } from "../server/services/roles";
import { createCallerFactory, type SessionUser } from "../server/trpc";
import { appRouter } from "../server/routers/_app";

const unique = () => randomBytes(4).toString("hex");

export async function makeCustomer(db: Db, opts: { password?: string; status?: UserStatus; mobile?: string } = {}) {
  const username = `c_${unique()}`;
  const passwordHash = await hashPassword(opts.password ?? "customer-pass");
  const ids = await db.$transaction((tx) =>
    createCustomerUser(tx, {
      name: `مشتری ${username}`,
      username,
      mobile: opts.mobile ?? `+98912${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      email: `${username}@example.com`,
      passwordHash,
      status: opts.status,
    }),
  );
  return { ...ids, username };
}

/** A staff user whose one role grants exactly `permissions`. */
export async function makeStaff(db: Db, permissions: string[], password = "staff-pass") {
  const username = `s_${unique()}`;
  const user = await db.user.create({
    data: {
      username,
      name: `کارمند ${username}`,
      passwordHash: await hashPassword(password),
      roles: {
        create: {
          role: { create: { name: `role ${username}`, permissions: { create: permissions.map((permission) => ({ permission })) } } },
        },
      },
    },
    select: { id: true },
  });
  return { userId: user.id, username };
}

/** The session a signed-in user would have: permissions from the database, as the jwt callback reads them. */
export async function sessionOf(db: Db, userId: string): Promise<SessionUser> {
  const customer = await db.customer.findUnique({ where: { userId }, select: { id: true } });
  return { id: userId, customerId: customer?.id ?? null, permissions: await permissionsOf(db, userId) };
}

const createCaller = createCallerFactory(appRouter);

/** A tRPC caller as a visitor (null) or as the given session. */
export const callerAs = (db: Db, session: SessionUser | null) => createCaller({ db, session, ip: "127.0.0.1" });
