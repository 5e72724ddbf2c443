import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { CustomerSettingsForm } from "@/components/customers/customer-settings-form";
import { StoreSettingsForm } from "@/components/settings/store-settings-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("settings") };
}

/** Store settings; later issues add their own sections (messaging providers, loyalty). */
export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "settings.read");
  const api = await serverApi();
  const [t, settings, store] = await Promise.all([getTranslations("settings"), api.customerSettings.get(), api.storeSettings.get()]);
  const canWrite = user.permissions.includes("settings.write");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex max-w-2xl flex-col gap-4">
        <Card>
          <h2 className="mb-4 font-semibold text-slate-900">{t("store.title")}</h2>
          <StoreSettingsForm settings={store} canWrite={canWrite} />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold text-slate-900">{t("customers.title")}</h2>
          <CustomerSettingsForm settings={settings} canWrite={canWrite} />
        </Card>
      </div>
    </>
  );
}
