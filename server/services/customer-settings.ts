import "server-only";
import type { Db, Tx } from "../db";
import type { CustomerSettings } from "@/lib/schemas/customers";
import { diff, recordAudit, type Actor } from "./audit";
import { getSetting, setSetting } from "./settings";

// Customer settings (C-8): whether sign-ups wait for approval, and how addresses are captured.

const KEYS = { signUpApproval: "customers.signUpApproval", addressCapture: "customers.addressCapture" } as const;
export const DEFAULT_CUSTOMER_SETTINGS: CustomerSettings = { signUpApproval: false, addressCapture: "national" };

export async function customerSettings(tx: Tx): Promise<CustomerSettings> {
  const [signUpApproval, addressCapture] = await Promise.all([
    getSetting<boolean>(tx, KEYS.signUpApproval),
    getSetting<CustomerSettings["addressCapture"]>(tx, KEYS.addressCapture),
  ]);
  return {
    signUpApproval: signUpApproval ?? DEFAULT_CUSTOMER_SETTINGS.signUpApproval,
    addressCapture: addressCapture ?? DEFAULT_CUSTOMER_SETTINGS.addressCapture,
  };
}

export async function updateCustomerSettings(db: Db, actor: Actor, next: CustomerSettings) {
  await db.$transaction(async (tx) => {
    const before = await customerSettings(tx);
    await setSetting(tx, KEYS.signUpApproval, next.signUpApproval);
    await setSetting(tx, KEYS.addressCapture, next.addressCapture);
    await recordAudit(tx, actor, "settings.customers", { type: "settings", id: "customers", label: "customers" }, diff({ ...before }, { ...next }));
  });
}
