"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { auth, updateSession } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { getDb } from "@/server/db";
import { clientIp } from "@/server/request-ip";
import { endImpersonation } from "@/server/services/impersonation";

/**
 * "Sign in as the customer" (C-4): the customers.impersonate procedure checks the permission and
 * audits; the ticket it returns is then bound to this staff user's own session token.
 */
export async function impersonateAction(customerId: string): Promise<{ error?: string } | void> {
  const locale = await getLocale();
  let ticket: string | null = null;
  try {
    ticket = (await (await serverApi()).customers.impersonate({ id: customerId })).ticket;
    await updateSession({ impersonation: ticket });
  } catch (e) {
    // A ticket that was issued but could not be bound is ended at once: no open view without a viewer.
    const session = await auth();
    if (ticket && session) await endImpersonation(getDb(), { userId: session.user.id, ip: clientIp(await headers()) }, ticket);
    const message = (e as { message?: string }).message;
    return { error: message && /^(errors|validation)\./.test(message) ? message : "errors.unexpected" };
  }
  redirect(`/${locale}/account`);
}

/** Back to the admin, on the card of the customer that was being viewed. */
export async function endImpersonationAction(): Promise<void> {
  const locale = await getLocale();
  const session = await auth();
  const impersonator = session?.user.impersonator;
  let customerId: string | null = null;
  if (session?.impersonation && impersonator) {
    customerId = await endImpersonation(getDb(), { userId: impersonator.id, ip: clientIp(await headers()) }, session.impersonation);
  }
  await updateSession({ impersonation: null });
  redirect(customerId ? `/${locale}/admin/customers/${customerId}` : `/${locale}/admin`);
}
