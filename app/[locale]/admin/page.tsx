import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/server/page-auth";
import { ADMIN_SECTION_GROUPS, allowedSections } from "@/lib/sections";
import { formatDate, type AppLocale } from "@/lib/format";
import { PageHeader } from "@/components/ui/card";
import { SectionCards } from "@/components/layout/section-cards";

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
              <SectionCards sections={allowed} base="/admin" namespace="admin" />
            </section>
          );
        })}
      </div>
    </>
  );
}
