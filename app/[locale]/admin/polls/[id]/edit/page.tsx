import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { TIME_ZONE, type AppLocale } from "@/lib/format";
import { wallClockIn, type PollFormInput } from "@/lib/schemas/polls";
import { Card, PageHeader } from "@/components/ui/card";
import { PollForm } from "@/components/polls/poll-form";

export async function generateMetadata() {
  const t = await getTranslations("polls.form");
  return { title: t("editTitle") };
}

export default async function EditPollPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "polls.write");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const [t, groups, poll] = await Promise.all([getTranslations("polls.form"), api.polls.groupOptions(), api.polls.get({ id }).catch(() => null)]);
  if (!poll) notFound();
  // The expiry as the admin's locale reads it: its time zone's date and time.
  const timeZone = TIME_ZONE[locale as AppLocale] ?? "UTC";
  const expires = wallClockIn(poll.expiresAt, timeZone);
  const choice = (c: { id: string; label: string; closed: boolean }) => ({ savedId: c.id, label: c.label, closed: c.closed });
  const values: PollFormInput = {
    question: poll.question,
    options: poll.options.map(choice),
    respondentTypes: poll.respondentTypes.map(choice),
    expiresDate: expires.day,
    expiresTime: expires.time,
    timeZone,
    allowMessage: poll.allowMessage,
    audience: poll.audience,
    // Groups since deleted are gone from the poll already (ON DELETE CASCADE).
    groupIds: poll.groupIds,
    status: poll.status,
  };
  const used = [...poll.options, ...poll.respondentTypes].filter((c) => c.used).map((c) => c.id);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/polls" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("backToList")}
      </Link>
      <PageHeader title={t("editTitle")} description={poll.question} />
      <Card>
        <PollForm groups={groups} edit={{ id: poll.id, values, used, responseCount: poll.responseCount }} />
      </Card>
    </div>
  );
}
