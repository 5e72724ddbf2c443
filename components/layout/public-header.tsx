import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Brand } from "./brand";
import { LocaleSwitcher } from "./locale-switcher";

export function PublicHeader() {
  const t = useTranslations("common");
  const tContact = useTranslations("contact");
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Brand />
        <div className="flex items-center gap-3">
          {/* Contact-us is open to every visitor (issue 9). */}
          <Link href="/contact" className="text-sm font-medium text-slate-700 hover:text-brand-700">{tContact("link")}</Link>
          <LocaleSwitcher />
          <span className="sr-only">{t("appName")}</span>
        </div>
      </div>
    </header>
  );
}
