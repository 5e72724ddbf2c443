"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Star } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

/** "Send rating request" on the customer card (C-4); the server refuses with the reason when every order is rated. */
export function RatingRequestButton({ customerId }: { customerId: string }) {
  const t = useTranslations("ratings.request");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const send = useMutation(
    trpc.ratings.sendRequest.mutationOptions({
      onSuccess: () => toast.success(t("sent")),
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );
  return (
    <Button variant="secondary" disabled={send.isPending} onClick={() => send.mutate({ customerId })} data-testid="rating-request">
      <Star className="size-4" aria-hidden />
      {send.isPending ? t("sending") : t("send")}
    </Button>
  );
}
