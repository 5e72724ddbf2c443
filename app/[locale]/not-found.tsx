import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-5xl font-bold text-brand-600">{t("code")}</p>
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{t("description")}</p>
      <Link href="/" className={buttonClass("secondary")}>
        {t("home")}
      </Link>
    </main>
  );
}
