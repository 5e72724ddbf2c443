"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { AttachmentLimits } from "@/lib/attachment-limits";
import { customerReplySchema, INBOX_MAX, REPLY_FIELDS, staffReplySchema } from "@/lib/schemas/inbox";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { BodyField, FilesField } from "./files-field";
import { useInboxPost } from "./post-inbox";

/** Both reply schemas' fields (only staff have "internal"). */
type Values = { threadId: string; body: string; internal?: boolean };

/** A reply in a thread, with files; staff may make it an internal note the customer never sees. */
export function ReplyForm({ threadId, side, limits }: { threadId: string; side: "staff" | "customer"; limits: AttachmentLimits }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const staff = side === "staff";
  const empty: Values = staff ? { threadId, body: "", internal: false } : { threadId, body: "" };
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(staff ? staffReplySchema : customerReplySchema) as unknown as Resolver<Values>,
    defaultValues: empty,
  });
  const { chooseFiles, fileError, alert, post, clearFiles } = useInboxPost(setError, REPLY_FIELDS, limits);
  // A new key remounts the file input, the only way to empty it.
  const [filesKey, setFilesKey] = useState(0);

  const onSubmit = handleSubmit(async () => {
    const written = await post(staff ? "staffReply" : "customerReply", getValues());
    if (!written) return;
    reset(empty);
    clearFiles();
    setFilesKey((k) => k + 1);
    router.refresh();
  });

  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <h2 className="text-base font-semibold text-slate-900">{t("reply")}</h2>
        <BodyField label={t("form.message")} error={formState.errors.body?.message} maxLength={INBOX_MAX.body} {...register("body")} />
        <FilesField key={filesKey} limits={limits} error={fileError} onFiles={chooseFiles} />
        {staff && (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" className="size-4" {...register("internal")} />
            {t("form.internal")}
          </label>
        )}
        <FormAlert message={alert} />
        <div><SubmitButton pending={formState.isSubmitting}>{t("actions.send")}</SubmitButton></div>
      </form>
    </Card>
  );
}
