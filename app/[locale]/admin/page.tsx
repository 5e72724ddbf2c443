import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/server/page-auth";
import { ADMIN_SECTION_GROUPS, allowedSections } from "@/lib/sections";
import { formatDate, type AppLocale } from "@/lib/format";
import { PageHeader } from "@/components/ui/card";
import { SectionIcon } from "@/components/admin/section-icon";

export default async function AdminDashboard({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Each page checks for itself: Next renders pages and layouts apart.
  const user = await requireStaff(locale);
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader
        title={t("dashboard.title", { name: user.name })}
        description={t("dashboard.today", { date: formatDate(new Date(), locale) })}
      />
      <div className="flex flex-col gap-8">
        {ADMIN_SECTION_GROUPS.map(({ group, sections }) => {
          const allowed = allowedSections(sections, user.permissions);
          if (!allowed.length) return null;
          return (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`} className="mb-3 text-sm font-semibold text-slate-500">
                {t(`navGroups.${group}`)}
              </h2>
              <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
                {allowed.map((s) => (
                  <li key={s.slug}>
                    <Link
                      href={`/admin/${s.slug}`}
                      className="flex h-full gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-200"
                    >
                      <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                        <SectionIcon slug={s.slug} className="size-5" />
                      </span>
                      <span>
                        <span className="block font-semibold text-slate-900">{t(`nav.${s.slug}`)}</span>
                        <span className="mt-0.5 block text-sm text-slate-600">{t(`sections.${s.slug}`)}</span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
