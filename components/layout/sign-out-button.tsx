"use client";

import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { cn } from "@/lib/cn";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ redirectTo: `/${locale}/sign-in` })}
      className={cn("inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100", className)}
    >
      <LogOut className="rtl-mirror size-4" aria-hidden />
      {t("signOut")}
    </button>
  );
}
