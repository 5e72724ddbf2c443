"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { nameIn, type LocalizedText } from "@/lib/localized";
import type { AttachmentLimits } from "@/lib/attachment-limits";
import {
  CUSTOMER_THREAD_FIELDS,
  customerThreadSchema,
  INBOX_MAX,
  STAFF_THREAD_FIELDS,
  staffThreadSchema,
  THREAD_PRIORITIES,
} from "@/lib/schemas/inbox";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";
import { BodyField, FilesField } from "./files-field";
import { useInboxPost } from "./post-inbox";

type Department = { id: string; name: LocalizedText };
/** The fields of either schema (staff: customerId, priority; customer: orderId). */
type Values = { customerId?: string; subject: string; departmentId: string; priority?: string; body: string; orderId?: string };

const STAFF_DEFAULTS: Values = { customerId: "", subject: "", departmentId: "", priority: "NORMAL", body: "" };
const CUSTOMER_DEFAULTS: Values = { departmentId: "", subject: "", body: "", orderId: "" };

/**
 * A new thread: staff write to a customer (picker, subject, department, priority, message, files);
 * a customer opens a ticket (department, subject, message, files, optionally one of their orders).
 * The browser checks the same zod schema the upload route parses with.
 */
export function NewThreadForm({
  side,
  departments,
  orders = [],
  limits,
}: {
  side: "staff" | "customer";
  departments: Department[];
  orders?: { id: string; number: number }[];
  limits: AttachmentLimits;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const staff = side === "staff";
  // One component for both schemas: their field sets differ, so the resolver is typed by hand.
  const { register, handleSubmit, setValue, getValues, setError, formState } = useForm<Values>({
    resolver: zodResolver(staff ? staffThreadSchema : customerThreadSchema) as unknown as Resolver<Values>,
    defaultValues: staff ? STAFF_DEFAULTS : CUSTOMER_DEFAULTS,
  });
  const { chooseFiles, fileError, alert, post } = useInboxPost(setError, staff ? STAFF_THREAD_FIELDS : CUSTOMER_THREAD_FIELDS, limits);
  const [picked, setPicked] = useState<PickedCustomer | null>(null);
  const errors = formState.errors;

  const pick = (customer: PickedCustomer | null) => {
    setPicked(customer);
    setValue("customerId", customer?.id ?? "", { shouldValidate: formState.isSubmitted });
  };

  const onSubmit = handleSubmit(async () => {
    const written = await post(staff ? "staffThread" : "customerThread", getValues());
    if (written) router.push(staff ? `/admin/inbox/${written.threadId}` : `/account/inbox/${written.threadId}`);
  });

  return (
    <Card>
      <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4" noValidate>
        {staff && (
          <>
            <input type="hidden" {...register("customerId")} />
            <CustomerPicker value={picked} onChange={pick} label={t("inbox.fields.customer")} hint={t("inbox.form.customerHint")} error={errors.customerId?.message} />
          </>
        )}
        <TextField label={t("inbox.fields.subject")} error={errors.subject?.message} maxLength={INBOX_MAX.subject} {...register("subject")} />
        <SelectField label={t("inbox.fields.department")} error={errors.departmentId?.message} {...register("departmentId")}>
          <option value="">{t("inbox.form.choose")}</option>
          {departments.map((d) => <option key={d.id} value={d.id}>{nameIn(d.name, locale)}</option>)}
        </SelectField>
        {staff && (
          <SelectField label={t("inbox.fields.priority")} error={errors.priority?.message} {...register("priority")}>
            {THREAD_PRIORITIES.map((p) => <option key={p} value={p}>{t(`inbox.priority.${p}`)}</option>)}
          </SelectField>
        )}
        {!staff && orders.length > 0 && (
          <SelectField label={t("inbox.fields.order")} error={errors.orderId?.message} {...register("orderId")}>
            <option value="">{t("inbox.form.noOrder")}</option>
            {orders.map((o) => <option key={o.id} value={o.id}>#{o.number.toLocaleString(locale)}</option>)}
          </SelectField>
        )}
        <BodyField label={staff ? t("inbox.fields.description") : t("inbox.form.message")} error={errors.body?.message} rows={6} maxLength={INBOX_MAX.body} {...register("body")} />
        <FilesField limits={limits} error={fileError} onFiles={chooseFiles} />
        <FormAlert message={alert} />
        <div><SubmitButton pending={formState.isSubmitting}>{t("inbox.actions.send")}</SubmitButton></div>
      </form>
    </Card>
  );
}
