import { useTranslations } from "next-intl";
import { Clock, UserPlus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { formatNumber, type AppLocale } from "@/lib/format";
import { Card } from "@/components/ui/card";

interface Props {
  summary: { defaultGroup: { id: string; name: string } | null; pendingCount: number };
  locale: AppLocale;
  canReadCustomers: boolean;
}

/**
 * Above the groups: where new customers go (the default group), and the customers awaiting approval,
 * who are a status rather than a group (C-8), shown here with the same name as in the customer list.
 */
export function GroupsOverview({ summary, locale, canReadCustomers }: Props) {
  const t = useTranslations("groups.overview");
  const tAll = useTranslations();
  return (
    <div className="mb-4 grid gap-4 md:grid-cols-2">
      <Card className="flex gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
          <UserPlus className="size-5" aria-hidden />
        </span>
        <div>
          <h2 className="font-semibold text-slate-900">{t("defaultTitle")}</h2>
          <p className="mt-1 text-sm text-slate-700" data-testid="default-group">
            {summary.defaultGroup ? t("defaultIs", { name: summary.defaultGroup.name }) : t("defaultNone")}
          </p>
          <p className="mt-1 text-xs text-slate-500">{t("defaultHelp")}</p>
        </div>
      </Card>
      <Card className="flex gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-amber-50 text-amber-600">
          <Clock className="size-5" aria-hidden />
        </span>
        <div>
          <h2 className="font-semibold text-slate-900">{tAll("customers.status.PENDING")}</h2>
          <p className="mt-1 text-sm text-slate-700" data-testid="pending-count">
            {t("pendingCount", { count: summary.pendingCount, formatted: formatNumber(summary.pendingCount, locale) })}
          </p>
          <p className="mt-1 text-xs text-slate-500">{t("pendingHelp")}</p>
          {canReadCustomers && (
            <Link href={{ pathname: "/admin/customers", query: { status: "PENDING" } }} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
              {t("pendingLink")}
            </Link>
          )}
        </div>
      </Card>
    </div>
  );
}
