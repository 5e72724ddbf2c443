"use client";

import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Check, X } from "lucide-react";
import { formatDate, formatList, INTL_LOCALE, type AppLocale } from "@/lib/format";
import { formatMinorUnits } from "@/lib/money";
import { nameIn } from "@/lib/localized";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { FormAlert } from "@/components/ui/form-alert";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-end text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * What the customer's groups decide for them, explained (issue 5, point 6): groups, payment percent,
 * minimum order, price visibility, the checkout options with the group that switched each off, and
 * the active order limits with their usage now.
 */
export function EffectiveRules({ customerId }: { customerId: string }) {
  const t = useTranslations("rules.effective");
  const tRules = useTranslations("rules");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  // Groups change elsewhere (members page, bulk actions): always refetch when the card opens.
  const rules = useQuery(trpc.restrictions.effective.queryOptions({ customerId }, { staleTime: 0 }));

  if (rules.isPending) return <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>;
  if (rules.isError) return <FormAlert message={applyServerErrors(rules.error, () => undefined, []) ?? "errors.unexpected"} />;
  const r = rules.data;
  const money = (minor: bigint) =>
    tAll("money.amount", { amount: formatMinorUnits(minor, r.currency, INTL_LOCALE[locale]), currency: tAll(`money.${r.currency}`) });
  const methods = [
    ["warehouses", r.warehouses],
    ["shippingMethods", r.shippingMethods],
    ["paymentMethods", r.paymentMethods],
  ] as const;

  return (
    <div className="flex flex-col gap-3" data-testid="effective-rules">
      <p className="text-xs text-slate-500">{t("help")}</p>
      <dl>
        <Row label={t("groups")}>{r.groups.length ? formatList(r.groups.map((g) => g.name), locale) : t("noGroups")}</Row>
        <Row label={t("paymentPercent")}><span data-testid="rules-payment-percent">{t("percent", { value: r.paymentPercent })}</span></Row>
        <Row label={t("minOrder")}><span data-testid="rules-min-order">{r.minOrderAmount > 0n ? money(r.minOrderAmount) : t("noMinimum")}</span></Row>
        <Row label={t("prices")}>{r.showPrices ? t("pricesShown") : t("pricesHidden")}</Row>
      </dl>
      {methods.map(([kind, options]) => (
        <div key={kind}>
          <h4 className="mb-1 text-xs font-semibold text-slate-700">{tRules(`restrictions.${kind}`)}</h4>
          {options.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noOptions")}</p>
          ) : (
            <ul className="flex flex-col gap-1" data-testid={`rules-${kind}`}>
              {options.map((o) => (
                <li key={o.id} className="flex items-start gap-2 text-sm" data-code={o.code} data-allowed={o.allowed}>
                  {o.allowed ? <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden /> : <X className="mt-0.5 size-4 shrink-0 text-rose-600" aria-hidden />}
                  <span className={o.allowed ? "text-slate-800" : "text-slate-500"}>
                    {nameIn(o.name, locale)}
                    <span className="sr-only"> — {o.allowed ? t("allowed") : t("disabled")}</span>
                    {!o.allowed && (
                      <span className="ms-1 text-xs text-rose-700">{t("disabledBy", { groups: formatList(o.disabledBy.map((g) => g.name), locale) })}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <div>
        <h4 className="mb-1 text-xs font-semibold text-slate-700">{t("limits")}</h4>
        {r.limits.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noLimits")}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="rules-limits">
            {r.limits.map((l) => {
              const items = [
                ...l.items.products.map((i) => nameIn(i.name, locale)),
                ...l.items.categories.map((i) => nameIn(i.name, locale)),
                ...l.items.brands.map((i) => nameIn(i.name, locale)),
              ];
              return (
                <li key={l.limitId} className="rounded-lg bg-slate-50 p-2 text-sm" data-testid="rules-limit">
                  <p className="font-medium text-slate-900">{l.name} <span className="text-xs font-normal text-slate-500">({l.group.name})</span></p>
                  <p className={l.remaining === 0 ? "text-rose-700" : "text-slate-700"}>{t("usage", { used: l.used, max: l.maxItems, hours: l.windowHours })}</p>
                  {items.length > 0 && <p className="text-xs text-slate-500">{t("itemsOf", { items: formatList(items, locale) })}</p>}
                  {l.availableAgainAt && l.used > 0 && (
                    <p className="text-xs text-slate-500">{t("availableAgain", { date: formatDate(l.availableAgainAt, locale, true) })}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
