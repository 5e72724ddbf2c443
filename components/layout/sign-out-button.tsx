import { useLocale, useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { cn } from "@/lib/cn";

export type SignOutAction = (formData: FormData) => Promise<void>;

/** A form posting to the sign-out server action (app/[locale]/actions.ts), handed down by the page. */
export function SignOutButton({ action, className }: { action: SignOutAction; className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className={cn("inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100", className)}
      >
        <LogOut className="rtl-mirror size-4" aria-hidden />
        {t("signOut")}
      </button>
    </form>
  );
}
