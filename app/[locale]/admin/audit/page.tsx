import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { AUDIT_ACTIONS, AUDIT_TARGETS, decodeCursor, encodeCursor } from "@/lib/audit-actions";
import { TIME_ZONE, formatDate, type AppLocale } from "@/lib/format";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

type Search = Record<string, string | undefined>;
const FILTERS = ["actor", "action", "targetType", "target", "from", "to"] as const;
const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("audit") };
}

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

/** A changed value as text: lists joined as the locale joins them, permission keys by their labels. */
function show(value: unknown, field: string, t: Translate, locale: AppLocale): string {
  if (value === null || value === undefined || value === "") return "—";
  const label = (v: unknown) => (field === "permissions" && t.has(`permissions.${v}`) ? t(`permissions.${v}`) : String(v));
  return Array.isArray(value)
    ? new Intl.ListFormat(locale, { style: "short", type: "unit" }).format(value.map(label))
    : label(value);
}

// A plain GET form: the filters and the page live in the URL, so a view can be bookmarked.
export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "audit.read");
  const search = await searchParams;
  const [t, tAll] = await Promise.all([getTranslations("audit"), getTranslations()]);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, search[k] ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const raw = { ...filters, timeZone: TIME_ZONE[locale], cursor: decodeCursor(search.after) };
  const parsed = auditFilterSchema.safeParse(raw);
  const fieldError = (name: string) => (parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === name)?.message);
  const result = parsed.success ? await (await serverApi()).audit.list(raw) : { rows: [], next: null };
  const query = (extra: Search) => Object.fromEntries(Object.entries({ ...filters, ...extra }).filter(([, v]) => v)) as Record<string, string>;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-6">
        <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("filters.label")}>
          <label className={LABEL}>
            {t("filters.actor")}
            <input name="actor" defaultValue={filters.actor} className={INPUT} dir="ltr" />
          </label>
          <label className={LABEL}>
            {t("filters.action")}
            <select name="action" defaultValue={filters.action} className={INPUT}>
              <option value="">{t("filters.any")}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>{t(`actions.${a}`)}</option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            {t("filters.targetType")}
            <select name="targetType" defaultValue={filters.targetType} className={INPUT}>
              <option value="">{t("filters.any")}</option>
              {AUDIT_TARGETS.map((k) => (
                <option key={k} value={k}>{t(`targets.${k}`)}</option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            {t("filters.target")}
            <input name="target" defaultValue={filters.target} className={INPUT} />
          </label>
          {(["from", "to"] as const).map((k) => (
            <label key={k} className={LABEL}>
              {t(`filters.${k}`)}
              <input type="date" name={k} defaultValue={filters[k]} className={INPUT} aria-invalid={fieldError(k) ? true : undefined} />
              {fieldError(k) && <span data-field-error={k} className="text-rose-600">{tAll(fieldError(k)!)}</span>}
            </label>
          ))}
          <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
            <button type="submit" className={buttonClass("primary")}>{t("filters.apply")}</button>
            <Link href="/admin/audit" className={buttonClass("ghost")}>{t("filters.clear")}</Link>
          </div>
        </form>
      </Card>

      <Card className="overflow-x-auto p-0 sm:p-0">
        {result.rows.length === 0 ? (
          <p className="p-6 text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {(["when", "who", "action", "target", "changes"] as const).map((c) => (
                  <th key={c} className="px-4 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDate(row.createdAt, locale, true)}</td>
                  <td className="px-4 py-3">
                    <span className="block" dir="ltr">{row.actorName}</span>
                    {row.ip && <span className="block text-xs text-slate-400" dir="ltr">{row.ip}</span>}
                  </td>
                  <td className="px-4 py-3">{t.has(`actions.${row.action}`) ? t(`actions.${row.action}`) : row.action}</td>
                  <td className="px-4 py-3">
                    <span className="text-xs text-slate-500">{t.has(`targets.${row.targetType}`) ? t(`targets.${row.targetType}`) : row.targetType}</span>{" "}
                    <span className="font-medium">{row.targetLabel}</span>
                  </td>
                  <td className="px-4 py-3">
                    <ul className="flex flex-col gap-1">
                      {Object.entries(row.changes as Record<string, { from: unknown; to: unknown }>).map(([field, change]) => (
                        <li key={field}>
                          <span className="text-xs text-slate-500">{t.has(`fields.${field}`) ? t(`fields.${field}`) : field}: </span>
                          <del className="text-rose-700">{show(change.from, field, tAll as Translate, locale)}</del>
                          <ArrowRight className="rtl-mirror mx-1 inline size-3 text-slate-400" aria-label={t("becomes")} />
                          <ins className="text-emerald-700 no-underline">{show(change.to, field, tAll as Translate, locale)}</ins>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <nav className="mt-4 flex gap-2" aria-label={t("paging")}>
        {search.after && (
          <Link href={{ pathname: "/admin/audit", query: query({}) }} className={buttonClass("ghost")}>{t("first")}</Link>
        )}
        {result.next && (
          <Link href={{ pathname: "/admin/audit", query: query({ after: encodeCursor(result.next) }) }} className={buttonClass("secondary")}>
            {t("more")}
          </Link>
        )}
      </nav>
    </>
  );
}
