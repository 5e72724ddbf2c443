import "server-only";
import type { PaymentProvider } from "./provider";
import { testPaymentProvider } from "./test-provider";

export type { PaymentProvider } from "./provider";

const providers: Record<string, PaymentProvider> = { [testPaymentProvider.name]: testPaymentProvider };

/** The gateway new payments go through. Only the simulated one exists until a real gateway is added. */
export const paymentProvider = (): PaymentProvider => testPaymentProvider;

/** The gateway a stored payment went through. */
export const providerNamed = (name: string): PaymentProvider | undefined => providers[name];
