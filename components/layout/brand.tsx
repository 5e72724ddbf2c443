import { useTranslations } from "next-intl";
import { Gem } from "lucide-react";
import { Link } from "@/i18n/navigation";

export function Brand({ href = "/" }: { href?: string }) {
  const t = useTranslations("common");
  return (
    <Link href={href} className="flex items-center gap-2 font-bold text-slate-900">
      <span className="flex size-8 items-center justify-center rounded-lg bg-brand-600 text-white">
        <Gem className="size-4" aria-hidden />
      </span>
      <span>{t("appName")}</span>
    </Link>
  );
}
