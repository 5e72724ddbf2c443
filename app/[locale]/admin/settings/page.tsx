import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Link } from "@/i18n/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { CustomerSettingsForm } from "@/components/customers/customer-settings-form";
import { StoreSettingsForm } from "@/components/settings/store-settings-form";
import { InboxSettingsForm } from "@/components/settings/inbox-settings-form";

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
  const tDelivery = await getTranslations("delivery.settings");
  const [inbox, inboxT] = await Promise.all([api.inboxSettings.get(), getTranslations("inboxSettings")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex max-w-2xl flex-col gap-4">
        <Card>
          <Link href="/admin/settings/messaging" className="font-semibold text-brand-700 hover:underline">{tDelivery("title")}</Link>
          <p className="mt-1 text-sm text-slate-600">{tDelivery("description")}</p>
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold text-slate-900">{t("store.title")}</h2>
          <StoreSettingsForm settings={store} canWrite={canWrite} />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold text-slate-900">{t("customers.title")}</h2>
          <CustomerSettingsForm settings={settings} canWrite={canWrite} />
        </Card>
        <Card>
          <h2 id="inbox" className="mb-4 font-semibold text-slate-900">{inboxT("title")}</h2>
          <InboxSettingsForm settings={inbox} canWrite={canWrite} />
        </Card>
      </div>
    </>
  );
}
