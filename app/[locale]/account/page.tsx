import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/server/page-auth";
import { ACCOUNT_SECTIONS, allowedSections } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { SectionIcon } from "@/components/admin/section-icon";

export default async function AccountOverview({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("overview.title", { name: user.name })} description={t("overview.description")} />
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {allowedSections(ACCOUNT_SECTIONS, user.permissions).map((s) => (
          <li key={s.slug}>
            <Link
              href={`/account/${s.slug}`}
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
    </>
  );
}
