import { getTranslations } from "next-intl/server";
import { Eye } from "lucide-react";

/** Shown on every account page while a staff member views it as the customer (C-4). */
export async function ImpersonationBanner({ customerName, staffName, backAction }: { customerName: string; staffName: string; backAction: () => Promise<void> }) {
  const t = await getTranslations("account.impersonation");
  return (
    <div role="status" data-testid="impersonation-banner" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl bg-amber-100 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-300">
      <p className="flex items-center gap-2">
        <Eye className="size-4 shrink-0" aria-hidden />
        {t("viewingAs", { name: customerName, staff: staffName })}
      </p>
      <form action={backAction}>
        <button type="submit" className="rounded-lg bg-amber-950 px-3 py-1.5 text-xs font-medium text-white hover:bg-amber-900">
          {t("back")}
        </button>
      </form>
    </div>
  );
}
