import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Section } from "@/lib/sections";
import { SectionIcon } from "@/components/layout/section-icon";

/** A grid of section links with their one-line descriptions, for a portal's start page. */
export function SectionCards({ sections, base, namespace }: { sections: Section[]; base: "/admin" | "/account"; namespace: "admin" | "account" }) {
  const t = useTranslations(namespace);
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {sections.map((s) => (
        <li key={s.slug}>
          <Link
            href={`${base}/${s.slug}`}
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
  );
}
