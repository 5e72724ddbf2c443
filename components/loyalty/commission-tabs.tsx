import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";

/** The commissions section's two views: the rules and the points and commissions report. */
export function CommissionTabs({ current }: { current: "rules" | "report" }) {
  const t = useTranslations("loyalty.commissionsPage.tabs");
  const tabs = [
    { id: "rules", href: "/admin/commissions" },
    { id: "report", href: "/admin/commissions/report" },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={tab.id === current ? "page" : undefined}
          data-testid={`commissions-tab-${tab.id}`}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.id === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(tab.id)}
        </Link>
      ))}
    </nav>
  );
}
