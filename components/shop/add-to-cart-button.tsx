"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ShoppingCart } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { formatNumber, type AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

/** One more of the product in the customer's cart (the cart page itself is the cart's). */
export function AddToCartButton({ productId, name, compact }: { productId: string; name: string; compact?: boolean }) {
  const t = useTranslations("shop");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(
    trpc.shop.addToCart.mutationOptions({
      onSuccess: ({ quantity }) => {
        toast.success(t("added", { name, quantity: formatNumber(quantity, locale) }));
        void queryClient.invalidateQueries({ queryKey: trpc.shop.product.pathKey() });
      },
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );
  return (
    <Button
      variant={compact ? "secondary" : "primary"}
      disabled={add.isPending}
      onClick={() => add.mutate({ productId })}
      aria-label={compact ? t("addToCartItem", { name }) : undefined}
      data-testid="add-to-cart"
    >
      <ShoppingCart className="size-4" aria-hidden />
      {t("addToCart")}
    </Button>
  );
}
