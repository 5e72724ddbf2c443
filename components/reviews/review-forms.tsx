"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { REVIEW_COMMENT_MAX } from "@/lib/schemas/reviews";
import {
  EDIT_FIELDS,
  REJECT_FIELDS,
  REJECT_REASON_MAX,
  editReviewSchema,
  rejectReviewSchema,
  type EditReviewInput,
  type RejectReviewInput,
} from "@/lib/schemas/review-moderation";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAlert } from "@/components/ui/use-form-alert";

const TEXTAREA = "w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2";
const ok = "border-slate-300 focus:border-brand-500 focus:ring-brand-100";
const bad = "border-rose-400 focus:ring-rose-200";

function FieldError({ name, message }: { name: string; message?: string }) {
  const t = useTranslations();
  if (!message) return null;
  return <p id={`review-${name}-error`} data-field-error={name} className="text-xs font-medium text-rose-600">{t(message)}</p>;
}

/** Reject with the reason the customer will read; an approved review keeps the points it earned. */
export function RejectForm({ reviewId, wasApproved, onDone, onCancel }: { reviewId: string; wasApproved: boolean; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("reviews.reject");
  const trpc = useTRPC();
  const reject = useMutation(trpc.reviews.reject.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<RejectReviewInput>({
    resolver: zodResolver(rejectReviewSchema),
    defaultValues: { reviewId, reason: "" },
  });
  const { alert, submit } = useFormAlert(setError, REJECT_FIELDS);
  const error = formState.errors.reason?.message;
  const onSubmit = handleSubmit((data) => submit(async () => {
    await reject.mutateAsync(data);
    onDone();
  }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="review-reject-form" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="review-reason" className="text-sm font-medium text-slate-700">{t("reason")} *</label>
        <textarea
          id="review-reason"
          rows={3}
          maxLength={REJECT_REASON_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "review-reason-error" : "review-reason-hint"}
          className={`${TEXTAREA} ${error ? bad : ok}`}
          {...register("reason")}
        />
        {error ? <FieldError name="reason" message={error} /> : <p id="review-reason-hint" className="text-xs text-slate-500">{t("hint")}</p>}
      </div>
      {wasApproved && <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">{t("pointsStay")}</p>}
      <div className="flex gap-2">
        <SubmitButton variant="danger" pending={formState.isSubmitting}>{t("submit")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}

/** Correct the text; the customer's original stays in the audit log. */
export function EditForm({ reviewId, comment, onDone, onCancel }: { reviewId: string; comment: string; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("reviews.edit");
  const trpc = useTRPC();
  const edit = useMutation(trpc.reviews.edit.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<EditReviewInput>({
    resolver: zodResolver(editReviewSchema),
    defaultValues: { reviewId, comment },
  });
  const { alert, submit } = useFormAlert(setError, EDIT_FIELDS);
  const error = formState.errors.comment?.message;
  const onSubmit = handleSubmit((data) => submit(async () => {
    await edit.mutateAsync(data);
    onDone();
  }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="review-edit-form" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="review-comment" className="text-sm font-medium text-slate-700">{t("comment")}</label>
        <textarea
          id="review-comment"
          rows={5}
          maxLength={REVIEW_COMMENT_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "review-comment-error" : "review-comment-hint"}
          className={`${TEXTAREA} ${error ? bad : ok}`}
          {...register("comment")}
        />
        {error ? <FieldError name="comment" message={error} /> : <p id="review-comment-hint" className="text-xs text-slate-500">{t("hint")}</p>}
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={formState.isSubmitting}>{t("submit")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
