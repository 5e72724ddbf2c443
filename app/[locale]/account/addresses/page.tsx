import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { AddressBook } from "@/components/account/address-book";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("addresses") };
}

export default async function AddressesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.addresses");
  const t = await getTranslations("account.addresses");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AddressBook />
    </>
  );
}
