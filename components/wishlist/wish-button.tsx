"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Heart } from "lucide-react";
import { toast } from "sonner";
import { cn } from "@/lib/cn";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

/** The heart on the storefront's list and product page: adds the product to the wishlist or takes it out. */
export function WishButton({ productId, wished, name }: { productId: string; wished: boolean; name: string }) {
  const t = useTranslations("wishlist");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = {
    onSuccess: (r: { wished: boolean }) => {
      toast.success(r.wished ? t("added", { name }) : t("removed", { name }));
      // The heart is drawn from the storefront's answers and the wishlist page from its own.
      for (const key of [trpc.shop.list.pathKey(), trpc.shop.product.pathKey(), trpc.wishlist.list.pathKey()]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
    onError: (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
  };
  const add = useMutation(trpc.wishlist.add.mutationOptions(options));
  const remove = useMutation(trpc.wishlist.remove.mutationOptions(options));
  const label = wished ? t("remove", { name }) : t("add", { name });
  return (
    <Button
      variant="ghost"
      className="px-2"
      aria-pressed={wished}
      aria-label={label}
      title={label}
      disabled={add.isPending || remove.isPending}
      data-testid="wish-button"
      onClick={() => (wished ? remove : add).mutate({ productId })}
    >
      <Heart className={cn("size-5", wished ? "fill-rose-500 text-rose-500" : "text-slate-500")} aria-hidden />
    </Button>
  );
}
