import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { CONTACT_FILTERS, type ContactFilter } from "@/lib/schemas/contact";
import { Card, PageHeader } from "@/components/ui/card";
import { ContactFilters } from "@/components/contact/contact-filters";
import { ContactInbox } from "@/components/contact/contact-inbox";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("contact") };
}

// Contact-us messages (N-3, seed 003 "تماس با ما"): search and filter live in the URL.
export default async function ContactMessagesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "contact.read");
  const raw = await searchParams;
  const q = first(raw.q).slice(0, 100);
  const filter = (CONTACT_FILTERS as readonly string[]).includes(first(raw.filter)) ? (first(raw.filter) as ContactFilter) : "all";
  const t = await getTranslations("contact.admin");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <ContactFilters q={q} filter={filter} />
      </Card>
      <ContactInbox key={`${filter}:${q}`} q={q} filter={filter} canDelete={user.permissions.includes("contact.delete")} />
    </>
  );
}
