"use client";

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Star } from "lucide-react";
import { formatNumber, type AppLocale } from "@/lib/format";
import { reviewSchema, REVIEW_COMMENT_MAX, type ReviewData, type ReviewInput } from "@/lib/schemas/reviews";
import { useTRPC } from "@/components/providers/trpc";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const FIELDS = ["rating", "comment"] as const;

/** One product of a completed order: 1–5 stars and a comment, sent for moderation. */
export function RatingForm({ orderId, productId, productName, onRated }: { orderId: string; productId: string; productName: string; onRated: () => void }) {
  const t = useTranslations("ratings.form");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const rate = useMutation(trpc.ratings.rate.mutationOptions());
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<ReviewInput, unknown, ReviewData>({
    resolver: zodResolver(reviewSchema),
    defaultValues: { orderId, productId, comment: "" },
  });
  useEffect(() => void register("rating"), [register]); // set by the stars below
  const { alert, submit } = useFormAlert(setError, FIELDS);
  const onSubmit = handleSubmit((data) => submit(async () => {
    await rate.mutateAsync(data);
    onRated();
  }));
  const chosen = Number(watch("rating") ?? 0);
  const base = `rate-${orderId}-${productId}`;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("label", { product: productName })} data-testid="rating-form">
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset aria-describedby={errors.rating ? `${base}-rating-error` : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("rating")}</legend>
        <div className="flex gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer rounded p-0.5 focus-within:ring-2 focus-within:ring-brand-300">
              <input
                type="radio"
                value={n}
                className="sr-only"
                aria-label={t("stars", { count: n, n: formatNumber(n, locale) })}
                name={`${base}-rating`}
                checked={chosen === n}
                // Set as a number: react-hook-form applies setValueAs to text inputs only, so a registered
                // radio would hand the schema the string "5".
                onChange={() => setValue("rating", n, { shouldValidate: formState.isSubmitted, shouldDirty: true })}
              />
              <Star className={n <= chosen ? "size-6 fill-amber-400 text-amber-400" : "size-6 text-slate-300"} aria-hidden />
            </label>
          ))}
        </div>
        {errors.rating?.message && (
          <p id={`${base}-rating-error`} data-field-error="rating" className="mt-1 text-xs font-medium text-rose-600">{tAll(errors.rating.message)}</p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${base}-comment`} className="text-sm font-medium text-slate-700">{t("comment")}</label>
        <textarea
          id={`${base}-comment`}
          rows={3}
          maxLength={REVIEW_COMMENT_MAX}
          aria-invalid={errors.comment ? true : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
          {...register("comment")}
        />
        {errors.comment?.message && <p data-field-error="comment" className="text-xs font-medium text-rose-600">{tAll(errors.comment.message)}</p>}
      </div>
      <SubmitButton pending={formState.isSubmitting} className="self-start">{t("submit")}</SubmitButton>
    </form>
  );
}
