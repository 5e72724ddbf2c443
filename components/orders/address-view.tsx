"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatList, type AppLocale } from "@/lib/format";

type Address = Partial<Record<"title" | "recipientName" | "mobile" | "province" | "city" | "district" | "street" | "buildingNumber" | "unit" | "postalCode" | "additionalNumber" | "details", string>>;

/** The delivery address as it was copied at checkout. */
export function AddressView({ address }: { address: Address }) {
  const t = useTranslations("orders.detail");
  const locale = useLocale() as AppLocale;
  const place = [address.province, address.city, address.district, address.street, address.buildingNumber, address.unit].filter((x): x is string => !!x);
  if (!address.recipientName && place.length === 0) return <p className="text-sm text-slate-500">{t("noAddress")}</p>;
  return (
    <address className="flex flex-col gap-1 text-sm not-italic text-slate-700" data-testid="order-address">
      {address.title && <span className="font-medium text-slate-900">{address.title}</span>}
      {address.recipientName && <span>{address.recipientName}</span>}
      {address.mobile && <span dir="ltr" className="self-start">{address.mobile}</span>}
      {place.length > 0 && <span>{formatList(place, locale)}</span>}
      {address.postalCode && <span>{t("postalCode", { code: address.postalCode })}</span>}
      {address.details && <span className="text-slate-500">{address.details}</span>}
    </address>
  );
}
