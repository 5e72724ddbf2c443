import { useTranslations } from "next-intl";
import { ShieldX } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";
import { SignOutButton, type SignOutAction } from "./sign-out-button";

/** The 403 page: a signed-in user who may not open this area or section. */
export function Forbidden({ homeHref, signOutAction }: { homeHref: string; signOutAction: SignOutAction }) {
  const t = useTranslations("common.forbidden");
  return (
    <main data-testid="forbidden" className="flex min-h-[60dvh] flex-col items-center justify-center gap-4 px-4 text-center">
      <span className="flex size-14 items-center justify-center rounded-full bg-rose-50 text-rose-600">
        <ShieldX className="size-7" aria-hidden />
      </span>
      <p className="text-sm font-semibold text-rose-600">{t("code")}</p>
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="max-w-md text-slate-600">{t("description")}</p>
      <div className="flex gap-2">
        <Link href={homeHref} className={buttonClass("secondary")}>
          {t("home")}
        </Link>
        <SignOutButton action={signOutAction} />
      </div>
    </main>
  );
}
