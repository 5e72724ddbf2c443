"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { MapPin, Star, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { addressSchema, type AddressInput } from "@/lib/schemas/addresses";
import type { AddressCapture } from "@/lib/schemas/customers";
import { formatList, type AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

type Address = {
  id: string;
  title: string;
  recipientName: string;
  mobile: string;
  province: string | null;
  city: string | null;
  district: string | null;
  street: string | null;
  buildingNumber: string | null;
  unit: string | null;
  postalCode: string | null;
  additionalNumber: string | null;
  details: string | null;
  latitude: number | null;
  longitude: number | null;
};

const NATIONAL = ["province", "city", "district", "street", "buildingNumber", "unit", "postalCode", "additionalNumber", "details"] as const;
const MAP = ["city", "details"] as const;
const ALL = ["title", "recipientName", "mobile", ...NATIONAL, "latitude", "longitude"] as const;

/** The customer's address book (C-8): add, edit, delete, choose the default. */
export function AddressBook() {
  const locale = useLocale() as AppLocale;
  const t = useTranslations("account.addresses");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.addresses.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.addresses.list.queryKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const setDefault = useMutation(trpc.addresses.setDefault.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(trpc.addresses.delete.mutationOptions({ onSuccess: () => { setDeleting(null); void refresh(); }, onError: failed }));
  const [editing, setEditing] = useState<Address | "new" | null>(null);
  const [deleting, setDeleting] = useState<Address | null>(null);

  if (list.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (list.isError) return <FormAlert message="errors.unexpected" />;
  const { mode, defaultId, addresses } = list.data;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <Button onClick={() => setEditing("new")}>{t("add")}</Button>
      </div>
      {addresses.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty")} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="addresses">
          {addresses.map((a) => (
            <li key={a.id}>
              <Card className="flex h-full flex-col gap-2">
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold text-slate-900">{a.title}</h2>
                  {a.id === defaultId && <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700" data-testid="default-address">{t("default")}</span>}
                </div>
                <p className="text-sm text-slate-700">{a.recipientName} · <span dir="ltr">{a.mobile}</span></p>
                <p className="text-sm text-slate-600">
                  {formatList([a.province, a.city, a.district, a.street, a.buildingNumber && t("building", { n: a.buildingNumber }), a.unit && t("unitN", { n: a.unit }), a.details].filter((part): part is string => Boolean(part)), locale)}
                </p>
                {a.postalCode && <p className="text-xs text-slate-500">{t("postalCode")}: <span dir="ltr">{a.postalCode}</span></p>}
                {a.latitude !== null && a.longitude !== null && (
                  <p className="flex items-center gap-1 text-xs text-slate-500"><MapPin className="size-3" aria-hidden /><span dir="ltr">{a.latitude.toFixed(5)}, {a.longitude.toFixed(5)}</span></p>
                )}
                <div className="mt-auto flex flex-wrap gap-2 pt-2">
                  <Button variant="secondary" className="py-1.5" onClick={() => setEditing(a)}>{t("edit")}</Button>
                  {a.id !== defaultId && (
                    <Button variant="ghost" className="py-1.5" onClick={() => setDefault.mutate({ id: a.id })}><Star className="size-4" aria-hidden />{t("makeDefault")}</Button>
                  )}
                  <Button variant="ghost" className="px-2 py-1.5 text-rose-700" onClick={() => setDeleting(a)} aria-label={t("delete")}><Trash2 className="size-4" /></Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("add") : t("edit")} className="sm:max-w-2xl">
        {editing !== null && (
          <AddressForm
            mode={mode}
            address={editing === "new" ? null : editing}
            isDefault={editing !== "new" && editing.id === defaultId}
            onDone={() => { setEditing(null); void refresh(); }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <Dialog open={deleting !== null} onOpenChange={(o) => !o && setDeleting(null)} title={t("deleteTitle")}>
        <p className="text-sm text-slate-700">{t("deleteHelp", { title: deleting?.title ?? "" })}</p>
        <div className="mt-4 flex gap-2">
          <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>{t("delete")}</Button>
          <Button variant="ghost" onClick={() => setDeleting(null)}>{t("cancel")}</Button>
        </div>
      </Dialog>
    </div>
  );
}

function AddressForm({ mode, address, isDefault, onDone, onCancel }: { mode: AddressCapture; address: Address | null; isDefault: boolean; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("account.addresses");
  const trpc = useTRPC();
  const save = useMutation(trpc.addresses.save.mutationOptions());
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  const form = useForm<AddressInput>({
    resolver: zodResolver(addressSchema(mode)) as never,
    defaultValues: {
      ...Object.fromEntries(ALL.map((k) => [k, text(address?.[k])])),
      isDefault,
    } as AddressInput,
  });
  const { alert, submit } = useFormAlert(form.setError, ALL);
  const [locating, setLocating] = useState(false);
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      await save.mutateAsync({ id: address?.id, address: form.getValues() as Record<string, unknown> });
      onDone();
    }),
  );
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const field = (k: (typeof ALL)[number], opts: { ltr?: boolean; wide?: boolean; required?: boolean } = {}) => (
    <TextField
      key={k}
      className={opts.wide ? "sm:col-span-2" : undefined}
      label={`${t(`fields.${k}`)}${opts.required ? " *" : ""}`}
      dir={opts.ltr ? "ltr" : undefined}
      error={errors[k]?.message}
      {...form.register(k as never)}
    />
  );
  const locate = () => {
    if (!navigator.geolocation) return;
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        form.setValue("latitude", p.coords.latitude.toFixed(6));
        form.setValue("longitude", p.coords.longitude.toFixed(6));
        setLocating(false);
      },
      () => setLocating(false),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={t("formLabel")}>
      <div className="sm:col-span-2"><FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} /></div>
      {field("title", { required: true })}
      {field("recipientName", { required: true })}
      {field("mobile", { ltr: true, required: true })}
      {mode === "national" ? (
        <>
          {field("province")}
          {field("city", { required: true })}
          {field("district")}
          {field("street", { required: true, wide: true })}
          {field("buildingNumber", { ltr: true })}
          {field("unit", { ltr: true })}
          {field("postalCode", { ltr: true, required: true })}
          {field("additionalNumber", { ltr: true })}
          {field("details", { wide: true })}
          <p className="text-xs text-slate-500 sm:col-span-2">{t("nationalHelp")}</p>
        </>
      ) : (
        <>
          {MAP.map((k) => field(k, { required: k === "details", wide: k === "details" }))}
          {field("latitude", { ltr: true, required: true })}
          {field("longitude", { ltr: true, required: true })}
          <div className="flex items-center gap-3 sm:col-span-2">
            <Button variant="secondary" onClick={locate} disabled={locating}><MapPin className="size-4" aria-hidden />{t("useMyLocation")}</Button>
            <p className="text-xs text-slate-500">{t("mapHelp")}</p>
          </div>
        </>
      )}
      <label className="flex items-center gap-2 text-sm sm:col-span-2"><input type="checkbox" className="size-4" {...form.register("isDefault")} />{t("makeDefault")}</label>
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
