import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { PollList } from "@/components/polls/poll-list";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("polls") };
}

// Polls (seed 003 نظرسنجی): the list with each poll's status, expiry, answers and audience; its
// results and details are one click away (admin/polls/[id]/results).
export default async function PollsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "polls.read");
  const t = await getTranslations("polls.admin");
  const canWrite = user.permissions.includes("polls.write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite && (
            <Link href="/admin/polls/new" className={buttonClass("primary")}>
              <Plus className="size-4" aria-hidden />
              {t("new")}
            </Link>
          )
        }
      />
      <PollList canWrite={canWrite} canDelete={user.permissions.includes("polls.delete")} />
    </>
  );
}
