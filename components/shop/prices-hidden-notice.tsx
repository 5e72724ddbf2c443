import { useTranslations } from "next-intl";
import { EyeOff } from "lucide-react";

/** Said once on every storefront and wishlist page when the customer's groups hide prices. */
export function PricesHiddenNotice() {
  const t = useTranslations("shop");
  return (
    <p role="note" data-testid="prices-hidden" className="mb-4 flex items-center gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      <EyeOff className="size-4 shrink-0" aria-hidden />
      {t("pricesHidden")}
    </p>
  );
}
