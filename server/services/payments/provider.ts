import "server-only";

// A payment gateway behind one small interface, so a real gateway (Zarinpal-style, Mada/HyperPay-style)
// can replace the test one without touching checkout.

export interface PaymentToStart {
  id: string;
  orderId: string;
  orderNumber: number;
  /** Minor units of `currency`. */
  amount: bigint;
  currency: string;
}

export interface PaymentProvider {
  /** Stored in Payment.provider; (provider, reference) is unique. */
  readonly name: string;
  /** Opens an attempt at the gateway: its reference, and where to send the customer if anywhere. */
  start(payment: PaymentToStart): Promise<{ reference: string; redirect?: string }>;
  /** Asks the gateway how the attempt ended; `callback` holds what the gateway sent back. */
  verify(reference: string, callback: Record<string, string>): Promise<"succeeded" | "failed">;
}
