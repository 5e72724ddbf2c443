"use client";

import type { ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { ExternalLink } from "lucide-react";
import { Link, useRouter } from "@/i18n/navigation";
import { formatDate, formatList, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { labelIn, type CustomFieldDef } from "@/lib/custom-fields";
import { customerNoteSchema } from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { CustomerActions, ErrorText, type CustomerAbilities } from "./customer-actions";
import { StatusBadge } from "./status-badge";
import { EffectiveRules } from "@/components/rules/effective-rules";
import { CustomerWishlist } from "@/components/wishlist/customer-wishlist";
import { CustomerOrders } from "@/components/orders/customer-orders";
import { RatingRequestButton } from "@/components/ratings/rating-request-button";
import { CustomerLedger } from "@/components/loyalty/ledger-history";
import { CustomerReferrals } from "@/components/loyalty/referrals";

interface Props {
  id: string;
  fields: CustomFieldDef[];
  can: CustomerAbilities;
  impersonate: (customerId: string) => Promise<{ error?: string } | void>;
  /** In the list's side panel: compact, with a link to the full page. */
  compact?: boolean;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="border-t border-slate-100 pt-4" data-testid={testId}>
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-end text-slate-900">{children}</dd>
    </div>
  );
}

/** The customer card (C-7): who they are, groups, status and reasons, notes, activity, balances. */
export function CustomerCard({ id, fields, can, impersonate, compact }: Props) {
  const t = useTranslations("customers.card");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const router = useRouter();
  const card = useQuery(trpc.customers.card.queryOptions({ id }));

  if (card.isPending) return <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>;
  if (card.isError) return <Card><FormAlert message={applyServerErrors(card.error, () => undefined, []) ?? "errors.unexpected"} /></Card>;
  const c = card.data;
  const u = c.user;
  const values = c.customFields as Record<string, unknown>;
  const showValue = (def: CustomFieldDef, v: unknown): string => {
    if (v === undefined || v === null || v === "") return "—";
    if (def.type === "BOOLEAN") return v ? t("yes") : t("no");
    if (def.type === "DATE") return formatDate(`${v}T12:00:00Z`, locale);
    if (def.type === "NUMBER") return formatNumber(Number(v), locale);
    const label = (value: string) => {
      const o = def.options.find((x) => x.value === value);
      return o ? labelIn(o.label, locale) : value;
    };
    return Array.isArray(v) ? formatList(v.map(label), locale) : def.type === "SELECT" ? label(String(v)) : String(v);
  };

  return (
    <Card className="flex flex-col gap-4" >
      <header className="flex items-start justify-between gap-3" data-testid="customer-card">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{u.name}</h2>
          <p className="text-xs text-slate-500" dir="ltr">{u.username}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={u.status} />
            {c.groups.map((g) => (
              <span key={g.id} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{g.name}</span>
            ))}
          </div>
        </div>
        <div className="flex items-center gap-1">
          {compact && (
            <Link href={`/admin/customers/${c.id}`} className="rounded-lg p-1.5 text-slate-500 hover:bg-slate-100" aria-label={t("openFull")}>
              <ExternalLink className="size-4" aria-hidden />
            </Link>
          )}
          <CustomerActions
            customer={{ id: c.id, name: u.name, username: u.username, status: u.status, mobile: u.mobile }}
            can={can}
            impersonate={impersonate}
            onDeleted={() => router.push("/admin/customers")}
          />
        </div>
      </header>

      {u.status === "BLOCKED" && (
        <div className="rounded-lg bg-rose-50 p-3 text-sm text-rose-800 ring-1 ring-rose-200" data-testid="block-reason">
          <p className="font-medium">{t("blockedBecause", { reason: u.blockReason ? tAll(`customers.list.blockReasons.${u.blockReason}`) : "—" })}</p>
          {u.statusReason && <p className="mt-1">{u.statusReason}</p>}
        </div>
      )}
      {u.status === "PENDING" && <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">{t("pendingHelp")}</p>}

      <Section title={t("basic")}>
        <dl>
          <Row label={t("mobile")}><span dir="ltr">{u.mobile ?? "—"}</span></Row>
          <Row label={t("email")}><span dir="ltr">{u.email ?? "—"}</span></Row>
          <Row label={t("gender")}>{c.gender ? tAll(`customers.form.genders.${c.gender}`) : "—"}</Row>
          <Row label={t("city")}>{c.city ?? "—"}</Row>
          <Row label={t("nationalCode")}><span dir="ltr">{c.nationalCode ?? "—"}</span></Row>
          <Row label={t("birthDate")}>{c.birthDate ? formatDate(c.birthDate, locale) : "—"}</Row>
          <Row label={t("createdAt")}>{formatDate(c.createdAt, locale)}</Row>
          <Row label={t("lastSignIn")}>{u.lastSignInAt ? formatDate(u.lastSignInAt, locale, true) : t("never")}</Row>
          <Row label={t("referralCode")}><span dir="ltr">{c.referralCode}</span></Row>
          <Row label={t("referrer")}>{c.referrer ? c.referrer.user.name : "—"}</Row>
          <Row label={t("referrals")}>{formatNumber(c.referralCount, locale)}</Row>
          {fields.map((def) => (
            <Row key={def.id} label={labelIn(def.label, locale)}>{showValue(def, values[def.id])}</Row>
          ))}
        </dl>
      </Section>

      <Section title={t("balances")}>
        <dl className="grid grid-cols-3 gap-2 text-center">
          {[
            ["orders", formatNumber(c.orderCount, locale)],
            ["points", formatNumber(Number(c.pointsBalance) / 100, locale)],
            ["wallet", formatNumber(c.walletBalance, locale)],
          ].map(([k, v]) => (
            <div key={k} className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{t(k)}</dt>
              <dd className="font-semibold text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section title={t("notes")} testId="customer-notes">
        {can.write && <NoteForm customerId={c.id} />}
        {c.notes.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noNotes")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {c.notes.map((n) => (
              <li key={n.id} className="rounded-lg bg-amber-50/60 p-2 text-sm">
                <p className="whitespace-pre-line text-slate-800">{n.body}</p>
                <p className="mt-1 text-xs text-slate-500">{n.authorName} · {formatDate(n.createdAt, locale, true)}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t("visits")} testId="customer-visits">
        <table className="w-full text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1 text-start font-medium">{t("source")}</th>
              <th className="py-1 text-start font-medium">{t("last30Days")}</th>
              <th className="py-1 text-start font-medium">{t("total")}</th>
              <th className="py-1 text-start font-medium">{t("lastVisit")}</th>
            </tr>
          </thead>
          <tbody>
            {c.visits.map((v) => (
              <tr key={v.source} data-source={v.source}>
                <td className="py-1">{t(`sources.${v.source}`)}</td>
                <td className="py-1">{formatNumber(v.last30Days, locale)}</td>
                <td className="py-1">{formatNumber(v.total, locale)}</td>
                <td className="py-1 text-xs text-slate-500">{v.lastAt ? formatDate(v.lastAt, locale, true) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title={t("signIns")} testId="customer-sign-ins">
        {c.signIns.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noSignIns")}</p>
        ) : (
          <ul className="flex flex-col gap-1.5 text-xs">
            {c.signIns.map((s) => (
              <li key={s.id} className="flex flex-wrap justify-between gap-2">
                <span className="text-slate-700">{formatDate(s.createdAt, locale, true)}</span>
                <span dir="ltr" className="text-slate-500">{s.ip ?? "—"}</span>
                <span dir="ltr" className="basis-full truncate text-slate-400" title={s.userAgent ?? ""}>{s.userAgent ?? "—"}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {c.messages.length > 0 && (
        <Section title={t("messages")}>
          <ul className="flex flex-col gap-1.5 text-sm">
            {c.messages.map((m) => (
              <li key={m.id}>
                <p className="text-slate-800">{m.body}</p>
                <p className="text-xs text-slate-500">{t(`messageStatus.${m.status}`)} · {formatDate(m.createdAt, locale, true)}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={tAll("rules.effective.title")} testId="customer-rules">
        <EffectiveRules customerId={c.id} />
      </Section>

      <Section title={t("later.wishlist.title")} testId="customer-wishlist">
        <CustomerWishlist customerId={c.id} />
      </Section>

      <Section title={t("later.orders.title")} testId="customer-orders">
        <CustomerOrders customerId={c.id} />
        {can.message && <div className="mt-3"><RatingRequestButton customerId={c.id} /></div>}
      </Section>

      {/* Each ledger only for staff whose roles read it; credit/debit only for those who write it. */}
      {can.pointsRead && (
        <Section title={tAll("loyalty.history.pointsTitle")} testId="customer-points">
          <CustomerLedger customerId={c.id} customerName={u.name} ledger="points" canWrite={can.pointsWrite} />
        </Section>
      )}
      {can.walletRead && (
        <Section title={tAll("loyalty.history.walletTitle")} testId="customer-wallet">
          <CustomerLedger customerId={c.id} customerName={u.name} ledger="wallet" canWrite={can.walletWrite} />
        </Section>
      )}

      <Section title={tAll("loyalty.referrals.title")} testId="customer-referrals">
        <CustomerReferrals customerId={c.id} />
      </Section>
    </Card>
  );
}

function NoteForm({ customerId }: { customerId: string }) {
  const t = useTranslations("customers.card");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.customers.addNote.mutationOptions());
  const form = useForm({ resolver: zodResolver(customerNoteSchema), defaultValues: { customerId, body: "" } });
  const { alert, submit } = useFormAlert(form.setError, ["body"]);
  const onSubmit = form.handleSubmit((v) =>
    submit(async () => {
      await add.mutateAsync(v);
      form.reset({ customerId, body: "" });
      await queryClient.invalidateQueries({ queryKey: trpc.customers.card.queryKey({ id: customerId }) });
    }),
  );
  const error = form.formState.errors.body?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" aria-label={t("addNote")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <label className="sr-only" htmlFor={`note-${customerId}`}>{t("addNote")}</label>
      <textarea id={`note-${customerId}`} rows={2} placeholder={t("notePlaceholder")} className="rounded-lg border border-slate-300 px-3 py-2 text-sm" aria-invalid={error ? true : undefined} {...form.register("body")} />
      {error && <ErrorText name="body" message={error} />}
      <SubmitButton pending={form.formState.isSubmitting} variant="secondary" className="self-start py-1.5">{t("addNote")}</SubmitButton>
    </form>
  );
}
