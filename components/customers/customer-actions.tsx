"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { MoreVertical } from "lucide-react";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { applyServerErrors } from "@/lib/form-errors";
import {
  BLOCK_REASONS,
  customerBlockSchema,
  customerPasswordSchema,
  customerSmsSchema,
  customerUsernameSchema,
} from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { ActionMenu, type MenuAction } from "@/components/ui/menu";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

export interface CustomerSummary {
  id: string;
  name: string;
  username: string;
  status: string;
  mobile: string | null;
}

export interface CustomerAbilities {
  write: boolean;
  delete: boolean;
  impersonate: boolean;
  message: boolean;
  /** The card's points and wallet sections (points.read / wallet.read) and manual credit/debit (*.write). */
  pointsRead: boolean;
  pointsWrite: boolean;
  walletRead: boolean;
  walletWrite: boolean;
}

type DialogKind = "block" | "password" | "username" | "sms" | "delete" | null;

interface Props {
  customer: CustomerSummary;
  can: CustomerAbilities;
  /** The server action that starts "view as this customer" and opens their account area. */
  impersonate: (customerId: string) => Promise<{ error?: string } | void>;
  /** After a delete the card's page has nothing to show. */
  onDeleted?: () => void;
}

/** The actions on one customer (C-4), as a menu on each list row and on the card. */
export function CustomerActions({ customer, can, impersonate, onDeleted }: Props) {
  const t = useTranslations("customers.actions");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [pending, startTransition] = useTransition();
  const done = (message: string) => {
    toast.success(t(message, { name: customer.name }));
    void queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
    router.refresh();
  };
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const unblock = useMutation(trpc.customers.unblock.mutationOptions({ onSuccess: () => done("unblocked"), onError: failed }));
  const setActive = useMutation(trpc.customers.setActive.mutationOptions({ onSuccess: (_d, v) => done(v.active ? "activated" : "deactivated"), onError: failed }));
  const approve = useMutation(trpc.customers.approve.mutationOptions({ onSuccess: () => done("approved"), onError: failed }));

  const s = customer.status;
  const actions: MenuAction[] = [
    ...(can.write ? [{ id: "edit", label: t("edit") }] : []),
    ...(can.write && s === "PENDING" ? [{ id: "approve", label: t("approve") }] : []),
    ...(can.write && s === "INACTIVE" ? [{ id: "activate", label: t("activate") }] : []),
    ...(can.write && s === "ACTIVE" ? [{ id: "deactivate", label: t("deactivate") }] : []),
    ...(can.write && s === "BLOCKED" ? [{ id: "unblock", label: t("unblock") }] : []),
    ...(can.write && s !== "BLOCKED" ? [{ id: "block", label: t("block"), danger: true }] : []),
    ...(can.write ? [{ id: "password", label: t("password") }, { id: "username", label: t("username") }] : []),
    ...(can.message ? [{ id: "sms", label: t("sms") }] : []),
    ...(can.impersonate && (s === "ACTIVE" || s === "PENDING") ? [{ id: "impersonate", label: t("impersonate") }] : []),
    ...(can.delete ? [{ id: "delete", label: t("delete"), danger: true }] : []),
  ];
  if (actions.length === 0) return null;

  const onAction = (id: string) => {
    const mine = { id: customer.id };
    if (id === "edit") router.push(`/admin/customers/${customer.id}/edit`);
    else if (id === "approve") approve.mutate(mine);
    else if (id === "activate") setActive.mutate({ ...mine, active: true });
    else if (id === "deactivate") setActive.mutate({ ...mine, active: false });
    else if (id === "unblock") unblock.mutate(mine);
    else if (id === "impersonate")
      startTransition(async () => {
        const result = await impersonate(customer.id);
        if (result?.error) toast.error(tAll(result.error));
      });
    else setDialog(id as DialogKind);
  };

  return (
    <>
      <ActionMenu
        label={t("menu", { name: customer.name })}
        trigger={<MoreVertical className="size-4" aria-hidden />}
        actions={pending ? [] : actions}
        onAction={onAction}
      />
      <Dialog open={dialog === "block"} onOpenChange={(o) => !o && setDialog(null)} title={t("blockTitle", { name: customer.name })}>
        <BlockForm id={customer.id} onDone={() => { setDialog(null); done("blocked"); }} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog open={dialog === "password"} onOpenChange={(o) => !o && setDialog(null)} title={t("passwordTitle", { name: customer.name })}>
        <PasswordForm id={customer.id} onDone={() => { setDialog(null); done("passwordChanged"); }} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog open={dialog === "username"} onOpenChange={(o) => !o && setDialog(null)} title={t("usernameTitle", { name: customer.name })}>
        <UsernameForm id={customer.id} current={customer.username} onDone={() => { setDialog(null); done("usernameChanged"); }} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog open={dialog === "sms"} onOpenChange={(o) => !o && setDialog(null)} title={t("smsTitle", { name: customer.name })}>
        <SmsForm id={customer.id} mobile={customer.mobile} onDone={() => { setDialog(null); done("smsQueued"); }} onCancel={() => setDialog(null)} />
      </Dialog>
      <Dialog open={dialog === "delete"} onOpenChange={(o) => !o && setDialog(null)} title={t("deleteTitle", { name: customer.name })}>
        <DeleteConfirm
          id={customer.id}
          onDone={() => {
            setDialog(null);
            done("deleted");
            onDeleted?.();
          }}
          onCancel={() => setDialog(null)}
        />
      </Dialog>
    </>
  );
}

interface FormProps {
  id: string;
  onDone: () => void;
  onCancel: () => void;
}

function Actions({ pending, submit, onCancel, danger }: { pending: boolean; submit: string; onCancel: () => void; danger?: boolean }) {
  const t = useTranslations("customers.actions");
  return (
    <div className="mt-2 flex gap-2">
      <SubmitButton pending={pending} variant={danger ? "danger" : "primary"}>{submit}</SubmitButton>
      <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
    </div>
  );
}

function BlockForm({ id, onDone, onCancel }: FormProps) {
  const t = useTranslations("customers.actions");
  const trpc = useTRPC();
  const block = useMutation(trpc.customers.block.mutationOptions());
  const form = useForm({ resolver: zodResolver(customerBlockSchema), defaultValues: { id, reason: "" as never, details: "" } });
  const { alert, submit } = useFormAlert(form.setError, ["reason", "details"]);
  const onSubmit = form.handleSubmit((v) => submit(async () => { await block.mutateAsync(v); onDone(); }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("block")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <SelectField label={t("blockReason")} error={form.formState.errors.reason?.message} {...form.register("reason")}>
        <option value="">{t("chooseReason")}</option>
        {BLOCK_REASONS.map((r) => (
          <option key={r} value={r}>{t(`reasons.${r}`)}</option>
        ))}
      </SelectField>
      <TextField label={t("blockDetails")} error={form.formState.errors.details?.message} {...form.register("details")} />
      <p className="text-xs text-slate-500">{t("blockHelp")}</p>
      <Actions pending={form.formState.isSubmitting} submit={t("blockSubmit")} onCancel={onCancel} danger />
    </form>
  );
}

function PasswordForm({ id, onDone, onCancel }: FormProps) {
  const t = useTranslations("customers.actions");
  const trpc = useTRPC();
  const setPassword = useMutation(trpc.customers.setPassword.mutationOptions());
  const form = useForm({ resolver: zodResolver(customerPasswordSchema), defaultValues: { id, password: "" } });
  const { alert, submit } = useFormAlert(form.setError, ["password"]);
  const onSubmit = form.handleSubmit((v) => submit(async () => { await setPassword.mutateAsync(v); onDone(); }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("password")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField label={t("newPassword")} type="password" dir="ltr" autoComplete="new-password" error={form.formState.errors.password?.message} {...form.register("password")} />
      <p className="text-xs text-slate-500">{t("passwordHelp")}</p>
      <Actions pending={form.formState.isSubmitting} submit={t("save")} onCancel={onCancel} />
    </form>
  );
}

function UsernameForm({ id, current, onDone, onCancel }: FormProps & { current: string }) {
  const t = useTranslations("customers.actions");
  const trpc = useTRPC();
  const setUsername = useMutation(trpc.customers.setUsername.mutationOptions());
  const form = useForm({ resolver: zodResolver(customerUsernameSchema), defaultValues: { id, username: current } });
  const { alert, submit } = useFormAlert(form.setError, ["username"]);
  const onSubmit = form.handleSubmit((v) => submit(async () => { await setUsername.mutateAsync(v); onDone(); }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("username")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField label={t("newUsername")} dir="ltr" autoComplete="off" error={form.formState.errors.username?.message} {...form.register("username")} />
      <Actions pending={form.formState.isSubmitting} submit={t("save")} onCancel={onCancel} />
    </form>
  );
}

function SmsForm({ id, mobile, onDone, onCancel }: FormProps & { mobile: string | null }) {
  const t = useTranslations("customers.actions");
  const trpc = useTRPC();
  const send = useMutation(trpc.customers.sendSms.mutationOptions());
  const form = useForm({ resolver: zodResolver(customerSmsSchema), defaultValues: { customerId: id, body: "" } });
  const { alert, submit } = useFormAlert(form.setError, ["body"]);
  const onSubmit = form.handleSubmit((v) => submit(async () => { await send.mutateAsync(v); onDone(); }));
  const error = form.formState.errors.body?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("sms")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <p className="text-sm text-slate-600">{mobile ? <span dir="ltr">{mobile}</span> : t("noMobile")}</p>
      <label className="flex flex-col gap-1.5 text-sm font-medium text-slate-700">
        {t("smsBody")}
        <textarea rows={4} className="rounded-lg border border-slate-300 px-3 py-2 text-sm" aria-invalid={error ? true : undefined} {...form.register("body")} />
      </label>
      {error && <ErrorText name="body" message={error} />}
      <p className="text-xs text-slate-500">{t("smsHelp")}</p>
      <Actions pending={form.formState.isSubmitting} submit={t("smsSubmit")} onCancel={onCancel} />
    </form>
  );
}

function DeleteConfirm({ id, onDone, onCancel }: FormProps) {
  const t = useTranslations("customers.actions");
  const trpc = useTRPC();
  const remove = useMutation(trpc.customers.delete.mutationOptions({ onSuccess: onDone }));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("deleteHelp")}</p>
      {remove.error && <FormAlert message={applyServerErrors(remove.error, () => undefined, []) ?? "errors.unexpected"} />}
      <div className="flex gap-2">
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ id })}>{t("deleteSubmit")}</Button>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </div>
  );
}

export function ErrorText({ name, message }: { name: string; message: string }) {
  const t = useTranslations();
  return <p data-field-error={name} className="text-xs font-medium text-rose-600">{t(message)}</p>;
}
