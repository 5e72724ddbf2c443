import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { Db } from "./db";
import { createCustomerUser, customerSearchText, newReferralCode } from "./services/users";
import { nameSortKey } from "@/lib/name-sort";
import { customerSettings } from "./services/customer-settings";

// next-auth's adapter over our tables, for sign-in through external providers. A user it creates
// is a customer with the default role, like one who signs up with the form.

const userSelect = { id: true, name: true, email: true, emailVerified: true, image: true } as const;
type Row = { id: string; name: string; email: string | null; emailVerified: Date | null; image: string | null };
const toAdapterUser = (u: Row): AdapterUser => ({ ...u, email: u.email ?? "" });

/** A username for a user who arrives without choosing one: the e-mail's local part plus a suffix. */
const usernameFor = (email: string | null | undefined) =>
  `${(email ?? "user").split("@")[0].toLowerCase().replace(/[^a-z0-9._-]/g, "").slice(0, 20) || "user"}-${newReferralCode().toLowerCase()}`;

export function bashgahAdapter(getDb: () => Db): Adapter {
  return {
    async createUser(data) {
      const db = getDb();
      const { userId } = await db.$transaction(async (tx) =>
        createCustomerUser(tx, {
          name: data.name ?? data.email ?? "",
          username: usernameFor(data.email),
          email: data.email ? data.email.toLowerCase() : null,
          emailVerified: data.emailVerified ?? null,
          image: data.image ?? null,
          // Approval of new sign-ups (C-8) holds for every way in, not only the sign-up form.
          status: (await customerSettings(tx)).signUpApproval ? "PENDING" : "ACTIVE",
        }),
      );
      return toAdapterUser(await db.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect }));
    },
    async getUser(id) {
      const u = await getDb().user.findUnique({ where: { id }, select: userSelect });
      return u && toAdapterUser(u);
    },
    async getUserByEmail(email) {
      const u = await getDb().user.findUnique({ where: { email: email.toLowerCase() }, select: userSelect });
      return u && toAdapterUser(u);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await getDb().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userSelect } },
      });
      return account && toAdapterUser(account.user);
    },
    async updateUser({ id, name, email, emailVerified, image }) {
      // The customer's search and sort columns follow the name and e-mail, in the same transaction.
      const u = await getDb().$transaction(async (tx) => {
        const user = await tx.user.update({
          where: { id },
          data: { name: name ?? undefined, email: email?.toLowerCase(), emailVerified, image },
          select: { ...userSelect, username: true, mobile: true },
        });
        await tx.customer.updateMany({
          where: { userId: id, deletedAt: null },
          data: { searchText: customerSearchText(user), sortName: nameSortKey(user.name) },
        });
        return user;
      });
      return toAdapterUser(u);
    },
    async linkAccount(account: AdapterAccount) {
      const { userId, type, provider, providerAccountId, refresh_token, access_token, expires_at, token_type, scope, id_token } = account;
      await getDb().account.create({
        data: { userId, type, provider, providerAccountId, refresh_token, access_token, expires_at, token_type, scope, id_token, session_state: account.session_state == null ? null : String(account.session_state) },
      });
    },
    async unlinkAccount({ provider, providerAccountId }) {
      await getDb().account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
    },
  };
}
