import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { PollForm } from "@/components/polls/poll-form";

export async function generateMetadata() {
  const t = await getTranslations("polls.form");
  return { title: t("createTitle") };
}

export default async function NewPollPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "polls.write");
  const [t, groups] = await Promise.all([getTranslations("polls"), (await serverApi()).polls.groupOptions()]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/polls" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("form.backToList")}
      </Link>
      <PageHeader title={t("form.createTitle")} description={t("admin.description")} />
      <Card>
        <PollForm groups={groups} />
      </Card>
    </div>
  );
}
