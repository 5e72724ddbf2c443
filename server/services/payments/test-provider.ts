import "server-only";
import { randomUUID } from "node:crypto";
import type { PaymentProvider } from "./provider";

/**
 * The simulated gateway of development and tests: no money moves. The customer's "pay" or "cancel"
 * on the simulated page comes back as callback.outcome, and the attempt succeeds or fails on demand.
 */
export const testPaymentProvider: PaymentProvider = {
  name: "test",
  async start() {
    return { reference: `test_${randomUUID()}` };
  },
  async verify(reference, callback) {
    if (!reference.startsWith("test_")) return "failed";
    return callback.outcome === "failed" ? "failed" : "succeeded";
  },
};
