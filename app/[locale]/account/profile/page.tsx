import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { serverApi } from "@/server/caller";
import { requirePermission } from "@/server/page-auth";
import { formatDate, type AppLocale } from "@/lib/format";
import { Card, PageHeader } from "@/components/ui/card";
import { ProfileForm } from "@/components/account/profile-form";
import { PasswordForm } from "@/components/account/password-form";
import { RoleName } from "@/components/roles/role-name";

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.profile");
  const t = await getTranslations("account.profile");
  const profile = await (await serverApi()).profile.get();
  const appLocale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-4 font-semibold">{t("details")}</h2>
          <ProfileForm
            profile={{
              name: profile.name,
              mobile: profile.mobile ?? "",
              email: profile.email ?? "",
              locale: profile.locale as "fa" | "ar" | "en",
              notifyByEmail: profile.notifyByEmail,
              notifyBySms: profile.notifyBySms,
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">{t("membership")}</h2>
          <dl className="flex flex-col gap-3 text-sm">
            <div>
              <dt className="text-slate-500">{t("username")}</dt>
              <dd className="text-start font-medium" dir="ltr">{profile.username}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("memberSince")}</dt>
              <dd data-testid="member-since" className="font-medium">{formatDate(profile.createdAt, appLocale)}</dd>
            </div>
            {profile.referralCode && (
              <div>
                <dt className="text-slate-500">{t("referralCode")}</dt>
                <dd className="font-mono font-medium">{profile.referralCode}</dd>
              </div>
            )}
            <div>
              <dt className="text-slate-500">{t("roles")}</dt>
              <dd className="mt-1 flex flex-wrap gap-1.5" data-testid="my-roles">
                {profile.roles.map((role) => (
                  <span key={role.name} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-700">
                    <RoleName role={role} />
                  </span>
                ))}
              </dd>
            </div>
          </dl>
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-4 font-semibold">{t("passwordTitle")}</h2>
          <PasswordForm username={profile.username} />
        </Card>
      </div>
    </>
  );
}
