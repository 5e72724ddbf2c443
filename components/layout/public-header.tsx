import { useTranslations } from "next-intl";
import { Brand } from "./brand";
import { LocaleSwitcher } from "./locale-switcher";

export function PublicHeader() {
  const t = useTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Brand />
        <div className="flex items-center gap-3">
          <LocaleSwitcher />
          <span className="sr-only">{t("appName")}</span>
        </div>
      </div>
    </header>
  );
}
