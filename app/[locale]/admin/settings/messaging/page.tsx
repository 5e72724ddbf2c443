import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Link } from "@/i18n/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { MessagingSettingsForm } from "@/components/delivery/messaging-settings-form";
import { TestSendForm } from "@/components/delivery/test-send-form";

export async function generateMetadata() {
  const t = await getTranslations("delivery.settings");
  return { title: t("title") };
}

// Settings → e-mail and SMS (issue 10): transports, their settings, and a test per channel.
export default async function MessagingSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "settings.read");
  const [t, view] = await Promise.all([getTranslations("delivery.settings"), (await serverApi()).messagingSettings.get()]);
  const canWrite = user.permissions.includes("settings.write");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex max-w-3xl flex-col gap-4">
        <Card>
          <MessagingSettingsForm values={view.values} secretsSet={view.secretsSet} canWrite={canWrite} />
        </Card>
        {canWrite && (
          <Card className="flex flex-col gap-6">
            <TestSendForm channel="SMS" />
            <TestSendForm channel="EMAIL" />
            {user.permissions.includes("notifications.read") && (
              <Link href="/admin/deliveries" className="text-sm font-medium text-brand-700 hover:underline">{t("toLog")}</Link>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
