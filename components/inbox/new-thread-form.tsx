"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { THREAD_PRIORITIES } from "@/lib/schemas/inbox";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { BodyField, FilesField } from "./files-field";
import { errorsByPath, postInbox, type InboxFieldError } from "./post-inbox";

type Department = { id: string; name: LocalizedText };

/** Search customers by username, name or mobile and pick one (its id rides in "customerId"). */
function CustomerPicker({ error }: { error?: InboxFieldError }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<{ id: string; name: string; username: string } | null>(null);
  const found = useQuery({ ...trpc.inbox.customers.queryOptions({ q }), enabled: !picked && q.trim().length >= 2 });
  return (
    <div className="flex flex-col gap-1.5">
      <input type="hidden" name="customerId" value={picked?.id ?? ""} />
      {picked ? (
        <div className="flex items-center gap-3 text-sm">
          <span className="font-medium text-slate-700">{t("inbox.fields.customer")}:</span>
          <span data-testid="picked-customer">{picked.name} ({picked.username})</span>
          <button type="button" className="text-brand-700 underline" onClick={() => setPicked(null)}>{t("inbox.actions.change")}</button>
        </div>
      ) : (
        <>
          <TextField name="customerQuery" label={t("inbox.fields.customer")} hint={t("inbox.form.customerHint")} value={q} onChange={(e) => setQ(e.target.value)} error={error?.message} autoComplete="off" />
          {(found.data?.length ?? 0) > 0 && (
            <ul className="rounded-lg ring-1 ring-slate-200" aria-label={t("inbox.form.customerResults")}>
              {found.data!.map((c) => (
                <li key={c.id}>
                  <button type="button" className="w-full px-3 py-2 text-start text-sm hover:bg-slate-50" onClick={() => setPicked(c)}>
                    {c.name} <span className="text-slate-500" dir="ltr">{c.username}{c.mobile ? ` · ${c.mobile}` : ""}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/**
 * A new thread: staff write to a customer (picker, subject, department, priority, message, files);
 * a customer opens a ticket (department, subject, message, files, optionally one of their orders).
 */
export function NewThreadForm({ side, departments, orders = [] }: { side: "staff" | "customer"; departments: Department[]; orders?: { id: string; number: number }[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, InboxFieldError | undefined>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setAlert(null);
    const form = new FormData(e.currentTarget);
    form.delete("customerQuery");
    form.set("kind", side === "staff" ? "staffThread" : "customerThread");
    const result = await postInbox(form);
    if (result.ok) {
      router.push(side === "staff" ? `/admin/inbox/${result.threadId}` : `/account/inbox/${result.threadId}`);
      return;
    }
    setPending(false);
    setErrors(errorsByPath(result.fields));
    if (!result.fields.length) setAlert(result.message);
  }

  return (
    <Card>
      <form onSubmit={submit} className="flex max-w-2xl flex-col gap-4" noValidate>
        {side === "staff" && <CustomerPicker error={errors.customerId} />}
        <TextField name="subject" label={t("inbox.fields.subject")} error={errors.subject?.message} maxLength={200} />
        <SelectField name="departmentId" label={t("inbox.fields.department")} error={errors.departmentId?.message} defaultValue="">
          <option value="">{t("inbox.form.choose")}</option>
          {departments.map((d) => <option key={d.id} value={d.id}>{nameIn(d.name, locale)}</option>)}
        </SelectField>
        {side === "staff" && (
          <SelectField name="priority" label={t("inbox.fields.priority")} error={errors.priority?.message} defaultValue="NORMAL">
            {THREAD_PRIORITIES.map((p) => <option key={p} value={p}>{t(`inbox.priority.${p}`)}</option>)}
          </SelectField>
        )}
        {side === "customer" && orders.length > 0 && (
          <SelectField name="orderId" label={t("inbox.fields.order")} error={errors.orderId?.message} defaultValue="">
            <option value="">{t("inbox.form.noOrder")}</option>
            {orders.map((o) => <option key={o.id} value={o.id}>#{o.number.toLocaleString(locale)}</option>)}
          </SelectField>
        )}
        <BodyField label={side === "staff" ? t("inbox.fields.description") : t("inbox.form.message")} error={errors.body} rows={6} />
        <FilesField error={errors.files} />
        <FormAlert message={alert} />
        <div><SubmitButton pending={pending}>{t("inbox.actions.send")}</SubmitButton></div>
      </form>
    </Card>
  );
}
