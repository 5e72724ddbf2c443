import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { CONTACT_FILTERS, type ContactFilter } from "@/lib/schemas/contact";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/lib/cn";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The inbox's search and its all / unread / read / handled tabs. Both live in the URL (a plain GET
 * form and links), so a view can be bookmarked and works before the page's scripts run.
 */
export function ContactFilters({ q, filter }: { q: string; filter: ContactFilter }) {
  const t = useTranslations("contact.admin");
  const query = (f: ContactFilter) => Object.fromEntries(Object.entries({ q, filter: f === "all" ? "" : f }).filter(([, v]) => v));
  return (
    <div className="flex flex-col gap-3">
      <form method="get" role="search" aria-label={t("search.label")} className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
          {t("search.label")}
          <input type="search" name="q" defaultValue={q} placeholder={t("search.placeholder")} maxLength={100} className={INPUT} />
        </label>
        {filter !== "all" && <input type="hidden" name="filter" value={filter} />}
        <button type="submit" className={buttonClass("primary")}>{t("search.apply")}</button>
        {q && (
          <Link href={{ pathname: "/admin/contact", query: filter === "all" ? {} : { filter } }} className={buttonClass("ghost")}>
            {t("search.clear")}
          </Link>
        )}
      </form>
      <nav aria-label={t("filters.label")} className="flex flex-wrap gap-1" data-testid="contact-filters">
        {CONTACT_FILTERS.map((f) => (
          <Link
            key={f}
            href={{ pathname: "/admin/contact", query: query(f) }}
            aria-current={f === filter ? "page" : undefined}
            className={cn(
              "rounded-full px-3 py-1.5 text-sm ring-1",
              f === filter ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
            )}
          >
            {t(`filters.${f}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
