import "server-only";
import type { Db } from "../db";
import { FieldErrors } from "../errors";
import { addressSchema } from "@/lib/schemas/addresses";
import { customerSettings } from "./customer-settings";

// A customer's address book (C-8). Every query is scoped by the customer's own id.

export const MAX_ADDRESSES = 20;

const select = {
  id: true,
  title: true,
  recipientName: true,
  mobile: true,
  province: true,
  city: true,
  district: true,
  street: true,
  buildingNumber: true,
  unit: true,
  postalCode: true,
  additionalNumber: true,
  details: true,
  latitude: true,
  longitude: true,
} as const;

export async function listAddresses(db: Db, customerId: string) {
  const [settings, customer, addresses] = await Promise.all([
    customerSettings(db),
    db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { defaultAddressId: true } }),
    db.address.findMany({ where: { customerId }, orderBy: { createdAt: "asc" }, select }),
  ]);
  return { mode: settings.addressCapture, defaultId: customer.defaultAddressId, addresses };
}

/** Adds (no id) or edits (id) an address, checked against the store's address-capture mode. */
export async function saveAddress(db: Db, customerId: string, id: string | undefined, raw: Record<string, unknown>) {
  const { addressCapture } = await customerSettings(db);
  const parsed = addressSchema(addressCapture).safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    const fields = parsed.error.issues
      .map((i) => ({ path: i.path.join("."), message: /^(validation|errors)\./.test(i.message) ? i.message : "validation.invalid" }))
      .filter((f) => !seen.has(f.path) && seen.add(f.path));
    throw new FieldErrors(fields, "invalid");
  }
  const { isDefault, ...data } = parsed.data;
  return db.$transaction(async (tx) => {
    // The row lock keeps two tabs from passing the limit together.
    await tx.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${customerId}::uuid FOR UPDATE`;
    let addressId = id;
    if (id) {
      const { count } = await tx.address.updateMany({ where: { id, customerId }, data });
      if (count === 0) throw new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");
    } else {
      if ((await tx.address.count({ where: { customerId } })) >= MAX_ADDRESSES) {
        throw new FieldErrors([{ path: "title", message: "errors.addresses.tooMany" }], "invalid");
      }
      addressId = (await tx.address.create({ data: { ...data, customerId }, select: { id: true } })).id;
    }
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { defaultAddressId: true } });
    // The first address is the default; a ticked "default" moves it.
    if (isDefault || !customer.defaultAddressId) await tx.customer.update({ where: { id: customerId }, data: { defaultAddressId: addressId } });
    return { id: addressId! };
  });
}

export async function setDefaultAddress(db: Db, customerId: string, id: string) {
  await db.$transaction(async (tx) => {
    const address = await tx.address.findFirst({ where: { id, customerId }, select: { id: true } });
    if (!address) throw new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");
    await tx.customer.update({ where: { id: customerId }, data: { defaultAddressId: id } });
  });
}

/** Deleting the default makes the newest remaining address the default. */
export async function deleteAddress(db: Db, customerId: string, id: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.address.deleteMany({ where: { id, customerId } });
    if (count === 0) throw new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { defaultAddressId: true } });
    if (!customer.defaultAddressId) {
      const next = await tx.address.findFirst({ where: { customerId }, orderBy: { createdAt: "desc" }, select: { id: true } });
      if (next) await tx.customer.update({ where: { id: customerId }, data: { defaultAddressId: next.id } });
    }
  });
}
