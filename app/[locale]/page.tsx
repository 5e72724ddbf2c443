import { getTranslations, setRequestLocale } from "next-intl/server";
import { Award, MessagesSquare, ShieldCheck, UsersRound } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { currentSession, homePath } from "@/server/page-auth";
import { PublicHeader } from "@/components/layout/public-header";
import { buttonClass } from "@/components/ui/button";

const FEATURES = [
  { key: "customers", icon: UsersRound },
  { key: "loyalty", icon: Award },
  { key: "communication", icon: MessagesSquare },
  { key: "roles", icon: ShieldCheck },
] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const session = await currentSession();
  return (
    <div className="flex min-h-dvh flex-col">
      <PublicHeader />
      <main className="flex-1">
        <section className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold text-brand-600">{t("eyebrow")}</p>
          <h1 className="mt-3 max-w-3xl text-3xl font-extrabold leading-tight text-slate-900 sm:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-600">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {session?.user ? (
              <Link href={homePath(session.user)} className={buttonClass("primary", "px-6 py-3")}>
                {t("continue")}
              </Link>
            ) : (
              <>
                <Link href="/sign-up" className={buttonClass("primary", "px-6 py-3")}>
                  {t("signUp")}
                </Link>
                <Link href="/sign-in" className={buttonClass("secondary", "px-6 py-3")}>
                  {t("signIn")}
                </Link>
              </>
            )}
          </div>
        </section>
        <section className="border-t border-slate-200 bg-white">
          <div className="mx-auto grid max-w-6xl gap-6 px-4 py-14 sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
            {FEATURES.map(({ key, icon: Icon }) => (
              <div key={key} className="rounded-2xl p-2">
                <span className="flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                  <Icon className="size-5" aria-hidden />
                </span>
                <h2 className="mt-4 font-semibold text-slate-900">{t(`features.${key}.title`)}</h2>
                <p className="mt-1 text-sm text-slate-600">{t(`features.${key}.text`)}</p>
              </div>
            ))}
          </div>
        </section>
      </main>
    </div>
  );
}
